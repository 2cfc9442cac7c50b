//! The due date stored with each request, which orders the staff queue.
//!
//! The date is the domain clock's (UK GDPR Art 12(3), Art 12A; see `candour_domain::deadline`)
//! for the council's nation, worked out here whenever a request is made or something happens to
//! it, and stored in the same write, so the queue is one indexed query however many requests are
//! open (see `candour_store::queue`). The store cannot work it out itself: it knows neither the
//! nation nor the bank holidays. When either changes (or a new release changes the rules), the
//! stored dates would be stale, so every open request's date is worked out again each time
//! Candour starts ([`store_again`]); only dates that differ are written.

use candour_domain::deadline::{Calendar, Nation};
use candour_domain::rights::{NewRequest, RequestEvent, RightsRequest};
use candour_store::{Store, StoreResult};
use chrono::NaiveDate;

/// The due date of a request on the day it is made.
pub fn when_made(request: &NewRequest, nation: Nation) -> Option<NaiveDate> {
    request.due(nation, Calendar::bundled())
}

/// The due date of `request` once `event` is recorded on it.
pub fn after(request: &RightsRequest, event: &RequestEvent, nation: Nation) -> Option<NaiveDate> {
    request
        .with_event(event.clone())
        .due(nation, Calendar::bundled())
}

/// Works out every open request's due date again and stores those that changed; returns how
/// many did.
pub async fn store_again(store: &dyn Store, nation: Nation) -> StoreResult<u64> {
    let dues: Vec<_> = store
        .open_requests()
        .await?
        .iter()
        .map(|request| (request.id, request.due(nation, Calendar::bundled())))
        .collect();
    store.set_due_dates(&dues).await
}
