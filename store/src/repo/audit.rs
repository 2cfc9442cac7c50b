//! The audit log: an append-only, hash-chained table (`audit_events`), the personal content
//! kept beside it (`audit_details`), and signed checkpoints (`audit_checkpoints`). The rules of
//! the chain are in `candour_domain::audit`.
//!
//! Appends are made inside the workflow's transaction and placed in the chain when it commits:
//! the backend takes the log's lock (SQLite's write lock; a PostgreSQL advisory lock, so several
//! app servers sharing one database append one at a time), reads the head, chains and inserts
//! the events, and commits. A transaction that does not commit leaves no event behind.

use crate::StoreResult;
use crate::records::Activity;
use async_trait::async_trait;
use candour_domain::audit::{AuditEvent, Checkpoint, NewAuditEvent, PersonalContent};
use candour_domain::person::PersonId;

/// The newest event: its sequence number, hash and time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainHead {
    /// Its sequence number.
    pub seq: i64,
    /// Its hash.
    pub hash: String,
    /// When it happened (unix seconds).
    pub at: i64,
}

/// Reading the log.
#[async_trait]
pub trait AuditReads: Send {
    /// Up to `limit` events after sequence number `after`, in order, each with its personal
    /// content if still held.
    async fn audit_events_after(
        &mut self,
        after: i64,
        limit: u32,
    ) -> StoreResult<Vec<(AuditEvent, Option<PersonalContent>)>>;

    /// The newest events about a person (or done for them by a delegate), newest first.
    async fn audit_for_person(
        &mut self,
        person: PersonId,
        limit: u32,
    ) -> StoreResult<Vec<(AuditEvent, Option<PersonalContent>)>>;

    /// The newest event, if there is one.
    async fn audit_head(&mut self) -> StoreResult<Option<ChainHead>>;

    /// Every checkpoint, oldest first.
    async fn checkpoints(&mut self) -> StoreResult<Vec<Checkpoint>>;

    /// The newest checkpoint.
    async fn latest_checkpoint(&mut self) -> StoreResult<Option<Checkpoint>>;

    /// The activity trail kept before the audit log existed, oldest first; `None` once it has
    /// been moved into the log (its table is gone).
    async fn earlier_activity(&mut self) -> StoreResult<Option<Vec<Activity>>>;
}

/// Adding to the log.
#[async_trait]
pub trait AuditWrites: Send {
    /// Adds an event, placed in the chain when the transaction commits.
    async fn append(&mut self, event: NewAuditEvent) -> StoreResult<()>;

    /// Stores a signed checkpoint (its number must be the next).
    async fn save_checkpoint(&mut self, checkpoint: &Checkpoint) -> StoreResult<()>;

    /// Removes the personal content of every event about `person` (erasure, UK GDPR Art 17);
    /// the chain still verifies. Returns how many were removed.
    async fn erase_audit_content(&mut self, person: PersonId) -> StoreResult<u64>;

    /// Removes the old activity trail's table once its lines are in the log.
    async fn drop_earlier_activity(&mut self) -> StoreResult<()>;
}
