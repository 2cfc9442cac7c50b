//! Probes for load balancers and orchestrators: `/healthz` says the process is up; `/readyz`
//! says it can also reach its database, so traffic is only sent when pages can be served.

use axum::extract::State;
use axum::http::StatusCode;
use candour_app::state::AppState;

/// `GET /healthz`: always 200 while the process runs.
pub async fn healthz() -> &'static str {
    "ok"
}

/// `GET /readyz`: 200 when the database answers, 503 otherwise.
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match state.services.ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(error) => {
            tracing::warn!(%error, "not ready: the database does not answer");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "the database is not reachable",
            )
        }
    }
}
