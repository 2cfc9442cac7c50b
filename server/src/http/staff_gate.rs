//! The door of every plain HTTP route for staff: the signed-in member of staff allowed the
//! action, or why not (sign in first; or the same 404 as a missing page, so a route's existence
//! tells nobody anything).

use axum::extract::Request;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use candour_app::session::{SessionStatus, SignedIn};
use candour_domain::access::policy::{StaffAction, may};

/// Why a request did not get through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Nobody is signed in (or the session ended): sign in, then come back.
    SignIn,
    /// Signed in without the role: answered as if there were nothing here.
    NotFound,
}

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        match self {
            Refused::SignIn => Redirect::to("/sign-in").into_response(),
            Refused::NotFound => StatusCode::NOT_FOUND.into_response(),
        }
    }
}

/// The staff member allowed `action`, or why not.
pub fn allowed(request: &Request, action: StaffAction) -> Result<SignedIn, Refused> {
    match request.extensions().get::<SessionStatus>() {
        Some(SessionStatus::SignedIn(signed_in))
            if signed_in.actor.as_ref().is_some_and(|a| may(a, action)) =>
        {
            Ok((**signed_in).clone())
        }
        Some(SessionStatus::SignedIn(_)) => Err(Refused::NotFound),
        _ => Err(Refused::SignIn),
    }
}
