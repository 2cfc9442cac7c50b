//! Taking a consent back, or saying yes to it (again): at once, then the confirmation page.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Changes consent `consent` of the signed-in person (or the person a delegate acts for) to
/// `to` ("withdrawn" or "given"). Someone else's answers as not found.
#[server(endpoint = "consents/change")]
pub async fn change_consent(consent: String, to: String) -> Result<(), AppError> {
    use crate::{session, state::app_state};
    use candour_domain::consent::ConsentStatus;

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let person = signed_in
        .actor
        .as_ref()
        .and_then(|actor| actor.person())
        .ok_or(AppError::NotFound)?;
    let Ok(consent) = consent.parse::<i64>() else {
        return Err(AppError::NotFound);
    };
    let to = match to.as_str() {
        "withdrawn" => ConsentStatus::Withdrawn,
        "given" => ConsentStatus::Given,
        _ => {
            return Err(AppError::invalid(
                "consent",
                "error-consent-choice",
                Vec::new(),
            ));
        }
    };
    candour_services::consents::change(
        &app_state().services,
        &signed_in.caller(),
        person,
        consent,
        to,
    )
    .await?;
    leptos_axum::redirect(&format!("/consents/{consent}/changed"));
    Ok(())
}
