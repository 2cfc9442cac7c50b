//! The ingestion API for case-management systems, under `/api/v1/` (OpenAPI 3.1 document at
//! `/api/v1/openapi.json`).
//!
//! The portal mirrors the council's system of record: a case system pushes people and record
//! entries here, identified by its own ids, and Candour never writes back. Every call
//! authenticates as an API client made with `candour api-client create` (HTTP Basic, the client
//! id and secret; see [`auth`]), and can only reach the people of that client's organisation.
//!
//! Writes are idempotent by the case system's ids: sending the same entry again changes
//! nothing, a changed entry keeps its earlier version. A request with any problem gets `422`
//! listing every problem at its JSON path, and stores nothing.

pub mod auth;
mod ingest;

use crate::config::Config;
use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use candour_app::state::AppState;
use candour_domain::ingest::{IngestLimits, Problem};
use serde_json::json;

/// The OpenAPI 3.1 description of these routes.
pub const OPENAPI: &str = include_str!("openapi.json");

/// What the handlers share.
#[derive(Clone)]
pub struct ApiState {
    /// The portal's state (the workflows above all).
    pub app: AppState,
    /// Size limits on what is accepted.
    pub limits: IngestLimits,
}

/// The routes.
pub fn routes(app: AppState, config: &Config) -> axum::Router {
    let state = ApiState {
        app,
        limits: config.ingest_limits,
    };
    axum::Router::new()
        .route("/api/v1/openapi.json", get(openapi))
        .route("/api/v1/import", post(ingest::import))
        .route("/api/v1/people/{person}", put(ingest::put_person))
        .route(
            "/api/v1/people/{person}/entries/{entry}",
            put(ingest::put_entry),
        )
        .route(
            "/api/v1/people/{person}/entries/{entry}/readability",
            get(ingest::readability),
        )
        .with_state(state)
}

async fn openapi() -> Response {
    ([(http::header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

/// A refusal, as JSON with a stable `error` key and a plain-English `message`.
pub enum ApiError {
    /// No or wrong credentials, or a revoked client.
    Unauthorised,
    /// Nothing with these ids in the caller's organisation.
    NotFound,
    /// The body has problems; nothing was stored.
    Invalid(Vec<Problem>),
    /// Something failed on Candour's side; the cause is in the server log.
    Problem,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, body) = match self {
            ApiError::Unauthorised => (
                StatusCode::UNAUTHORIZED,
                json!({
                    "error": "unauthorised",
                    "message": "Send the client id and secret from `candour api-client create` as HTTP Basic authentication. A revoked client cannot be used.",
                }),
            ),
            ApiError::NotFound => (
                StatusCode::NOT_FOUND,
                json!({
                    "error": "not_found",
                    "message": "Your organisation has nothing with these ids.",
                }),
            ),
            ApiError::Invalid(problems) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                json!({
                    "error": "invalid",
                    "message": "Nothing was stored. Fix every problem listed, then send the whole request again.",
                    "problems": problems,
                }),
            ),
            ApiError::Problem => (
                StatusCode::INTERNAL_SERVER_ERROR,
                json!({
                    "error": "problem",
                    "message": "Something went wrong on our side. Nothing was stored. Try again later.",
                }),
            ),
        };
        let mut response = (status, Json(body)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                http::header::WWW_AUTHENTICATE,
                http::HeaderValue::from_static("Basic realm=\"candour\", charset=\"UTF-8\""),
            );
        }
        response
    }
}

impl From<candour_services::ServiceError> for ApiError {
    fn from(error: candour_services::ServiceError) -> Self {
        match error {
            candour_services::ServiceError::NotFound => ApiError::NotFound,
            candour_services::ServiceError::Invalid(problems) => ApiError::Invalid(
                problems
                    .into_iter()
                    .map(|p| Problem {
                        path: format!("$.{}", p.field),
                        message: p.message,
                    })
                    .collect(),
            ),
            other => {
                tracing::error!(error = %other, "the ingestion API could not store a batch");
                ApiError::Problem
            }
        }
    }
}

impl From<candour_services::data::StoreError> for ApiError {
    fn from(error: candour_services::data::StoreError) -> Self {
        tracing::error!(%error, "the ingestion API could not read the store");
        ApiError::Problem
    }
}
