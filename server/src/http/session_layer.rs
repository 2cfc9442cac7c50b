//! Finds the request's session (if its cookie names one), ends it if its time is up, and puts
//! the result in the request for pages and server functions (`candour_app::session::status`).
//! A cookie naming an ended session is cleared. Static files and probes skip the lookup.

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use candour_app::session::{self, SessionStatus};
use candour_app::state::AppState;
use http::HeaderValue;
use http::header::{COOKIE, SET_COOKIE};

/// Paths that never need a session.
fn skips(path: &str) -> bool {
    path.starts_with("/pkg/") || matches!(path, "/healthz" | "/readyz" | "/favicon.svg")
}

/// The middleware.
pub async fn establish(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    if skips(request.uri().path()) {
        return next.run(request).await;
    }
    let cookie = request
        .headers()
        .get(COOKIE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let status = match session::load(&state, &cookie).await {
        Ok(status) => status,
        Err(error) => {
            tracing::error!(%error, "could not read the session");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let ended = matches!(status, SessionStatus::Ended);
    request.extensions_mut().insert(status);
    let mut response = next.run(request).await;
    if ended
        && let Ok(clear) =
            HeaderValue::from_str(&session::clear_cookie(state.portal.secure_cookies))
    {
        response.headers_mut().append(SET_COOKIE, clear);
    }
    response
}
