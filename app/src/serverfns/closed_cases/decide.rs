//! A privacy officer records the outcome of a closed-case alert
//! (`candour_services::closed_cases::decide`).

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Records the finding and notes for alert `id`; on success goes back to the list naming the
/// alert (and the breach record, when one was opened); a problem keeps what was typed.
#[server(endpoint = "staff/alerts/decide")]
pub async fn decide_alert(
    id: String,
    finding: Option<String>,
    notes: Option<String>,
) -> Result<(), AppError> {
    use crate::{session, state::app_state};
    use candour_services::closed_cases::{FINDING, NOTES, decide};

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let finding = finding.unwrap_or_default();
    let notes = notes.unwrap_or_default();
    let answers = vec![
        (FINDING.to_owned(), finding.clone()),
        (NOTES.to_owned(), notes.clone()),
    ];
    let breach = decide(
        &app_state().services,
        &signed_in.caller(),
        id,
        &finding,
        &notes,
    )
    .await
    .map_err(|error| AppError::keeping(error, answers))?;
    let reference = candour_domain::closed_case::reference(id);
    leptos_axum::redirect(&match breach {
        Some(breach) => format!("/staff/alerts?decided={reference}&breach={breach}"),
        None => format!("/staff/alerts?decided={reference}"),
    });
    Ok(())
}
