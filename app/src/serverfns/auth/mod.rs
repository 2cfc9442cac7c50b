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
    use candour_store::records::Activity;
    use http::HeaderValue;
    use http::header::SET_COOKIE;
    use leptos::prelude::use_context;
    use leptos_axum::ResponseOptions;

    /// Ends any session this browser has, starts a new one (a new id at every sign-in), sets
    /// the cookie, and records the sign-in.
    pub async fn start_session(
        account: AccountId,
        assurance: Assurance,
        acting_for: Option<PersonId>,
    ) -> Result<(), AppError> {
        let state = app_state();
        if let Some(previous) = session::signed_in() {
            state
                .store
                .end_session(&previous.session_hash, session::now())
                .await?;
        }
        let id = session::begin(state.store.as_ref(), account, assurance, acting_for).await?;
        set_cookie(&session::set_cookie(state.portal.secure_cookies, &id));
        state
            .store
            .record_activity(&Activity {
                at: session::now(),
                account,
                person: acting_for,
                action: "signed_in".to_owned(),
                detail: String::new(),
            })
            .await?;
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
