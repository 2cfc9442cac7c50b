//! The consents a person gave or refused, as the case system recorded them.

use crate::StoreResult;
use async_trait::async_trait;
use candour_domain::consent::Consent;
use candour_domain::person::PersonId;

/// Reading consents.
#[async_trait]
pub trait ConsentReads: Send {
    /// A person's consents, given or withdrawn, oldest first.
    async fn consents_for_person(&mut self, person: PersonId) -> StoreResult<Vec<Consent>>;
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
}
