//! Signed-in sessions and sign-ins in progress.

use crate::StoreResult;
use crate::records::{SessionRecord, SignInAttempt};
use async_trait::async_trait;
use candour_domain::person::PersonId;

/// Looking a session up.
#[async_trait]
pub trait SessionReads: Send {
    /// The session with this id hash (ended ones included, so callers can say why).
    async fn session(&mut self, id_hash: &str) -> StoreResult<Option<SessionRecord>>;
}

/// Starting, using and ending sessions.
#[async_trait]
pub trait SessionWrites: Send {
    /// Stores a new session.
    async fn create_session(&mut self, session: &SessionRecord) -> StoreResult<()>;

    /// Records activity on a session (resets the idle clock).
    async fn touch_session(&mut self, id_hash: &str, now: i64) -> StoreResult<()>;

    /// Sets whom a delegate is acting for in this session.
    async fn set_acting_for(&mut self, id_hash: &str, person: Option<PersonId>) -> StoreResult<()>;

    /// Ends a session for good (sign-out, timeout); false if it had already ended.
    async fn end_session(&mut self, id_hash: &str, now: i64) -> StoreResult<bool>;

    /// Remembers a sign-in in progress, and forgets any that started before `stale_before`.
    async fn save_sign_in_attempt(
        &mut self,
        attempt: &SignInAttempt,
        stale_before: i64,
    ) -> StoreResult<()>;

    /// Takes (and deletes) a sign-in in progress: each can be completed once.
    async fn take_sign_in_attempt(&mut self, id_hash: &str) -> StoreResult<Option<SignInAttempt>>;
}
