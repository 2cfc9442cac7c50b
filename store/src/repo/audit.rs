//! The audit log: an append-only, hash-chained table (`audit_events`), the personal content
//! kept beside it (`audit_details`), and signed checkpoints (`audit_checkpoints`). The rules of
//! the chain are in `candour_domain::audit`.
//!
//! An event is appended inside the workflow's transaction, into the queue (`audit_queue`), so
//! it is committed with the change it describes or not at all, and writers never wait for one
//! another. The sequencer ([`AuditWrites::sequence`], run by the workflow layer after every
//! commit, every second, at start-up and at shutdown) then places queued events in the chain,
//! oldest first, many at a time, under the log's lock (SQLite's write lock; a PostgreSQL
//! advisory lock, so several app servers sharing one database never interleave). Keeping the
//! lock off the workflows' own commits is what lets eight writers append at once without
//! queueing behind one another's disk flushes (the design of transparency logs such as
//! Trillian: queue, then sequence). A backend whose every write transaction already holds the
//! database's only write lock (SQLite) has nothing to gain from the queue: it chains the events
//! straight into `audit_events` in the workflow's own commit ([`Committed::Chained`]).

use crate::StoreResult;
use crate::records::Activity;
use async_trait::async_trait;
use candour_domain::audit::{
    ActorKind, AuditAction, AuditEvent, Checkpoint, NewAuditEvent, PersonalContent,
};
use candour_domain::paging::Window;
use candour_domain::person::PersonId;

/// What a transaction's commit did with its audit events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Committed {
    /// It appended none.
    NoEvents,
    /// They wait in the queue, the last at this queue id: run the sequencer.
    Queued(i64),
    /// They were placed in the chain in the same commit; the newest is at this sequence number.
    Chained(i64),
}

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

/// Which of a person's events to read: by one kind of actor, with one of some actions, done
/// (not refused), and optionally for one organisation and since a moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventsBy {
    /// The kind of actor.
    pub actor_kind: ActorKind,
    /// The actions.
    pub actions: Vec<AuditAction>,
    /// Only those done by someone of this organisation.
    pub organisation: Option<String>,
    /// Only those at or after this moment (unix seconds).
    pub since: Option<i64>,
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

    /// A page of the events done (not refused) to `person`'s information by one kind of actor
    /// with one of `actions`, newest first by when they happened (then by sequence number), and
    /// how many there are in all: for "who looked at your record" (whose total, not narrowed,
    /// the database keeps as events are placed). A window that starts from a position reads
    /// only the page's own entries of the index, however deep.
    async fn audit_of_person_by(
        &mut self,
        person: PersonId,
        by: &EventsBy,
        window: Window,
        limit: u32,
    ) -> StoreResult<(Vec<(AuditEvent, Option<PersonalContent>)>, u64)>;

    /// The event numbered `seq` if it is about `person`'s information (another person's, or
    /// none, is `None`).
    async fn audit_event_of_person(
        &mut self,
        person: PersonId,
        seq: i64,
    ) -> StoreResult<Option<(AuditEvent, Option<PersonalContent>)>>;

    /// The organisations, in alphabetical order, whose staff case systems reported opening
    /// `person`'s information.
    async fn reported_organisations(&mut self, person: PersonId) -> StoreResult<Vec<String>>;

    /// The newest event, if there is one.
    async fn audit_head(&mut self) -> StoreResult<Option<ChainHead>>;

    /// Every checkpoint, oldest first.
    async fn checkpoints(&mut self) -> StoreResult<Vec<Checkpoint>>;

    /// The newest checkpoint.
    async fn latest_checkpoint(&mut self) -> StoreResult<Option<Checkpoint>>;

    /// The activity trail kept before the audit log existed, oldest first; `None` once it has
    /// been moved into the log (its table is gone).
    async fn earlier_activity(&mut self) -> StoreResult<Option<Vec<Activity>>>;

    /// How many events wait in the queue to be placed in the chain.
    async fn audit_queued(&mut self) -> StoreResult<u64>;

    /// Whether any event queued at or before queue id `up_to` still waits to be chained.
    async fn audit_waiting(&mut self, up_to: i64) -> StoreResult<bool>;
}

/// Adding to the log.
#[async_trait]
pub trait AuditWrites: Send {
    /// Adds an event, queued for the chain when the transaction commits.
    async fn append(&mut self, event: NewAuditEvent) -> StoreResult<()>;

    /// Places up to `limit` queued events in the chain, oldest first, under the log's lock;
    /// returns the new head's sequence number if any were placed. Commit to keep them.
    async fn sequence(&mut self, limit: u32) -> StoreResult<Option<i64>>;

    /// Stores a signed checkpoint (its number must be the next).
    async fn save_checkpoint(&mut self, checkpoint: &Checkpoint) -> StoreResult<()>;

    /// Removes the personal content of every event about `person` (erasure, UK GDPR Art 17);
    /// the chain still verifies. Returns how many were removed.
    async fn erase_audit_content(&mut self, person: PersonId) -> StoreResult<u64>;

    /// Removes the old activity trail's table once its lines are in the log.
    async fn drop_earlier_activity(&mut self) -> StoreResult<()>;
}
