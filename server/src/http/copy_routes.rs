//! A person's subject access copy as files: `GET /requests/{reference}/copy.pdf` (tagged
//! PDF/UA-1, in the person's recorded language, made by typst from the same words as the page)
//! and `GET /requests/{reference}/copy.json` (the copy itself, with stable keys, for machines;
//! UK GDPR Art 15(3) and Art 20's "structured, commonly used and machine-readable format").
//!
//! Only the person, or a delegate who may read their record, gets them, and only while the copy
//! is available (`candour_app::access_copy::open_for`, which records a delegate's opening); anyone
//! else gets the same 404 as a
//! request that does not exist.

use super::leaflet_routes::attachment;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use candour_app::access_copy::{open_for, present};
use candour_app::errors::AppError;
use candour_app::state::AppState;

/// The routes.
pub fn routes(state: AppState) -> axum::Router {
    axum::Router::new()
        .route("/requests/{reference}/copy.pdf", axum::routing::get(pdf))
        .route("/requests/{reference}/copy.json", axum::routing::get(json))
        .with_state(state)
}

/// What a reader gets: the person's language and their copy.
type Found = (
    candour_domain::locale::Locale,
    candour_domain::access_copy::AccessCopy,
);

/// The reader's copy, or the response to send instead.
async fn copy(state: &AppState, request: Request, reference: &str) -> Result<Found, Response> {
    let signed_in = super::signed_in::reader(request).map_err(IntoResponse::into_response)?;
    match open_for(&state.services, &signed_in, reference).await {
        Ok(found) => Ok(found),
        Err(AppError::NotFound) => Err(StatusCode::NOT_FOUND.into_response()),
        Err(_) => Err(StatusCode::INTERNAL_SERVER_ERROR.into_response()),
    }
}

async fn pdf(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    request: Request,
) -> Response {
    let (locale, copy) = match copy(&state, request, &reference).await {
        Ok(found) => found,
        Err(instead) => return instead,
    };
    let organisation = state.branding.current().organisation.name.clone();
    let data = match serde_json::to_value(present(&copy, locale, &organisation)) {
        Ok(data) => data,
        Err(error) => {
            tracing::error!(%error, "an access copy could not be put into words");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    match state.leaflets.render_access_copy(data).await {
        Ok(rendered) => attachment(
            "application/pdf",
            &format!("your-information-{}.pdf", copy.reference),
            rendered.pdf,
        ),
        Err(candour_leaflets::LeafletError::TimedOut) => {
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
        Err(error) => {
            tracing::error!(%error, "an access copy PDF could not be made");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn json(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    request: Request,
) -> Response {
    match copy(&state, request, &reference).await {
        Ok((_, copy)) => match serde_json::to_vec_pretty(&copy) {
            Ok(bytes) => attachment(
                "application/json",
                &format!("your-information-{}.json", copy.reference),
                bytes,
            ),
            Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        },
        Err(instead) => instead,
    }
}
