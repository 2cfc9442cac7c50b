//! Privacy officers give an open request to one of their team (or back to no one), so everyone
//! can see who is working on what. Only someone holding the privacy-officer role can be chosen;
//! the choice is kept in the audit log, not shown to the person (it is internal routing,
//! not an event on the statutory clock).

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Gives the request `reference` to the account `assignee` (empty for no one).
#[server(endpoint = "staff/requests/assign")]
pub async fn assign_request(reference: String, assignee: Option<String>) -> Result<(), AppError> {
    use crate::{session, state::app_state};
    use candour_domain::rights::RequestId;

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let id = RequestId::from_reference(&reference).ok_or(AppError::NotFound)?;
    let chosen = assignee.unwrap_or_default();
    let answers = vec![("assignee".to_owned(), chosen.clone())];
    candour_services::requests::assign(&app_state().services, &signed_in.caller(), id, &chosen)
        .await
        .map_err(|e| AppError::keeping(e, answers))?;
    leptos_axum::redirect(&format!("/staff/requests/{}?assigned=1", id.reference()));
    Ok(())
}
