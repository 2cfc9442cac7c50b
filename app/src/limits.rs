//! Applying the abuse limits (`candour_domain::abuse`) with the tries the store has counted.
//! Buckets name the limit and whose tries they are: `sign-in:<address>`, `codes:<account>`,
//! `requests:<person>`. A try that is refused is not counted, so waiting always works.

use candour_domain::abuse::{Limit, Verdict};
use candour_store::{Store, StoreResult};

/// Checks one more try in `bucket` at `now` against `limit`, counting it when allowed.
pub async fn try_once(
    store: &dyn Store,
    limit: Limit,
    bucket: &str,
    now: i64,
) -> StoreResult<Verdict> {
    let since = limit.window_start(now);
    let earlier = store.rate_events(bucket, since).await?;
    let verdict = limit.check(&earlier, now);
    if verdict == Verdict::Allowed {
        store.add_rate_event(bucket, now, since).await?;
    }
    Ok(verdict)
}

/// The page that says what was limited and how long to wait.
pub fn too_many_page(what: &str, minutes: i64) -> String {
    format!("/problem/too-many?what={what}&minutes={minutes}")
}
