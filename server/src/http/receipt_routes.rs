//! A consent receipt to keep: `GET /consents/{id}/receipt.pdf` (tagged PDF/UA-1, in the
//! person's recorded language and format — Easy Read or large print when recorded — made by
//! typst from the same words as the page) and
//! `GET /consents/{id}/receipt.json` (the ISO/IEC TS 27560 consent record fields,
//! `candour_domain::consent::ConsentReceipt`).
//!
//! Only the person, or a delegate with the "manage consent" scope, gets them
//! (`candour_services::consents::receipt`, which records a delegate's reading); anyone else
//! gets the same 404 as a consent that does not exist.

use super::leaflet_routes::attachment;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use candour_app::state::AppState;
use candour_services::consents::ReceiptToKeep;

/// The routes.
pub fn routes(state: AppState) -> axum::Router {
    axum::Router::new()
        .route("/consents/{id}/receipt.pdf", axum::routing::get(pdf))
        .route("/consents/{id}/receipt.json", axum::routing::get(json))
        .with_state(state)
}

/// The reader's receipt and the person's language, or the response to send instead.
async fn receipt(state: &AppState, request: Request, id: &str) -> Result<ReceiptToKeep, Response> {
    let signed_in = super::signed_in::reader(request).map_err(IntoResponse::into_response)?;
    let (Ok(id), Some(person)) = (
        id.parse::<i64>(),
        signed_in.actor.as_ref().and_then(|a| a.person()),
    ) else {
        return Err(StatusCode::NOT_FOUND.into_response());
    };
    match candour_services::consents::receipt(&state.services, &signed_in.caller(), person, id)
        .await
    {
        Ok(found) => Ok(found),
        Err(candour_services::ServiceError::NotFound) => Err(StatusCode::NOT_FOUND.into_response()),
        Err(error) => {
            tracing::error!(%error, "a consent receipt could not be read");
            Err(StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
    }
}

async fn pdf(State(state): State<AppState>, Path(id): Path<String>, request: Request) -> Response {
    let found = match receipt(&state, request, &id).await {
        Ok(found) => found,
        Err(instead) => return instead,
    };
    let presented =
        candour_app::consent_words::present_receipt(&found.receipt, found.locale, found.format);
    let data = match serde_json::to_value(presented) {
        Ok(data) => data,
        Err(error) => {
            tracing::error!(%error, "a consent receipt could not be put into words");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    match state.leaflets.render_consent_receipt(data).await {
        Ok(rendered) => attachment(
            "application/pdf",
            &format!("consent-receipt-{}.pdf", found.receipt.record_id),
            rendered.pdf,
        ),
        Err(candour_leaflets::LeafletError::TimedOut) => {
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
        Err(error) => {
            tracing::error!(%error, "a consent receipt PDF could not be made");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn json(State(state): State<AppState>, Path(id): Path<String>, request: Request) -> Response {
    match receipt(&state, request, &id).await {
        Ok(found) => match serde_json::to_vec_pretty(&found.receipt) {
            Ok(bytes) => attachment(
                "application/json",
                &format!("consent-receipt-{}.json", found.receipt.record_id),
                bytes,
            ),
            Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        },
        Err(instead) => instead,
    }
}
