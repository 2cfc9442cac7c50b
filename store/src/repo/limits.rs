//! Abuse limits: one atomic statement per try (see `candour_domain::abuse::Limit::try_at`).

use crate::StoreResult;
use async_trait::async_trait;
use candour_domain::abuse::{Limit, Verdict};

/// Counting tries.
#[async_trait]
pub trait LimitWrites: Send {
    /// Checks one more try in `bucket` at `now_ms` against `limit`, counting it when allowed,
    /// in one statement: two tries at once can never both take the last place.
    async fn try_once(&mut self, bucket: &str, limit: Limit, now_ms: i64) -> StoreResult<Verdict>;

    /// Forgets buckets whose tries no longer count against anything at `now_ms`; how many.
    async fn forget_old_tries(&mut self, now_ms: i64) -> StoreResult<u64>;
}
