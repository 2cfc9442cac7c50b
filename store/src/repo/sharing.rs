//! What the case system says was shared of a person's information.

use crate::StoreResult;
use async_trait::async_trait;
use candour_domain::person::PersonId;
use candour_domain::sharing::Sharing;

/// Reading shares.
#[async_trait]
pub trait SharingReads: Send {
    /// A person's shares, oldest first, including shares the person has not yet been told about
    /// (callers showing the person filter them: `Sharing::shown_to_person`).
    async fn sharing_for_person(&mut self, person: PersonId) -> StoreResult<Vec<Sharing>>;

    /// The same shares, each with the number Candour stores it under (stable, and the
    /// address of its page: a case system's own ids may hold any character).
    async fn shares_with_ids(&mut self, person: PersonId) -> StoreResult<Vec<(i64, Sharing)>>;

    /// The answers a member of staff gave so far to record a share of `person`'s information, in
    /// the session with hash `session_hash` (JSON, as saved).
    async fn share_draft(
        &mut self,
        session_hash: &str,
        person: PersonId,
    ) -> StoreResult<Option<String>>;
}

/// Keeping shares.
#[async_trait]
pub trait SharingWrites: Send {
    /// Adds a share of a person's information, or replaces the one with the same case-system id.
    async fn save_sharing(
        &mut self,
        person: PersonId,
        sharing: &Sharing,
        now: i64,
    ) -> StoreResult<()>;

    /// Keeps the answers given so far to record a share (replacing any kept before).
    async fn save_share_draft(
        &mut self,
        session_hash: &str,
        person: PersonId,
        answers: &str,
        now: i64,
    ) -> StoreResult<()>;

    /// Forgets them (the share was recorded).
    async fn clear_share_draft(&mut self, session_hash: &str, person: PersonId) -> StoreResult<()>;
}
