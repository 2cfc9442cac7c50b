//! Reading consent records from a batch: `{"consents": [...]}`, each checked field by field and
//! then against the rules of [`crate::consent`], every problem at its JSON path.
//!
//! A consent names its person by the case system's id; the store checks that the person is one
//! the organisation sent, inside the import's transaction. Sending a consent again with the same
//! `source_id` replaces it: that is how the case system records a withdrawal (`withdrawn_on`).
//! `answer` is required (`yes` or `no`): Candour never assumes that a record of asking means the
//! person agreed.

use super::Reader;
use crate::consent::{CapacityCheck, Consent, ConsentAnswer, ConsentMethod};
use chrono::NaiveDate;
use serde_json::Value;

/// A consent whose person is named by the case system's id; the store finds the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncomingConsent {
    /// The case system's id of the person who consented (or for whom someone did).
    pub person_source_id: String,
    /// The consent.
    pub consent: Consent,
}

/// The fields of a consent.
pub const CONSENT_FIELDS: &[&str] = &[
    "person_source_id",
    "source_id",
    "answer",
    "answered_on",
    "answered_by",
    "method",
    "purpose",
    "recipients",
    "withdrawn_on",
    "expires_on",
    "capacity_considered_by",
    "capacity_considered_on",
    "evidence",
];

/// Reads one consent at `path`.
pub(super) fn consent_at(
    r: &mut Reader,
    value: &Value,
    path: &str,
    today: NaiveDate,
) -> Option<IncomingConsent> {
    let map = r.object(value, path)?;
    r.only(map, path, CONSENT_FIELDS);
    let person_source_id = r.text(map, path, "person_source_id", 64, true);
    let source_id = r.text(map, path, "source_id", 64, true);
    let answer = r.text(map, path, "answer", 10, true).and_then(|key| {
        let answer = ConsentAnswer::from_key(&key);
        if answer.is_none() {
            r.problem(&format!("{path}.answer"), "must be yes or no");
        }
        answer
    });
    let answered_on = r.date(map, path, "answered_on", true);
    let answered_by = r.text(map, path, "answered_by", 200, false);
    let method = r.text(map, path, "method", 40, true).and_then(|key| {
        let method = ConsentMethod::from_key(&key);
        if method.is_none() {
            r.problem(
                &format!("{path}.method"),
                &format!(
                    "must be one of {}",
                    ConsentMethod::ALL.map(ConsentMethod::key).join(", ")
                ),
            );
        }
        method
    });
    let purpose = r.text(map, path, "purpose", 1_000, true);
    let recipients = r.text(map, path, "recipients", 1_000, true);
    let before = r.problems.len();
    let withdrawn_on = r.date(map, path, "withdrawn_on", false);
    if r.problems.len() > before {
        // The date itself was refused, at its path; an empty one means "not withdrawn".
        return None;
    }
    let before = r.problems.len();
    let expires_on = r.date(map, path, "expires_on", false);
    let capacity_by = r.text(map, path, "capacity_considered_by", 200, false);
    let capacity_on = r.date(map, path, "capacity_considered_on", false);
    let evidence = r.text(map, path, "evidence", 1_000, false);
    let capacity = match (capacity_by, capacity_on) {
        (Some(by), Some(on)) => Some(CapacityCheck { by, on }),
        (None, None) => None,
        (Some(_), None) => {
            r.problem(
                &format!("{path}.capacity_considered_on"),
                "is missing: send the day capacity was considered with who considered it",
            );
            None
        }
        (None, Some(_)) => {
            r.problem(
                &format!("{path}.capacity_considered_by"),
                "is missing: send who considered capacity with the day they did",
            );
            None
        }
    };
    if r.problems.len() > before {
        return None;
    }
    let consent = Consent {
        source_id: source_id?,
        answer: answer?,
        answered_on: answered_on?,
        answered_by,
        method: method?,
        purpose: purpose?,
        recipients: recipients?,
        withdrawn_on,
        expires_on,
        capacity,
        evidence,
    };
    let problems = consent.problems(today);
    for problem in &problems {
        r.problem(&format!("{path}.{}", problem.field()), problem.message());
    }
    problems.is_empty().then_some(IncomingConsent {
        person_source_id: person_source_id?,
        consent,
    })
}

#[cfg(test)]
mod tests {
    use crate::consent::ConsentMethod;
    use crate::ingest::{IngestLimits, parse_batch};
    use chrono::NaiveDate;
    use serde_json::{Value, json};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).expect("date")
    }

    fn consent() -> Value {
        json!({
            "person_source_id": "P-1",
            "source_id": "C-1",
            "answer": "yes",
            "answered_on": "2026-10-01",
            "method": "in_writing",
            "purpose": "To share your housing needs with the housing team",
            "recipients": "Northshire Council Housing"
        })
    }

    fn with(changes: &[(&str, Value)]) -> Value {
        let mut consent = consent();
        for (key, value) in changes {
            if value.is_null() {
                consent.as_object_mut().expect("object").remove(*key);
            } else {
                consent[*key] = value.clone();
            }
        }
        consent
    }

    fn problems(consent: Value) -> Vec<(String, String)> {
        match parse_batch(
            &json!({"consents": [consent]}),
            IngestLimits::default(),
            today(),
        ) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.into_iter().map(|p| (p.path, p.message)).collect(),
        }
    }

    #[test]
    fn a_good_consent_is_read_whole() {
        let withdrawn = with(&[
            ("source_id", json!("C-2")),
            (
                "answered_by",
                json!("Mary Smith, daughter (health and welfare attorney)"),
            ),
            ("withdrawn_on", json!("2026-11-20")),
            ("method", json!("spoken")),
            ("expires_on", json!("2027-10-01")),
            ("capacity_considered_by", json!("Social worker")),
            ("capacity_considered_on", json!("2026-09-28")),
            (
                "evidence",
                json!("Note of the visit, kept in the case file"),
            ),
        ]);
        let batch = parse_batch(
            &json!({"consents": [consent(), withdrawn]}),
            IngestLimits::default(),
            today(),
        )
        .expect("good");
        assert_eq!(batch.consents.len(), 2);
        let first = &batch.consents[0];
        assert_eq!(first.person_source_id, "P-1");
        assert_eq!(first.consent.answered_by, None, "given by the person");
        assert_eq!(first.consent.method, ConsentMethod::InWriting);
        assert_eq!(first.consent.withdrawn_on, None);
        let second = &batch.consents[1].consent;
        assert_eq!(second.method, ConsentMethod::Spoken);
        assert_eq!(
            second.withdrawn_on,
            Some("2026-11-20".parse().expect("date"))
        );
        assert_eq!(first.consent.expires_on, None);
        assert_eq!(first.consent.capacity, None);
        assert_eq!(second.expires_on, Some("2027-10-01".parse().expect("date")));
        assert_eq!(
            second.capacity,
            Some(crate::consent::CapacityCheck {
                by: "Social worker".to_owned(),
                on: "2026-09-28".parse().expect("date"),
            })
        );
        assert_eq!(
            second.evidence.as_deref(),
            Some("Note of the visit, kept in the case file")
        );
        assert!(
            second
                .answered_by
                .as_deref()
                .is_some_and(|by| by.contains("attorney"))
        );
    }

    #[test]
    fn each_bad_consent_is_refused_at_its_path() {
        let cases: Vec<(Value, &str, &str)> = vec![
            (
                with(&[("source_id", Value::Null)]),
                "$.consents[0].source_id",
                "is missing",
            ),
            (
                with(&[("answered_on", json!("2026-12-02"))]),
                "$.consents[0].answered_on",
                "is in the future",
            ),
            (
                with(&[("answered_on", json!("1 October"))]),
                "$.consents[0].answered_on",
                "YYYY-MM-DD",
            ),
            (
                with(&[("answer", json!("maybe"))]),
                "$.consents[0].answer",
                "must be yes or no",
            ),
            (
                with(&[("answer", Value::Null)]),
                "$.consents[0].answer",
                "is missing",
            ),
            (
                with(&[
                    ("answer", json!("no")),
                    ("withdrawn_on", json!("2026-11-01")),
                ]),
                "$.consents[0].withdrawn_on",
                "a no cannot be withdrawn",
            ),
            (
                with(&[("answer", json!("no")), ("expires_on", json!("2027-01-01"))]),
                "$.consents[0].expires_on",
                "a no has no end date",
            ),
            (
                with(&[("expires_on", json!("2026-10-01"))]),
                "$.consents[0].expires_on",
                "must be after answered_on",
            ),
            (
                with(&[("capacity_considered_by", json!("Social worker"))]),
                "$.consents[0].capacity_considered_on",
                "is missing",
            ),
            (
                with(&[("capacity_considered_on", json!("2026-09-30"))]),
                "$.consents[0].capacity_considered_by",
                "is missing",
            ),
            (
                with(&[
                    ("capacity_considered_by", json!("Social worker")),
                    ("capacity_considered_on", json!("2026-10-02")),
                ]),
                "$.consents[0].capacity_considered_on",
                "capacity is considered before the decision",
            ),
            (
                with(&[("method", json!("implied"))]),
                "$.consents[0].method",
                "must be one of in_writing, spoken, online",
            ),
            (
                with(&[("purpose", json!("  "))]),
                "$.consents[0].purpose",
                "is empty",
            ),
            (
                with(&[("recipients", Value::Null)]),
                "$.consents[0].recipients",
                "is missing",
            ),
            (
                with(&[("withdrawn_on", json!("2026-09-30"))]),
                "$.consents[0].withdrawn_on",
                "must be on or after answered_on",
            ),
            (
                with(&[("withdrawn_on", json!("2026-12-25"))]),
                "$.consents[0].withdrawn_on",
                "is in the future",
            ),
            (
                with(&[("withdrawn_on", json!("2026-02-30"))]),
                "$.consents[0].withdrawn_on",
                "is not a real date",
            ),
            (
                with(&[("valid_until", json!("2027-01-01"))]),
                "$.consents[0].valid_until",
                "is not a known field",
            ),
        ];
        for (consent, path, words) in cases {
            let found = problems(consent);
            assert!(
                found.iter().any(|(p, m)| p == path && m.contains(words)),
                "expected {path}: {words}; got {found:?}"
            );
        }
    }

    #[test]
    fn the_same_consent_twice_for_one_person_is_refused() {
        let other_person = with(&[("person_source_id", json!("P-2"))]);
        let found = match parse_batch(
            &json!({"consents": [consent(), other_person, consent()]}),
            IngestLimits::default(),
            today(),
        ) {
            Ok(_) => Vec::new(),
            Err(problems) => problems,
        };
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].path, "$.consents[2].source_id");
    }
}
