//! Staff record that an organisation was told of a withdrawal, or confirmed it stopped
//! (`candour_services::consent_recipients::record`).

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Records `step` ("told" or "confirmed") today for `organisation`, a recipient of the
/// withdrawal of consent number `consent`. A consent the caller may not see answers as not found.
#[server(endpoint = "staff/consents/record")]
pub async fn record_recipient(
    consent: String,
    organisation: String,
    step: String,
) -> Result<(), AppError> {
    use crate::{session, state::app_state};
    use candour_domain::consent::NoticeStep;

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let Ok(consent) = consent.parse::<i64>() else {
        return Err(AppError::NotFound);
    };
    let Some(step) = NoticeStep::from_key(&step) else {
        return Err(AppError::NotFound);
    };
    candour_services::consent_recipients::record(
        &app_state().services,
        &signed_in.caller(),
        consent,
        &organisation,
        step,
    )
    .await?;
    leptos_axum::redirect(&format!("/staff/consents?recorded={}", step.key()));
    Ok(())
}
