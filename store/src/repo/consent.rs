//! The consents a person gave or refused, as the case system recorded them, and the changes
//! made to them online.

use crate::StoreResult;
use async_trait::async_trait;
use candour_domain::consent::{Consent, ConsentOnRecord, OnlineChange};
use candour_domain::person::PersonId;

/// Reading consents.
#[async_trait]
pub trait ConsentReads: Send {
    /// A person's consents, given or withdrawn, oldest first, as the case system sent them.
    async fn consents_for_person(&mut self, person: PersonId) -> StoreResult<Vec<Consent>>;

    /// The same consents, each with its number and the changes made online, oldest first.
    async fn consents_on_record(&mut self, person: PersonId) -> StoreResult<Vec<ConsentOnRecord>>;
}

/// Keeping consents.
#[async_trait]
pub trait ConsentWrites: Send {
    /// Adds a consent record, or replaces the one with the same case-system id.
    async fn save_consent(
        &mut self,
        person: PersonId,
        consent: &Consent,
        now: i64,
    ) -> StoreResult<()>;

    /// Records online change number `sequence` (from 1) of consent `consent`, and returns its
    /// number; `None` when that change number is already taken (a second press of the same
    /// button), and nothing is written.
    async fn record_consent_change(
        &mut self,
        consent: i64,
        sequence: i64,
        change: &OnlineChange,
    ) -> StoreResult<Option<i64>>;
}
