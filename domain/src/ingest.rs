//! What a council's case-management system sends Candour (the ingestion API and
//! `candour import`): people, record entries, sharing events ([`sharing`]), consent records
//! ([`consent`]) and access events ([`access`]) as JSON, checked completely before anything is
//! stored.
//!
//! Every problem is reported, each at its JSON path (`$.entries[2].statements[0].text`), so a
//! developer fixes a whole batch in one go; one problem anywhere means nothing in the batch is
//! stored (all or nothing). Checks that need the database (does the person exist in this
//! organisation?) are the store's, inside the same transaction.
//!
//! Decisions, written down for the council's developers:
//! - Statement text is CommonMark, but HTML tags are refused, not silently stripped: the case
//!   system should send what the person will read, and a `<script>` means something upstream
//!   is wrong. Links must be `https://`, `http://` or `mailto:`. Everything shown is still
//!   passed through the sanitiser (`candour_app::markdown`).
//! - A statement's text is at most [`IngestLimits::statement_chars`] characters (20,000 by
//!   default, about eight pages), an entry at most [`IngestLimits::statements_per_entry`]
//!   statements.
//! - Dates are `YYYY-MM-DD`. Nothing may be written, checked or born after today; an event may
//!   be in the future (a planned review).
//! - Unknown fields are refused, so a misspelt optional field is never quietly ignored.

use crate::locale::Locale;
use crate::person::{
    AllocatedWorker, CaseStatus, CommunicationNeeds, PersonDetails, is_valid_nhs_number,
};
use crate::record::{EntryKind, NewEntry, Statement, StatementLabel, Withheld, WithheldReason};
use chrono::NaiveDate;
use serde_json::{Map, Value};
use std::collections::BTreeSet;

pub mod access;
pub mod consent;
pub mod sharing;

pub use access::{IncomingAccess, ReportedView};
pub use consent::IncomingConsent;
pub use sharing::IncomingSharing;

/// Size limits on what is accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IngestLimits {
    /// Characters in one statement's text.
    pub statement_chars: usize,
    /// Statements in one entry.
    pub statements_per_entry: usize,
    /// People in one batch.
    pub people_per_batch: usize,
    /// Entries in one batch.
    pub entries_per_batch: usize,
    /// Sharing events in one batch.
    pub sharing_per_batch: usize,
    /// Consent records in one batch.
    pub consents_per_batch: usize,
    /// Access events in one batch.
    pub access_events_per_batch: usize,
}

impl Default for IngestLimits {
    fn default() -> Self {
        IngestLimits {
            statement_chars: 20_000,
            statements_per_entry: 200,
            people_per_batch: 1_000,
            entries_per_batch: 1_000,
            sharing_per_batch: 1_000,
            consents_per_batch: 1_000,
            access_events_per_batch: 5_000,
        }
    }
}

/// One thing wrong, where it is.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// A JSON path, e.g. `$.entries[0].event_date`.
    pub path: String,
    /// What is wrong, in plain English.
    pub message: String,
}

/// An entry whose person is named by the case system's id; the store finds the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncomingEntry {
    /// The case system's id of the person the entry is about.
    pub person_source_id: String,
    /// The entry; its `person` is set by the store once `person_source_id` is found.
    pub entry: NewEntry,
}

/// Everything in one request or file, checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Batch {
    /// People to add or update.
    pub people: Vec<PersonDetails>,
    /// Entries to add or update.
    pub entries: Vec<IncomingEntry>,
    /// Sharing events to add or update.
    pub sharing: Vec<IncomingSharing>,
    /// Consent records to add or update.
    pub consents: Vec<IncomingConsent>,
    /// Times staff opened a person's information in the council's own systems.
    pub access_events: Vec<IncomingAccess>,
}

/// Checks a whole batch: `{"people": [...], "entries": [...], "sharing": [...], "consents":
/// [...], "access_events": [...]}` (any may be left out).
pub fn parse_batch(
    value: &Value,
    limits: IngestLimits,
    today: NaiveDate,
) -> Result<Batch, Vec<Problem>> {
    let mut r = Reader::default();
    let mut batch = Batch::default();
    if let Some(top) = r.object(value, "$") {
        r.only(
            top,
            "$",
            &["people", "entries", "sharing", "consents", "access_events"],
        );
        const PER_PERSON: &str = "appears more than once for this person in this batch";
        batch.people = unique_items(
            &mut r,
            top,
            ("people", limits.people_per_batch),
            |r, item, path| person_at(r, item, path, today),
            |p| (p.source_id.clone(), String::new()),
            "appears more than once in this batch",
        );
        batch.entries = unique_items(
            &mut r,
            top,
            ("entries", limits.entries_per_batch),
            |r, item, path| incoming_entry_at(r, item, path, limits, today),
            |e| (e.person_source_id.clone(), e.entry.source_id.clone()),
            PER_PERSON,
        );
        batch.sharing = unique_items(
            &mut r,
            top,
            ("sharing", limits.sharing_per_batch),
            |r, item, path| sharing::sharing_at(r, item, path, today),
            |s| (s.person_source_id.clone(), s.sharing.source_id.clone()),
            PER_PERSON,
        );
        batch.consents = unique_items(
            &mut r,
            top,
            ("consents", limits.consents_per_batch),
            |r, item, path| consent::consent_at(r, item, path, today),
            |c| (c.person_source_id.clone(), c.consent.source_id.clone()),
            PER_PERSON,
        );
        // An access event is known by its id alone (see `access`).
        batch.access_events = unique_items(
            &mut r,
            top,
            ("access_events", limits.access_events_per_batch),
            |r, item, path| access::access_at(r, item, path, today),
            |a| (a.view.source_id.clone(), String::new()),
            "appears more than once in this batch",
        );
    }
    r.finish(batch)
}

/// Reads the list `$.{key}` of at most `most` items, each with `read`; an item whose `id`
/// repeats an earlier one's is refused at its `source_id` with `repeated`.
fn unique_items<T>(
    r: &mut Reader,
    top: &Map<String, Value>,
    (key, most): (&str, usize),
    mut read: impl FnMut(&mut Reader, &Value, &str) -> Option<T>,
    id: impl Fn(&T) -> (String, String),
    repeated: &str,
) -> Vec<T> {
    let Some(items) = r.array(top, "$", key, most) else {
        return Vec::new();
    };
    let mut seen = BTreeSet::new();
    let mut read_items = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let path = format!("$.{key}[{i}]");
        if let Some(value) = read(r, item, &path) {
            if !seen.insert(id(&value)) {
                r.problem(&format!("{path}.source_id"), repeated);
            }
            read_items.push(value);
        }
    }
    read_items
}

/// Checks one person; `source_id` comes from the address when given there.
pub fn parse_person(
    value: &Value,
    source_id: Option<&str>,
    today: NaiveDate,
) -> Result<PersonDetails, Vec<Problem>> {
    let mut r = Reader::default();
    let person = match (value, source_id) {
        (Value::Object(map), Some(id)) => {
            let mut map = map.clone();
            if map.get("source_id").is_some_and(|v| v.as_str() != Some(id)) {
                r.problem("$.source_id", "must match the address, or be left out");
            }
            map.insert("source_id".into(), Value::String(id.to_owned()));
            person_at(&mut r, &Value::Object(map), "$", today)
        }
        _ => person_at(&mut r, value, "$", today),
    };
    match person {
        Some(person) => r.finish(person),
        None => Err(r.problems),
    }
}

/// Checks one entry for the person `person_source_id`; its `source_id` comes from the address.
pub fn parse_entry(
    value: &Value,
    person_source_id: &str,
    source_id: &str,
    limits: IngestLimits,
    today: NaiveDate,
) -> Result<IncomingEntry, Vec<Problem>> {
    let mut r = Reader::default();
    let entry = match value {
        Value::Object(map) => {
            let mut map = map.clone();
            for (key, want) in [
                ("person_source_id", person_source_id),
                ("source_id", source_id),
            ] {
                if map.get(key).is_some_and(|v| v.as_str() != Some(want)) {
                    r.problem(
                        &format!("$.{key}"),
                        "must match the address, or be left out",
                    );
                }
                map.insert(key.into(), Value::String(want.to_owned()));
            }
            incoming_entry_at(&mut r, &Value::Object(map), "$", limits, today)
        }
        _ => incoming_entry_at(&mut r, value, "$", limits, today),
    };
    match entry {
        Some(entry) => r.finish(entry),
        None => Err(r.problems),
    }
}

const PERSON_FIELDS: &[&str] = &[
    "source_id",
    "nhs_number",
    "given_name",
    "family_name",
    "date_of_birth",
    "preferred_language",
    "communication_needs",
    "case_status",
    "closed_on",
    "retention_class",
    "allocated_worker",
];

fn person_at(r: &mut Reader, value: &Value, path: &str, today: NaiveDate) -> Option<PersonDetails> {
    let map = r.object(value, path)?;
    r.only(map, path, PERSON_FIELDS);
    let source_id = r.text(map, path, "source_id", 64, true);
    let nhs_number = r.text(map, path, "nhs_number", 12, false).and_then(|n| {
        let digits = n.replace(' ', "");
        if is_valid_nhs_number(&digits) {
            Some(digits)
        } else {
            r.problem(
                &format!("{path}.nhs_number"),
                "is not a valid NHS number (10 digits with the right check digit)",
            );
            None
        }
    });
    let given_name = r.text(map, path, "given_name", 100, true);
    let family_name = r.text(map, path, "family_name", 100, true);
    let date_of_birth = r.date(map, path, "date_of_birth", true);
    if date_of_birth.is_some_and(|d| d > today) {
        r.problem(&format!("{path}.date_of_birth"), "is in the future");
    }
    let preferred_locale = match r.text(map, path, "preferred_language", 10, false) {
        None => Some(Locale::DEFAULT),
        Some(tag) => match tag.parse::<Locale>() {
            Ok(locale) => Some(locale),
            Err(_) => {
                r.problem(
                    &format!("{path}.preferred_language"),
                    &format!("must be one of {}", Locale::ALL.map(Locale::tag).join(", ")),
                );
                None
            }
        },
    };
    let communication = match map.get("communication_needs") {
        None | Some(Value::Null) => Some(CommunicationNeeds::default()),
        Some(needs) => match serde_json::from_value::<CommunicationNeeds>(needs.clone()) {
            Ok(needs) => Some(needs),
            Err(e) => {
                r.problem(&format!("{path}.communication_needs"), &serde_reason(&e));
                None
            }
        },
    };
    let case_status = match r.text(map, path, "case_status", 10, false).as_deref() {
        None | Some("open") => {
            if map.get("closed_on").is_some_and(|v| !v.is_null()) {
                r.problem(&format!("{path}.closed_on"), "is only for a closed case");
            }
            Some(CaseStatus::Open)
        }
        Some("closed") => {
            let on = r.date(map, path, "closed_on", true);
            if on.is_some_and(|d| d > today) {
                r.problem(&format!("{path}.closed_on"), "is in the future");
            }
            on.map(|on| CaseStatus::Closed { on })
        }
        Some(_) => {
            r.problem(&format!("{path}.case_status"), "must be open or closed");
            None
        }
    };
    let retention_class = r
        .text(map, path, "retention_class", 64, false)
        .unwrap_or_else(|| "standard".to_owned());
    let allocated_worker = match map.get("allocated_worker") {
        None | Some(Value::Null) => Some(None),
        Some(worker) => worker_at(r, worker, &format!("{path}.allocated_worker")).map(Some),
    };
    Some(PersonDetails {
        source_id: source_id?,
        nhs_number,
        given_name: given_name?,
        family_name: family_name?,
        date_of_birth: date_of_birth?,
        preferred_locale: preferred_locale?,
        communication: communication?,
        case_status: case_status?,
        retention_class,
        allocated_worker: allocated_worker?,
    })
}

fn worker_at(r: &mut Reader, value: &Value, path: &str) -> Option<AllocatedWorker> {
    let map = r.object(value, path)?;
    r.only(map, path, &["name", "role", "phone", "email"]);
    let name = r.text(map, path, "name", 100, true);
    let role = r.text(map, path, "role", 100, true);
    let phone = r.text(map, path, "phone", 30, false);
    let email = r.text(map, path, "email", 254, false);
    if email
        .as_deref()
        .is_some_and(|e| !crate::email_address::is_plausible(e))
    {
        r.problem(&format!("{path}.email"), "is not an email address");
    }
    Some(AllocatedWorker {
        name: name?,
        role: role?,
        phone,
        email,
    })
}

const ENTRY_FIELDS: &[&str] = &[
    "person_source_id",
    "source_id",
    "kind",
    "title",
    "summary",
    "team",
    "author_role",
    "event_date",
    "written_date",
    "checked_on",
    "statements",
    "withheld",
];

fn incoming_entry_at(
    r: &mut Reader,
    value: &Value,
    path: &str,
    limits: IngestLimits,
    today: NaiveDate,
) -> Option<IncomingEntry> {
    let map = r.object(value, path)?;
    r.only(map, path, ENTRY_FIELDS);
    let person_source_id = r.text(map, path, "person_source_id", 64, true);
    let source_id = r.text(map, path, "source_id", 64, true);
    let kind = r.text(map, path, "kind", 40, true).and_then(|k| {
        let kind = EntryKind::from_key(&k);
        if kind.is_none() {
            r.problem(
                &format!("{path}.kind"),
                &format!(
                    "must be one of {}",
                    EntryKind::ALL.map(EntryKind::key).join(", ")
                ),
            );
        }
        kind
    });
    let title = r.text(map, path, "title", 200, true);
    let summary = r.text(map, path, "summary", 2_000, false);
    if let Some(summary) = &summary {
        markdown_problems(r, &format!("{path}.summary"), summary);
    }
    let team = r.text(map, path, "team", 100, true);
    let author_role = r.text(map, path, "author_role", 100, true);
    let event_date = r.date(map, path, "event_date", true);
    let written_date = r.date(map, path, "written_date", true);
    let checked_on = r.date(map, path, "checked_on", false);
    for (key, date) in [("written_date", written_date), ("checked_on", checked_on)] {
        if date.is_some_and(|d| d > today) {
            r.problem(&format!("{path}.{key}"), "is in the future");
        }
    }
    let withheld = match map.get("withheld") {
        None | Some(Value::Null) => Some(None),
        Some(w) => withheld_at(r, w, &format!("{path}.withheld")).map(Some),
    };
    let statements = match map.get("statements") {
        None => {
            r.problem(&format!("{path}.statements"), "is missing");
            None
        }
        Some(Value::Array(items)) => {
            if items.len() > limits.statements_per_entry {
                r.problem(
                    &format!("{path}.statements"),
                    &format!(
                        "has {} statements; at most {} are allowed",
                        items.len(),
                        limits.statements_per_entry
                    ),
                );
            }
            let parsed: Vec<Option<Statement>> = items
                .iter()
                .enumerate()
                .map(|(i, s)| statement_at(r, s, &format!("{path}.statements[{i}]"), limits))
                .collect();
            parsed.into_iter().collect::<Option<Vec<_>>>()
        }
        Some(_) => {
            r.problem(&format!("{path}.statements"), "must be a list");
            None
        }
    };
    Some(IncomingEntry {
        person_source_id: person_source_id?,
        entry: NewEntry {
            person: crate::person::PersonId(0),
            source_id: source_id?,
            kind: kind?,
            title: title?,
            summary,
            team: team?,
            author_role: author_role?,
            event_date: event_date?,
            written_date: written_date?,
            checked_on,
            statements: statements?,
            withheld: withheld?,
        },
    })
}

fn statement_at(
    r: &mut Reader,
    value: &Value,
    path: &str,
    limits: IngestLimits,
) -> Option<Statement> {
    let map = r.object(value, path)?;
    r.only(map, path, &["label", "whose", "by", "text", "withheld"]);
    let label = match r.text(map, path, "label", 20, true).as_deref() {
        Some("fact") => Some(StatementLabel::Fact),
        Some("unlabelled") => Some(StatementLabel::Unlabelled),
        Some("opinion") => r
            .text(map, path, "whose", 100, true)
            .map(|whose| StatementLabel::Opinion { whose }),
        Some("reported") => r
            .text(map, path, "by", 100, true)
            .map(|by| StatementLabel::Reported { by }),
        Some(_) => {
            r.problem(
                &format!("{path}.label"),
                "must be fact, opinion, reported or unlabelled",
            );
            None
        }
        None => None,
    };
    let text = r.text(map, path, "text", limits.statement_chars, true);
    if let Some(text) = &text {
        markdown_problems(r, &format!("{path}.text"), text);
    }
    let withheld = match map.get("withheld") {
        None | Some(Value::Null) => Some(None),
        Some(w) => withheld_at(r, w, &format!("{path}.withheld")).map(Some),
    };
    Some(Statement {
        label: label?,
        text: text?,
        withheld: withheld?,
    })
}

fn withheld_at(r: &mut Reader, value: &Value, path: &str) -> Option<Withheld> {
    let map = r.object(value, path)?;
    r.only(map, path, &["reason", "say_so"]);
    let reason = match map.get("reason") {
        Some(v) => match serde_json::from_value::<WithheldReason>(v.clone()) {
            Ok(reason) => Some(reason),
            Err(_) => {
                r.problem(
                    &format!("{path}.reason"),
                    "must be third_party, serious_harm, legal_privilege or other_exemption",
                );
                None
            }
        },
        None => {
            r.problem(&format!("{path}.reason"), "is missing");
            None
        }
    };
    let say_so = match map.get("say_so") {
        None => Some(true),
        Some(Value::Bool(b)) => Some(*b),
        Some(_) => {
            r.problem(&format!("{path}.say_so"), "must be true or false");
            None
        }
    };
    Some(Withheld {
        reason: reason?,
        say_so: say_so?,
    })
}

/// HTML tags and links that could run code are refused (see the module's decisions).
fn markdown_problems(r: &mut Reader, path: &str, text: &str) {
    if contains_html_tag(text) {
        r.problem(
            path,
            "contains an HTML tag; send Markdown without HTML (for example **bold**, not <b>bold</b>)",
        );
    }
    let lower = text.to_lowercase();
    if let Some(start) = lower.find("](") {
        let mut rest = &lower[start..];
        while let Some(at) = rest.find("](") {
            let target = rest[at + 2..].trim_start();
            let allowed = ["https://", "http://", "mailto:", "#", "/"]
                .iter()
                .any(|p| target.starts_with(p));
            if !allowed {
                r.problem(
                    path,
                    "has a link that does not start with https://, http:// or mailto:",
                );
                break;
            }
            rest = &rest[at + 2..];
        }
    }
}

/// `<tag`, `</tag`, `<!--` or `<?`, as a browser would start an element; `a < b` and `<3` are
/// not tags.
fn contains_html_tag(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, b)| {
        *b == b'<'
            && match bytes.get(i + 1) {
                Some(c) if c.is_ascii_alphabetic() => true,
                Some(b'/') => bytes.get(i + 2).is_some_and(u8::is_ascii_alphabetic),
                Some(b'!' | b'?') => true,
                _ => false,
            }
    })
}

fn serde_reason(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let reason = text.split(" at line ").next().unwrap_or(&text);
    format!("is not understood: {reason}")
}

/// Collects problems while reading.
#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
}

impl Reader {
    fn problem(&mut self, path: &str, message: &str) {
        self.problems.push(Problem {
            path: path.to_owned(),
            message: message.to_owned(),
        });
    }

    fn finish<T>(self, value: T) -> Result<T, Vec<Problem>> {
        if self.problems.is_empty() {
            Ok(value)
        } else {
            Err(self.problems)
        }
    }

    fn object<'v>(&mut self, value: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        match value {
            Value::Object(map) => Some(map),
            _ => {
                self.problem(path, "must be an object");
                None
            }
        }
    }

    fn only(&mut self, map: &Map<String, Value>, path: &str, allowed: &[&str]) {
        for key in map.keys().filter(|k| !allowed.contains(&k.as_str())) {
            self.problem(
                &format!("{path}.{key}"),
                &format!(
                    "is not a known field; the fields are {}",
                    allowed.join(", ")
                ),
            );
        }
    }

    fn array<'v>(
        &mut self,
        map: &'v Map<String, Value>,
        path: &str,
        key: &str,
        most: usize,
    ) -> Option<&'v Vec<Value>> {
        match map.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Array(items)) if items.len() <= most => Some(items),
            Some(Value::Array(items)) => {
                self.problem(
                    &format!("{path}.{key}"),
                    &format!(
                        "has {} items; send at most {most} in one batch",
                        items.len()
                    ),
                );
                None
            }
            Some(_) => {
                self.problem(&format!("{path}.{key}"), "must be a list");
                None
            }
        }
    }

    fn text(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        key: &str,
        longest: usize,
        required: bool,
    ) -> Option<String> {
        let at = format!("{path}.{key}");
        match map.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.problem(&at, "is missing");
                }
                None
            }
            Some(Value::String(text)) => {
                let text = text.trim();
                if text.is_empty() {
                    if required {
                        self.problem(&at, "is empty");
                    }
                    None
                } else if text.chars().count() > longest {
                    self.problem(
                        &at,
                        &format!(
                            "is {} characters long; at most {longest} are allowed",
                            text.chars().count()
                        ),
                    );
                    None
                } else if text.contains('\0') {
                    self.problem(&at, "contains a NUL character");
                    None
                } else {
                    Some(text.to_owned())
                }
            }
            Some(_) => {
                self.problem(&at, "must be text");
                None
            }
        }
    }

    fn date(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        key: &str,
        required: bool,
    ) -> Option<NaiveDate> {
        let text = self.text(map, path, key, 10, required)?;
        match NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
            Ok(date) if text.len() == 10 => Some(date),
            _ => {
                self.problem(
                    &format!("{path}.{key}"),
                    &format!("is not a real date in the form YYYY-MM-DD: {text}"),
                );
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).expect("date")
    }

    fn person() -> Value {
        json!({
            "source_id": "P-1",
            "nhs_number": "943 476 5919",
            "given_name": "Amara",
            "family_name": "Okafor",
            "date_of_birth": "1950-04-02",
            "preferred_language": "cy",
            "communication_needs": { "information_format": "easy_read" },
            "case_status": "closed",
            "closed_on": "2026-10-01",
            "allocated_worker": { "name": "Sam Patel", "role": "Social worker", "phone": "01632 960 123" }
        })
    }

    fn entry() -> Value {
        json!({
            "person_source_id": "P-1",
            "source_id": "E-1",
            "kind": "case_note",
            "title": "Home visit",
            "summary": "We visited you at home.",
            "team": "Adults North",
            "author_role": "Social worker",
            "event_date": "2026-11-02",
            "written_date": "2026-11-03",
            "statements": [
                { "label": "fact", "text": "Amara lives alone." },
                { "label": "opinion", "whose": "the social worker", "text": "She **seems** well." },
                { "label": "reported", "by": "her daughter", "text": "Mum sometimes forgets meals." },
                { "label": "unlabelled", "text": "About a neighbour.", "withheld": { "reason": "third_party" } }
            ]
        })
    }

    #[test]
    fn a_good_batch_becomes_people_and_entries() {
        let batch = parse_batch(
            &json!({ "people": [person()], "entries": [entry()] }),
            IngestLimits::default(),
            today(),
        )
        .expect("valid");
        let p = &batch.people[0];
        assert_eq!(p.nhs_number.as_deref(), Some("9434765919"));
        assert_eq!(p.preferred_locale, Locale::Cy);
        assert_eq!(
            p.case_status,
            CaseStatus::Closed {
                on: NaiveDate::from_ymd_opt(2026, 10, 1).expect("date")
            }
        );
        assert_eq!(p.retention_class, "standard");
        let e = &batch.entries[0];
        assert_eq!(e.person_source_id, "P-1");
        assert_eq!(e.entry.statements.len(), 4);
        assert_eq!(
            e.entry.statements[2].label,
            StatementLabel::Reported {
                by: "her daughter".into()
            }
        );
        assert_eq!(
            e.entry.statements[3].withheld,
            Some(Withheld {
                reason: WithheldReason::ThirdParty,
                say_so: true
            })
        );
    }

    /// Every bad input the issue names, each reported at its path.
    #[test]
    fn every_problem_is_reported_at_its_json_path() {
        let limits = IngestLimits {
            statement_chars: 50,
            ..IngestLimits::default()
        };
        let cases: &[(&str, Value, &str)] = &[
            (
                "$.entries[0].statements[0].text",
                json!("<script>alert(1)</script>"),
                "HTML tag",
            ),
            (
                "$.entries[0].statements[0].text",
                json!("<img src=x onerror=alert(1)>"),
                "HTML tag",
            ),
            (
                "$.entries[0].statements[0].text",
                json!("[x](javascript:alert(1))"),
                "link",
            ),
            (
                "$.entries[0].statements[0].text",
                json!("x".repeat(51)),
                "at most 50",
            ),
            (
                "$.entries[0].statements[0].label",
                json!("rumour"),
                "must be fact, opinion",
            ),
            (
                "$.entries[0].event_date",
                json!("2026-02-30"),
                "not a real date",
            ),
            (
                "$.entries[0].written_date",
                json!("2027-01-01"),
                "in the future",
            ),
            ("$.entries[0].kind", json!("diary"), "must be one of"),
            ("$.entries[0].colour", json!("red"), "not a known field"),
            ("$.entries[0].title", json!(""), "is empty"),
        ];
        for (path, bad, expected) in cases {
            let mut e = entry();
            let field = path.rsplit('.').next().expect("field");
            if path.contains("statements") {
                e["statements"][0][field] = bad.clone();
            } else {
                e[field] = bad.clone();
            }
            let problems =
                parse_batch(&json!({ "entries": [e] }), limits, today()).expect_err(path);
            assert!(
                problems
                    .iter()
                    .any(|p| p.path == *path && p.message.contains(expected)),
                "{path}: {problems:?}"
            );
        }
    }

    #[test]
    fn all_problems_come_back_at_once_not_just_the_first() {
        let mut p = person();
        p["nhs_number"] = json!("1234567890");
        p["date_of_birth"] = json!("2030-01-01");
        p["preferred_language"] = json!("fr");
        let mut e = entry();
        e["statements"][1] = json!({ "label": "opinion", "text": "No one's." });
        let problems = parse_batch(
            &json!({ "people": [p.clone(), p], "entries": [e] }),
            IngestLimits::default(),
            today(),
        )
        .expect_err("bad");
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        for expected in [
            "$.people[0].nhs_number",
            "$.people[0].date_of_birth",
            "$.people[0].preferred_language",
            "$.people[1].nhs_number",
            "$.entries[0].statements[1].whose",
        ] {
            assert!(paths.contains(&expected), "{expected}: {paths:?}");
        }
    }

    #[test]
    fn the_same_source_id_twice_in_a_batch_is_refused() {
        let problems = parse_batch(
            &json!({ "entries": [entry(), entry()] }),
            IngestLimits::default(),
            today(),
        )
        .expect_err("duplicate");
        assert_eq!(problems[0].path, "$.entries[1].source_id");
    }

    #[test]
    fn ids_in_the_address_must_agree_with_the_body() {
        let person = parse_person(&person(), Some("P-1"), today()).expect("agrees");
        assert_eq!(person.source_id, "P-1");
        let problems = parse_person(&person_json_without_id(), Some("P-9"), today());
        assert!(problems.is_ok(), "the address supplies a missing id");
        let clash =
            parse_person(&json!({"source_id": "P-2"}), Some("P-1"), today()).expect_err("clash");
        assert!(clash.iter().any(|p| p.path == "$.source_id"));
        let e =
            parse_entry(&entry(), "P-1", "E-1", IngestLimits::default(), today()).expect("agrees");
        assert_eq!(e.entry.source_id, "E-1");
        let clash = parse_entry(&entry(), "P-2", "E-1", IngestLimits::default(), today())
            .expect_err("clash");
        assert_eq!(clash[0].path, "$.person_source_id");
    }

    fn person_json_without_id() -> Value {
        let mut p = person();
        p.as_object_mut().expect("object").remove("source_id");
        p
    }

    #[test]
    fn html_is_told_apart_from_ordinary_angle_brackets() {
        for (text, html) in [
            ("a < b and c > d", false),
            ("I <3 my dog", false),
            ("<b>bold</b>", true),
            ("</div>", true),
            ("<!-- hidden -->", true),
            ("x<y", true),
        ] {
            assert_eq!(contains_html_tag(text), html, "{text}");
        }
    }
}
