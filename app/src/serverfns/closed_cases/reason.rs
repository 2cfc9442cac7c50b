//! A member of staff says why they need to open a closed case
//! (`candour_services::closed_cases::give_reason`).

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Gives the reason typed for opening `person`'s closed case; on success goes on to the page
/// they were opening; a problem keeps what was typed.
#[server(endpoint = "staff/closed-case/reason")]
pub async fn give_closed_case_reason(
    person: String,
    reason: Option<String>,
    return_to: Option<String>,
) -> Result<(), AppError> {
    use crate::pages::staff::closed_case_reason::onward;
    use crate::{session, state::app_state};
    use candour_domain::person::PersonId;
    use candour_services::closed_cases::{REASON, give_reason};

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let person = PersonId(person.parse::<i64>().map_err(|_| AppError::NotFound)?);
    let reason = reason.unwrap_or_default();
    let answers = vec![(REASON.to_owned(), reason.clone())];
    give_reason(&app_state().services, &signed_in.caller(), person, &reason)
        .await
        .map_err(|error| AppError::keeping(error, answers))?;
    leptos_axum::redirect(&onward(person, return_to.as_deref()));
    Ok(())
}
