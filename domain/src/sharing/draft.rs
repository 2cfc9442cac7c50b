//! A share that a member of staff records in Candour, one question at a time (GOV.UK "Question
//! pages": one thing per page; then "Check answers"): who received it and in what role, what was
//! shared, why, the lawful basis, the consent relied on or the law and the senior approver, and
//! whether the person is told now or not yet.
//!
//! Decisions, written down:
//! - The share is recorded on the day it is made: a share made earlier is recorded by the case
//!   system, which sends its day (`crate::ingest`). Telling "now" means the person is told
//!   today, by Candour (they see it on their sharing page at once).
//! - Not telling the person needs a reason and a review date after today (a decision not to
//!   tell is looked at again, never left: SCIE, information sharing, "unless it is considered
//!   dangerous to do so"); a review date of today or earlier is refused as "in the past".
//! - Changing the lawful basis forgets the answers that belonged to the old one (a consent is
//!   named only when consent is the basis: ICO, lawful basis, consent), so the check page
//!   never shows both.
//! - Whether the consent named is still in force is for the store to say (it holds the
//!   consent's history); the rest is checked here, each with its own message.

use super::{Authority, LawfulBasis, Sharing, Telling};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The most characters a short answer (an organisation, a role, a name) may hold.
pub const MOST_SHORT: usize = 200;
/// The most characters a longer answer (what was shared, why, the reason not to tell) may hold.
pub const MOST_LONG: usize = 5_000;

/// The questions, in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShareQuestion {
    /// Who received it: the organisation and the role.
    Recipient,
    /// What was shared, in words, and which entries of the record.
    Information,
    /// Why it was shared.
    Purpose,
    /// The lawful basis (UK GDPR Art 6(1)).
    Basis,
    /// The consent relied on, or the law and the senior member of staff who approved it.
    Grounds,
    /// Whether the person is told now, or not yet with the reason and a review date.
    Telling,
}

impl ShareQuestion {
    /// Every question, in order.
    pub const ALL: [ShareQuestion; 6] = [
        ShareQuestion::Recipient,
        ShareQuestion::Information,
        ShareQuestion::Purpose,
        ShareQuestion::Basis,
        ShareQuestion::Grounds,
        ShareQuestion::Telling,
    ];

    /// The last part of its page's address.
    pub fn slug(self) -> &'static str {
        match self {
            ShareQuestion::Recipient => "recipient",
            ShareQuestion::Information => "information",
            ShareQuestion::Purpose => "purpose",
            ShareQuestion::Basis => "basis",
            ShareQuestion::Grounds => "grounds",
            ShareQuestion::Telling => "telling",
        }
    }

    /// The question with this slug.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|q| q.slug() == slug)
    }
}

/// Whether the person is told, as answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum DraftTelling {
    /// Told now, by Candour.
    Now,
    /// Not yet.
    NotYet {
        /// Why not (for staff).
        reason: String,
        /// When the decision is looked at again.
        review_on: NaiveDate,
    },
}

/// The answers given so far.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareDraft {
    /// The organisation that received it.
    pub organisation: Option<String>,
    /// Their role.
    pub role: Option<String>,
    /// What was shared, in plain words.
    pub information: Option<String>,
    /// The case system's ids of the entries shared (may be none).
    #[serde(default)]
    pub entries: Vec<String>,
    /// Why.
    pub purpose: Option<String>,
    /// The lawful basis.
    pub basis: Option<LawfulBasis>,
    /// The consent relied on (its case-system id), when consent is the basis.
    pub consent: Option<String>,
    /// The law that allows it, when consent is not the basis.
    pub authority: Option<Authority>,
    /// The senior member of staff who approved it, when consent is not the basis.
    pub approved_by: Option<String>,
    /// Whether the person is told.
    pub telling: Option<DraftTelling>,
}

/// The answers to one question, as typed (text trimmed by the reader of the form).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareAnswers {
    /// The organisation.
    pub organisation: String,
    /// The role.
    pub role: String,
    /// What was shared.
    pub information: String,
    /// The entries ticked (already checked to be the person's).
    pub entries: Vec<String>,
    /// Why.
    pub purpose: String,
    /// The basis chosen, if a known one.
    pub basis: Option<LawfulBasis>,
    /// The consent chosen (already checked to be the person's and in force).
    pub consent: String,
    /// The law chosen, if a known one.
    pub authority: Option<Authority>,
    /// Who approved it.
    pub approved_by: String,
    /// "now" or "not_yet".
    pub tell: String,
    /// Why not yet.
    pub reason: String,
    /// The review date: `Err` with the date's own problem (a Fluent id) when it was not a date.
    pub review_on: Result<Option<NaiveDate>, &'static str>,
}

impl Default for ShareAnswers {
    fn default() -> Self {
        ShareAnswers {
            organisation: String::new(),
            role: String::new(),
            information: String::new(),
            entries: Vec::new(),
            purpose: String::new(),
            basis: None,
            consent: String::new(),
            authority: None,
            approved_by: String::new(),
            tell: String::new(),
            reason: String::new(),
            review_on: Ok(None),
        }
    }
}

/// What is wrong with an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftProblem {
    /// No organisation.
    OrganisationMissing,
    /// No role.
    RoleMissing,
    /// Nothing said about what was shared.
    InformationMissing,
    /// No reason for sharing.
    PurposeMissing,
    /// No basis chosen.
    BasisMissing,
    /// Consent is the basis, but no consent chosen.
    ConsentMissing,
    /// No law chosen for a share without consent.
    AuthorityMissing,
    /// Nobody named as approving a share without consent.
    ApproverMissing,
    /// Neither "now" nor "not yet" chosen.
    TellingMissing,
    /// Not telling, but no reason.
    ReasonMissing,
    /// Not telling, but no review date.
    ReviewMissing,
    /// The review date is not a date (the date's own problem).
    ReviewNotADate(&'static str),
    /// The review date is today or earlier.
    ReviewInPast,
    /// A short answer is too long.
    TooLongShort(&'static str),
    /// A long answer is too long.
    TooLongLong(&'static str),
}

impl DraftProblem {
    /// One of each kind of problem (a date's own problems are the date reader's).
    pub const EACH: [DraftProblem; 14] = [
        DraftProblem::OrganisationMissing,
        DraftProblem::RoleMissing,
        DraftProblem::InformationMissing,
        DraftProblem::PurposeMissing,
        DraftProblem::BasisMissing,
        DraftProblem::ConsentMissing,
        DraftProblem::AuthorityMissing,
        DraftProblem::ApproverMissing,
        DraftProblem::TellingMissing,
        DraftProblem::ReasonMissing,
        DraftProblem::ReviewMissing,
        DraftProblem::ReviewInPast,
        DraftProblem::TooLongShort("organisation"),
        DraftProblem::TooLongLong("purpose"),
    ];

    /// The form field it is about.
    pub fn field(self) -> &'static str {
        match self {
            DraftProblem::OrganisationMissing => "organisation",
            DraftProblem::RoleMissing => "role",
            DraftProblem::InformationMissing => "information",
            DraftProblem::PurposeMissing => "purpose",
            DraftProblem::BasisMissing => "basis",
            DraftProblem::ConsentMissing => "consent",
            DraftProblem::AuthorityMissing => "authority",
            DraftProblem::ApproverMissing => "approved_by",
            DraftProblem::TellingMissing => "tell",
            DraftProblem::ReasonMissing => "reason",
            DraftProblem::ReviewMissing
            | DraftProblem::ReviewNotADate(_)
            | DraftProblem::ReviewInPast => "review-day",
            DraftProblem::TooLongShort(field) | DraftProblem::TooLongLong(field) => field,
        }
    }

    /// The Fluent id of its message.
    pub fn message(self) -> &'static str {
        match self {
            DraftProblem::OrganisationMissing => "error-share-organisation-missing",
            DraftProblem::RoleMissing => "error-share-role-missing",
            DraftProblem::InformationMissing => "error-share-information-missing",
            DraftProblem::PurposeMissing => "error-share-purpose-missing",
            DraftProblem::BasisMissing => "error-share-basis-missing",
            DraftProblem::ConsentMissing => "error-share-consent-missing",
            DraftProblem::AuthorityMissing => "error-share-authority-missing",
            DraftProblem::ApproverMissing => "error-share-approver-missing",
            DraftProblem::TellingMissing => "error-share-telling-missing",
            DraftProblem::ReasonMissing => "error-share-reason-missing",
            DraftProblem::ReviewMissing => "error-share-review-missing",
            DraftProblem::ReviewNotADate(message) => message,
            DraftProblem::ReviewInPast => "error-share-review-in-past",
            DraftProblem::TooLongShort(_) => "error-share-too-long-short",
            DraftProblem::TooLongLong(_) => "error-share-too-long",
        }
    }
}

/// A required answer: missing when blank, too long past `most`.
fn required(
    problems: &mut Vec<DraftProblem>,
    text: &str,
    field: &'static str,
    missing: DraftProblem,
    most: usize,
) -> Option<String> {
    if text.is_empty() {
        problems.push(missing);
        None
    } else if text.chars().count() > most {
        problems.push(if most == MOST_SHORT {
            DraftProblem::TooLongShort(field)
        } else {
            DraftProblem::TooLongLong(field)
        });
        None
    } else {
        Some(text.to_owned())
    }
}

impl ShareDraft {
    /// Takes the answers to `question`, given `today` (Europe/London); nothing changes when any
    /// answer is wrong, and every problem is returned in the order of the page.
    pub fn answer(
        &mut self,
        question: ShareQuestion,
        answers: ShareAnswers,
        today: NaiveDate,
    ) -> Result<(), Vec<DraftProblem>> {
        let mut problems = Vec::new();
        let p = &mut problems;
        match question {
            ShareQuestion::Recipient => {
                let organisation = required(
                    p,
                    &answers.organisation,
                    "organisation",
                    DraftProblem::OrganisationMissing,
                    MOST_SHORT,
                );
                let role = required(
                    p,
                    &answers.role,
                    "role",
                    DraftProblem::RoleMissing,
                    MOST_SHORT,
                );
                if p.is_empty() {
                    (self.organisation, self.role) = (organisation, role);
                }
            }
            ShareQuestion::Information => {
                let information = required(
                    p,
                    &answers.information,
                    "information",
                    DraftProblem::InformationMissing,
                    MOST_LONG,
                );
                if p.is_empty() {
                    self.information = information;
                    self.entries = answers.entries;
                }
            }
            ShareQuestion::Purpose => {
                let purpose = required(
                    p,
                    &answers.purpose,
                    "purpose",
                    DraftProblem::PurposeMissing,
                    MOST_LONG,
                );
                if p.is_empty() {
                    self.purpose = purpose;
                }
            }
            ShareQuestion::Basis => match answers.basis {
                None => p.push(DraftProblem::BasisMissing),
                Some(basis) => {
                    if self.basis != Some(basis) {
                        (self.consent, self.authority, self.approved_by) = (None, None, None);
                    }
                    self.basis = Some(basis);
                }
            },
            ShareQuestion::Grounds => {
                if self.basis == Some(LawfulBasis::Consent) {
                    let consent = required(
                        p,
                        &answers.consent,
                        "consent",
                        DraftProblem::ConsentMissing,
                        MOST_SHORT,
                    );
                    if p.is_empty() {
                        self.consent = consent;
                    }
                } else {
                    if answers.authority.is_none() {
                        p.push(DraftProblem::AuthorityMissing);
                    }
                    let approved_by = required(
                        p,
                        &answers.approved_by,
                        "approved_by",
                        DraftProblem::ApproverMissing,
                        MOST_SHORT,
                    );
                    if p.is_empty() {
                        (self.authority, self.approved_by) = (answers.authority, approved_by);
                    }
                }
            }
            ShareQuestion::Telling => match answers.tell.as_str() {
                "now" => self.telling = Some(DraftTelling::Now),
                "not_yet" => {
                    let reason = required(
                        p,
                        &answers.reason,
                        "reason",
                        DraftProblem::ReasonMissing,
                        MOST_LONG,
                    );
                    let review_on = match answers.review_on {
                        Err(message) => {
                            p.push(DraftProblem::ReviewNotADate(message));
                            None
                        }
                        Ok(None) => {
                            p.push(DraftProblem::ReviewMissing);
                            None
                        }
                        Ok(Some(day)) if day <= today => {
                            p.push(DraftProblem::ReviewInPast);
                            None
                        }
                        Ok(Some(day)) => Some(day),
                    };
                    if let (Some(reason), Some(review_on), true) = (reason, review_on, p.is_empty())
                    {
                        self.telling = Some(DraftTelling::NotYet { reason, review_on });
                    }
                }
                _ => p.push(DraftProblem::TellingMissing),
            },
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// The first question not yet answered, or `None` when the share is ready to check.
    pub fn next_question(&self) -> Option<ShareQuestion> {
        let grounds_answered = match self.basis {
            Some(LawfulBasis::Consent) => self.consent.is_some(),
            Some(_) => self.authority.is_some() && self.approved_by.is_some(),
            None => false,
        };
        let answered = [
            self.organisation.is_some() && self.role.is_some(),
            self.information.is_some(),
            self.purpose.is_some(),
            self.basis.is_some(),
            grounds_answered,
            self.telling.is_some(),
        ];
        ShareQuestion::ALL
            .into_iter()
            .zip(answered)
            .find(|(_, done)| !done)
            .map(|(question, _)| question)
    }

    /// The share these answers make, shared and (if now) told `today` under the id
    /// `source_id`; the first question still to answer when they make none.
    pub fn sharing(&self, source_id: String, today: NaiveDate) -> Result<Sharing, ShareQuestion> {
        if let Some(question) = self.next_question() {
            return Err(question);
        }
        let with_consent = self.basis == Some(LawfulBasis::Consent);
        Ok(Sharing {
            source_id,
            shared_on: today,
            recipient_organisation: self.organisation.clone().unwrap_or_default(),
            recipient_role: self.role.clone().unwrap_or_default(),
            information: self.information.clone().unwrap_or_default(),
            entries: self.entries.clone(),
            purpose: self.purpose.clone().unwrap_or_default(),
            basis: self.basis.unwrap_or(LawfulBasis::Consent),
            authority: self.authority.filter(|_| !with_consent),
            consent: self.consent.clone().filter(|_| with_consent),
            approved_by: self.approved_by.clone().filter(|_| !with_consent),
            telling: match self.telling.clone() {
                Some(DraftTelling::NotYet { reason, review_on }) => {
                    Telling::NotYet { reason, review_on }
                }
                Some(DraftTelling::Now) | None => Telling::Told { on: today },
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("a date")
    }

    const TODAY: &str = "2026-12-07";

    fn answered() -> ShareDraft {
        let mut draft = ShareDraft::default();
        let steps = [
            (
                ShareQuestion::Recipient,
                ShareAnswers {
                    organisation: "NHS Trust".into(),
                    role: "Occupational therapist".into(),
                    ..Default::default()
                },
            ),
            (
                ShareQuestion::Information,
                ShareAnswers {
                    information: "Your care plan".into(),
                    entries: vec!["E1".into()],
                    ..Default::default()
                },
            ),
            (
                ShareQuestion::Purpose,
                ShareAnswers {
                    purpose: "To plan a home visit".into(),
                    ..Default::default()
                },
            ),
            (
                ShareQuestion::Basis,
                ShareAnswers {
                    basis: Some(LawfulBasis::PublicTask),
                    ..Default::default()
                },
            ),
            (
                ShareQuestion::Grounds,
                ShareAnswers {
                    authority: Some(Authority::IndividualCare),
                    approved_by: "Sam Lee, team manager".into(),
                    ..Default::default()
                },
            ),
            (
                ShareQuestion::Telling,
                ShareAnswers {
                    tell: "now".into(),
                    ..Default::default()
                },
            ),
        ];
        for (question, answers) in steps {
            assert_eq!(draft.next_question(), Some(question));
            draft
                .answer(question, answers, day(TODAY))
                .expect("a good answer");
        }
        draft
    }

    #[test]
    fn the_questions_come_in_order_and_make_a_share_that_breaks_no_rule() {
        let draft = answered();
        assert_eq!(draft.next_question(), None);
        let share = draft
            .sharing("candour:1".into(), day(TODAY))
            .expect("ready");
        assert_eq!(share.problems(day(TODAY)), vec![]);
        assert_eq!(share.telling, Telling::Told { on: day(TODAY) });
        assert_eq!(share.entries, vec!["E1".to_owned()]);
        assert!(share.shown_to_person());
    }

    /// Issue 15, "Bad input": each wrong answer is refused with its own message, and the draft
    /// is unchanged.
    #[test]
    fn each_wrong_answer_is_refused_with_its_own_message_and_changes_nothing() {
        let long = "x".repeat(MOST_LONG + 1);
        let short_long = "x".repeat(MOST_SHORT + 1);
        let not_yet = |reason: &str, review_on| ShareAnswers {
            tell: "not_yet".into(),
            reason: reason.into(),
            review_on,
            ..Default::default()
        };
        let cases: Vec<(&str, ShareQuestion, ShareAnswers, Vec<DraftProblem>)> = vec![
            (
                "a blank recipient",
                ShareQuestion::Recipient,
                ShareAnswers::default(),
                vec![DraftProblem::OrganisationMissing, DraftProblem::RoleMissing],
            ),
            (
                "an organisation too long",
                ShareQuestion::Recipient,
                ShareAnswers {
                    organisation: short_long,
                    role: "Nurse".into(),
                    ..Default::default()
                },
                vec![DraftProblem::TooLongShort("organisation")],
            ),
            (
                "nothing said about what",
                ShareQuestion::Information,
                ShareAnswers::default(),
                vec![DraftProblem::InformationMissing],
            ),
            (
                "a purpose too long",
                ShareQuestion::Purpose,
                ShareAnswers {
                    purpose: long,
                    ..Default::default()
                },
                vec![DraftProblem::TooLongLong("purpose")],
            ),
            (
                "no basis",
                ShareQuestion::Basis,
                ShareAnswers::default(),
                vec![DraftProblem::BasisMissing],
            ),
            (
                "without consent, no law and no approver",
                ShareQuestion::Grounds,
                ShareAnswers::default(),
                vec![
                    DraftProblem::AuthorityMissing,
                    DraftProblem::ApproverMissing,
                ],
            ),
            (
                "without consent, no approver",
                ShareQuestion::Grounds,
                ShareAnswers {
                    authority: Some(Authority::Safeguarding),
                    ..Default::default()
                },
                vec![DraftProblem::ApproverMissing],
            ),
            (
                "neither now nor not yet",
                ShareQuestion::Telling,
                ShareAnswers::default(),
                vec![DraftProblem::TellingMissing],
            ),
            (
                "not yet, with no reason and no review date",
                ShareQuestion::Telling,
                not_yet("", Ok(None)),
                vec![DraftProblem::ReasonMissing, DraftProblem::ReviewMissing],
            ),
            (
                "not yet, reviewed today",
                ShareQuestion::Telling,
                not_yet("It would put them at risk", Ok(Some(day(TODAY)))),
                vec![DraftProblem::ReviewInPast],
            ),
            (
                "not yet, reviewed last week",
                ShareQuestion::Telling,
                not_yet("It would put them at risk", Ok(Some(day("2026-11-30")))),
                vec![DraftProblem::ReviewInPast],
            ),
            (
                "not yet, a review date that is not a date",
                ShareQuestion::Telling,
                not_yet("It would put them at risk", Err("error-date-not-real")),
                vec![DraftProblem::ReviewNotADate("error-date-not-real")],
            ),
        ];
        for (name, question, answers, expected) in cases {
            let mut draft = ShareDraft {
                basis: Some(LawfulBasis::LegalObligation),
                ..ShareDraft::default()
            };
            let before = draft.clone();
            assert_eq!(
                draft.answer(question, answers, day(TODAY)),
                Err(expected),
                "{name}"
            );
            assert_eq!(draft, before, "{name}: nothing changed");
        }
    }

    #[test]
    fn with_consent_the_grounds_are_the_consent_and_nothing_else() {
        let mut draft = answered();
        draft
            .answer(
                ShareQuestion::Basis,
                ShareAnswers {
                    basis: Some(LawfulBasis::Consent),
                    ..Default::default()
                },
                day(TODAY),
            )
            .expect("a basis");
        // The law and the approver belonged to the old basis.
        assert_eq!((draft.authority, draft.approved_by.clone()), (None, None));
        assert_eq!(draft.next_question(), Some(ShareQuestion::Grounds));
        assert_eq!(
            draft.answer(ShareQuestion::Grounds, ShareAnswers::default(), day(TODAY)),
            Err(vec![DraftProblem::ConsentMissing])
        );
        draft
            .answer(
                ShareQuestion::Grounds,
                ShareAnswers {
                    consent: "C-1".into(),
                    ..Default::default()
                },
                day(TODAY),
            )
            .expect("a consent");
        let share = draft
            .sharing("candour:2".into(), day(TODAY))
            .expect("ready");
        assert_eq!(share.consent.as_deref(), Some("C-1"));
        assert_eq!(share.problems(day(TODAY)), vec![]);
    }

    #[test]
    fn a_share_not_told_yet_keeps_its_reason_and_review_date_and_is_not_shown() {
        let mut draft = answered();
        draft
            .answer(
                ShareQuestion::Telling,
                ShareAnswers {
                    tell: "not_yet".into(),
                    reason: "Telling them now would put them at risk".into(),
                    review_on: Ok(Some(day("2027-01-07"))),
                    ..Default::default()
                },
                day(TODAY),
            )
            .expect("not yet");
        let share = draft
            .sharing("candour:3".into(), day(TODAY))
            .expect("ready");
        assert!(!share.shown_to_person());
        assert_eq!(share.problems(day(TODAY)), vec![]);
    }

    #[test]
    fn an_unfinished_draft_names_the_question_to_answer() {
        let draft = ShareDraft {
            organisation: Some("NHS Trust".into()),
            role: Some("Nurse".into()),
            ..ShareDraft::default()
        };
        assert_eq!(
            draft.sharing("x".into(), day(TODAY)),
            Err(ShareQuestion::Information)
        );
        for question in ShareQuestion::ALL {
            assert_eq!(ShareQuestion::from_slug(question.slug()), Some(question));
        }
    }
}
