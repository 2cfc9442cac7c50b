//! Accounts: anyone who signs in, through the public provider, the staff provider, or the demo.

use crate::access::{AccountId, Role};
use crate::person::PersonId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Which door an account came in by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountKind {
    /// The public identity provider (people and their delegates).
    Public,
    /// The staff identity provider.
    Staff,
    /// The demo sign-in (only with `--demo`).
    Demo,
}

impl AccountKind {
    /// The key used in storage.
    pub fn key(self) -> &'static str {
        match self {
            AccountKind::Public => "public",
            AccountKind::Staff => "staff",
            AccountKind::Demo => "demo",
        }
    }

    /// From the storage key.
    pub fn from_key(key: &str) -> Option<Self> {
        [AccountKind::Public, AccountKind::Staff, AccountKind::Demo]
            .into_iter()
            .find(|k| k.key() == key)
    }
}

/// What the identity provider told us at sign-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAccount {
    /// The door.
    pub kind: AccountKind,
    /// The provider's issuer URL (or `demo`).
    pub issuer: String,
    /// The provider's stable id for the user (`sub`).
    pub subject: String,
    /// The name to greet them by.
    pub display_name: String,
    /// Their email, if the provider gave it.
    pub email: Option<String>,
    /// The person they are, when matched to a care record.
    pub person: Option<PersonId>,
    /// Staff roles (empty for the public).
    pub roles: BTreeSet<Role>,
}

impl NewAccount {
    /// Whether this is a member of staff: signed in at the staff door, or holding a staff role
    /// (demo staff sign in at the demo door). Staff never act for someone by a code.
    pub fn is_staff(&self) -> bool {
        self.kind == AccountKind::Staff || !self.roles.is_empty()
    }
}

/// A stored account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    /// Candour's id.
    pub id: AccountId,
    /// The details, refreshed at every sign-in.
    pub details: NewAccount,
}
