//! Reading sharing events from a batch: `{"sharing": [...]}`, each checked field by field and
//! then against the rules of [`crate::sharing`], every problem at its JSON path.
//!
//! A share names the person and the entries shared by the case system's ids; the store checks
//! that both exist in the organisation's records, inside the import's transaction. Exactly one
//! of `told_on` (the day the person was told) or `not_told` (`reason`, `review_on`) is given:
//! the case system must say which, rather than Candour guessing that silence means "told".

use super::Reader;
use crate::sharing::{Authority, LawfulBasis, Sharing, Telling};
use chrono::NaiveDate;
use serde_json::Value;

/// A share whose person is named by the case system's id; the store finds the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncomingSharing {
    /// The case system's id of the person whose information was shared.
    pub person_source_id: String,
    /// The share.
    pub sharing: Sharing,
}

/// The fields of a share.
pub const SHARING_FIELDS: &[&str] = &[
    "person_source_id",
    "source_id",
    "shared_on",
    "recipient",
    "information",
    "entries",
    "purpose",
    "lawful_basis",
    "authority",
    "consent",
    "approved_by",
    "told_on",
    "not_told",
];

/// Entries named in one share.
const ENTRIES_PER_SHARE: usize = 500;

/// Reads one share at `path`.
pub(super) fn sharing_at(
    r: &mut Reader,
    value: &Value,
    path: &str,
    today: NaiveDate,
) -> Option<IncomingSharing> {
    let map = r.object(value, path)?;
    r.only(map, path, SHARING_FIELDS);
    let person_source_id = r.text(map, path, "person_source_id", 64, true);
    let source_id = r.text(map, path, "source_id", 64, true);
    let shared_on = r.date(map, path, "shared_on", true);
    let recipient = match map.get("recipient") {
        None | Some(Value::Null) => {
            r.problem(&format!("{path}.recipient"), "is missing");
            None
        }
        Some(value) => {
            let at = format!("{path}.recipient");
            r.object(value, &at).and_then(|recipient| {
                r.only(recipient, &at, &["organisation", "role"]);
                let organisation = r.text(recipient, &at, "organisation", 200, true);
                let role = r.text(recipient, &at, "role", 100, true);
                Some((organisation?, role?))
            })
        }
    };
    let information = r.text(map, path, "information", 1_000, true);
    let entries = match r.array(map, path, "entries", ENTRIES_PER_SHARE) {
        None => Some(Vec::new()),
        Some(items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| match item {
                Value::String(id) if !id.trim().is_empty() && id.chars().count() <= 64 => {
                    Some(id.trim().to_owned())
                }
                _ => {
                    r.problem(
                        &format!("{path}.entries[{i}]"),
                        "must be an entry's id: text of 1 to 64 characters",
                    );
                    None
                }
            })
            .collect::<Vec<_>>()
            .into_iter()
            .collect::<Option<Vec<_>>>(),
    };
    let purpose = r.text(map, path, "purpose", 1_000, true);
    let basis = r.text(map, path, "lawful_basis", 40, true).and_then(|key| {
        let basis = LawfulBasis::from_key(&key);
        if basis.is_none() {
            r.problem(
                &format!("{path}.lawful_basis"),
                &format!(
                    "must be one of {}",
                    LawfulBasis::ALL.map(LawfulBasis::key).join(", ")
                ),
            );
        }
        basis
    });
    let authority = match r.text(map, path, "authority", 40, false) {
        None => Some(None),
        Some(key) => match Authority::from_key(&key) {
            Some(authority) => Some(Some(authority)),
            None => {
                r.problem(
                    &format!("{path}.authority"),
                    &format!(
                        "must be one of {}",
                        Authority::ALL.map(Authority::key).join(", ")
                    ),
                );
                None
            }
        },
    };
    let consent = r.text(map, path, "consent", 64, false);
    let approved_by = r.text(map, path, "approved_by", 200, false);
    let telling = telling_at(r, map, path);
    let sharing = Sharing {
        source_id: source_id?,
        shared_on: shared_on?,
        recipient_organisation: recipient.as_ref()?.0.clone(),
        recipient_role: recipient?.1,
        information: information?,
        entries: entries?,
        purpose: purpose?,
        basis: basis?,
        authority: authority?,
        consent,
        approved_by,
        telling: telling?,
    };
    let problems = sharing.problems(today);
    for problem in &problems {
        r.problem(&format!("{path}.{}", problem.field()), problem.message());
    }
    problems.is_empty().then_some(IncomingSharing {
        person_source_id: person_source_id?,
        sharing,
    })
}

/// `told_on`, or `not_told` with its reason and review date: exactly one.
fn telling_at(r: &mut Reader, map: &serde_json::Map<String, Value>, path: &str) -> Option<Telling> {
    let told_on = r.date(map, path, "told_on", false);
    let not_told = match map.get("not_told") {
        None | Some(Value::Null) => None,
        Some(value) => {
            let at = format!("{path}.not_told");
            let not_told = r.object(value, &at)?;
            r.only(not_told, &at, &["reason", "review_on"]);
            let reason = r.text(not_told, &at, "reason", 1_000, true);
            let review_on = r.date(not_told, &at, "review_on", true);
            Some(Telling::NotYet {
                reason: reason?,
                review_on: review_on?,
            })
        }
    };
    match (told_on, not_told) {
        (Some(on), None) => Some(Telling::Told { on }),
        (None, Some(not_told)) => Some(not_told),
        (Some(_), Some(_)) => {
            r.problem(
                &format!("{path}.told_on"),
                "is given with not_told; send one: the day the person was told, or why not yet",
            );
            None
        }
        (None, None) => {
            if !map.contains_key("told_on") && !map.contains_key("not_told") {
                r.problem(
                    &format!("{path}.told_on"),
                    "is missing: send the day the person was told, or not_told with the reason and a review date",
                );
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ingest::{IngestLimits, parse_batch};
    use crate::sharing::{Authority, LawfulBasis, Telling};
    use chrono::NaiveDate;
    use serde_json::{Value, json};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).expect("date")
    }

    fn share() -> Value {
        json!({
            "person_source_id": "P-1",
            "source_id": "SH-1",
            "shared_on": "2026-11-02",
            "recipient": {"organisation": "Northshire NHS Trust", "role": "District nurse"},
            "information": "Care and support plan",
            "entries": ["E-1", "E-2"],
            "purpose": "To plan care at home",
            "lawful_basis": "public_task",
            "authority": "individual_care",
            "approved_by": "Team manager",
            "told_on": "2026-11-03"
        })
    }

    fn with(changes: &[(&str, Value)]) -> Value {
        let mut share = share();
        for (key, value) in changes {
            if value.is_null() {
                share.as_object_mut().expect("object").remove(*key);
            } else {
                share[*key] = value.clone();
            }
        }
        share
    }

    fn problems(share: Value) -> Vec<(String, String)> {
        match parse_batch(
            &json!({"sharing": [share]}),
            IngestLimits::default(),
            today(),
        ) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.into_iter().map(|p| (p.path, p.message)).collect(),
        }
    }

    #[test]
    fn a_good_share_is_read_whole() {
        let batch = parse_batch(
            &json!({"sharing": [share()]}),
            IngestLimits::default(),
            today(),
        )
        .expect("good");
        let incoming = &batch.sharing[0];
        assert_eq!(incoming.person_source_id, "P-1");
        let s = &incoming.sharing;
        assert_eq!(s.recipient_organisation, "Northshire NHS Trust");
        assert_eq!(s.recipient_role, "District nurse");
        assert_eq!(s.entries, vec!["E-1", "E-2"]);
        assert_eq!(s.basis, LawfulBasis::PublicTask);
        assert_eq!(s.authority, Some(Authority::IndividualCare));
        assert_eq!(
            s.telling,
            Telling::Told {
                on: "2026-11-03".parse().expect("date")
            }
        );
        let hidden = with(&[
            ("told_on", Value::Null),
            (
                "not_told",
                json!({"reason": "Telling would increase the risk", "review_on": "2027-01-04"}),
            ),
        ]);
        let batch = parse_batch(
            &json!({"sharing": [hidden]}),
            IngestLimits::default(),
            today(),
        )
        .expect("good");
        assert!(!batch.sharing[0].sharing.shown_to_person());
    }

    /// Every bad share is refused at its path, with what is wrong.
    #[test]
    fn each_bad_share_is_refused_at_its_path() {
        let cases: Vec<(Value, &str, &str)> = vec![
            (
                with(&[("recipient", Value::Null)]),
                "$.sharing[0].recipient",
                "is missing",
            ),
            (
                with(&[("recipient", json!({"organisation": "NHS"}))]),
                "$.sharing[0].recipient.role",
                "is missing",
            ),
            (
                with(&[("lawful_basis", json!("legitimate_interests"))]),
                "$.sharing[0].lawful_basis",
                "must be one of consent, legal_obligation, vital_interests, public_task",
            ),
            (
                with(&[("authority", json!("because"))]),
                "$.sharing[0].authority",
                "must be one of",
            ),
            (
                with(&[("authority", Value::Null)]),
                "$.sharing[0].authority",
                "must name the law",
            ),
            (
                with(&[("approved_by", Value::Null)]),
                "$.sharing[0].approved_by",
                "senior member of staff",
            ),
            (
                with(&[("lawful_basis", json!("consent"))]),
                "$.sharing[0].consent",
                "must name the consent",
            ),
            (
                with(&[("consent", json!("C-1"))]),
                "$.sharing[0].consent",
                "the lawful basis is not consent",
            ),
            (
                with(&[("shared_on", json!("2026-12-02"))]),
                "$.sharing[0].shared_on",
                "is in the future",
            ),
            (
                with(&[("shared_on", json!("2026-02-30"))]),
                "$.sharing[0].shared_on",
                "is not a real date",
            ),
            (
                with(&[("told_on", Value::Null)]),
                "$.sharing[0].told_on",
                "send the day the person was told, or not_told",
            ),
            (
                with(&[(
                    "not_told",
                    json!({"reason": "Risk", "review_on": "2027-01-04"}),
                )]),
                "$.sharing[0].told_on",
                "send one",
            ),
            (
                with(&[
                    ("told_on", Value::Null),
                    ("not_told", json!({"reason": "", "review_on": "2026-11-01"})),
                ]),
                "$.sharing[0].not_told.reason",
                "is empty",
            ),
            (
                with(&[
                    ("told_on", Value::Null),
                    (
                        "not_told",
                        json!({"reason": "Risk", "review_on": "2026-11-01"}),
                    ),
                ]),
                "$.sharing[0].not_told.review_on",
                "must be after the day it was shared",
            ),
            (
                with(&[("entries", json!(["E-1", 7]))]),
                "$.sharing[0].entries[1]",
                "must be an entry's id",
            ),
            (
                with(&[("sent_by", json!("fax"))]),
                "$.sharing[0].sent_by",
                "is not a known field",
            ),
            (
                with(&[("information", json!("x".repeat(1_001)))]),
                "$.sharing[0].information",
                "at most 1000",
            ),
        ];
        for (share, path, message) in cases {
            let found = problems(share);
            assert!(
                found.iter().any(|(p, m)| p == path && m.contains(message)),
                "{path}: {message} not in {found:?}"
            );
        }
    }

    #[test]
    fn the_same_share_twice_is_refused() {
        let problems = parse_batch(
            &json!({"sharing": [share(), share()]}),
            IngestLimits::default(),
            today(),
        )
        .expect_err("twice");
        assert_eq!(problems[0].path, "$.sharing[1].source_id");
    }
}
