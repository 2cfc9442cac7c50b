//! The door of every plain HTTP route for staff: the signed-in member of staff allowed the
//! action, or the response to send instead (sign in first; or the same 404 as a missing page,
//! so a route's existence tells nobody anything).

use axum::extract::Request;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use candour_app::session::{SessionStatus, SignedIn};
use candour_domain::access::policy::{StaffAction, may};

/// The staff member allowed `action`, or what to answer instead.
pub fn allowed(request: &Request, action: StaffAction) -> Result<SignedIn, Response> {
    match request.extensions().get::<SessionStatus>() {
        Some(SessionStatus::SignedIn(signed_in))
            if signed_in.actor.as_ref().is_some_and(|a| may(a, action)) =>
        {
            Ok((**signed_in).clone())
        }
        Some(SessionStatus::SignedIn(_)) => Err(StatusCode::NOT_FOUND.into_response()),
        _ => Err(Redirect::to("/sign-in").into_response()),
    }
}
