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
#[cfg(feature = "ssr")]
pub use candour_services::demo::DEMO_DELEGATE_NAME;

/// Signs in as the chosen demo identity.
#[server(endpoint = "demo/sign-in")]
pub async fn demo_sign_in(choice: Option<String>) -> Result<(), AppError> {
    use crate::serverfns::auth::ssr::start_session_cookie;
    use crate::{session, state::app_state};
    use candour_domain::access::Role;
    use candour_domain::person::PersonId;
    use candour_services::demo::{DemoIdentity, sign_in};

    let state = app_state();
    if !state.portal.demo {
        return Err(AppError::NotFound);
    }
    let identity = match choice.as_deref().and_then(DemoChoice::parse) {
        Some(DemoChoice::Person(id)) => DemoIdentity::Person(PersonId(id)),
        Some(DemoChoice::Delegate(id)) => DemoIdentity::Delegate(PersonId(id)),
        Some(DemoChoice::Staff(role)) => match role.parse::<Role>() {
            Ok(role) => DemoIdentity::Staff(role),
            Err(_) => return Err(AppError::invalid("choice", "error-demo-choose", Vec::new())),
        },
        None => return Err(AppError::invalid("choice", "error-demo-choose", Vec::new())),
    };
    let previous = session::signed_in().map(|s| s.session_hash);
    let started = sign_in(&state.services, previous.as_deref(), identity).await?;
    start_session_cookie(&started);
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
