//! Turning a signed-in account into an [`Actor`], once per request, from what the store holds.
//!
//! A public account linked to a person acts as that person, unless the session chose someone to
//! act for. Acting for someone needs a delegation that is live today (accepted, not ended, not
//! past its end date): the moment it ends or expires, the next request has no such actor.

use super::actor::{Actor, Assurance};
use crate::account::{Account, AccountKind};
use crate::delegation::{Delegation, DelegationStatus};
use crate::person::PersonId;
use chrono::NaiveDate;

/// The actor for `account` in a session that chose `acting_for`, given the account's
/// delegations; `None` when the account may act for nobody (not linked, or the delegation
/// chosen is no longer live).
pub fn resolve_actor(
    account: &Account,
    assurance: Assurance,
    acting_for: Option<PersonId>,
    delegations: &[Delegation],
    today: NaiveDate,
) -> Option<Actor> {
    match account.details.kind {
        AccountKind::Staff => Some(Actor::Staff {
            account: account.id,
            roles: account.details.roles.clone(),
        }),
        AccountKind::Demo if !account.details.roles.is_empty() => Some(Actor::Staff {
            account: account.id,
            roles: account.details.roles.clone(),
        }),
        AccountKind::Public | AccountKind::Demo => {
            let own = account.details.person;
            match acting_for {
                None => own.map(|person| Actor::Person {
                    account: account.id,
                    person,
                    assurance,
                }),
                Some(person) if Some(person) == own => Some(Actor::Person {
                    account: account.id,
                    person,
                    assurance,
                }),
                Some(person) => delegations
                    .iter()
                    .find(|d| {
                        d.details.person == person
                            && d.details.delegate == Some(account.id)
                            && d.status(today) == DelegationStatus::Live
                    })
                    .map(|d| Actor::Delegate {
                        account: account.id,
                        person,
                        scopes: d.details.scopes.clone(),
                        assurance,
                    }),
            }
        }
    }
}

/// The people an account may act for today: its own person first, then each live delegation.
pub fn people_to_act_for(
    account: &Account,
    delegations: &[Delegation],
    today: NaiveDate,
) -> Vec<PersonId> {
    let mut people: Vec<PersonId> = account.details.person.into_iter().collect();
    for delegation in delegations {
        if delegation.details.delegate == Some(account.id)
            && delegation.status(today) == DelegationStatus::Live
            && !people.contains(&delegation.details.person)
        {
            people.push(delegation.details.person);
        }
    }
    people
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::{AccountId, AuthorityKind, DelegateScope, Role};
    use crate::account::NewAccount;
    use crate::delegation::{DelegationId, NewDelegation};

    fn account(kind: AccountKind, person: Option<PersonId>, roles: &[Role]) -> Account {
        Account {
            id: AccountId(7),
            details: NewAccount {
                kind,
                issuer: "i".into(),
                subject: "s".into(),
                display_name: "n".into(),
                email: None,
                person,
                roles: roles.iter().copied().collect(),
            },
        }
    }

    fn delegation(person: i64, ends_on: &str, ended: bool) -> Delegation {
        Delegation {
            id: DelegationId(1),
            details: NewDelegation {
                person: PersonId(person),
                delegate: Some(AccountId(7)),
                delegate_name: "me".into(),
                authority: AuthorityKind::PersonsAuthority,
                scopes: [DelegateScope::ReadRecord].into_iter().collect(),
                ends_on: ends_on.parse().ok(),
                invite_code_hash: None,
                evidence: None,
                created_by: AccountId(1),
                invited_email_hash: None,
            },
            created_at: 0,
            accepted_at: Some(1),
            approved: None,
            ended: ended.then_some((2, AccountId(1))),
        }
    }

    #[test]
    fn accounts_resolve_to_the_actor_their_links_and_delegations_allow() {
        let today: NaiveDate = "2026-06-01".parse().expect("date");
        let me = Some(PersonId(1));
        let live = [delegation(2, "2026-12-31", false)];
        let cases: Vec<(Account, Option<PersonId>, Vec<Delegation>, Option<&str>)> = vec![
            (
                account(AccountKind::Public, me, &[]),
                None,
                vec![],
                Some("person 1"),
            ),
            (account(AccountKind::Public, None, &[]), None, vec![], None),
            (
                account(AccountKind::Public, me, &[]),
                Some(PersonId(2)),
                live.to_vec(),
                Some("delegate for 2"),
            ),
            (
                account(AccountKind::Public, me, &[]),
                Some(PersonId(3)),
                live.to_vec(),
                None,
            ),
            (
                account(AccountKind::Public, me, &[]),
                Some(PersonId(2)),
                vec![delegation(2, "2026-05-31", false)],
                None,
            ),
            (
                account(AccountKind::Public, me, &[]),
                Some(PersonId(2)),
                vec![delegation(2, "2026-12-31", true)],
                None,
            ),
            (
                account(AccountKind::Staff, None, &[Role::Caseworker]),
                Some(PersonId(2)),
                vec![],
                Some("staff"),
            ),
            (
                account(AccountKind::Demo, None, &[Role::CommsOfficer]),
                None,
                vec![],
                Some("staff"),
            ),
        ];
        for (account, acting_for, delegations, expected) in cases {
            let actor = resolve_actor(&account, Assurance::High, acting_for, &delegations, today);
            let shown = actor.map(|a| match a {
                Actor::Person { person, .. } => format!("person {}", person.0),
                Actor::Delegate { person, .. } => format!("delegate for {}", person.0),
                Actor::Staff { .. } => "staff".to_owned(),
            });
            assert_eq!(
                shown.as_deref(),
                expected,
                "{:?} acting for {acting_for:?}",
                account.details.kind
            );
        }
    }

    #[test]
    fn the_people_to_act_for_are_oneself_then_live_delegations() {
        let today: NaiveDate = "2026-06-01".parse().expect("date");
        let delegations = [
            delegation(2, "2026-12-31", false),
            delegation(3, "2026-01-01", false),
        ];
        let me = account(AccountKind::Public, Some(PersonId(1)), &[]);
        assert_eq!(
            people_to_act_for(&me, &delegations, today),
            vec![PersonId(1), PersonId(2)]
        );
    }
}
