//! What the case system says was shared of a person's information.

use crate::StoreResult;
use async_trait::async_trait;
use candour_domain::person::PersonId;
use candour_domain::sharing::Sharing;

/// A share the person has not yet been told of, with whose it is, for staff's list of reviews.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UntoldShare {
    /// Whose information was shared.
    pub person: PersonId,
    /// Their name, as the case system gave it.
    pub person_name: String,
    /// The case system's id for them.
    pub person_ref: String,
    /// The number Candour stores the share under.
    pub id: i64,
    /// The share (its `telling` is `Telling::NotYet`).
    pub sharing: Sharing,
}

/// Reading shares.
#[async_trait]
pub trait SharingReads: Send {
    /// A person's shares, oldest first, including shares the person has not yet been told about
    /// (callers showing the person filter them: `Sharing::shown_to_person`).
    async fn sharing_for_person(&mut self, person: PersonId) -> StoreResult<Vec<Sharing>>;

    /// The same shares, each with the number Candour stores it under (stable, and the
    /// address of its page: a case system's own ids may hold any character).
    async fn shares_with_ids(&mut self, person: PersonId) -> StoreResult<Vec<(i64, Sharing)>>;

    /// Up to `limit` shares, of everyone, that the person has not yet been told of: the earliest
    /// review date first.
    async fn untold_shares(&mut self, limit: u32) -> StoreResult<Vec<UntoldShare>>;

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
