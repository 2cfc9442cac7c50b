//! The record of one synthetic person, written as a council would write it: about them by name,
//! with their pronouns, the people around them and one reason they came to adult social care,
//! in the order care happens — a needs assessment with its outcome, the care and support plan
//! that follows, notes of visits and calls between, a review of the plan six weeks on (and a
//! yearly one where the story is long enough), and the letters and risk assessments the
//! situation calls for.
//!
//! Sentences are templates: `{Name}` is the person's given name, `{she}`, `{her}` (possessive,
//! `{Her}` starting a sentence) and `{her_object}` become the person's pronouns, `{relative}` (or `{Relative}`, starting a sentence) the name of the one relative or
//! friend who helps them and `{relation}` who that is to them. No sentence names anyone else, and
//! no entry repeats a sentence. Some sentences use social-care words on purpose, so the glossary
//! has something to explain. Everything is drawn from the person's own random stream, so the
//! same seed always gives the same record.

use crate::record::{EntryKind, NewEntry, Statement, StatementLabel, Withheld, WithheldReason};
use chrono::{Days, NaiveDate};
use rand::Rng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

/// The pronouns a synthetic person is written about with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronouns {
    /// she, her, hers.
    She,
    /// he, him, his.
    He,
}

impl Pronouns {
    /// (subject, possessive, object).
    fn words(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Pronouns::She => ("she", "her", "her"),
            Pronouns::He => ("he", "his", "him"),
        }
    }
}

/// Who says or thinks a sentence.
#[derive(Clone, Copy)]
enum Voice {
    Fact,
    Opinion(&'static str),
    /// Said by the person themselves.
    ByThePerson,
    /// Said by their relative or friend.
    ByTheRelative,
    Reported(&'static str),
}

/// Why the person came to adult social care; it decides most of what their record says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Situation {
    Falls,
    Memory,
    LearningDisability,
    HospitalDischarge,
    CarerStrain,
    LowMood,
}

const SITUATIONS: [Situation; 6] = [
    Situation::Falls,
    Situation::Memory,
    Situation::LearningDisability,
    Situation::HospitalDischarge,
    Situation::CarerStrain,
    Situation::LowMood,
];

type Line = (Voice, &'static str);

/// What the assessment found, by situation.
fn assessment_lines(situation: Situation) -> &'static [Line] {
    use Voice::*;
    match situation {
        Situation::Falls => &[
            (
                Fact,
                "{Name} has fallen at home three times since the summer.",
            ),
            (
                ByThePerson,
                "I get dizzy when I stand up, so I hold on to the furniture.",
            ),
            (
                Opinion("the occupational therapist"),
                "A grab rail by the bath and a second stair rail would make {her} home safer.",
            ),
            (
                ByTheRelative,
                "{Name} will not use the walking frame upstairs.",
            ),
        ],
        Situation::Memory => &[
            (
                Reported("the GP"),
                "{Name} was diagnosed with Alzheimer's disease in the spring.",
            ),
            (
                ByTheRelative,
                "{Name} has been forgetting to eat lunch on some days.",
            ),
            (
                ByThePerson,
                "I know I forget things, but I manage most days.",
            ),
            (
                Opinion("the social worker"),
                "{Name} needs prompting with meals and medication but has capacity to decide where to live.",
            ),
        ],
        Situation::LearningDisability => &[
            (
                Fact,
                "{Name} has a learning disability. {Her} {relation}, {relative}, helps {her_object} every day.",
            ),
            (ByThePerson, "I want my own flat and a job in a café."),
            (
                ByTheRelative,
                "{Name} can cook simple meals but needs help with money.",
            ),
            (
                Opinion("the social worker"),
                "{Name} would do well in supported living with staff nearby.",
            ),
        ],
        Situation::HospitalDischarge => &[
            (
                Fact,
                "{Name} came home from hospital after a hip operation.",
            ),
            (
                Reported("the hospital discharge team"),
                "{Name} can walk short distances with a frame.",
            ),
            (ByThePerson, "I want to get back to doing my own shopping."),
            (
                Opinion("the occupational therapist"),
                "Reablement for six weeks should help {her} regain {her} strength.",
            ),
        ],
        Situation::CarerStrain => &[
            (
                Fact,
                "{Relative}, {her} {relation}, has looked after {Name} every day for four years.",
            ),
            (
                ByTheRelative,
                "I have not had a full night's sleep in months.",
            ),
            (
                ByThePerson,
                "I do not want strangers in my home, but I know {relative} is tired.",
            ),
            (
                Opinion("the social worker"),
                "{Relative} needs a break soon to be able to keep caring.",
            ),
        ],
        Situation::LowMood => &[
            (
                Fact,
                "{Name} has lived alone since {her} partner died last year.",
            ),
            (ByThePerson, "Some days I do not see anyone at all."),
            (
                ByTheRelative,
                "{Name} has stopped going to the lunch club {she} used to enjoy.",
            ),
            (
                Opinion("the social worker"),
                "{Name} is lonely rather than unwell, and company would help most.",
            ),
        ],
    }
}

/// What the care and support plan sets up, by situation.
fn plan_lines(situation: Situation) -> &'static [Line] {
    use Voice::*;
    match situation {
        Situation::Falls => &[
            (
                Fact,
                "A grab rail by the bath and a second stair rail will be fitted this month.",
            ),
            (
                Fact,
                "A personal alarm is set up so {Name} can call for help after a fall.",
            ),
            (
                Fact,
                "A package of care of one visit each morning starts on Monday.",
            ),
        ],
        Situation::Memory => &[
            (
                Fact,
                "A package of care of 3 visits a day starts on Monday, to prompt meals and medication.",
            ),
            (
                Fact,
                "{Relative} will visit on Sundays and do the weekly shop.",
            ),
            (Fact, "{Name} will try the day centre on Wednesdays."),
        ],
        Situation::LearningDisability => &[
            (
                Fact,
                "{Name} will visit two supported living flats with {relative} before deciding.",
            ),
            (
                Fact,
                "A support worker will help {Name} with money and bills for 10 hours a week.",
            ),
            (
                Fact,
                "Direct payments were explained. {Name} wants to use them to choose {her} own support worker.",
            ),
        ],
        Situation::HospitalDischarge => &[
            (Fact, "Reablement visits twice a day for up to six weeks."),
            (
                Fact,
                "A perching stool and a raised toilet seat were delivered before {Name} came home.",
            ),
            (Fact, "{Relative} will stay for the first weekend."),
        ],
        Situation::CarerStrain => &[
            (
                Fact,
                "Respite care for one week every three months, at a care home {Name} visited and liked.",
            ),
            (Fact, "A carer's assessment for {relative} is booked."),
            (
                Fact,
                "A package of care of one visit each evening starts next week, to help {Name} get ready for bed.",
            ),
        ],
        Situation::LowMood => &[
            (
                Fact,
                "A volunteer from the befriending service will visit {Name} every Tuesday.",
            ),
            (
                Fact,
                "Transport to the lunch club on Thursdays is arranged.",
            ),
            (
                Fact,
                "{Name} agreed to talk to the GP about how {she} has been feeling.",
            ),
        ],
    }
}

/// How the plan is going when it is reviewed, by situation.
fn review_lines(situation: Situation) -> &'static [Line] {
    use Voice::*;
    match situation {
        Situation::Falls => &[
            (Fact, "{Name} has not fallen since the rails were fitted."),
            (
                Opinion("the social worker"),
                "{Name} seems more confident with the stairs than at the assessment.",
            ),
            (ByThePerson, "I feel safer now I have the alarm."),
        ],
        Situation::Memory => &[
            (
                ByTheRelative,
                "{Name} is eating better since the visits started.",
            ),
            (
                Reported("the care provider"),
                "{Name} enjoys the day centre on Wednesdays.",
            ),
            (
                Opinion("the social worker"),
                "The morning visit needs more time: {Name} is slower to get going.",
            ),
        ],
        Situation::LearningDisability => &[
            (
                ByThePerson,
                "I liked the second flat. It is near the bus stop.",
            ),
            (
                Fact,
                "{Name} now pays {her} own bills with the support worker's help.",
            ),
            (
                Opinion("the support worker"),
                "{Name} is ready to move with a settling-in plan.",
            ),
        ],
        Situation::HospitalDischarge => &[
            (
                Fact,
                "Reablement ended after five weeks. {Name} no longer needs visits.",
            ),
            (ByThePerson, "I walked to the shop on my own last week."),
            (
                Opinion("the occupational therapist"),
                "{Name} is safe to manage at home without care.",
            ),
        ],
        Situation::CarerStrain => &[
            (ByTheRelative, "The week of respite made a real difference."),
            (
                Fact,
                "The evening visit is working and {Name} has got to know the carers.",
            ),
            (
                Opinion("the social worker"),
                "{Relative} should be offered respite again in the spring.",
            ),
        ],
        Situation::LowMood => &[
            (ByThePerson, "I look forward to Tuesdays now."),
            (
                Fact,
                "{Name} has been to the lunch club every week since the transport started.",
            ),
            (
                Reported("the GP"),
                "{Name}'s mood has lifted over the last two months.",
            ),
        ],
    }
}

/// Case notes: visits and calls between the plan and the review, in any situation.
const NOTE_LINES: &[Line] = &[
    (
        Voice::Fact,
        "Visited at home. {Name} was up and dressed when I arrived.",
    ),
    (
        Voice::Fact,
        "Phoned {Name} to see how the plan is going. {Name} said it is going well so far.",
    ),
    (
        Voice::Fact,
        "Left a message for {relative} to arrange the review.",
    ),
    (
        Voice::ByTheRelative,
        "{Name} seems brighter since the plan started.",
    ),
];

/// Case notes where the plan brings carers to the home.
const VISIT_NOTE_LINES: &[Line] = &[
    (
        Voice::Fact,
        "Phoned {Name} to check the visits started on time. They did.",
    ),
    (
        Voice::Fact,
        "{Relative} said the carers were late twice last week. The care provider has changed the rota.",
    ),
    (
        Voice::ByThePerson,
        "The carers are kind and they do not rush me.",
    ),
    (
        Voice::Reported("the pharmacist"),
        "{Name}'s medication is now in a weekly pack with the days marked.",
    ),
];

/// Whether the plan in this situation brings carers to the home.
fn has_visits(situation: Situation) -> bool {
    !matches!(
        situation,
        Situation::LearningDisability | Situation::LowMood
    )
}

/// Risk assessments, by situation where one is written.
fn risk_lines(situation: Situation) -> Option<(&'static str, &'static [Line])> {
    use Voice::*;
    match situation {
        Situation::Falls | Situation::HospitalDischarge => Some((
            "Falls risk assessment",
            &[
                (
                    Fact,
                    "The stairs and the bath are where {Name} is most likely to fall.",
                ),
                (
                    Opinion("the occupational therapist"),
                    "The risk of a serious fall is medium while {Name} uses the frame.",
                ),
                (
                    Fact,
                    "The personal alarm is worn on the wrist, day and night.",
                ),
            ],
        )),
        Situation::Memory => Some((
            "Home safety risk assessment",
            &[
                (ByTheRelative, "{Name} left the cooker on twice this month."),
                (Fact, "A cooker safety switch was fitted."),
                (
                    Opinion("the social worker"),
                    "{Name} is safe at home with the visits and the switch in place.",
                ),
            ],
        )),
        _ => None,
    }
}

/// The outcome of the assessment (Care Act 2014 s13 eligibility, as the assessor recorded it).
const OUTCOME: Line = (
    Voice::Fact,
    "{Name} has eligible needs under the Care Act 2014. A personal budget was agreed.",
);

/// The statement every withheld example has: information about someone else (UK GDPR Art
/// 15(4)), whose withholding the person is told of.
pub const WITHHELD_TEXT: &str = "Information about another person, withheld from this record.";

const RELATIVE_RELATIONS: &[(&str, &str)] = &[
    // (if she, if he)
    ("daughter", "son"),
    ("sister", "brother"),
    ("niece", "nephew"),
    ("friend", "friend"),
];

/// The people a record is written about.
pub(super) struct Cast<'a> {
    /// The person's given name.
    pub name: &'a str,
    /// The person's pronouns.
    pub pronouns: Pronouns,
    /// The relative or friend who helps them.
    pub relative: &'static str,
    /// Who the relative is to them ("daughter").
    pub relation: &'static str,
}

impl Cast<'_> {
    fn say(&self, template: &str) -> String {
        let (she, her, her_object) = self.pronouns.words();
        let capital = |word: &str| word[..1].to_uppercase() + &word[1..];
        template
            .replace("{Name}", self.name)
            .replace("{Her}", &capital(her))
            .replace("{her_object}", her_object)
            .replace("{Relative}", self.relative)
            .replace("{relative}", self.relative)
            .replace("{relation}", self.relation)
            .replace("{she}", she)
            .replace("{her}", her)
    }

    fn statement(&self, (voice, template): Line) -> Statement {
        let label = match voice {
            Voice::Fact => StatementLabel::Fact,
            Voice::Opinion(whose) => StatementLabel::Opinion {
                whose: whose.to_owned(),
            },
            Voice::ByThePerson => StatementLabel::Reported {
                by: self.name.to_owned(),
            },
            Voice::ByTheRelative => StatementLabel::Reported {
                by: format!("{} ({})", self.relative, self.relation),
            },
            Voice::Reported(by) => StatementLabel::Reported { by: by.to_owned() },
        };
        Statement {
            label,
            text: self.say(template),
            withheld: None,
        }
    }
}

/// One entry before it is numbered: kind, title, when, who wrote it, what it says.
struct Draft {
    kind: EntryKind,
    title: &'static str,
    event_date: NaiveDate,
    author_role: &'static str,
    lines: Vec<Line>,
}

/// Two or three lines from `pool`, in the pool's order, none twice.
fn pick(rng: &mut ChaCha8Rng, pool: &[Line]) -> Vec<Line> {
    let n = rng.random_range(2..=3);
    let mut chosen: Vec<usize> = (0..pool.len()).collect();
    chosen.shuffle(rng);
    chosen.truncate(n.min(pool.len()));
    chosen.sort_unstable();
    chosen.into_iter().map(|i| pool[i]).collect()
}

/// Who helps the person, drawn from `rng`: anyone from `names` but the person, called what
/// their pronouns make them (a daughter or a son).
pub(super) fn cast<'a>(
    rng: &mut ChaCha8Rng,
    name: &'a str,
    pronouns: Pronouns,
    names: &[(&'static str, Pronouns)],
) -> Cast<'a> {
    let (relative, relative_pronouns) = loop {
        let candidate = names[rng.random_range(0..names.len())];
        if candidate.0 != name {
            break candidate;
        }
    };
    let relations = RELATIVE_RELATIONS[rng.random_range(0..RELATIVE_RELATIONS.len())];
    let relation = match relative_pronouns {
        Pronouns::She => relations.0,
        Pronouns::He => relations.1,
    };
    Cast {
        name,
        pronouns,
        relative,
        relation,
    }
}

/// The record of the person in `cast`, drawn from `rng`, every date before `today`: entries
/// in date order, numbered `{id_prefix}{n}`.
pub(super) fn record(
    rng: &mut ChaCha8Rng,
    cast: &Cast<'_>,
    today: NaiveDate,
    person: crate::person::PersonId,
    id_prefix: &str,
) -> Vec<NewEntry> {
    let situation = SITUATIONS[rng.random_range(0..SITUATIONS.len())];
    // The assessment between four months and two years ago; everything else follows it.
    let assessed = today - Days::new(rng.random_range(120..730));
    let planned = assessed + Days::new(rng.random_range(7..22));
    let reviewed = planned + Days::new(rng.random_range(42..50));
    let mut drafts = Vec::new();
    let mut assessment = pick(rng, assessment_lines(situation));
    assessment.push(OUTCOME);
    drafts.push(Draft {
        kind: EntryKind::Assessment,
        title: "Needs assessment",
        event_date: assessed,
        author_role: "Social worker",
        lines: assessment,
    });
    if let Some((title, lines)) = risk_lines(situation) {
        drafts.push(Draft {
            kind: EntryKind::RiskAssessment,
            title,
            event_date: assessed + Days::new(rng.random_range(1..7)),
            author_role: "Occupational therapist",
            lines: pick(rng, lines),
        });
    }
    drafts.push(Draft {
        kind: EntryKind::CareAndSupportPlan,
        title: "Care and support plan",
        event_date: planned,
        author_role: "Social worker",
        // The whole plan, since the notes and reviews that follow speak of every part of it.
        lines: plan_lines(situation).to_vec(),
    });
    if rng.random_ratio(1, 2) {
        drafts.push(Draft {
            kind: EntryKind::Letter,
            title: "Letter about your care and support plan",
            event_date: planned + Days::new(rng.random_range(1..5)),
            author_role: "Social worker",
            lines: vec![(
                Voice::Fact,
                "We sent {Name} a copy of {her} care and support plan and how to ask for changes.",
            )],
        });
    }
    // Notes never repeat one another: each takes the next lines of one shuffled pool.
    let mut pool: Vec<Line> = NOTE_LINES.to_vec();
    if has_visits(situation) {
        pool.extend_from_slice(VISIT_NOTE_LINES);
    }
    pool.shuffle(rng);
    let notes: u64 = rng.random_range(1..=3);
    let gap = (reviewed - planned).num_days().unsigned_abs();
    for n in 0..notes {
        let left_for_later = (notes - n - 1) as usize;
        let take = if pool.len() >= 2 + left_for_later {
            2
        } else {
            1
        };
        drafts.push(Draft {
            kind: EntryKind::CaseNote,
            title: "Case note",
            event_date: planned + Days::new(1 + (gap - 2) * (n + 1) / (notes + 1)),
            author_role: "Social care assessor",
            lines: pool.drain(..take).collect(),
        });
    }
    drafts.push(Draft {
        kind: EntryKind::Review,
        title: "Six-week review",
        event_date: reviewed,
        author_role: "Social worker",
        lines: pick(rng, review_lines(situation)),
    });
    let yearly = reviewed + Days::new(365);
    if yearly < today {
        drafts.push(Draft {
            kind: EntryKind::Review,
            title: "Yearly review",
            event_date: yearly,
            author_role: "Social worker",
            lines: vec![
                (
                    Voice::Fact,
                    "The plan was checked with {Name} and {relative}. Nothing needs to change.",
                ),
                (Voice::ByThePerson, "I am happy with the help I get."),
            ],
        });
    }
    drafts.sort_by_key(|d| d.event_date);
    drafts
        .into_iter()
        .enumerate()
        .map(|(n, draft)| {
            let mut statements: Vec<Statement> = draft
                .lines
                .iter()
                .map(|line| cast.statement(*line))
                .collect();
            if rng.random_ratio(1, 6) {
                statements.push(Statement {
                    label: StatementLabel::Reported {
                        by: "a neighbour".to_owned(),
                    },
                    text: WITHHELD_TEXT.to_owned(),
                    withheld: Some(Withheld {
                        reason: WithheldReason::ThirdParty,
                        say_so: true,
                    }),
                });
            }
            let written_date = (draft.event_date + Days::new(rng.random_range(0..3))).min(today);
            NewEntry {
                person,
                source_id: format!("{id_prefix}{n}"),
                kind: draft.kind,
                title: draft.title.to_owned(),
                summary: easy_read_summary(draft.kind),
                team: "Adult social care".to_owned(),
                author_role: draft.author_role.to_owned(),
                event_date: draft.event_date,
                written_date,
                checked_on: rng
                    .random_ratio(1, 2)
                    .then(|| (written_date + Days::new(rng.random_range(0..60))).min(today)),
                statements,
                withheld: None,
            }
        })
        .collect()
}

/// A short Easy Read summary for most kinds of entry; case notes have none, as in real
/// records many entries will not.
fn easy_read_summary(kind: EntryKind) -> Option<String> {
    let text = match kind {
        EntryKind::Assessment => "We talked with you about what help you need.",
        EntryKind::CareAndSupportPlan => "This plan says what help you get and who gives it.",
        EntryKind::Review => "We checked if your help is still right for you.",
        EntryKind::RiskAssessment => {
            "We wrote down things that could hurt you and how to keep you safe."
        }
        EntryKind::Letter => "We wrote you a letter.",
        _ => return None,
    };
    Some(text.to_owned())
}
