//! Messages to people in the portal, and emails waiting to be sent.

use crate::StoreResult;
use crate::records::{Notification, OutgoingEmail};
use async_trait::async_trait;
use candour_domain::person::PersonId;

/// Reading messages and the outbox.
#[async_trait]
pub trait OutboxReads: Send {
    /// The newest messages for a person.
    async fn notifications(
        &mut self,
        person: PersonId,
        limit: u32,
    ) -> StoreResult<Vec<Notification>>;

    /// How many of a person's messages they have not read yet.
    async fn unread_notifications(&mut self, person: PersonId) -> StoreResult<u64>;

    /// Unsent emails tried fewer than `max_attempts` times, oldest first.
    async fn emails_to_send(
        &mut self,
        max_attempts: u32,
        limit: u32,
    ) -> StoreResult<Vec<(i64, OutgoingEmail)>>;

    /// How a person chose to hear news by email: the address and the kinds (none chosen: no
    /// address).
    async fn news_choice(
        &mut self,
        person: PersonId,
    ) -> StoreResult<candour_domain::news::NewsChoice>;
}

/// Adding messages and working the outbox.
#[async_trait]
pub trait OutboxWrites: Send {
    /// Adds a message for a person.
    async fn notify(
        &mut self,
        person: PersonId,
        kind: &str,
        args: &str,
        now: i64,
    ) -> StoreResult<()>;

    /// Marks every message of a person's not yet read as read at `now`; how many were.
    async fn mark_notifications_read(&mut self, person: PersonId, now: i64) -> StoreResult<u64>;

    /// Puts an email in the outbox.
    async fn queue_email(&mut self, email: &OutgoingEmail, now: i64) -> StoreResult<()>;

    /// Marks an email sent.
    async fn email_sent(&mut self, id: i64, now: i64) -> StoreResult<()>;

    /// Counts a failed attempt to send an email, keeping why.
    async fn email_failed(&mut self, id: i64, error: &str) -> StoreResult<()>;

    /// Keeps how a person chose to hear news by email (no address: on the website only).
    async fn choose_news(
        &mut self,
        person: PersonId,
        choice: &candour_domain::news::NewsChoice,
        now: i64,
    ) -> StoreResult<()>;
}
