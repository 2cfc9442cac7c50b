//! The parties who sign in, and what they bring: a person about their own record, a delegate
//! acting for someone within a scope, or a member of staff with roles.

use crate::person::PersonId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

/// Candour's id for a signed-in account (a person, a delegate or a member of staff).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct AccountId(pub i64);

/// How sure the identity provider is of who someone is.
///
/// Reading a care record needs the high level the council configures (e.g. NHS login P9, GOV.UK
/// One Login "P2"); lower levels can still read leaflets and make requests, since a request is
/// itself followed by an identity check (ICO, "Can we ask for ID?").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Assurance {
    /// Identity not verified to the council's standard.
    Low,
    /// Identity verified to the council's standard.
    High,
}

/// Staff roles, mapped from the staff identity provider's claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Writes and checks records; records sharing and requests taken by phone, letter or in
    /// person; registers attorneys and deputies.
    Caseworker,
    /// The data protection officer's team: the rights-request queue, alerts, access
    /// investigations.
    PrivacyOfficer,
    /// Brands, previews and prints leaflets. Sees no one's personal information.
    CommsOfficer,
    /// Configures the portal. Sees no one's personal information.
    Administrator,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 4] = [
        Role::Caseworker,
        Role::PrivacyOfficer,
        Role::CommsOfficer,
        Role::Administrator,
    ];

    /// The role's key in configuration, claims and storage.
    pub fn key(self) -> &'static str {
        match self {
            Role::Caseworker => "caseworker",
            Role::PrivacyOfficer => "privacy_officer",
            Role::CommsOfficer => "comms_officer",
            Role::Administrator => "administrator",
        }
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.key() == text)
            .ok_or_else(|| format!("{text} is not a role"))
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// What a delegate may do for the person, chosen by the person (or set by the authority a
/// member of staff registered).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DelegateScope {
    /// Read the care record.
    ReadRecord,
    /// See who the information was shared with, and who looked at it.
    SharingAndAccess,
    /// Give or withdraw consent, or object.
    ManageConsent,
    /// Make rights requests and follow them.
    MakeRequests,
}

impl DelegateScope {
    /// Every scope.
    pub const ALL: [DelegateScope; 4] = [
        DelegateScope::ReadRecord,
        DelegateScope::SharingAndAccess,
        DelegateScope::ManageConsent,
        DelegateScope::MakeRequests,
    ];

    /// The scope's key in forms and storage.
    pub fn key(self) -> &'static str {
        match self {
            DelegateScope::ReadRecord => "read_record",
            DelegateScope::SharingAndAccess => "sharing_and_access",
            DelegateScope::ManageConsent => "manage_consent",
            DelegateScope::MakeRequests => "make_requests",
        }
    }
}

impl FromStr for DelegateScope {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        DelegateScope::ALL
            .into_iter()
            .find(|s| s.key() == text)
            .ok_or_else(|| format!("{text} is not a delegate scope"))
    }
}

/// Where a delegate's authority comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthorityKind {
    /// The person's own written authority, given through Candour (an invitation).
    PersonsAuthority,
    /// A registered Lasting Power of Attorney for health and welfare (MCA 2005 s.9), checked by
    /// staff.
    LastingPowerOfAttorney,
    /// A deputy appointed by the Court of Protection (MCA 2005 s.16), checked by staff.
    CourtOfProtectionDeputy,
}

impl AuthorityKind {
    /// Every kind.
    pub const ALL: [AuthorityKind; 3] = [
        AuthorityKind::PersonsAuthority,
        AuthorityKind::LastingPowerOfAttorney,
        AuthorityKind::CourtOfProtectionDeputy,
    ];

    /// From the key used in forms and storage.
    pub fn from_key(key: &str) -> Option<Self> {
        AuthorityKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The kind's key in forms and storage.
    pub fn key(self) -> &'static str {
        match self {
            AuthorityKind::PersonsAuthority => "persons_authority",
            AuthorityKind::LastingPowerOfAttorney => "lasting_power_of_attorney",
            AuthorityKind::CourtOfProtectionDeputy => "court_of_protection_deputy",
        }
    }
}

/// Who is asking, as established at sign-in and by any delegation they chose to act under.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Actor {
    /// A person about their own record.
    Person {
        /// Their account.
        account: AccountId,
        /// The person they are.
        person: PersonId,
        /// How well their identity was checked.
        assurance: Assurance,
    },
    /// Someone acting for a person under a live delegation.
    Delegate {
        /// Their account.
        account: AccountId,
        /// The person they act for.
        person: PersonId,
        /// What they may do.
        scopes: BTreeSet<DelegateScope>,
        /// How well their identity was checked.
        assurance: Assurance,
    },
    /// A member of staff.
    Staff {
        /// Their account.
        account: AccountId,
        /// Their roles.
        roles: BTreeSet<Role>,
    },
}

impl Actor {
    /// The account behind the actor, for the audit trail.
    pub fn account(&self) -> AccountId {
        match self {
            Actor::Person { account, .. }
            | Actor::Delegate { account, .. }
            | Actor::Staff { account, .. } => *account,
        }
    }

    /// The person whose portal this is (for a person, themselves; for a delegate, the person
    /// they act for); staff have none.
    pub fn person(&self) -> Option<PersonId> {
        match self {
            Actor::Person { person, .. } | Actor::Delegate { person, .. } => Some(*person),
            Actor::Staff { .. } => None,
        }
    }
}
