//! A privacy officer accepts a correction (UK GDPR Art 16): the statement the request points at
//! is corrected to what the officer writes (the person's words are offered first), the entry's
//! earlier version is kept in its history, and the request is completed on today's date, in one
//! step that either all happens or none of it does. The person is told, as for any change.
//!
//! Refusing uses the ordinary "refused" event with reasons; the person may then add a statement
//! of disagreement ([`super::disagree`]).

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Corrects the statement the request `reference` is about to `corrected`, and completes it.
#[server(endpoint = "staff/requests/correct")]
pub async fn correct_record(reference: String, corrected: Option<String>) -> Result<(), AppError> {
    use crate::{session, state::app_state};
    use candour_domain::rights::RequestId;

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let id = RequestId::from_reference(&reference).ok_or(AppError::NotFound)?;
    let text = corrected.unwrap_or_default();
    let answers = vec![("corrected".to_owned(), text.clone())];
    candour_services::requests::correct(&app_state().services, &signed_in.caller(), id, &text)
        .await
        .map_err(|e| AppError::keeping(e, answers))?;
    leptos_axum::redirect(&format!("/staff/requests/{}?corrected=1", id.reference()));
    Ok(())
}
