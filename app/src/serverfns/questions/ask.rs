//! The person, or a delegate with the "see sharing and access" scope, asks why a member of staff
//! looked (`candour_services::questions::ask`).

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Asks about look `look` (its number on the audit log) in the words typed; on success goes to
/// "Who looked at your record" with the new reference; a problem keeps what was typed.
#[server(endpoint = "access-log/ask")]
pub async fn ask_why_looked(look: String, words: Option<String>) -> Result<(), AppError> {
    use crate::{session, state::app_state};
    use candour_services::questions::{WORDS, ask};

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let person = signed_in
        .actor
        .as_ref()
        .and_then(|actor| actor.person())
        .ok_or(AppError::NotFound)?;
    let look = look.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let words = words.unwrap_or_default();
    let answers = vec![(WORDS.to_owned(), words.clone())];
    let asked = ask(
        &app_state().services,
        &signed_in.caller(),
        person,
        look,
        &words,
    )
    .await
    .map_err(|error| AppError::keeping(error, answers))?;
    leptos_axum::redirect(&format!(
        "/access-log?asked={}#questions",
        asked.reference()
    ));
    Ok(())
}
