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
    use candour_store::records::Activity;
    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let person = PersonId(person);
    if !signed_in.can_act_for.contains(&person) {
        return Err(AppError::NotFound);
    }
    let store = app_state().store;
    store
        .set_acting_for(&signed_in.session_hash, Some(person))
        .await?;
    if signed_in.account.details.person != Some(person) {
        store
            .record_activity(&Activity {
                at: session::now(),
                account: signed_in.account.id,
                person: Some(person),
                action: "started_acting".to_owned(),
                detail: String::new(),
            })
            .await?;
    }
    leptos_axum::redirect("/account");
    Ok(())
}
