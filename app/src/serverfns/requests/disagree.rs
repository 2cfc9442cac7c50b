//! After a correction is refused, the person (or a delegate who may make requests for them)
//! adds a statement saying why they think the record is wrong, or changes the one they added.
//! It is kept with the record and shown beside what it disputes
//! ([`candour_domain::rectification`]).

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Saves the statement of disagreement for the refused request `reference`.
#[server(endpoint = "requests/disagree")]
pub async fn add_disagreement(
    reference: String,
    disagreement: Option<String>,
) -> Result<(), AppError> {
    use crate::requests::requester;
    use crate::state::app_state;
    use candour_domain::rights::RequestId;

    let (signed_in, _) = requester()?;
    let id = RequestId::from_reference(&reference).ok_or(AppError::NotFound)?;
    let text = disagreement.unwrap_or_default();
    let answers = vec![("disagreement".to_owned(), text.clone())];
    candour_services::requests::disagree(&app_state().services, &signed_in.caller(), id, &text)
        .await
        .map_err(|e| AppError::keeping(e, answers))?;
    leptos_axum::redirect(&format!("/requests/{}?disagreed=1", id.reference()));
    Ok(())
}
