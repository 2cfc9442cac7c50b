//! Signing in (demo), signing out, and choosing whom to act for.

pub mod act_for;
pub mod demo_sign_in;
pub mod sign_out;

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    //! Helpers shared by the sign-in server functions.

    use crate::errors::AppError;
    use crate::session;
    use crate::state::app_state;
    use candour_domain::access::{AccountId, Assurance};
    use candour_domain::person::PersonId;
    use http::HeaderValue;
    use http::header::SET_COOKIE;
    use leptos::prelude::use_context;
    use leptos_axum::ResponseOptions;

    /// Starts a new session for `account` in place of any this browser has, and sets its
    /// cookie.
    pub async fn start_session(
        account: AccountId,
        assurance: Assurance,
        acting_for: Option<PersonId>,
    ) -> Result<(), AppError> {
        let state = app_state();
        let previous = session::signed_in().map(|s| s.session_hash);
        let id = session::start(
            state.store.as_ref(),
            previous.as_deref(),
            account,
            assurance,
            acting_for,
        )
        .await?;
        set_cookie(&session::set_cookie(state.portal.secure_cookies, &id));
        Ok(())
    }

    /// Adds a `Set-Cookie` header to the response.
    pub fn set_cookie(value: &str) {
        if let (Some(response), Ok(value)) = (
            use_context::<ResponseOptions>(),
            HeaderValue::from_str(value),
        ) {
            response.append_header(SET_COOKIE, value);
        }
    }
}
