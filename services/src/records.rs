//! The care record's workflows: staff opening an entry (every staff view is an access event,
//! with who, what, when and why, written before anything is shown), marking an entry checked
//! for accuracy, and a delegate's reading (so the person sees what each delegate did).
//!
//! A person reading their own record is not recorded: it is their own information, and the log
//! of who looked is for everyone else (DESIGN.md, "Access event").

use crate::{Caller, ServiceError, ServiceResult, Services, audit, authorise};
use candour_domain::access::{Actor, PersonAction};
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
}

impl Why {
    /// From the `why` query value; unknown values are refused (a reason is required).
    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "accuracy" => Some(Why::AccuracyCheck),
            "request" => Some(Why::RightsRequest),
            _ => None,
        }
    }

    /// The key, as recorded with the access event.
    pub fn key(self) -> &'static str {
        match self {
            Why::AccuracyCheck => "accuracy",
            Why::RightsRequest => "request",
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

/// Checks the caller is staff who may read `person`'s record; refusals recorded.
async fn staff_reading<'c>(
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
        Err(audit::refused(
            services,
            caller,
            AuditAction::StaffViewedEntry,
            None,
            object,
        )
        .await)
    }
}

/// The one door through which staff read a person's entry: the view is recorded (who, what,
/// when, why) before the entry is returned.
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
        return Err(audit::refused(
            services,
            caller,
            AuditAction::StaffViewedEntry,
            None,
            object,
        )
        .await);
    };
    crate::commit(services, tx).await?;
    Ok(found)
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
