//! Staff's list of shares the person has not yet been told of (`/staff/sharing/not-told`):
//! everyone's, the earliest review date first, each with whose information it was, what went
//! to whom, why they were not told, and when to look at that again (past that day it is
//! overdue: `Sharing::review_overdue`).
//!
//! Who may: caseworkers and privacy officers (`StaffAction::FindPeople`), for the people the
//! policy lets them see the sharing of (`PersonAction::SeeSharingAndAccess`); anyone else is
//! refused, the refusal is on the audit log, and the answer is "not found".
//!
//! Decisions, written down:
//! - Reading the list is on the audit log with the shares it listed (as the accuracy list is):
//!   it names people and what was shared of theirs. It is not in any person's list of who
//!   looked, because no one's record was opened.
//! - The list shows the 200 earliest reviews; it says how many it shows when it is full, so
//!   nobody takes a full page for everything.

use crate::{Caller, ServiceResult, Services, audit, authorise};
use candour_domain::access::{Decision, PersonAction, StaffAction, decide};
use candour_domain::audit::AuditAction;
pub use candour_store::repo::sharing::UntoldShare;

/// The audit log's name for the list.
const LIST: &str = "shares-not-told";

/// The most shares the list shows.
pub const MOST_LISTED: u32 = 200;

/// Shares not yet told, earliest review first.
pub async fn untold(services: &Services, caller: &Caller) -> ServiceResult<Vec<UntoldShare>> {
    let actor = authorise::staff(
        services,
        caller,
        StaffAction::FindPeople,
        AuditAction::OpenedPage,
        LIST,
    )
    .await?;
    let mut tx = services.begin().await?;
    let found: Vec<UntoldShare> = tx
        .untold_shares(MOST_LISTED)
        .await?
        .into_iter()
        .filter(|u| decide(actor, u.person, PersonAction::SeeSharingAndAccess) == Decision::Allow)
        .collect();
    let listed = found.iter().map(|u| format!("share:{}", u.id));
    tx.append(audit::list_read(services, caller, LIST, listed))
        .await?;
    crate::commit(services, tx).await?;
    Ok(found)
}
