//! Choosing whom to act for: a delegate with several people (or a person who is also someone's
//! delegate) picks one, and every page then says "You are acting for …".

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Acts for `person` from now on in this session. Someone the account may not act for answers
/// as not found.
#[server(endpoint = "auth/act-for")]
pub async fn act_for(person: i64) -> Result<(), AppError> {
    use crate::{session, state::app_state};
    use candour_domain::person::PersonId;
    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    candour_services::sessions::act_for(
        &app_state().services,
        &signed_in.caller(),
        &signed_in.can_act_for,
        signed_in.account.details.person,
        PersonId(person),
    )
    .await?;
    leptos_axum::redirect("/account");
    Ok(())
}
