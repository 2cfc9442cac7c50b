//! Demo sign-in: with `candour serve --demo` only, pick anyone in the (synthetic) database, a
//! family member acting for them, or a staff role. Without `--demo` this answers as if it did not
//! exist, and no setting can turn it on.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// What the demo sign-in form offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DemoChoice {
    /// Sign in as this person.
    Person(i64),
    /// Sign in as a family member acting for this person.
    Delegate(i64),
    /// Sign in as staff with this role key.
    Staff(String),
}

impl DemoChoice {
    /// The form value (`person:12`, `delegate:12`, `staff:caseworker`).
    pub fn value(&self) -> String {
        match self {
            DemoChoice::Person(id) => format!("person:{id}"),
            DemoChoice::Delegate(id) => format!("delegate:{id}"),
            DemoChoice::Staff(role) => format!("staff:{role}"),
        }
    }

    /// Reads a form value.
    pub fn parse(value: &str) -> Option<Self> {
        let (kind, rest) = value.split_once(':')?;
        match kind {
            "person" => rest.parse().ok().map(DemoChoice::Person),
            "delegate" => rest.parse().ok().map(DemoChoice::Delegate),
            "staff" => Some(DemoChoice::Staff(rest.to_owned())),
            _ => None,
        }
    }
}

/// The name every demo family member goes by (synthetic, like everyone in the demo).
pub const DEMO_DELEGATE_NAME: &str = "Jordan Ellis";

/// Signs in as the chosen demo identity.
#[server(endpoint = "demo/sign-in")]
pub async fn demo_sign_in(choice: Option<String>) -> Result<(), AppError> {
    use crate::serverfns::auth::ssr::start_session;
    use crate::{session, state::app_state};
    use candour_domain::access::{Assurance, AuthorityKind, DelegateScope, Role};
    use candour_domain::account::{AccountKind, NewAccount};
    use candour_domain::delegation::{DelegationStatus, NewDelegation};
    use candour_domain::person::PersonId;

    let state = app_state();
    if !state.portal.demo {
        return Err(AppError::NotFound);
    }
    let Some(choice) = choice.as_deref().and_then(DemoChoice::parse) else {
        return Err(AppError::invalid("choice", "error-demo-choose", Vec::new()));
    };
    let store = state.store.as_ref();
    let now = session::now();
    let demo_account =
        |subject: String, name: String, person: Option<PersonId>, roles| NewAccount {
            kind: AccountKind::Demo,
            issuer: "demo".to_owned(),
            subject,
            display_name: name,
            email: None,
            person,
            roles,
        };
    match choice {
        DemoChoice::Person(id) => {
            let person = store
                .person(PersonId(id))
                .await?
                .ok_or(AppError::NotFound)?;
            let account = store
                .upsert_account(
                    &demo_account(
                        format!("person-{}", person.details.source_id),
                        person.details.full_name(),
                        Some(person.id),
                        Default::default(),
                    ),
                    now,
                )
                .await?;
            start_session(account.id, Assurance::High, None).await?;
        }
        DemoChoice::Delegate(id) => {
            let person = store
                .person(PersonId(id))
                .await?
                .ok_or(AppError::NotFound)?;
            let own = store
                .upsert_account(
                    &demo_account(
                        format!("person-{}", person.details.source_id),
                        person.details.full_name(),
                        Some(person.id),
                        Default::default(),
                    ),
                    now,
                )
                .await?;
            let delegate = store
                .upsert_account(
                    &demo_account(
                        format!("delegate-of-{}", person.details.source_id),
                        DEMO_DELEGATE_NAME.to_owned(),
                        None,
                        Default::default(),
                    ),
                    now,
                )
                .await?;
            let today = session::today();
            let live = store
                .delegations_for_delegate(delegate.id)
                .await?
                .iter()
                .any(|d| {
                    d.details.person == person.id && d.status(today) == DelegationStatus::Live
                });
            if !live {
                store
                    .create_delegation(
                        &NewDelegation {
                            person: person.id,
                            delegate: Some(delegate.id),
                            delegate_name: DEMO_DELEGATE_NAME.to_owned(),
                            authority: AuthorityKind::PersonsAuthority,
                            scopes: DelegateScope::ALL.into_iter().collect(),
                            ends_on: None,
                            invite_code_hash: None,
                            evidence: None,
                            created_by: own.id,
                        },
                        now,
                    )
                    .await?;
                let args = serde_json::json!({ "name": DEMO_DELEGATE_NAME }).to_string();
                store
                    .notify(person.id, "delegate-added", &args, now)
                    .await?;
            }
            start_session(delegate.id, Assurance::High, Some(person.id)).await?;
        }
        DemoChoice::Staff(role) => {
            let role: Role = role
                .parse()
                .map_err(|_| AppError::invalid("choice", "error-demo-choose", Vec::new()))?;
            let account = store
                .upsert_account(
                    &demo_account(
                        format!("staff-{}", role.key()),
                        format!("Demo {}", role.key().replace('_', " ")),
                        None,
                        [role].into_iter().collect(),
                    ),
                    now,
                )
                .await?;
            start_session(account.id, Assurance::High, None).await?;
        }
    }
    leptos_axum::redirect("/account");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_round_trip_through_the_form_value() {
        for choice in [
            DemoChoice::Person(4),
            DemoChoice::Delegate(9),
            DemoChoice::Staff("caseworker".into()),
        ] {
            assert_eq!(DemoChoice::parse(&choice.value()), Some(choice));
        }
        assert_eq!(DemoChoice::parse("person:x"), None);
        assert_eq!(DemoChoice::parse("nobody"), None);
    }
}
