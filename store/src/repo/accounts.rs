//! Accounts: whoever signs in, a person, a delegate or a member of staff.

use crate::StoreResult;
use async_trait::async_trait;
use candour_domain::access::{AccountId, Role};
use candour_domain::account::{Account, NewAccount};
use candour_domain::person::PersonId;

/// Looking accounts up.
#[async_trait]
pub trait AccountReads: Send {
    /// One account.
    async fn account(&mut self, id: AccountId) -> StoreResult<Option<Account>>;

    /// Staff accounts holding a role, by name (for example, whom a request can be assigned to).
    async fn staff_with_role(&mut self, role: Role) -> StoreResult<Vec<Account>>;
}

/// Keeping accounts.
#[async_trait]
pub trait AccountWrites: Send {
    /// Creates the account for (issuer, subject), or refreshes its details; an existing link to
    /// a person is kept when none is given.
    async fn upsert_account(&mut self, account: &NewAccount, now: i64) -> StoreResult<Account>;

    /// Links an account to a person, or to nobody, replacing any earlier link.
    async fn link_account(&mut self, id: AccountId, person: Option<PersonId>) -> StoreResult<()>;
}
