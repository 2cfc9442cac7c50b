//! Inviting a delegate: the person names them, chooses what they may do and until when, and is
//! given a one-time code to hand over, or has it emailed to them
//! (`candour_services::delegates::invite`).
//! Only the code's hash is stored.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Creates an invitation and shows its code.
#[server(endpoint = "delegates/invite")]
pub async fn invite_delegate(
    name: Option<String>,
    email: Option<String>,
    scopes: Option<Vec<String>>,
    ends_day: Option<String>,
    ends_month: Option<String>,
    ends_year: Option<String>,
) -> Result<(), AppError> {
    use super::ssr::person_managing_delegates;
    use crate::forms::date_from_parts;
    use crate::state::app_state;
    use candour_services::delegates::{NewInvitation, invite};

    let (signed_in, person) = person_managing_delegates()?;
    let name = name.unwrap_or_default().trim().to_owned();
    let email = email.unwrap_or_default().trim().to_owned();
    let scopes = scopes.unwrap_or_default();
    let (day, month, year) = (
        ends_day.unwrap_or_default(),
        ends_month.unwrap_or_default(),
        ends_year.unwrap_or_default(),
    );
    let mut answers = vec![
        ("name".to_owned(), name.clone()),
        ("email".to_owned(), email.clone()),
        ("ends_day".to_owned(), day.clone()),
        ("ends_month".to_owned(), month.clone()),
        ("ends_year".to_owned(), year.clone()),
    ];
    answers.extend(scopes.iter().map(|s| ("scopes".to_owned(), s.clone())));
    let input = NewInvitation {
        name,
        email,
        scopes,
        ends_on: date_from_parts(&day, &month, &year),
    };
    let made = match invite(&app_state().services, &signed_in.caller(), person, input).await {
        Ok(made) => made,
        Err(candour_services::ServiceError::TooMany { minutes }) => {
            leptos_axum::redirect(&crate::limits::too_many_page("invitations", minutes));
            return Ok(());
        }
        Err(error) => return Err(AppError::keeping(error, answers)),
    };
    leptos_axum::redirect(&format!(
        "/account/delegates/invited?code={}{}",
        made.code,
        if made.emailed { "&emailed=1" } else { "" }
    ));
    Ok(())
}
