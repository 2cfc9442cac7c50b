//! The care record's workflows: staff opening an entry (every staff view is an access event,
//! with who, what, when and why, written before anything is shown), the list of entries due an
//! accuracy check (each page of it recorded, with the entries it listed), marking an entry
//! checked for accuracy, and a delegate's reading (so the person sees what each delegate did).
//!
//! A person reading their own record is not recorded: it is their own information, and the log
//! of who looked is for everyone else (DESIGN.md, "Access event").

use crate::{Caller, ServiceError, ServiceResult, Services, audit, authorise};
use candour_domain::access::{Actor, PersonAction, StaffAction};
use candour_domain::audit::AuditAction;
use candour_domain::person::{Person, PersonId};
use candour_domain::record::{Entry, EntryId};
use candour_store::Transaction;

/// Why staff opened an entry, from the page that led them there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// Checking entries for accuracy.
    AccuracyCheck,
    /// Working on the person's rights request.
    RightsRequest,
    /// Working on the person's care and support, from their summary.
    CaseWork,
}

impl Why {
    /// From the `why` query value; unknown values are refused (a reason is required).
    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "accuracy" => Some(Why::AccuracyCheck),
            "request" => Some(Why::RightsRequest),
            "casework" => Some(Why::CaseWork),
            _ => None,
        }
    }

    /// The key, as recorded with the access event.
    pub fn key(self) -> &'static str {
        match self {
            Why::AccuracyCheck => "accuracy",
            Why::RightsRequest => "request",
            Why::CaseWork => "casework",
        }
    }
}

/// Inside a transaction: the person and their entry, with the staff view appended to the log;
/// anything but a member of staff who may read records, or an entry not the person's, is
/// refused.
async fn open_in(
    services: &Services,
    tx: &mut dyn Transaction,
    caller: &Caller,
    person: PersonId,
    entry: EntryId,
    why: Why,
) -> ServiceResult<Option<(Person, Entry)>> {
    let (Some(found_person), Some(found_entry)) =
        (tx.person(person).await?, tx.entry(person, entry).await?)
    else {
        return Ok(None);
    };
    tx.append(audit::with_words(
        audit::event(
            services,
            caller,
            AuditAction::StaffViewedEntry,
            Some(person),
            format!("entry:{}", entry.0),
        ),
        Some(why.key().to_owned()),
        None,
    ))
    .await?;
    Ok(Some((found_person, found_entry)))
}

/// A staff view of `object` refused (not staff, or nothing there), recorded naming no person,
/// answered as not found.
pub(crate) async fn view_refused(
    services: &Services,
    caller: &Caller,
    object: &str,
) -> ServiceError {
    audit::refused(
        services,
        caller,
        AuditAction::StaffViewedEntry,
        None,
        object,
    )
    .await
}

/// Checks the caller is staff who may read `person`'s record, and has said why when the case
/// has long been closed (`crate::closed_cases::gate`); refusals recorded.
pub(crate) async fn staff_reading<'c>(
    services: &Services,
    caller: &'c Caller,
    person: PersonId,
    object: &str,
) -> ServiceResult<&'c Actor> {
    let actor = staff_only(services, caller, person, object).await?;
    crate::closed_cases::gate(services, caller, person).await?;
    Ok(actor)
}

/// Checks the caller is staff who may read `person`'s record; refusals recorded.
pub(crate) async fn staff_only<'c>(
    services: &Services,
    caller: &'c Caller,
    person: PersonId,
    object: &str,
) -> ServiceResult<&'c Actor> {
    let actor = authorise::for_person(
        services,
        caller,
        person,
        PersonAction::ReadRecord,
        AuditAction::StaffViewedEntry,
        object,
    )
    .await?;
    if matches!(actor, Actor::Staff { .. }) {
        Ok(actor)
    } else {
        Err(view_refused(services, caller, object).await)
    }
}

/// The one door through which staff open a person's entry (a POST: the staff member chose to,
/// for `why`): the view is recorded (who, what, when, why) before the entry is returned, and
/// kept as opened for this sign-in and reason in the same transaction, so the entry's page can
/// show it again ([`staff_entry_opened`]) without a link that records a view when fetched.
pub async fn staff_open_entry(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    entry: EntryId,
    why: Why,
) -> ServiceResult<(Person, Entry)> {
    let object = format!("entry:{}", entry.0);
    staff_reading(services, caller, person, &object).await?;
    let mut tx = services.begin().await?;
    let Some(found) = open_in(services, tx.as_mut(), caller, person, entry, why).await? else {
        drop(tx);
        return Err(view_refused(services, caller, &object).await);
    };
    if let Some(session) = caller.session() {
        tx.keep_opening(session, person, entry, why.key(), services.now())
            .await?;
    }
    crate::commit(services, tx).await?;
    Ok(found)
}

/// The entry's page (a GET, which a browser may prefetch or a link checker fetch on its own,
/// so it records nothing): the person and entry when this sign-in opened the entry for `why`
/// ([`staff_open_entry`] recorded that view), `None` when it has not, and the page asks why
/// first, showing nothing of the entry. Staff who may not read the person are refused as
/// [`staff_open_entry`] refuses them.
pub async fn staff_entry_opened(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    entry: EntryId,
    why: Why,
) -> ServiceResult<Option<(Person, Entry)>> {
    let object = format!("entry:{}", entry.0);
    staff_reading(services, caller, person, &object).await?;
    let Some(session) = caller.session() else {
        return Ok(None);
    };
    let mut reads = services.reads();
    if !reads.opened(session, person, entry, why.key()).await? {
        return Ok(None);
    }
    match (
        reads.person(person).await?,
        reads.entry(person, entry).await?,
    ) {
        (Some(found_person), Some(found_entry)) => Ok(Some((found_person, found_entry))),
        _ => Err(view_refused(services, caller, &object).await),
    }
}

/// Entries listed on each page of the accuracy list.
pub const DUE_PAGE_SIZE: u32 = 50;

/// The review period: an entry last checked longer ago than this is due (the ICO expects records
/// kept accurate and up to date, UK GDPR Art 5(1)(d), and a yearly review is the usual
/// care-record practice).
pub const REVIEW_DAYS: u64 = 365;

/// One page of the entries due an accuracy check, and how many are due in all.
#[derive(Clone, Debug, PartialEq)]
pub struct DueForCheck {
    /// The entries on this page: never checked first, then the oldest check.
    pub entries: Vec<Entry>,
    /// How many entries are due in all.
    pub total: u64,
}

/// Page `page` (from 1) of the entries due an accuracy check, for caseworkers and privacy
/// officers. The list shows entries' titles, which are about people, so each page read is put
/// on the audit log in the same transaction: who, when, which page, and the ids of the entries
/// it listed (for a data-protection officer's investigation; not shown in each person's list of
/// who looked, because no entry was opened; opening one is a view recorded against the person).
pub async fn due_for_check(
    services: &Services,
    caller: &Caller,
    page: u32,
) -> ServiceResult<DueForCheck> {
    let object = format!("accuracy-list:page:{page}");
    authorise::staff(
        services,
        caller,
        StaffAction::FindPeople,
        AuditAction::OpenedPage,
        &object,
    )
    .await?;
    let cutoff = services.today() - chrono::Days::new(REVIEW_DAYS);
    let offset = page.saturating_sub(1).saturating_mul(DUE_PAGE_SIZE);
    let mut tx = services.begin().await?;
    let (entries, total) = tx
        .entries_due_for_check(cutoff, offset, DUE_PAGE_SIZE)
        .await?;
    let listed = entries.iter().map(|e| format!("entry:{}", e.id.0));
    tx.append(audit::list_read(services, caller, object, listed))
        .await?;
    crate::commit(services, tx).await?;
    Ok(DueForCheck { entries, total })
}

/// A caseworker or privacy officer marks `person`'s entry checked for accuracy today. Opening it
/// to do so is recorded like any view.
pub async fn mark_checked(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    entry: EntryId,
) -> ServiceResult<()> {
    let object = format!("entry:{}", entry.0);
    staff_reading(services, caller, person, &object).await?;
    let account = caller.account().ok_or(ServiceError::NotFound)?;
    let mut tx = services.begin().await?;
    let opened = open_in(
        services,
        tx.as_mut(),
        caller,
        person,
        entry,
        Why::AccuracyCheck,
    )
    .await?;
    if opened.is_none()
        || !tx
            .mark_entry_checked(person, entry, services.today(), account)
            .await?
    {
        drop(tx);
        return Err(
            audit::refused(services, caller, AuditAction::CheckedEntry, None, object).await,
        );
    }
    tx.append(audit::event(
        services,
        caller,
        AuditAction::CheckedEntry,
        Some(person),
        object,
    ))
    .await?;
    // Marking it opened it for the accuracy check: its page shows it again after.
    if let Some(session) = caller.session() {
        let why = Why::AccuracyCheck.key();
        tx.keep_opening(session, person, entry, why, services.now())
            .await?;
    }
    crate::commit(services, tx).await
}

/// Records that a delegate read the person's record (`what`: the list, or an entry), so the
/// person sees it among what they did. Nothing is recorded for the person's own reading.
pub async fn note_reading(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    what: &str,
) -> ServiceResult<()> {
    if !matches!(caller.actor(), Some(Actor::Delegate { .. })) {
        return Ok(());
    }
    authorise::for_person(
        services,
        caller,
        person,
        PersonAction::ReadRecord,
        AuditAction::ReadRecord,
        what,
    )
    .await?;
    let mut tx = services.begin().await?;
    tx.append(audit::event(
        services,
        caller,
        AuditAction::ReadRecord,
        Some(person),
        what,
    ))
    .await?;
    crate::commit(services, tx).await
}
