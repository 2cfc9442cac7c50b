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
    if let Some(signed_in) = session::signed_in() {
        state
            .store
            .end_session(&signed_in.session_hash, session::now())
            .await?;
    }
    set_cookie(&session::clear_cookie(state.portal.secure_cookies));
    leptos_axum::redirect("/signed-out");
    Ok(())
}
