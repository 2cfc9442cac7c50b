//! Accepting an invitation: someone signed in types the code they were handed. The person is
//! told at once that this delegate can now act for them.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Accepts the invitation with this code.
#[server(endpoint = "delegates/accept")]
pub async fn accept_invitation(code: Option<String>) -> Result<(), AppError> {
    use crate::limits::too_many_page;
    use crate::{session, state::app_state};
    use candour_services::ServiceError;

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let typed = code.unwrap_or_default();
    let answers = vec![("code".to_owned(), typed.clone())];
    match candour_services::delegates::accept(&app_state().services, &signed_in.caller(), &typed)
        .await
    {
        Ok(_) => {
            leptos_axum::redirect("/account");
            Ok(())
        }
        Err(ServiceError::TooMany { minutes }) => {
            leptos_axum::redirect(&too_many_page("codes", minutes));
            Ok(())
        }
        Err(error) => Err(AppError::keeping(error, answers)),
    }
}
