//! A privacy officer answers a question about who looked
//! (`candour_services::questions::answer`).

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Answers question `id` in the words typed; on success goes back to the queue with the
/// reference answered; a problem keeps what was typed.
#[server(endpoint = "staff/questions/answer")]
pub async fn answer_question(id: String, words: Option<String>) -> Result<(), AppError> {
    use crate::{session, state::app_state};
    use candour_services::questions::{WORDS, answer};

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let words = words.unwrap_or_default();
    let answers = vec![(WORDS.to_owned(), words.clone())];
    let answered = answer(&app_state().services, &signed_in.caller(), id, &words)
        .await
        .map_err(|error| AppError::keeping(error, answers))?;
    leptos_axum::redirect(&format!(
        "/staff/questions?answered={}",
        answered.reference()
    ));
    Ok(())
}
