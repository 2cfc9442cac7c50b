//! Reading access events from a batch: `{"access_events": [...]}`, each a time a member of staff
//! opened some of a person's information in one of the council's own systems, reported by the
//! case system so that the person's "Who looked at your record" is complete (UK GDPR Art 15(1)(c):
//! the recipients of their data; the seed councils' promise to show who looked).
//!
//! Decisions, written down for the council's developers:
//! - **Who**: the staff member's `role` is required, in the organisation's own words ("Occupational
//!   therapist"); their `name` and `organisation` are optional (the organisation defaults to the
//!   one sending). Whether the person is shown the name or the role is the council's choice
//!   (`CANDOUR_ACCESS_LOG_SHOWS`), so the name is sent and kept as personal content of the audit
//!   event, which an erasure removes.
//! - **What**: `opened` says what they opened, in words the person would understand ("Your care
//!   and support plan"); `entry` may name the record entry it was, by the case system's id, and
//!   the store checks it is the person's.
//! - **When**: `at` is an RFC 3339 time with its offset (`2026-12-01T10:15:00Z`). A day after
//!   today is refused as "in the future"; a time later today is accepted, because the two
//!   systems' clocks may differ by minutes and every other date in a batch is checked by the day.
//! - **Sent again**: an event is known by the sending organisation and its `source_id`; sending it
//!   again changes nothing, so a case system may resend a batch safely.

use super::Reader;
use chrono::{DateTime, NaiveDate};
use serde_json::Value;

/// An access event whose person is named by the case system's id; the store finds the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncomingAccess {
    /// The case system's id of the person whose information was opened.
    pub person_source_id: String,
    /// What happened.
    pub view: ReportedView,
}

/// A member of staff opening some of a person's information, as a case system reported it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportedView {
    /// The case system's id for the event.
    pub source_id: String,
    /// When (unix seconds).
    pub at: i64,
    /// The member of staff's name, if sent.
    pub name: Option<String>,
    /// Their role, in the organisation's words.
    pub role: String,
    /// The organisation they work for, if not the one sending.
    pub organisation: Option<String>,
    /// What they opened, in words the person would understand.
    pub opened: String,
    /// The case system's id of the entry they opened, if it was one.
    pub entry: Option<String>,
    /// The reason they gave, if any.
    pub reason: Option<String>,
}

/// The fields of an access event.
pub const ACCESS_FIELDS: &[&str] = &[
    "person_source_id",
    "source_id",
    "at",
    "staff",
    "opened",
    "entry",
    "reason",
];

/// Reads one access event at `path`.
pub(super) fn access_at(
    r: &mut Reader,
    value: &Value,
    path: &str,
    today: NaiveDate,
) -> Option<IncomingAccess> {
    let map = r.object(value, path)?;
    r.only(map, path, ACCESS_FIELDS);
    let person_source_id = r.text(map, path, "person_source_id", 64, true);
    let source_id = r.text(map, path, "source_id", 64, true);
    let at = r.text(map, path, "at", 40, true).and_then(|text| {
        let at = format!("{path}.at");
        match DateTime::parse_from_rfc3339(&text) {
            Ok(moment) if moment.to_utc().date_naive() > today => {
                r.problem(&at, "is in the future: send only what has happened");
                None
            }
            Ok(moment) => Some(moment.timestamp()),
            Err(_) => {
                r.problem(
                    &at,
                    &format!(
                        "is not a time in the form 2026-12-01T10:15:00Z (RFC 3339, with its offset): {text}"
                    ),
                );
                None
            }
        }
    });
    let staff = match map.get("staff") {
        None | Some(Value::Null) => {
            r.problem(&format!("{path}.staff"), "is missing");
            None
        }
        Some(value) => {
            let at = format!("{path}.staff");
            r.object(value, &at).and_then(|staff| {
                r.only(staff, &at, &["name", "role", "organisation"]);
                let name = r.text(staff, &at, "name", 200, false);
                let role = r.text(staff, &at, "role", 100, true);
                let organisation = r.text(staff, &at, "organisation", 200, false);
                Some((name, role?, organisation))
            })
        }
    };
    let opened = r.text(map, path, "opened", 300, true);
    let entry = r.text(map, path, "entry", 64, false);
    let reason = r.text(map, path, "reason", 1_000, false);
    let (name, role, organisation) = staff?;
    Some(IncomingAccess {
        person_source_id: person_source_id?,
        view: ReportedView {
            source_id: source_id?,
            at: at?,
            name,
            role,
            organisation,
            opened: opened?,
            entry,
            reason,
        },
    })
}

#[cfg(test)]
mod tests {
    use crate::ingest::{IngestLimits, parse_batch};
    use chrono::NaiveDate;
    use serde_json::{Value, json};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).expect("date")
    }

    fn event() -> Value {
        json!({
            "person_source_id": "P-1",
            "source_id": "AE-1",
            "at": "2026-11-30T09:30:00+00:00",
            "staff": {"name": "Sam Okafor", "role": "Occupational therapist", "organisation": "Northshire NHS Trust"},
            "opened": "Your care and support plan",
            "entry": "E-1",
            "reason": "Planning equipment for the bathroom"
        })
    }

    fn with(changes: &[(&str, Value)]) -> Value {
        let mut event = event();
        for (key, value) in changes {
            if value.is_null() {
                event.as_object_mut().expect("object").remove(*key);
            } else {
                event[*key] = value.clone();
            }
        }
        event
    }

    fn problems(event: Value) -> Vec<(String, String)> {
        match parse_batch(
            &json!({"access_events": [event]}),
            IngestLimits::default(),
            today(),
        ) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.into_iter().map(|p| (p.path, p.message)).collect(),
        }
    }

    #[test]
    fn a_good_event_is_read_whole() {
        let batch = parse_batch(
            &json!({"access_events": [event()]}),
            IngestLimits::default(),
            today(),
        )
        .expect("good");
        let incoming = &batch.access_events[0];
        assert_eq!(incoming.person_source_id, "P-1");
        let v = &incoming.view;
        assert_eq!(v.source_id, "AE-1");
        assert_eq!(v.at, 1_796_031_000, "2026-11-30 09:30 UTC");
        assert_eq!(v.name.as_deref(), Some("Sam Okafor"));
        assert_eq!(v.role, "Occupational therapist");
        assert_eq!(v.organisation.as_deref(), Some("Northshire NHS Trust"));
        assert_eq!(v.opened, "Your care and support plan");
        assert_eq!(v.entry.as_deref(), Some("E-1"));
        assert_eq!(
            v.reason.as_deref(),
            Some("Planning equipment for the bathroom")
        );
        // The offset is honoured: 10:30 in Paris is 09:30 in London in winter.
        let paris = parse_batch(
            &json!({"access_events": [with(&[("at", json!("2026-11-30T10:30:00+01:00"))])]}),
            IngestLimits::default(),
            today(),
        )
        .expect("good");
        assert_eq!(paris.access_events[0].view.at, v.at);
    }

    #[test]
    fn only_the_role_of_the_staff_member_is_required() {
        let batch = parse_batch(
            &json!({"access_events": [with(&[
                ("staff", json!({"role": "Social worker"})),
                ("entry", Value::Null),
                ("reason", Value::Null),
            ])]}),
            IngestLimits::default(),
            today(),
        )
        .expect("good");
        let v = &batch.access_events[0].view;
        assert_eq!(
            (
                v.name.as_deref(),
                v.organisation.as_deref(),
                v.entry.as_deref()
            ),
            (None, None, None)
        );
        assert_eq!(v.reason, None);
    }

    /// Each bad event, and the one problem it gives, at its path.
    #[test]
    fn each_bad_event_is_refused_at_its_path() {
        let cases: &[(Value, &str, &str)] = &[
            (
                with(&[("at", json!("2026-12-02T00:00:00Z"))]),
                "$.access_events[0].at",
                "is in the future: send only what has happened",
            ),
            (
                with(&[("at", json!("2026-11-30 09:30"))]),
                "$.access_events[0].at",
                "is not a time in the form 2026-12-01T10:15:00Z (RFC 3339, with its offset): 2026-11-30 09:30",
            ),
            (
                with(&[("at", Value::Null)]),
                "$.access_events[0].at",
                "is missing",
            ),
            (
                with(&[("staff", Value::Null)]),
                "$.access_events[0].staff",
                "is missing",
            ),
            (
                with(&[("staff", json!({"name": "Sam"}))]),
                "$.access_events[0].staff.role",
                "is missing",
            ),
            (
                with(&[("staff", json!({"role": "  "}))]),
                "$.access_events[0].staff.role",
                "is empty",
            ),
            (
                with(&[("opened", json!(""))]),
                "$.access_events[0].opened",
                "is empty",
            ),
            (
                with(&[("source_id", Value::Null)]),
                "$.access_events[0].source_id",
                "is missing",
            ),
            (
                with(&[("person_source_id", json!(7))]),
                "$.access_events[0].person_source_id",
                "must be text",
            ),
        ];
        for (event, path, message) in cases {
            assert_eq!(
                problems(event.clone()),
                vec![((*path).to_owned(), (*message).to_owned())],
                "{event}"
            );
        }
        let unknown = problems(with(&[("who", json!("Sam"))]));
        assert_eq!(unknown.len(), 1);
        assert_eq!(unknown[0].0, "$.access_events[0].who");
    }

    #[test]
    fn the_same_event_twice_in_a_batch_is_refused() {
        let problems = parse_batch(
            &json!({"access_events": [event(), event()]}),
            IngestLimits::default(),
            today(),
        )
        .expect_err("repeated");
        assert_eq!(problems[0].path, "$.access_events[1].source_id");
    }
}
