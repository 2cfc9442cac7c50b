//! Plain HTTP routes of signing in that are not pages: keeping a session alive (called by the
//! timeout warning), and shutting the demo's door when not in demo mode.

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use candour_app::session::SessionStatus;
use candour_app::state::AppState;

/// `POST /auth/keep-alive`: 204 when a session is live (the session layer has already reset its
/// idle clock: the warning that sends this comes at least three minutes after the use last
/// noted, past `candour_domain::session::NOTE_USE_AFTER`), 401 otherwise.
pub async fn keep_alive() -> StatusCode {
    StatusCode::NO_CONTENT
}

/// Answers 401 to keep-alive calls without a live session.
pub async fn require_session(request: Request, next: Next) -> Response {
    match request.extensions().get::<SessionStatus>() {
        Some(SessionStatus::SignedIn(_)) => next.run(request).await,
        _ => StatusCode::UNAUTHORIZED.into_response(),
    }
}

/// Without `--demo`, everything under `/demo/` and `/api/demo/` answers 404 before any handler
/// runs, whatever else is configured.
pub async fn demo_gate(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    // GET /demo/sign-in renders the not-found page itself; everything else stops here.
    let is_page_view =
        matches!(request.method().as_str(), "GET" | "HEAD") && path.starts_with("/demo/");
    if !state.portal.demo
        && !is_page_view
        && (path.starts_with("/demo/") || path.starts_with("/api/demo/"))
    {
        return StatusCode::NOT_FOUND.into_response();
    }
    next.run(request).await
}
