//! Signing in (demo), signing out, and choosing whom to act for.

pub mod act_for;
pub mod demo_sign_in;
pub mod sign_out;

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    //! Helpers shared by the sign-in server functions.

    use crate::session;
    use crate::state::app_state;
    use candour_services::sessions::Started;
    use http::HeaderValue;
    use http::header::SET_COOKIE;
    use leptos::prelude::use_context;
    use leptos_axum::ResponseOptions;

    /// Sets the cookie of a session the workflow just started.
    pub fn start_session_cookie(started: &Started) {
        let state = app_state();
        set_cookie(&session::set_cookie(
            state.portal.secure_cookies,
            &started.id,
        ));
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
