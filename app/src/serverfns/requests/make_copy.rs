//! A privacy officer answers an access request in one action: Candour puts together everything
//! it holds about the person (`candour_services::requests::make_access_copy`), keeps it for 30 days for the person to
//! download as a page, a PDF or JSON, and records the request as completed on today's date with
//! a note saying until when the copy can be downloaded. The person is told, as for any change.
//! Only an open access request can be answered this way.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Makes the copy for the access request `reference` and completes the request.
#[server(endpoint = "staff/requests/copy")]
pub async fn make_access_copy(reference: String) -> Result<(), AppError> {
    use crate::{session, state::app_state};
    use candour_domain::rights::RequestId;

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let id = RequestId::from_reference(&reference).ok_or(AppError::NotFound)?;
    let answers = vec![("reference".to_owned(), reference.clone())];
    candour_services::requests::make_access_copy(&app_state().services, &signed_in.caller(), id)
        .await
        .map_err(|e| AppError::keeping(e, answers))?;
    leptos_axum::redirect(&format!("/staff/requests/{}?copied=1", id.reference()));
    Ok(())
}
