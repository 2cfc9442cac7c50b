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

    /// The invitation not yet accepted with this code's hash, if there is one (ended or not).
    async fn open_invitation(&mut self, code_hash: &str) -> StoreResult<Option<Delegation>>;

    /// Registrations by staff not yet approved by a second member of staff and not ended,
    /// oldest first.
    async fn delegations_awaiting_approval(&mut self) -> StoreResult<Vec<Delegation>>;
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

    /// Accepts an invitation by its code's hash; `None` if no open invitation made (or, for a
    /// registration, approved) after `made_after` has that code, it is a registration not yet
    /// approved, it is for `own_person` (nobody acts for themselves), or it was emailed to an
    /// address whose hash is not `own_email_hash`.
    async fn accept_invitation(
        &mut self,
        code_hash: &str,
        account: AccountId,
        own_person: Option<PersonId>,
        own_email_hash: Option<&str>,
        made_after: i64,
        now: i64,
    ) -> StoreResult<Option<Delegation>>;

    /// Approves a registration by staff, as `by`; false if it is not a registration, is already
    /// approved or ended, or `by` registered it (nobody approves their own).
    async fn approve_delegation(
        &mut self,
        id: DelegationId,
        by: AccountId,
        now: i64,
    ) -> StoreResult<bool>;

    /// Ends a person's delegation; false if it is not theirs or already ended.
    async fn end_delegation(
        &mut self,
        id: DelegationId,
        person: PersonId,
        by: AccountId,
        now: i64,
    ) -> StoreResult<bool>;
}
