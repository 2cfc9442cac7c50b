//! Staff finding a person (`/staff/people`): by part of their name or their case reference,
//! narrowed by date of birth (the three things staff are given on the phone), to work on their
//! information.
//!
//! Who may: caseworkers and privacy officers (`StaffAction::FindPeople`); anyone else is
//! refused, on the audit log, and answered as not found. A search names no one in particular,
//! so it is not an access event on anyone's log; opening a person's information from the
//! results is, where that page records it.
//!
//! Then a person's summary (`/staff/people/{person}`): their details, newest entries, requests,
//! every share (those they were not told of flagged, with the review date) and how often staff
//! looked. It is their information, so opening it is a staff look like opening an entry: on the
//! audit log in the same transaction, and in the person's "who looked at your record" as a look
//! at a summary of their information, "to work on your care and support"
//! (`records::Why::CaseWork`). Who may: staff the policy lets read the person's record
//! (`PersonAction::ReadRecord`).

use crate::records::Why;
use crate::{Caller, ServiceResult, Services, audit, authorise};
use candour_domain::access::StaffAction;
use candour_domain::audit::{ActorKind, AuditAction};
use candour_domain::person::{Person, PersonId};
use candour_domain::record::Entry;
use candour_domain::rights::RightsRequest;
use candour_domain::sharing::Sharing;
use candour_store::repo::audit::EventsBy;
use chrono::NaiveDate;

/// The most people a search lists (narrow it by date of birth when there are more).
pub const MOST_FOUND: u32 = 50;

/// The people whose name contains `words` or whose case reference is `words`, born on `born`
/// when given, by family name; nobody when nothing was asked.
pub async fn find(
    services: &Services,
    caller: &Caller,
    words: &str,
    born: Option<NaiveDate>,
) -> ServiceResult<Vec<Person>> {
    authorise::staff(
        services,
        caller,
        StaffAction::FindPeople,
        AuditAction::OpenedPage,
        "people",
    )
    .await?;
    if words.trim().is_empty() && born.is_none() {
        return Ok(Vec::new());
    }
    Ok(services
        .reads()
        .find_people(words, born, MOST_FOUND)
        .await?)
}

/// The audit log's object for a person's summary.
pub const SUMMARY: &str = "summary";

/// The newest entries a summary lists.
pub const SUMMARY_ENTRIES: u32 = 10;

/// What staff see first about a person.
#[derive(Clone, Debug)]
pub struct PersonSummary {
    /// The person.
    pub person: Person,
    /// Their newest entries they are shown, and how many there are.
    pub entries: (Vec<Entry>, u64),
    /// Their rights requests, as stored.
    pub requests: Vec<RightsRequest>,
    /// Every share of their information, newest first, with its number; told or not.
    pub shares: Vec<(i64, Sharing)>,
    /// How many times staff looked at their information (this look included).
    pub looks: u64,
}

/// `person`'s summary for a member of staff, the look recorded before anything is returned.
pub async fn summary(
    services: &Services,
    caller: &Caller,
    person: PersonId,
) -> ServiceResult<PersonSummary> {
    crate::records::staff_reading(services, caller, person, SUMMARY).await?;
    let mut tx = services.begin().await?;
    let Some(found) = tx.person(person).await? else {
        drop(tx);
        return Err(crate::records::view_refused(services, caller, SUMMARY).await);
    };
    tx.append(audit::with_words(
        audit::event(
            services,
            caller,
            AuditAction::StaffViewedEntry,
            Some(person),
            SUMMARY,
        ),
        Some(Why::CaseWork.key().to_owned()),
        None,
    ))
    .await?;
    let entries = tx
        .entries_for_person(person, None, None, 0, SUMMARY_ENTRIES)
        .await?;
    let requests = tx.requests_for_person(person).await?;
    let mut shares = tx.shares_with_ids(person).await?;
    shares.reverse();
    let looks = EventsBy {
        actor_kind: ActorKind::Staff,
        actions: crate::access_log::STAFF_VIEWS.to_vec(),
        organisation: None,
        since: None,
    };
    // The log places events as the transaction commits, so the count so far leaves this look
    // out; it is added.
    let (_, looks) = tx
        .audit_of_person_by(person, &looks, candour_domain::paging::Window::Skip(0), 0)
        .await?;
    let looks = looks + 1;
    crate::commit(services, tx).await?;
    Ok(PersonSummary {
        person: found,
        entries,
        requests,
        shares,
        looks,
    })
}
