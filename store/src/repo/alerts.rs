//! Closed-case access alerts and the breach records they open: a member of staff's reason for
//! opening a closed case, kept per person and per sign-in, read by the privacy officers oldest
//! waiting first, decided once.

use crate::StoreResult;
use async_trait::async_trait;
use candour_domain::closed_case::{Alert, NewAlert, Outcome};
use candour_domain::person::PersonId;

/// Reading alerts.
#[async_trait]
pub trait AlertReads: Send {
    /// Whether the sign-in `session_hash` has given a reason for opening `person`'s closed case.
    async fn reason_given(&mut self, session_hash: &str, person: PersonId) -> StoreResult<bool>;

    /// A person's alerts, newest first.
    async fn alerts_for_person(&mut self, person: PersonId) -> StoreResult<Vec<Alert>>;

    /// One alert by its number.
    async fn alert(&mut self, id: i64) -> StoreResult<Option<Alert>>;

    /// Alerts for the privacy officers: those waiting for an outcome, oldest first, then those
    /// decided, newest first; at most `limit`.
    async fn alerts(&mut self, limit: u32) -> StoreResult<Vec<Alert>>;
}

/// Raising and deciding alerts.
#[async_trait]
pub trait AlertWrites: Send {
    /// Keeps a new alert; its number.
    async fn raise_alert(&mut self, alert: &NewAlert) -> StoreResult<i64>;

    /// Records the outcome of alert `id` if it has none yet, opening a breach record (with
    /// `outcome.notes` as its facts) for a finding of "not legitimate"; the breach record's
    /// number, `Some(None)` when none was needed, `None` when the alert was already decided.
    async fn decide_alert(
        &mut self,
        id: i64,
        outcome: &Outcome,
    ) -> StoreResult<Option<Option<i64>>>;
}
