//! The consents a person gave or refused, as the case system recorded them, and the changes
//! made to them online.

use crate::StoreResult;
use async_trait::async_trait;
use candour_domain::consent::{Consent, ConsentOnRecord, NoticeStep, OnlineChange, StoredNotice};
use candour_domain::person::PersonId;
use chrono::NaiveDate;

/// Reading consents.
#[async_trait]
pub trait ConsentReads: Send {
    /// A person's consents, given or withdrawn, oldest first, as the case system sent them.
    async fn consents_for_person(&mut self, person: PersonId) -> StoreResult<Vec<Consent>>;

    /// The same consents, each with its number and the changes made online, oldest first.
    async fn consents_on_record(&mut self, person: PersonId) -> StoreResult<Vec<ConsentOnRecord>>;

    /// What staff recorded about the recipients of `person`'s withdrawn consents.
    async fn recipient_notices(&mut self, person: PersonId) -> StoreResult<Vec<StoredNotice>>;

    /// The people with a consent that was ever withdrawn (by the case system or online), by id.
    async fn people_with_withdrawals(&mut self) -> StoreResult<Vec<PersonId>>;

    /// The person whose consent number `consent` is.
    async fn consent_owner(&mut self, consent: i64) -> StoreResult<Option<PersonId>>;
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

    /// Records `step` on day `on` for `organisation`, a recipient of the withdrawal on
    /// `withdrawn_on` of consent `consent`; false when it was already recorded (a second press),
    /// and nothing is written.
    async fn record_recipient_notice(
        &mut self,
        consent: i64,
        withdrawn_on: NaiveDate,
        organisation: &str,
        step: NoticeStep,
        on: NaiveDate,
    ) -> StoreResult<bool>;
}
