//! Subject access copies, kept for 30 days.

use crate::StoreResult;
use crate::records::AccessCopyRecord;
use async_trait::async_trait;
use candour_domain::person::PersonId;
use candour_domain::rights::RequestId;

/// Reading a copy.
#[async_trait]
pub trait CopyReads: Send {
    /// The access copy for a person's request that has not expired by `now` (scoped by the
    /// person: another's request is `None`).
    async fn access_copy(
        &mut self,
        person: PersonId,
        request: RequestId,
        now: i64,
    ) -> StoreResult<Option<AccessCopyRecord>>;
}

/// Keeping and removing copies.
#[async_trait]
pub trait CopyWrites: Send {
    /// Keeps (or replaces) the access copy answering request `request` of `person`.
    async fn save_access_copy(&mut self, copy: &AccessCopyRecord) -> StoreResult<()>;

    /// Removes every copy that expired at or before `now`; how many were removed.
    async fn remove_expired_access_copies(&mut self, now: i64) -> StoreResult<u64>;
}
