//! Open requests and their events read as one JSON document each, instead of one database row
//! per request: every open request is read when Candour starts, to store its due date again
//! (`Store::open_requests`), and at 10,000 requests the per-row cost of the driver dominated
//! (about 100 ms against 6 ms in the database). Each backend aggregates with its own JSON
//! functions; this module turns the text back into requests, once for both. (The staff queue
//! reads one page at a time: see [`crate::queue`].)

use crate::StoreError;
use candour_domain::access::AccountId;
use candour_domain::person::PersonId;
use candour_domain::record::EntryId;
use candour_domain::rectification::StatementRef;
use candour_domain::rights::{
    Channel, ContactPreference, EventKind, NewRequest, RequestEvent, RequestId, Right,
    RightsRequest,
};
use chrono::NaiveDate;
use serde::Deserialize;

/// A `rights_requests` row as JSON (column names as keys).
#[derive(Deserialize)]
struct RequestRow {
    id: i64,
    person_id: i64,
    right_kind: String,
    channel: String,
    received_on: NaiveDate,
    made_by: i64,
    on_behalf: Flag,
    helped_by: Option<String>,
    about: String,
    wrong: Option<String>,
    should_say: Option<String>,
    contact: String,
    contact_detail: Option<String>,
    assigned_to: Option<i64>,
    entry_id: Option<i64>,
    statement_position: Option<i64>,
}

/// A `request_events` row as JSON.
#[derive(Deserialize)]
struct EventRow {
    id: i64,
    request_id: i64,
    kind: String,
    happened_on: NaiveDate,
    note: String,
    recorded_by: i64,
}

/// A boolean column: PostgreSQL writes `true`, SQLite `1`. (Not an untagged enum: that builds
/// and throws away an error for every SQLite row.)
struct Flag(bool);

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FlagVisitor;
        impl serde::de::Visitor<'_> for FlagVisitor {
            type Value = Flag;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("true, false, 0 or 1")
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Flag, E> {
                Ok(Flag(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Flag, E> {
                Ok(Flag(v != 0))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Flag, E> {
                Ok(Flag(v != 0))
            }
        }
        deserializer.deserialize_any(FlagVisitor)
    }
}

/// The request columns (keys are named, so their order does not matter).
pub const REQUEST_JSON_KEYS: &[&str] = &[
    "id",
    "person_id",
    "right_kind",
    "channel",
    "received_on",
    "made_by",
    "on_behalf",
    "helped_by",
    "about",
    "wrong",
    "should_say",
    "contact",
    "contact_detail",
    "assigned_to",
    "entry_id",
    "statement_position",
];

/// The statement a correction points at, from its two columns (both set, or neither).
pub fn statement_ref(entry: Option<i64>, position: Option<i64>) -> Option<StatementRef> {
    Some(StatementRef {
        entry: EntryId(entry?),
        position: usize::try_from(position?).ok()?,
    })
}

/// The event columns.
pub const EVENT_JSON_KEYS: &[&str] = &[
    "id",
    "request_id",
    "kind",
    "happened_on",
    "note",
    "recorded_by",
];

/// `'key', column, …` for a JSON object constructor over `keys`.
pub fn json_object_arguments(keys: &[&str], table: &str) -> String {
    keys.iter()
        .map(|k| format!("'{k}', {table}.{k}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Requests (in id order) with their events attached (in the order they were recorded).
pub fn requests_from_json(requests: &str, events: &str) -> Result<Vec<RightsRequest>, StoreError> {
    let corrupt = |e: serde_json::Error| StoreError::Corrupt(format!("rights_requests: {e}"));
    let rows: Vec<RequestRow> = serde_json::from_str(requests).map_err(corrupt)?;
    let mut events: Vec<EventRow> = serde_json::from_str(events).map_err(corrupt)?;
    events.sort_by_key(|e| e.id);
    let mut out: Vec<RightsRequest> = rows
        .into_iter()
        .map(|r| RightsRequest {
            id: RequestId(r.id),
            details: NewRequest {
                person: PersonId(r.person_id),
                right: Right::from_key(&r.right_kind).unwrap_or(Right::Access),
                channel: Channel::from_key(&r.channel).unwrap_or(Channel::Portal),
                received: r.received_on,
                made_by: AccountId(r.made_by),
                on_behalf: r.on_behalf.0,
                helped_by: r.helped_by,
                about: r.about,
                wrong: r.wrong,
                should_say: r.should_say,
                statement: statement_ref(r.entry_id, r.statement_position),
                contact: ContactPreference::from_key(&r.contact)
                    .unwrap_or(ContactPreference::Portal),
                contact_detail: r.contact_detail,
            },
            events: Vec::new(),
            assigned_to: r.assigned_to.map(AccountId),
        })
        .collect();
    out.sort_by_key(|r| r.id);
    for e in events {
        if let Ok(at) = out.binary_search_by_key(&RequestId(e.request_id), |r| r.id) {
            out[at].events.push(RequestEvent {
                kind: EventKind::from_key(&e.kind).unwrap_or(EventKind::Completed),
                on: e.happened_on,
                note: e.note,
                by: AccountId(e.recorded_by),
            });
        }
    }
    Ok(out)
}
