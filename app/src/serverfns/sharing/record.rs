//! "Record this share" on the check page (`candour_services::share_recording::record`), then
//! the confirmation.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Records the share answered for person number `person`.
#[server(endpoint = "staff/sharing/record")]
pub async fn record_share(person: String) -> Result<(), AppError> {
    use crate::{session, state::app_state};
    use candour_domain::person::PersonId;

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let person = person
        .parse::<i64>()
        .map(PersonId)
        .map_err(|_| AppError::NotFound)?;
    let made = candour_services::share_recording::record(
        &app_state().services,
        &signed_in.caller(),
        person,
    )
    .await?;
    leptos_axum::redirect(&format!(
        "/staff/people/{}/sharing/recorded/{}",
        person.0, made.id
    ));
    Ok(())
}
