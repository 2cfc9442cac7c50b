//! A deterministic synthetic council, for demonstrations, tests and load measurements.
//!
//! The same seed always gives the same people in the same order, at any scale, because each
//! person is derived from `(seed, index)` alone: person 400,000 does not depend on generating the
//! 399,999 before it, so batches can be produced in any order. Nobody here is real; names are
//! drawn from lists of common names and dates are spread over plausible ranges.

mod story;

use crate::locale::Locale;
use crate::person::{
    AllocatedWorker, CaseStatus, CommunicationNeeds, CommunicationProfessional, ContactMethod,
    InformationFormat, PersonDetails,
};
use chrono::{Days, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
pub use story::{Pronouns, WITHHELD_TEXT};

/// Given names, with the pronouns a record uses for someone of that name.
const GIVEN_NAMES: &[(&str, Pronouns)] = &[
    ("Amara", Pronouns::She),
    ("Bethan", Pronouns::She),
    ("Callum", Pronouns::He),
    ("Dafydd", Pronouns::He),
    ("Eleanor", Pronouns::She),
    ("Farah", Pronouns::She),
    ("Gareth", Pronouns::He),
    ("Harpreet", Pronouns::She),
    ("Imran", Pronouns::He),
    ("Joan", Pronouns::She),
    ("Kwame", Pronouns::He),
    ("Lowri", Pronouns::She),
    ("Margaret", Pronouns::She),
    ("Nia", Pronouns::She),
    ("Oluwaseun", Pronouns::He),
    ("Priya", Pronouns::She),
    ("Rhys", Pronouns::He),
    ("Siobhan", Pronouns::She),
    ("Tomasz", Pronouns::He),
    ("Usha", Pronouns::She),
    ("Violet", Pronouns::She),
    ("Wei", Pronouns::He),
    ("Yusuf", Pronouns::He),
    ("Zainab", Pronouns::She),
    ("Arthur", Pronouns::He),
    ("Brenda", Pronouns::She),
    ("Colin", Pronouns::He),
    ("Doreen", Pronouns::She),
    ("Ebrahim", Pronouns::He),
    ("Fatima", Pronouns::She),
    ("George", Pronouns::He),
    ("Hilda", Pronouns::She),
];

const FAMILY_NAMES: &[&str] = &[
    "Ahmed",
    "Begum",
    "Campbell",
    "Davies",
    "Evans",
    "Fraser",
    "Griffiths",
    "Hughes",
    "Iqbal",
    "Jones",
    "Khan",
    "Lewis",
    "Morgan",
    "Nowak",
    "Okafor",
    "Patel",
    "Quinn",
    "Roberts",
    "Singh",
    "Thomas",
    "Usman",
    "Vaughan",
    "Williams",
    "Xu",
    "Young",
    "Zielinski",
    "Baker",
    "Clarke",
    "Edwards",
    "Hussain",
    "Murphy",
    "Walker",
];

const RETENTION_CLASSES: &[&str] = &["standard", "safeguarding-enquiry", "standard", "standard"];

/// The date the synthetic council "was generated": fixed, so that output never depends on the
/// day it runs.
pub fn reference_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).expect("a valid constant date")
}

/// Person number `index` (counting from 0) of the synthetic council with this `seed`.
pub fn person(seed: u64, index: u64) -> PersonDetails {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(index);
    let (given_name, _) = GIVEN_NAMES[rng.random_range(0..GIVEN_NAMES.len())];
    let family_name = FAMILY_NAMES[rng.random_range(0..FAMILY_NAMES.len())];
    // Adults of 18 to 100.
    let age_days = rng.random_range(18 * 365..100 * 365);
    let date_of_birth = reference_date() - Days::new(age_days);
    let preferred_locale = if rng.random_ratio(1, 8) {
        Locale::Cy
    } else {
        Locale::EnGb
    };
    let case_status = if rng.random_ratio(1, 4) {
        CaseStatus::Closed {
            on: reference_date() - Days::new(rng.random_range(1..6 * 365)),
        }
    } else {
        CaseStatus::Open
    };
    let communication = communication_needs(&mut rng);
    let retention_class =
        RETENTION_CLASSES[rng.random_range(0..RETENTION_CLASSES.len())].to_owned();
    // Drawn last, so that adding it left everyone's other details as they were.
    let allocated_worker = match case_status {
        CaseStatus::Open => Some(worker(&mut rng)),
        CaseStatus::Closed { .. } => None,
    };
    PersonDetails {
        source_id: format!("DEMO-{seed}-{index:07}"),
        nhs_number: synthetic_nhs_number(index),
        given_name: given_name.to_owned(),
        family_name: family_name.to_owned(),
        date_of_birth,
        preferred_locale,
        communication,
        case_status,
        retention_class,
        allocated_worker,
    }
}

const WORKER_ROLES: &[&str] = &[
    "Social worker",
    "Occupational therapist",
    "Social care assessor",
    "Community care officer",
];

/// A made-up member of staff, reached through the demo council's (unreal) numbers.
fn worker(rng: &mut ChaCha8Rng) -> AllocatedWorker {
    let (given, _) = GIVEN_NAMES[rng.random_range(0..GIVEN_NAMES.len())];
    let family = FAMILY_NAMES[rng.random_range(0..FAMILY_NAMES.len())];
    AllocatedWorker {
        name: format!("{given} {family}"),
        role: WORKER_ROLES[rng.random_range(0..WORKER_ROLES.len())].to_owned(),
        // 01632 960xxx is Ofcom's range for drama and examples: it reaches nobody.
        phone: Some(format!("01632 960 {:03}", rng.random_range(100..1000))),
        email: Some(format!(
            "{}.{}@demo-council.example",
            given.to_lowercase(),
            family.to_lowercase()
        )),
    }
}

/// An NHS number from the 999 range, which is never issued to real patients (NHS Digital test
/// data), unique per index below one million; `None` when the index has no valid check digit.
pub fn synthetic_nhs_number(index: u64) -> Option<String> {
    if index >= 1_000_000 {
        return None;
    }
    let base = 999_000_000 + index;
    let digits: Vec<u32> = base
        .to_string()
        .chars()
        .filter_map(|c| c.to_digit(10))
        .collect();
    let check = crate::person::nhs_check_digit(&digits)?;
    Some(format!("{base}{check}"))
}

/// The pronouns a record uses for synthetic person `details` (from their given name).
pub fn pronouns(details: &PersonDetails) -> Pronouns {
    GIVEN_NAMES
        .iter()
        .find(|(name, _)| *name == details.given_name)
        .map_or(Pronouns::She, |(_, pronouns)| *pronouns)
}

/// Record entries for synthetic person `index` (stored as `person`), the story of their care
/// (see `story`): a needs assessment with its outcome, the plan, visits, a review and more, 4
/// to 9 entries over the last two years, each with 1 to 4 labelled statements about them by
/// name; about one entry in six has a statement withheld (with its reason shown).
pub fn entries(
    seed: u64,
    index: u64,
    person: crate::person::PersonId,
) -> Vec<crate::record::NewEntry> {
    record_drawn_with(
        seed,
        seed,
        index,
        person,
        &format!("DEMO-{seed}-{index:07}-E"),
    )
}

/// The record of synthetic person `index` of council `seed`, its details drawn from stream
/// `draw` (the person is always the same; `draw` varies what happened to them).
fn record_drawn_with(
    seed: u64,
    draw: u64,
    index: u64,
    person: crate::person::PersonId,
    id_prefix: &str,
) -> Vec<crate::record::NewEntry> {
    let details = self::person(seed, index);
    let mut rng = ChaCha8Rng::seed_from_u64(draw ^ 0x005e_ed0f_ec0d);
    rng.set_stream(index);
    let cast = story::cast(
        &mut rng,
        &details.given_name,
        pronouns(&details),
        GIVEN_NAMES,
    );
    story::record(&mut rng, &cast, reference_date(), person, id_prefix)
}

/// `count` record entries for synthetic person `index`, for measuring a long record (a person
/// known to the council for decades): batches of entries drawn with different streams, each
/// given its own case-system id.
pub fn long_record(
    seed: u64,
    index: u64,
    person: crate::person::PersonId,
    count: usize,
) -> Vec<crate::record::NewEntry> {
    (0u64..)
        .flat_map(|batch| {
            record_drawn_with(
                seed,
                seed.wrapping_add(batch.wrapping_mul(7_919)),
                index,
                person,
                "",
            )
        })
        .take(count)
        .enumerate()
        .map(|(n, mut entry)| {
            entry.source_id = format!("DEMO-{seed}-{index:07}-L{n}");
            entry
        })
        .collect()
}

/// About one person in three has a recorded need, roughly as councils report.
fn communication_needs(rng: &mut ChaCha8Rng) -> CommunicationNeeds {
    if !rng.random_ratio(1, 3) {
        return CommunicationNeeds::default();
    }
    let information_format = match rng.random_range(0..6) {
        0 | 1 => Some(InformationFormat::EasyRead),
        2 => Some(InformationFormat::LargePrint),
        3 => Some(InformationFormat::Audio),
        _ => None,
    };
    let communication_professional = match rng.random_range(0..8) {
        0 => Some(CommunicationProfessional::BslInterpreter),
        1 => Some(CommunicationProfessional::SpokenLanguageInterpreter {
            language: "pa".to_owned(),
        }),
        2 => Some(CommunicationProfessional::Advocate),
        _ => None,
    };
    let contact_method = match rng.random_range(0..4) {
        0 => Some(ContactMethod::Letter),
        1 => Some(ContactMethod::TextMessage),
        2 => Some(ContactMethod::ThroughRepresentative),
        _ => None,
    };
    let communication_support = rng
        .random_ratio(1, 2)
        .then(|| "Speak slowly and give extra time to answer.".to_owned());
    CommunicationNeeds {
        communication_support,
        communication_professional,
        contact_method,
        information_format,
    }
}

/// What the synthetic council shared of person `index`'s record `entries`: every entry with
/// the district nursing team for care at home (public task, approved, the person told on the
/// day); for one person in three (index 1, 4, 7…), the latest entry with the housing service on
/// the person's consent; and for another one in three (index 2, 5, 8…), the latest entry with
/// the police for a safeguarding enquiry, without consent and not yet told; and for the rest
/// (index 0, 3, 6…), their name to two carers' charities on the consent they later took back.
pub fn sharing(index: u64, entries: &[crate::record::NewEntry]) -> Vec<crate::sharing::Sharing> {
    use crate::sharing::{Authority, LawfulBasis, Sharing, Telling};
    let Some(latest) = entries.iter().max_by_key(|e| e.written_date) else {
        return Vec::new();
    };
    let mut shares = vec![Sharing {
        source_id: format!("DEMO-{index:07}-S1"),
        shared_on: latest.written_date,
        recipient_organisation: "Northshire NHS Foundation Trust".to_owned(),
        recipient_role: "District nursing team".to_owned(),
        information: "Your care record".to_owned(),
        entries: entries.iter().map(|e| e.source_id.clone()).collect(),
        purpose: "So the nurses who visit you know how to help you at home".to_owned(),
        basis: LawfulBasis::PublicTask,
        authority: Some(Authority::IndividualCare),
        consent: None,
        approved_by: Some("Team manager, Adult social care".to_owned()),
        telling: Telling::Told {
            on: latest.written_date,
        },
    }];
    if index % 3 == 1 {
        shares.push(Sharing {
            source_id: format!("DEMO-{index:07}-S2"),
            shared_on: latest.written_date,
            recipient_organisation: "Northshire Council Housing".to_owned(),
            recipient_role: "Housing officer".to_owned(),
            information: latest.title.clone(),
            entries: vec![latest.source_id.clone()],
            purpose: "To find you a home that suits your needs".to_owned(),
            basis: LawfulBasis::Consent,
            authority: None,
            consent: Some(format!("DEMO-{index:07}-C1")),
            approved_by: None,
            telling: Telling::Told {
                on: latest.written_date,
            },
        });
    }
    if index.is_multiple_of(3) {
        // The carers' consent (`consents`), given on the first day of the record and taken back
        // on the last: two organisations heard of the person under it before then.
        if let Some(first) = entries
            .iter()
            .min_by_key(|e| e.written_date)
            .filter(|first| first.written_date < latest.written_date)
        {
            for (n, organisation) in CARERS.iter().enumerate() {
                shares.push(Sharing {
                    source_id: format!("DEMO-{index:07}-S{}", 4 + n),
                    shared_on: first.written_date,
                    recipient_organisation: (*organisation).to_owned(),
                    recipient_role: "Carers' support worker".to_owned(),
                    information: "Your name and how to contact you".to_owned(),
                    entries: Vec::new(),
                    purpose: "So they can offer you help as a carer".to_owned(),
                    basis: LawfulBasis::Consent,
                    authority: None,
                    consent: Some(format!("DEMO-{index:07}-C2")),
                    approved_by: None,
                    telling: Telling::Told {
                        on: first.written_date,
                    },
                });
            }
        }
    }
    if index % 3 == 2 {
        // A safeguarding share the person has not been told of yet: it is never shown to them
        // or their delegates, and staff see it with its review date.
        shares.push(Sharing {
            source_id: format!("DEMO-{index:07}-S3"),
            shared_on: latest.written_date,
            recipient_organisation: "Northshire Police".to_owned(),
            recipient_role: "Public protection unit".to_owned(),
            information: latest.title.clone(),
            entries: vec![latest.source_id.clone()],
            purpose: "To make a safeguarding enquiry".to_owned(),
            basis: LawfulBasis::PublicTask,
            authority: Some(Authority::Safeguarding),
            consent: None,
            approved_by: Some("Head of safeguarding, Adult social care".to_owned()),
            telling: Telling::NotYet {
                reason: "Telling them now could put them at risk while the enquiry runs".to_owned(),
                review_on: latest.written_date + chrono::Days::new(90),
            },
        });
    }
    shares
}

/// The organisations told about a person under the carers' consent.
const CARERS: [&str; 2] = ["Northshire Carers Together", "Northshire Carers' Centre"];

/// After a person of the synthetic council took back the carers' consent, the first of the two
/// organisations was told on the day (and has not yet confirmed it stopped); the second has not
/// been told yet. Returns the consent's case-system id, the day of the withdrawal, and who was
/// told, for the people whose shares `sharing` made.
pub fn told_of_withdrawal(
    index: u64,
    entries: &[crate::record::NewEntry],
) -> Option<(String, NaiveDate, &'static str)> {
    let consent = consents(index, entries).into_iter().next()?;
    let on = consent.withdrawn_on?;
    sharing(index, entries)
        .iter()
        .any(|s| s.consent.as_deref() == Some(consent.source_id.as_str()))
        .then_some((consent.source_id, on, CARERS[0]))
}

/// A question person `index` of the synthetic council asked about the newest time staff looked
/// at their information ("Ask why someone looked"), among those whose looks the case system
/// reports (`reported_views`): the question, how many days ago they asked, and the answer (with
/// the days it took), if there is one yet. One person in twelve has an answered question (index
/// 10, 22…); one in twelve an open one (index 7, 19…), every other of those asked 40 days ago,
/// so the privacy officers' queue has overdue questions too.
pub fn question_about_look(index: u64) -> Option<(&'static str, u64, Option<(&'static str, u64)>)> {
    match index % 12 {
        10 => Some((
            "Why did the housing team look at my contact details?",
            20,
            Some((
                "Our housing officer was checking your address before offering you a flat. \
                 They only looked at your contact details.",
                6,
            )),
        )),
        7 => Some((
            "Why did the occupational therapist open my care plan?",
            if index % 24 == 7 { 40 } else { 3 },
            None,
        )),
        _ => None,
    }
}

/// A demo alert: the reason, how many days ago it was given, and the finding and notes once
/// decided.
pub type ClosedCaseAlert = (
    &'static str,
    u64,
    Option<(crate::closed_case::Finding, &'static str)>,
);

/// A member of staff's reason for opening the closed case of person `index` of the synthetic
/// council (for those whose case is closed), given `days_ago`, with the privacy officers'
/// finding and notes once they have decided (`crate::closed_case`). One closed case in six
/// has an alert waiting two days, one in six a waiting alert 12 days old (more than 5 working
/// days, so flagged), one in six an alert found legitimate; the rest none.
pub fn closed_case_alert(index: u64) -> Option<ClosedCaseAlert> {
    use crate::closed_case::Finding;
    match index % 6 {
        0 => Some((
            "A new referral came in. I checked what support they had before.",
            2,
            None,
        )),
        3 => Some(("Checking an old address for a complaint.", 12, None)),
        1 => Some((
            "They asked for a copy of their records and I am gathering it.",
            20,
            Some((
                Finding::Legitimate,
                "A request for a copy was open and assigned to this caseworker.",
            )),
        )),
        _ => None,
    }
}

/// The times staff opened the information of person `index` of the synthetic council in the
/// council's own systems, as its case system reports them (`crate::ingest::access`): one person
/// in three (those who agreed to the housing share) was looked at by an occupational therapist
/// of the NHS trust, who opened their newest entry, and by one of the council's housing
/// officers, who opened their contact details; each on the days before that entry was written,
/// so never in the future. `person_source_id` is the person's id in the case system.
pub fn reported_views(
    person_source_id: &str,
    index: u64,
    entries: &[crate::record::NewEntry],
) -> Vec<crate::ingest::IncomingAccess> {
    use crate::ingest::{IncomingAccess, ReportedView};
    let Some(latest) = entries.iter().max_by_key(|e| e.written_date) else {
        return Vec::new();
    };
    if index % 3 != 1 {
        return Vec::new();
    }
    let at = |days_before: u64, hour: u32, minute: u32| {
        latest
            .written_date
            .checked_sub_days(Days::new(days_before))
            .and_then(|day| day.and_hms_opt(hour, minute, 0))
            .map_or(0, |moment| moment.and_utc().timestamp())
    };
    vec![
        IncomingAccess {
            person_source_id: person_source_id.to_owned(),
            view: ReportedView {
                source_id: format!("DEMO-{index:07}-A1"),
                at: at(2, 10, 15),
                name: Some("Priya Shah".to_owned()),
                role: "Occupational therapist".to_owned(),
                organisation: Some("Northshire NHS Foundation Trust".to_owned()),
                opened: latest.title.clone(),
                entry: Some(latest.source_id.clone()),
                reason: Some("To plan equipment to help you at home".to_owned()),
            },
        },
        IncomingAccess {
            person_source_id: person_source_id.to_owned(),
            view: ReportedView {
                source_id: format!("DEMO-{index:07}-A2"),
                at: at(1, 14, 40),
                name: Some("Tom Reed".to_owned()),
                role: "Housing officer".to_owned(),
                organisation: None,
                opened: "Your contact details and address".to_owned(),
                entry: None,
                reason: Some("To check your address for your housing application".to_owned()),
            },
        },
    ]
}

/// The consents person `index` of the synthetic council gave, dated by their record `entries`:
/// one person in three agreed in writing to the housing share (the consent `sharing` names;
/// every other one of those for a set time, ended the day after the share);
/// another one in three (index a multiple of three) agreed out loud to a carers' charity being
/// told about them, and later took it back; the rest said no, online, to a day centre.
pub fn consents(index: u64, entries: &[crate::record::NewEntry]) -> Vec<crate::consent::Consent> {
    use crate::consent::{Consent, ConsentAnswer, ConsentMethod};
    let (Some(first), Some(latest)) = (
        entries.iter().min_by_key(|e| e.written_date),
        entries.iter().max_by_key(|e| e.written_date),
    ) else {
        return Vec::new();
    };
    match index % 3 {
        1 => vec![Consent {
            source_id: format!("DEMO-{index:07}-C1"),
            answer: ConsentAnswer::Yes,
            answered_on: latest.written_date,
            answered_by: None,
            method: ConsentMethod::InWriting,
            purpose: "To tell the housing team what you need from a home".to_owned(),
            recipients: "Northshire Council Housing".to_owned(),
            withdrawn_on: None,
            // Every other one was for a set time, which is now over.
            expires_on: (index % 6 == 4).then(|| latest.written_date + Days::new(1)),
            capacity: None,
            evidence: Some("Signed consent form, kept in your case file".to_owned()),
        }],
        0 => vec![Consent {
            source_id: format!("DEMO-{index:07}-C2"),
            answer: ConsentAnswer::Yes,
            answered_on: first.written_date,
            answered_by: None,
            method: ConsentMethod::Spoken,
            purpose: "To tell carers' charities about you, so they can offer help".to_owned(),
            recipients: "Northshire Carers Together and Northshire Carers' Centre".to_owned(),
            withdrawn_on: Some(latest.written_date),
            expires_on: None,
            capacity: Some(crate::consent::CapacityCheck {
                by: "Your social worker".to_owned(),
                on: first.written_date,
            }),
            evidence: Some("Note of the visit, kept in your case file".to_owned()),
        }],
        _ => vec![Consent {
            source_id: format!("DEMO-{index:07}-C3"),
            answer: ConsentAnswer::No,
            answered_on: latest.written_date,
            answered_by: None,
            method: ConsentMethod::Online,
            purpose: "To send your name to a day centre so they can tell you about their events"
                .to_owned(),
            recipients: "Northshire Day Centres".to_owned(),
            withdrawn_on: None,
            expires_on: None,
            capacity: None,
            evidence: None,
        }],
    }
}

/// Open rights request number `index` of the synthetic council `seed`, for `person`, taken down
/// by `made_by`: any right, any channel, received on a working or non-working day up to 40 days
/// before `today`, so a queue of them has overdue, due-soon and later requests.
pub fn request(
    seed: u64,
    index: u64,
    person: crate::person::PersonId,
    made_by: crate::access::AccountId,
    today: NaiveDate,
) -> crate::rights::NewRequest {
    use crate::rights::{Channel, ContactPreference, NewRequest, Right};
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x0000_7e9e_e575);
    rng.set_stream(index);
    let right = Right::ALL[rng.random_range(0..Right::ALL.len())];
    let channel = Channel::ALL[rng.random_range(0..Channel::ALL.len())];
    let (wrong, should_say) = if right == Right::Rectification {
        (
            Some("My address is an old one".to_owned()),
            Some("12 New Street".to_owned()),
        )
    } else {
        (None, None)
    };
    NewRequest {
        person,
        right,
        channel,
        received: today - Days::new(rng.random_range(0..40)),
        made_by,
        on_behalf: channel != Channel::Portal,
        helped_by: None,
        about: "Everything you hold about me".to_owned(),
        wrong,
        should_say,
        statement: None,
        contact: ContactPreference::Letter,
        contact_detail: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_shares_follow_the_rules_and_name_real_entries() {
        for index in 0..30 {
            let entries = entries(3, index, crate::person::PersonId(1));
            let shares = sharing(index, &entries);
            let carers = shares
                .iter()
                .filter(|s| s.consent.as_deref() == Some(format!("DEMO-{index:07}-C2").as_str()))
                .count();
            assert_eq!(shares.len(), 1 + if index % 3 == 0 { carers } else { 1 });
            assert_eq!(
                carers,
                if index % 3 == 0 { 2 } else { 0 },
                "two carers' charities heard"
            );
            assert_eq!(
                told_of_withdrawal(index, &entries).is_some(),
                index % 3 == 0,
                "one of them told of the withdrawal"
            );
            assert_eq!(
                shares.iter().filter(|s| !s.shown_to_person()).count(),
                usize::from(index % 3 == 2),
                "one person in three has a share not yet told"
            );
            for share in &shares {
                assert!(share.problems(reference_date()).is_empty(), "{share:?}");
                assert!(
                    share
                        .entries
                        .iter()
                        .all(|id| entries.iter().any(|e| &e.source_id == id))
                );
            }
        }
    }

    #[test]
    fn synthetic_consents_follow_the_rules_and_back_the_consent_shares() {
        for index in 0..30 {
            let entries = entries(3, index, crate::person::PersonId(1));
            let consents = consents(index, &entries);
            for consent in &consents {
                assert!(consent.problems(reference_date()).is_empty(), "{consent:?}");
            }
            for share in sharing(index, &entries) {
                if let Some(named) = &share.consent {
                    let consent = consents
                        .iter()
                        .find(|c| &c.source_id == named)
                        .expect("the consent a share names is there");
                    assert!(consent.in_force_on(share.shared_on), "{consent:?}");
                }
            }
        }
    }

    /// Every word of `text`.
    fn words(text: &str) -> Vec<&str> {
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect()
    }

    #[test]
    fn each_record_is_about_its_own_person_in_a_sensible_order() {
        use crate::record::{EntryKind, StatementLabel};
        for index in 0..400 {
            let details = person(1, index);
            let record = entries(1, index, crate::person::PersonId(1));
            let says = |what: &str| format!("person {index} ({}): {what}", details.given_name);
            assert!((4..=9).contains(&record.len()), "{}", says("entry count"));
            assert_eq!(record[0].kind, EntryKind::Assessment, "{}", says("starts"));
            let plan = record
                .iter()
                .find(|e| e.kind == EntryKind::CareAndSupportPlan)
                .expect("a plan");
            let mut others = std::collections::BTreeSet::new();
            let (wrong_pronouns, name_seen) = match pronouns(&details) {
                Pronouns::She => (["he", "him", "his"], &mut false),
                Pronouns::He => (["she", "her", "hers"], &mut false),
            };
            for (n, entry) in record.iter().enumerate() {
                assert!(
                    entry.event_date <= entry.written_date,
                    "{}",
                    says("written after")
                );
                assert!(
                    entry.written_date <= reference_date(),
                    "{}",
                    says("in the past")
                );
                if n > 0 {
                    assert!(
                        record[n - 1].event_date <= entry.event_date,
                        "{}",
                        says("in order")
                    );
                }
                if entry.kind == EntryKind::Review {
                    assert!(
                        entry.event_date > plan.event_date,
                        "{}",
                        says("review after plan")
                    );
                }
                let texts: Vec<&str> = entry.statements.iter().map(|s| s.text.as_str()).collect();
                let unique: std::collections::BTreeSet<_> = texts.iter().collect();
                assert_eq!(unique.len(), texts.len(), "{}: {texts:?}", says("a repeat"));
                for statement in &entry.statements {
                    let by = match &statement.label {
                        StatementLabel::Reported { by } => by.as_str(),
                        StatementLabel::Opinion { whose } => whose.as_str(),
                        _ => "",
                    };
                    for text in [statement.text.as_str(), by] {
                        assert!(!text.contains(['{', '}']), "{}: {text}", says("a template"));
                        for word in words(text) {
                            assert!(
                                !wrong_pronouns.contains(&word.to_lowercase().as_str()),
                                "{}: {text}",
                                says("pronouns")
                            );
                            if word == details.given_name {
                                *name_seen = true;
                            } else if GIVEN_NAMES.iter().any(|(name, _)| *name == word)
                                || word == "Jo"
                            {
                                others.insert(word.to_owned());
                            }
                        }
                    }
                }
            }
            assert!(*name_seen, "{}", says("named"));
            assert!(
                others.len() <= 1,
                "{}: {others:?}",
                says("only one other person")
            );
        }
    }

    #[test]
    fn records_differ_from_person_to_person_and_are_the_same_for_the_same_seed() {
        use crate::record::EntryKind;
        let mut sentences = std::collections::BTreeSet::new();
        let mut openings = std::collections::BTreeSet::new();
        let mut kinds = std::collections::BTreeSet::new();
        for index in 0..60 {
            let record = entries(1, index, crate::person::PersonId(1));
            assert_eq!(record, entries(1, index, crate::person::PersonId(1)));
            openings.insert(record[0].statements[0].text.clone());
            for entry in &record {
                kinds.insert(entry.kind.key());
                sentences.extend(entry.statements.iter().map(|s| s.text.clone()));
            }
        }
        assert!(sentences.len() >= 150, "{} sentences", sentences.len());
        assert!(openings.len() >= 25, "{} openings", openings.len());
        for kind in [
            EntryKind::Assessment,
            EntryKind::CareAndSupportPlan,
            EntryKind::Review,
            EntryKind::CaseNote,
            EntryKind::RiskAssessment,
            EntryKind::Letter,
        ] {
            assert!(kinds.contains(kind.key()), "{kinds:?}");
        }
    }

    #[test]
    fn the_same_seed_and_index_always_give_the_same_person() {
        for index in [0, 1, 499_999] {
            assert_eq!(person(7, index), person(7, index));
        }
    }

    #[test]
    fn synthetic_nhs_numbers_are_valid_and_in_the_test_range() {
        for index in 0..5_000 {
            if let Some(number) = synthetic_nhs_number(index) {
                assert!(crate::person::is_valid_nhs_number(&number), "{number}");
                assert!(number.starts_with("999"));
            }
        }
        assert_eq!(synthetic_nhs_number(1_000_000), None);
    }

    #[test]
    fn different_seeds_or_indexes_give_different_people() {
        assert_ne!(person(7, 0), person(8, 0));
        assert_ne!(person(7, 0), person(7, 1));
        assert_ne!(person(7, 0).source_id, person(7, 1).source_id);
    }

    #[test]
    fn synthetic_people_are_adults_and_closed_cases_closed_in_the_past() {
        for index in 0..2_000 {
            let p = person(1, index);
            let age = reference_date().years_since(p.date_of_birth).unwrap_or(0);
            assert!((18..=100).contains(&age), "{p:?}");
            if let CaseStatus::Closed { on } = p.case_status {
                assert!(on < reference_date());
            }
        }
    }

    #[test]
    fn open_cases_have_a_worker_with_an_unreal_number_and_closed_cases_none() {
        for index in 0..500 {
            let p = person(1, index);
            match (&p.case_status, &p.allocated_worker) {
                (CaseStatus::Open, Some(worker)) => {
                    let phone = worker.phone.as_deref().unwrap_or_default();
                    assert!(phone.starts_with("01632 960 "), "{phone}");
                    assert!(worker.contact().is_some_and(|c| c.contains('@')));
                }
                (CaseStatus::Closed { .. }, None) => {}
                other => panic!("person {index}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_long_record_has_as_many_entries_as_asked_each_with_its_own_id() {
        use crate::person::PersonId;
        let record = long_record(1, 0, PersonId(1), 2_000);
        assert_eq!(record.len(), 2_000);
        let ids: std::collections::BTreeSet<_> = record.iter().map(|e| &e.source_id).collect();
        assert_eq!(ids.len(), 2_000);
        assert_eq!(record, long_record(1, 0, PersonId(1), 2_000));
    }

    #[test]
    fn synthetic_requests_are_deterministic_and_received_in_the_last_40_days() {
        use crate::access::AccountId;
        use crate::person::PersonId;
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
        let first = request(3, 9, PersonId(4), AccountId(1), today);
        assert_eq!(first, request(3, 9, PersonId(4), AccountId(1), today));
        let received: Vec<_> = (0..200)
            .map(|i| request(3, i, PersonId(4), AccountId(1), today).received)
            .collect();
        assert!(
            received
                .iter()
                .all(|d| *d <= today && (today - *d).num_days() < 40)
        );
        assert!(
            received.iter().any(|d| (today - *d).num_days() > 31),
            "some are overdue"
        );
        assert!(
            received.iter().any(|d| (today - *d).num_days() < 20),
            "some are not due yet"
        );
    }
}
