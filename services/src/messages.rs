//! A person's messages in the portal (`/messages`): what Candour told them (a delegate added, a
//! request's news, a share they are now told of…), newest first, and the count of those not
//! yet read, shown in the header of every page they open (`sessions::Live::unread_messages`).
//!
//! Who may: the person themselves (`PersonAction::ChooseNotifications`, which no delegate or
//! member of staff has): messages are addressed to them. Anyone else gets "not found", and the
//! refusal is on the audit log.
//!
//! Decisions, written down:
//! - Opening the list marks every message read, in one transaction with reading them; the list
//!   still marks which were new this time, so nothing slips past unseen.
//! - The person reading their own messages is not an event on the audit log (it is their own
//!   information, DESIGN.md, "Access event"), and marking them read changes nothing about them.
//! - The list shows the 100 newest; older messages stay stored.

use crate::{Caller, ServiceResult, Services, authorise};
use candour_domain::access::PersonAction;
use candour_domain::audit::AuditAction;
use candour_domain::person::PersonId;
use candour_store::records::Notification;

/// The most messages listed.
pub const MOST_LISTED: u32 = 100;

/// `person`'s newest messages, each with when it was read before this (`None`: new now); all
/// are read from now on.
pub async fn read(
    services: &Services,
    caller: &Caller,
    person: PersonId,
) -> ServiceResult<Vec<Notification>> {
    authorise::for_own_pages(
        services,
        caller,
        person,
        PersonAction::ChooseNotifications,
        AuditAction::OpenedPage,
        "messages",
    )
    .await?;
    let mut tx = services.begin().await?;
    let messages = tx.notifications(person, MOST_LISTED).await?;
    tx.mark_notifications_read(person, services.now()).await?;
    crate::commit(services, tx).await?;
    Ok(messages)
}
