//! Choosing how to be told of news (`candour_services::notification_choices::choose`).

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Keeps the signed-in person's choice: `how` is "website" or "email", with `email` the address
/// and `kinds` the kinds of news to email. A problem is answered with what was typed kept.
#[server(endpoint = "account/notifications")]
pub async fn choose_notifications(
    how: Option<String>,
    email: Option<String>,
    kinds: Option<Vec<String>>,
) -> Result<(), AppError> {
    use crate::{session, state::app_state};

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let person = signed_in
        .actor
        .as_ref()
        .and_then(|actor| actor.person())
        .ok_or(AppError::NotFound)?;
    let how = how.unwrap_or_default();
    let email = email.unwrap_or_default();
    let kinds = kinds.unwrap_or_default();
    let mut answers = vec![
        ("how".to_owned(), how.clone()),
        ("email".to_owned(), email.clone()),
    ];
    answers.extend(kinds.iter().map(|k| ("kinds".to_owned(), k.clone())));
    candour_services::notification_choices::choose(
        &app_state().services,
        &signed_in.caller(),
        person,
        &how,
        &email,
        &kinds,
    )
    .await
    .map_err(|error| AppError::keeping(error, answers))?;
    leptos_axum::redirect("/account?notifications=saved");
    Ok(())
}
