//! Signing out: the session ends in the database (not only in the browser), the cookie is
//! cleared, and the person lands on a page that says so.

use crate::errors::AppError;
use leptos::prelude::*;

/// Ends the current session.
#[server(endpoint = "auth/sign-out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::serverfns::auth::ssr::set_cookie;
    use crate::{session, state::app_state};
    let state = app_state();
    candour_services::sessions::sign_out(&state.services, &session::caller()).await?;
    set_cookie(&session::clear_cookie(state.portal.secure_cookies));
    leptos_axum::redirect("/signed-out");
    Ok(())
}
