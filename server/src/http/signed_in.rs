//! The signed-in reader of a plain axum route (a download), taken from the session layer's
//! answer; someone not signed in is sent to sign in. Shared by the routes that serve a
//! person's own files.

use axum::extract::Request;
use axum::response::Redirect;
use candour_app::session::{SessionStatus, SignedIn};

/// The signed-in reader, or a redirect to sign in. Takes the request so that it (whose body is
/// not `Sync`) is not held across the store's await.
pub(super) fn reader(request: Request) -> Result<SignedIn, Redirect> {
    match request.extensions().get::<SessionStatus>() {
        Some(SessionStatus::SignedIn(signed_in)) => Ok((**signed_in).clone()),
        _ => Err(Redirect::to("/sign-in")),
    }
}
