//! Who is asking: what every workflow is given first, and how it appears in the audit log.

use candour_domain::access::{AccountId, Actor, Assurance};
use candour_domain::audit::{ActorKind, AuditActor};
use candour_domain::person::PersonId;

/// Who is asking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Caller {
    /// Someone signed in.
    SignedIn {
        /// The hash of their session's id.
        session: String,
        /// Their account.
        account: AccountId,
        /// Whom they act as; `None` when they may act for nobody yet.
        actor: Option<Actor>,
        /// How well their identity was checked at sign-in.
        assurance: Assurance,
    },
    /// A case-management system, by its API client.
    CaseSystem {
        /// The client's id.
        client_id: String,
        /// The organisation whose people it may write.
        organisation: String,
    },
    /// Candour itself, or someone at the server's command line.
    System,
    /// Someone not signed in, from a network address.
    Visitor {
        /// Their network address, as the server believes it.
        address: Option<String>,
    },
}

impl Caller {
    /// The actor, for a signed-in caller acting as someone.
    pub fn actor(&self) -> Option<&Actor> {
        match self {
            Caller::SignedIn { actor, .. } => actor.as_ref(),
            _ => None,
        }
    }

    /// The account, for a signed-in caller.
    pub fn account(&self) -> Option<AccountId> {
        match self {
            Caller::SignedIn { account, .. } => Some(*account),
            _ => None,
        }
    }

    /// Whether a signed-in caller's identity was checked to the high level.
    pub fn identity_checked(&self) -> bool {
        matches!(
            self,
            Caller::SignedIn {
                assurance: Assurance::High,
                ..
            }
        )
    }

    /// The session's hash, for a signed-in caller.
    pub fn session(&self) -> Option<&str> {
        match self {
            Caller::SignedIn { session, .. } => Some(session),
            _ => None,
        }
    }

    /// How the caller appears in the audit log, and whom a delegate acted for.
    pub(crate) fn audit_actor(&self, organisation: &str) -> (AuditActor, Option<PersonId>) {
        let actor =
            |kind, id: Option<String>, role: Option<String>, org: Option<String>| AuditActor {
                kind,
                id,
                role,
                organisation: org,
            };
        match self {
            Caller::SignedIn {
                account,
                actor: who,
                ..
            } => {
                let id = Some(account.0.to_string());
                match who {
                    Some(Actor::Person { .. }) => (actor(ActorKind::Person, id, None, None), None),
                    Some(Actor::Delegate { person, .. }) => {
                        (actor(ActorKind::Delegate, id, None, None), Some(*person))
                    }
                    Some(Actor::Staff { roles, .. }) => {
                        let roles: Vec<&str> = roles.iter().map(|r| r.key()).collect();
                        (
                            actor(
                                ActorKind::Staff,
                                id,
                                Some(roles.join(",")),
                                Some(organisation.to_owned()),
                            ),
                            None,
                        )
                    }
                    // Signed in, but acting for nobody (a new public account).
                    None => (actor(ActorKind::Person, id, None, None), None),
                }
            }
            Caller::CaseSystem {
                client_id,
                organisation,
            } => (
                actor(
                    ActorKind::CaseSystem,
                    Some(client_id.clone()),
                    None,
                    Some(organisation.clone()),
                ),
                None,
            ),
            Caller::System => (AuditActor::system(), None),
            Caller::Visitor { .. } => (actor(ActorKind::Visitor, None, None, None), None),
        }
    }
}
