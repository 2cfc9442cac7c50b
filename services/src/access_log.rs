//! "Who looked at your record": every time a member of staff opened some of a person's
//! information, read from the audit log (`/access-log`), newest first, a page at a time.
//!
//! Who may: the person, and a delegate with the "see sharing and access" scope; anyone else is
//! refused, recorded, and answered "not found".
//!
//! Decisions, written down:
//! - **Staff are shown by role and organisation, not by name** ("A caseworker at Demo Borough
//!   Council"). The person's right is to know who has seen their information (UK GDPR Art 15;
//!   the recipients or categories of recipient, Art 15(1)(c)); a role answers that, and a
//!   name is the staff member's own personal data. When the person asks why someone looked,
//!   the privacy officers see the account.
//! - **What they looked at** is the entry's title, linked to it, when the person is shown that
//!   entry. An entry withheld without saying so (`candour_domain::record::shown_at_all`) is
//!   named only as "your care record", so the log never hints at what is hidden.
//! - **Why** is the reason the member of staff gave, kept with the event: today one of the
//!   reasons Candour's staff pages ask for (`records::Why`), shown in plain words by the page.
//! - A delegate's reading of the log is recorded (the person sees what each delegate did); the
//!   person's own reading is not.

use crate::{Caller, ServiceResult, Services, authorise};
use candour_domain::access::Role;
use candour_domain::audit::{ActorKind, AuditAction};
use candour_domain::person::PersonId;
use candour_domain::record::{EntryId, shown_at_all};
use candour_store::repo::audit::EventsBy;

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
    /// Part of the care record the person is not shown, or no longer held.
    Record,
}

/// One time a member of staff looked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffView {
    /// When (unix seconds).
    pub at: i64,
    /// Their roles when they looked.
    pub roles: Vec<Role>,
    /// The organisation they work for.
    pub organisation: Option<String>,
    /// What they looked at.
    pub looked_at: LookedAt,
    /// The reason they gave, as it was recorded (a `records::Why` key from Candour's pages).
    pub why: Option<String>,
}

/// A page of the log, and how many views there are in all.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct AccessLogPage {
    /// The views on this page, newest first.
    pub views: Vec<StaffView>,
    /// How many views there are in all.
    pub total: u64,
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

/// The organisations whose staff may appear in the log, to narrow it by: the council itself,
/// then each organisation with a case system sending to Candour, in alphabetical order.
pub async fn organisations(services: &Services) -> ServiceResult<Vec<String>> {
    let mut others: Vec<String> = services
        .reads()
        .api_clients()
        .await?
        .into_iter()
        .map(|client| client.organisation)
        .filter(|o| *o != services.settings().organisation)
        .collect();
    others.sort();
    others.dedup();
    Ok(std::iter::once(services.settings().organisation.clone())
        .chain(others)
        .collect())
}

/// Page `page` (from 1) of the staff views of `person`'s information, narrowed as asked.
pub async fn staff_views(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    narrowed: &Narrowed,
    page: u32,
) -> ServiceResult<AccessLogPage> {
    let object = format!("access-log:page:{page}");
    let delegate_reading = authorise::sharing_and_access(services, caller, person, &object).await?;
    let offset = page.saturating_sub(1).saturating_mul(PAGE_SIZE);
    let mut tx = services.begin().await?;
    let by = EventsBy {
        actor_kind: ActorKind::Staff,
        actions: STAFF_VIEWS.to_vec(),
        organisation: narrowed.organisation.clone(),
        since: narrowed.period.map(|p| services.now() - p.days() * 86_400),
    };
    let (events, total) = tx
        .audit_of_person_by(person, &by, offset, PAGE_SIZE)
        .await?;
    let mut views = Vec::with_capacity(events.len());
    for (event, content) in events {
        let looked_at = match event.object.strip_prefix("entry:").map(str::parse::<i64>) {
            Some(Ok(id)) => match tx.entry(person, EntryId(id)).await? {
                Some(entry) if shown_at_all(&entry.details) => LookedAt::Entry {
                    id: entry.id,
                    title: entry.details.title,
                },
                _ => LookedAt::Record,
            },
            _ => LookedAt::Record,
        };
        views.push(StaffView {
            at: event.at,
            roles: event
                .actor
                .role
                .as_deref()
                .unwrap_or_default()
                .split(',')
                .filter_map(|key| key.trim().parse().ok())
                .collect(),
            organisation: event.actor.organisation,
            looked_at,
            why: content.and_then(|c| c.reason),
        });
    }
    if let Some(event) = delegate_reading {
        tx.append(event).await?;
    }
    crate::commit(services, tx).await?;
    Ok(AccessLogPage { views, total })
}
