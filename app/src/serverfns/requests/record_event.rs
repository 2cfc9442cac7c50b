//! Staff record what happened to a request: asked for ID or clarification, received it,
//! extended, completed, refused. Each is checked against the rules of the clock before it is
//! stored, and the person is told.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Records an event on the request `reference`.
#[server(endpoint = "staff/requests/event")]
pub async fn record_request_event(
    reference: String,
    kind: Option<String>,
    on_day: Option<String>,
    on_month: Option<String>,
    on_year: Option<String>,
    note: Option<String>,
) -> Result<(), AppError> {
    use crate::forms::date_from_parts;
    use crate::{session, state::app_state};
    use candour_domain::rights::{EventKind, RequestId};
    use candour_services::requests::NewEvent;

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let id = RequestId::from_reference(&reference).ok_or(AppError::NotFound)?;
    let (day, month, year) = (
        on_day.unwrap_or_default(),
        on_month.unwrap_or_default(),
        on_year.unwrap_or_default(),
    );
    let note = note.unwrap_or_default().trim().to_owned();
    let answers = vec![
        ("kind".to_owned(), kind.clone().unwrap_or_default()),
        ("on_day".to_owned(), day.clone()),
        ("on_month".to_owned(), month.clone()),
        ("on_year".to_owned(), year.clone()),
        ("note".to_owned(), note.clone()),
    ];
    let input = NewEvent {
        kind: kind.as_deref().and_then(EventKind::from_key),
        on: date_from_parts(&day, &month, &year),
        note,
    };
    candour_services::requests::record_event(&app_state().services, &signed_in.caller(), id, input)
        .await
        .map_err(|e| AppError::keeping(e, answers))?;
    leptos_axum::redirect(&format!("/staff/requests/{}?recorded=1", id.reference()));
    Ok(())
}
