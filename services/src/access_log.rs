//! "Who looked at your record": every time a member of staff opened some of a person's
//! information, read from the audit log (`/access-log`), newest first, a page at a time: the
//! views Candour's own staff pages record, and those the council's case systems report
//! ([`reported_event`], from the ingestion API and `candour import`).
//!
//! Who may: the person, and a delegate with the "see sharing and access" scope; anyone else is
//! refused, recorded, and answered "not found".
//!
//! Decisions, written down:
//! - **Staff are shown by role and organisation** ("A caseworker at Demo Borough Council"),
//!   **or by name when the council chooses** (`CANDOUR_ACCESS_LOG_SHOWS=name`,
//!   [`crate::Settings::access_log_names`]). The person's right is to know who has seen their
//!   information (UK GDPR Art 15(1)(c), the recipients or categories of recipient); a role
//!   answers that, and a name is the staff member's own personal data, so the council decides.
//!   A name is kept as personal content beside the chain, never in the chained event.
//! - **What they looked at** is the entry's title, linked to it, when the person is shown that
//!   entry; for a reported view that names no entry, the words the case system sent ("Your care
//!   and support plan"). An entry withheld without saying so
//!   (`candour_domain::record::shown_at_all`) is named only as "your care record", so the log
//!   never hints at what is hidden.
//! - **When** is when they looked: for a reported view, the time the case system sent, which
//!   may be before Candour heard of it; the log is newest first by that time.
//! - **Why** is the reason the member of staff gave, kept with the event: one of the reasons
//!   Candour's staff pages ask for (`records::Why`), or the case system's words.
//! - **Organisations to narrow by** are the council's and those whose staff a case system
//!   reported looking at this person's information.
//! - **Paged from the edge of the page before** ([`Place`], `candour_domain::paging`): "Next"
//!   and "Previous" read from the last or first look of the page they leave, so page 2,500 of
//!   100,000 looks costs what page 1 costs (PostgreSQL p95 8.1 ms, where counting took 27 ms).
//!   A page asked for by number alone is counted, so an address kept or typed still works;
//!   new looks arriving while someone reads only ever push the page numbers on, never show a
//!   look twice.
//! - A delegate's reading of the log is recorded (the person sees what each delegate did); the
//!   person's own reading is not.

use crate::{Caller, ServiceResult, Services, authorise};
use candour_domain::access::{AccountId, Role};
use candour_domain::audit::{
    ActorKind, AuditAction, AuditActor, AuditEvent, NewAuditEvent, Outcome, PersonalContent,
};
use candour_domain::ingest::{Batch, ReportedView};
use candour_domain::paging::{Position, Window};
use candour_domain::person::PersonId;
use candour_domain::record::{EntryId, shown_at_all};
use candour_store::records::ImportSummary;
use candour_store::repo::audit::EventsBy;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Views listed on each page.
pub const PAGE_SIZE: u32 = 20;

/// The audit log's actions that are a member of staff looking at a person's information.
pub const STAFF_VIEWS: &[AuditAction] = &[AuditAction::StaffViewedEntry];

/// What a member of staff looked at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LookedAt {
    /// An entry the person is shown, by its id and title.
    Entry {
        /// Its id (`/record/{id}`).
        id: EntryId,
        /// Its title.
        title: String,
    },
    /// What a case system said they opened, in its words.
    Described(String),
    /// The summary of the person's information Candour shows staff first (`people::summary`).
    Summary,
    /// Part of the care record the person is not shown, or no longer held.
    Record,
}

/// A member of staff's role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StaffRole {
    /// One of Candour's roles.
    Candour(Role),
    /// A role in the words of the organisation's case system ("Occupational therapist").
    Described(String),
    /// Not recorded.
    NotSaid,
}

/// One time a member of staff looked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffView {
    /// Its number on the audit log (what a question about it names).
    pub seq: i64,
    /// When they looked (unix seconds).
    pub at: i64,
    /// Their role when they looked.
    pub role: StaffRole,
    /// Their name, when the council shows names and it is known.
    pub name: Option<String>,
    /// The organisation they work for.
    pub organisation: Option<String>,
    /// What they looked at.
    pub looked_at: LookedAt,
    /// The reason they gave, as it was recorded (a `records::Why` key from Candour's pages, or
    /// a case system's words).
    pub why: Option<String>,
}

impl StaffView {
    /// Where it stands in the log, for paging from it.
    pub fn position(&self) -> Position {
        Position {
            at: self.at,
            seq: self.seq,
        }
    }
}

/// A page of the log, how many views there are in all, and what it may be narrowed by.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct AccessLogPage {
    /// The views on this page, newest first.
    pub views: Vec<StaffView>,
    /// This page's number, from 1.
    pub page: u32,
    /// How many views there are in all.
    pub total: u64,
    /// The organisations to narrow by: the council's first, then the others alphabetically.
    pub organisations: Vec<String>,
    /// What the log was narrowed to: as asked, less an organisation not offered.
    pub narrowed: Narrowed,
}

/// How far back to look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// The last 7 days.
    Week,
    /// The last 30 days.
    Month,
    /// The last 365 days.
    Year,
}

impl Period {
    /// Every period, shortest first.
    pub const ALL: [Period; 3] = [Period::Week, Period::Month, Period::Year];

    /// Its key in the page's address.
    pub fn key(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Month => "month",
            Period::Year => "year",
        }
    }

    /// The period with this key; anything else is "any time".
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.key() == key)
    }

    fn days(self) -> i64 {
        match self {
            Period::Week => 7,
            Period::Month => 30,
            Period::Year => 365,
        }
    }
}

/// What the person narrowed the log to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Narrowed {
    /// Only views by staff of this organisation.
    pub organisation: Option<String>,
    /// Only views in this period up to now.
    pub period: Option<Period>,
}

/// Which page of the log to show: its number (from 1) and, when the person followed a "Next" or
/// "Previous" link, the edge of the page they left, from which this one is read
/// (`candour_domain::paging`: a deep page then costs what the first costs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// The page's number, from 1.
    pub page: u32,
    /// Where it starts: a position, or counted from the newest.
    pub window: Window,
}

impl From<u32> for Place {
    /// Page `page`, found by counting.
    fn from(page: u32) -> Self {
        let page = page.max(1);
        Place {
            page,
            window: Window::Skip((page - 1).saturating_mul(PAGE_SIZE)),
        }
    }
}

/// A page of the staff views of `person`'s information, narrowed as asked (an organisation not
/// among those offered is "every organisation"). A position that finds nothing (the log
/// narrowed since, or erased) is read by counting instead; one that finds the top of the log
/// before a page is full is the first page.
pub async fn staff_views(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    narrowed: &Narrowed,
    place: impl Into<Place>,
) -> ServiceResult<AccessLogPage> {
    let place = place.into();
    let object = format!("access-log:page:{}", place.page);
    let delegate_reading = authorise::sharing_and_access(services, caller, person, &object).await?;
    let mut tx = services.begin().await?;
    let council = &services.settings().organisation;
    let mut organisations = vec![council.clone()];
    organisations.extend(
        tx.reported_organisations(person)
            .await?
            .into_iter()
            .filter(|o| o != council),
    );
    let narrowed = Narrowed {
        organisation: narrowed
            .organisation
            .clone()
            .filter(|o| organisations.contains(o)),
        period: narrowed.period,
    };
    let by = EventsBy {
        actor_kind: ActorKind::Staff,
        actions: STAFF_VIEWS.to_vec(),
        organisation: narrowed.organisation.clone(),
        since: narrowed.period.map(|p| services.now() - p.days() * 86_400),
    };
    let (mut events, total) = tx
        .audit_of_person_by(person, &by, place.window, PAGE_SIZE)
        .await?;
    let mut page = place.page;
    // A position past every look is counted instead; one above the newest is the first page.
    let counted_instead = match place.window {
        Window::OlderThan(_) if events.is_empty() => Some(place.page),
        Window::NewerThan(_) if events.len() < PAGE_SIZE as usize => Some(1),
        _ => None,
    };
    if let Some(counted) = counted_instead {
        page = counted;
        events = tx
            .audit_of_person_by(person, &by, Place::from(page).window, PAGE_SIZE)
            .await?
            .0;
    }
    let mut names: HashMap<i64, Option<String>> = HashMap::new();
    let mut views = Vec::with_capacity(events.len());
    for (event, content) in events {
        views.push(staff_view(services, tx.as_mut(), person, event, content, &mut names).await?);
    }
    if let Some(event) = delegate_reading {
        tx.append(event).await?;
    }
    crate::commit(services, tx).await?;
    Ok(AccessLogPage {
        views,
        page,
        total,
        organisations,
        narrowed,
    })
}

/// One staff look at `person`'s information, numbered `seq` on the audit log, if it is one:
/// for a question about it ("Ask why someone looked").
pub(crate) async fn look(
    services: &Services,
    tx: &mut dyn candour_store::Transaction,
    person: PersonId,
    seq: i64,
) -> ServiceResult<Option<StaffView>> {
    let Some((event, content)) = tx.audit_event_of_person(person, seq).await? else {
        return Ok(None);
    };
    let is_look = event.actor.kind == ActorKind::Staff
        && STAFF_VIEWS.contains(&event.action)
        && event.outcome == candour_domain::audit::Outcome::Done;
    if !is_look {
        return Ok(None);
    }
    let mut names = HashMap::new();
    Ok(Some(
        staff_view(services, tx, person, event, content, &mut names).await?,
    ))
}

/// The looks at `person`'s information by the member of staff with `account` since `since`
/// (unix seconds), oldest first, at most the newest 100: what they opened after saying why they
/// needed to (`crate::closed_cases`).
pub(crate) async fn looks_by(
    services: &Services,
    tx: &mut dyn candour_store::Transaction,
    person: PersonId,
    account: i64,
    since: i64,
) -> ServiceResult<Vec<StaffView>> {
    let by = EventsBy {
        actor_kind: ActorKind::Staff,
        actions: STAFF_VIEWS.to_vec(),
        organisation: None,
        since: Some(since),
    };
    let (events, _) = tx
        .audit_of_person_by(person, &by, Window::Skip(0), 100)
        .await?;
    let account = account.to_string();
    let mut names = HashMap::new();
    let mut looks = Vec::new();
    for (event, content) in events.into_iter().rev() {
        if event.actor.id.as_deref() == Some(account.as_str()) {
            looks.push(staff_view(services, tx, person, event, content, &mut names).await?);
        }
    }
    Ok(looks)
}

/// An event of a staff look in the person's words: who, what, why (`names` caches the names
/// of Candour's staff accounts already read).
async fn staff_view(
    services: &Services,
    tx: &mut dyn candour_store::Transaction,
    person: PersonId,
    event: AuditEvent,
    content: Option<candour_domain::audit::PersonalContent>,
    names: &mut HashMap<i64, Option<String>>,
) -> ServiceResult<StaffView> {
    // A reported look keeps what was opened beside the chain; Candour's own keep none.
    let reported = content
        .as_ref()
        .and_then(|c| c.detail.as_deref())
        .and_then(|d| serde_json::from_str::<Reported>(d).ok());
    let looked_at = match event.object.strip_prefix("entry:").map(str::parse::<i64>) {
        Some(Ok(id)) => match tx.entry(person, EntryId(id)).await? {
            Some(entry) if shown_at_all(&entry.details) => LookedAt::Entry {
                id: entry.id,
                title: entry.details.title,
            },
            _ => LookedAt::Record,
        },
        _ => match &reported {
            Some(r) => LookedAt::Described(r.opened.clone()),
            None if event.object == crate::people::SUMMARY => LookedAt::Summary,
            None => LookedAt::Record,
        },
    };
    let name = if !services.settings().access_log_names {
        None
    } else if let Some(r) = &reported {
        r.name.clone()
    } else {
        match event.actor.account() {
            Some(id) => match names.get(&id) {
                Some(name) => name.clone(),
                None => {
                    let name = tx
                        .account(AccountId(id))
                        .await?
                        .map(|a| a.details.display_name);
                    names.insert(id, name.clone());
                    name
                }
            },
            None => None,
        }
    };
    Ok(StaffView {
        seq: event.seq,
        at: event.at,
        role: role_of(&event, reported.is_some()),
        name,
        organisation: event.actor.organisation,
        looked_at,
        why: content.and_then(|c| c.reason),
    })
}

/// The role an event's actor had: Candour's first role, or, for a `reported` look, the case
/// system's words.
fn role_of(event: &AuditEvent, reported: bool) -> StaffRole {
    let Some(role) = event.actor.role.as_deref() else {
        return StaffRole::NotSaid;
    };
    if reported {
        return StaffRole::Described(role.to_owned());
    }
    role.split(',')
        .find_map(|key| key.trim().parse().ok())
        .map_or(StaffRole::NotSaid, StaffRole::Candour)
}

/// What a reported view keeps beside the chain, besides the reason: personal words.
#[derive(Serialize, Deserialize)]
struct Reported {
    /// What they opened, in the case system's words.
    opened: String,
    /// Their name, if sent.
    name: Option<String>,
    /// The sending organisation's id for the event.
    source_id: String,
}

/// Puts each access event of `batch` that the import found new (`summary.views`) on the audit
/// log, in the import's transaction, as the look it reports.
pub(crate) async fn log_reported(
    tx: &mut dyn candour_store::Transaction,
    organisation: &str,
    batch: &Batch,
    summary: &ImportSummary,
) -> ServiceResult<()> {
    for received in &summary.views {
        if let Some(incoming) = batch.access_events.get(received.index) {
            tx.append(reported_event(
                organisation,
                &incoming.view,
                received.person,
                received.entry,
            ))
            .await?;
        }
    }
    Ok(())
}

/// The audit event for a view `organisation`'s case system reported: at the time it happened,
/// by a member of staff with the role (and organisation) it gave, of `entry` when it named one;
/// the reason, what was opened and the name are personal content beside the chain.
fn reported_event(
    organisation: &str,
    view: &ReportedView,
    person: PersonId,
    entry: Option<EntryId>,
) -> NewAuditEvent {
    let detail = Reported {
        opened: view.opened.clone(),
        name: view.name.clone(),
        source_id: view.source_id.clone(),
    };
    let event = NewAuditEvent {
        at: view.at,
        actor: AuditActor {
            kind: ActorKind::Staff,
            id: None,
            role: Some(view.role.clone()),
            organisation: Some(
                view.organisation
                    .as_deref()
                    .unwrap_or(organisation)
                    .to_owned(),
            ),
        },
        acting_for: None,
        person: Some(person),
        action: AuditAction::StaffViewedEntry,
        object: entry.map_or_else(|| "record".to_owned(), |e| format!("entry:{}", e.0)),
        outcome: Outcome::Done,
        content: None::<PersonalContent>,
    };
    crate::audit::with_words(
        event,
        view.reason.clone(),
        serde_json::to_string(&detail).ok(),
    )
}
