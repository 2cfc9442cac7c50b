//! Delegations: who may act for whom, and invitations not yet accepted.

use crate::StoreResult;
use async_trait::async_trait;
use candour_domain::access::AccountId;
use candour_domain::delegation::{Delegation, DelegationId, NewDelegation};
use candour_domain::person::PersonId;

/// Looking delegations up.
#[async_trait]
pub trait DelegationReads: Send {
    /// One delegation.
    async fn delegation(&mut self, id: DelegationId) -> StoreResult<Option<Delegation>>;

    /// Every delegation (any status) for a person.
    async fn delegations_for_person(&mut self, person: PersonId) -> StoreResult<Vec<Delegation>>;

    /// Every delegation (any status) held by an account.
    async fn delegations_for_delegate(
        &mut self,
        account: AccountId,
    ) -> StoreResult<Vec<Delegation>>;

    /// For the open invitation with this code's hash: the hash of the address it was emailed
    /// to, if it was (`Some(None)` for one handed over; `None` when there is no such invitation).
    async fn invitation_email_hash(
        &mut self,
        code_hash: &str,
    ) -> StoreResult<Option<Option<String>>>;
}

/// Making, accepting and ending delegations.
#[async_trait]
pub trait DelegationWrites: Send {
    /// Creates a delegation or invitation.
    async fn create_delegation(
        &mut self,
        delegation: &NewDelegation,
        now: i64,
    ) -> StoreResult<DelegationId>;

    /// Accepts an invitation by its code's hash; `None` if no open invitation made after
    /// `made_after` has that code, it is for `own_person` (nobody acts for themselves), or it
    /// was emailed to an address whose hash is not `own_email_hash`.
    async fn accept_invitation(
        &mut self,
        code_hash: &str,
        account: AccountId,
        own_person: Option<PersonId>,
        own_email_hash: Option<&str>,
        made_after: i64,
        now: i64,
    ) -> StoreResult<Option<Delegation>>;

    /// Ends a person's delegation; false if it is not theirs or already ended.
    async fn end_delegation(
        &mut self,
        id: DelegationId,
        person: PersonId,
        by: AccountId,
        now: i64,
    ) -> StoreResult<bool>;
}
