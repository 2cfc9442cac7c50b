//! The one door through which staff read a person's record. Every staff view of a record or an
//! entry goes through [`open_entry`], which checks the staff member may read records
//! (caseworkers and privacy officers) and writes an access event — who, what, when and why —
//! before returning anything. The person will see these events on their access log; a test
//! visits every staff record page and checks each wrote one.

use crate::session::SignedIn;
use candour_domain::access::{Actor, Decision, PersonAction, decide};
use candour_domain::person::{Person, PersonId};
use candour_domain::record::{Entry, EntryId};
use candour_store::records::Activity;
use candour_store::{Store, StoreResult};
use std::sync::Arc;

/// The activity key of a staff view (also what the access-log tests look for).
pub const STAFF_VIEWED_ENTRY: &str = "staff_viewed_entry";

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

    /// The key, as stored with the access event.
    pub fn key(self) -> &'static str {
        match self {
            Why::AccuracyCheck => "accuracy",
            Why::RightsRequest => "request",
        }
    }
}

/// The person and their entry, after recording that `signed_in` looked at it and why; `None`
/// when they may not read records, or there is no such entry for that person (the same answer,
/// so nothing leaks).
pub async fn open_entry(
    store: &Arc<dyn Store>,
    signed_in: &SignedIn,
    person: PersonId,
    entry: EntryId,
    why: Why,
    now: i64,
) -> StoreResult<Option<(Person, Entry)>> {
    let Some(actor) = signed_in.actor.as_ref() else {
        return Ok(None);
    };
    if !matches!(actor, Actor::Staff { .. })
        || decide(actor, person, PersonAction::ReadRecord) != Decision::Allow
    {
        return Ok(None);
    }
    let (Some(found_person), Some(found_entry)) = (
        store.person(person).await?,
        store.entry(person, entry).await?,
    ) else {
        return Ok(None);
    };
    store
        .record_activity(&Activity {
            at: now,
            account: signed_in.account.id,
            person: Some(person),
            action: STAFF_VIEWED_ENTRY.to_owned(),
            detail: format!("entry {} ({})", entry.0, why.key()),
        })
        .await?;
    Ok(Some((found_person, found_entry)))
}
