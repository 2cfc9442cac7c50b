//! What a person may see of where their information went: the shares they have been told of,
//! newest first, and each share on its own (`/sharing`, `/sharing/{id}`).
//!
//! Who may: the person, and a delegate with the "see sharing and access" scope (the access
//! policy, `PersonAction::SeeSharingAndAccess`); anyone else is refused, the refusal is on the
//! audit log, and the answer is "not found", exactly as for a share that does not exist.
//!
//! Decisions, written down:
//! - A share the person has not yet been told of (telling them would increase the risk) is left
//!   out of the list and answers "not found" by its number, exactly as a share that does not
//!   exist, so nothing hints at it (`Sharing::shown_to_person`). Even the refusal names no
//!   person, so it is in nobody's list of what was done with their information.
//! - A delegate's reading is recorded, so the person sees what each delegate did; the person's
//!   own reading is not (DESIGN.md, "Access event": the log of who looked is for everyone else).
//! - Shares are addressed by the number Candour stores them under, not the case system's id,
//!   which may hold any character and says nothing the person needs.

use crate::{Caller, ServiceResult, Services, audit, authorise};
use candour_domain::audit::AuditAction;
use candour_domain::person::PersonId;
use candour_domain::record::{EntryId, shown_at_all};
use candour_domain::sharing::Sharing;

/// The audit log's name for the list.
const LIST: &str = "sharing";

/// A share the person was told of, with the number its page is at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToldShare {
    /// Its number (`/sharing/{id}`).
    pub id: i64,
    /// The share.
    pub sharing: Sharing,
}

/// The shares of `person`'s information they were told of, newest first.
pub async fn told_shares(
    services: &Services,
    caller: &Caller,
    person: PersonId,
) -> ServiceResult<Vec<ToldShare>> {
    read(services, caller, person, LIST.to_owned(), |_| true).await
}

/// A share on its own page, with the entries of the record it included that the person is
/// shown (by id and title, to link to).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToldShareInFull {
    /// The share.
    pub share: ToldShare,
    /// The entries it included that the person may open, in the order the case system gave.
    pub entries: Vec<(EntryId, String)>,
}

/// The most entries of a share named on its page (a share of a whole long record names the
/// first ones; the share's own words still say what was shared).
const MOST_ENTRIES: usize = 1_000;

/// One share of `person`'s information, if they were told of it.
pub async fn told_share(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    id: i64,
) -> ServiceResult<ToldShareInFull> {
    let object = format!("sharing:{id}");
    let found = read(services, caller, person, object.clone(), |s| s.id == id).await?;
    let Some(share) = found.into_iter().next() else {
        return Err(audit::refused(services, caller, AuditAction::OpenedPage, None, object).await);
    };
    // Only the shared entries, by their case-system ids; one withheld without saying so is
    // never named (`shown_at_all`).
    let wanted = &share.sharing.entries[..share.sharing.entries.len().min(MOST_ENTRIES)];
    let found = services
        .reads()
        .entries_by_source_ids(person, wanted)
        .await?;
    let entries = wanted
        .iter()
        .filter_map(|source| {
            found
                .iter()
                .find(|e| &e.details.source_id == source && shown_at_all(&e.details))
                .map(|e| (e.id, e.details.title.clone()))
        })
        .collect();
    Ok(ToldShareInFull { share, entries })
}

/// Authorises the caller for `person`'s sharing, then reads the told shares that `keep` keeps,
/// newest first, recording a delegate's reading of `object` in the same transaction.
async fn read(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    object: String,
    keep: impl Fn(&ToldShare) -> bool,
) -> ServiceResult<Vec<ToldShare>> {
    let delegate_reading = authorise::sharing_and_access(services, caller, person, &object).await?;
    let mut tx = services.begin().await?;
    let mut shares = told_in(tx.as_mut(), person).await?;
    shares.retain(|share| keep(share));
    // A delegate's reading of the list, or of a share that is there, is theirs to see.
    if let Some(event) = delegate_reading.filter(|_| object == LIST || !shares.is_empty()) {
        tx.append(event).await?;
    }
    crate::commit(services, tx).await?;
    Ok(shares)
}

/// The shares of `person`'s information they were told of, newest first, read in `tx`.
pub(crate) async fn told_in(
    tx: &mut dyn candour_store::Transaction,
    person: PersonId,
) -> ServiceResult<Vec<ToldShare>> {
    let mut shares: Vec<ToldShare> = tx
        .shares_with_ids(person)
        .await?
        .into_iter()
        .filter(|(_, sharing)| sharing.shown_to_person())
        .map(|(id, sharing)| ToldShare { id, sharing })
        .collect();
    shares.sort_by_key(|s| std::cmp::Reverse((s.sharing.shared_on, s.id)));
    Ok(shares)
}
