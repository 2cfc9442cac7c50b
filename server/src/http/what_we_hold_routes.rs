//! "What we hold about you" to print or keep: `GET /what-we-hold.pdf`, a tagged PDF (PDF/UA-1)
//! made by typst from the same words as the page (`candour_app::what_we_hold_words`), in the
//! person's recorded language (as their consent receipts are: it is their document, whoever
//! downloads it).
//!
//! Only the person, or a delegate who may read the record and see sharing and access
//! (`candour_services::what_we_hold`, which records a delegate's reading), gets it; anyone
//! else gets 404, as for a page that does not exist.

use super::leaflet_routes::attachment;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use candour_app::state::AppState;

/// The routes.
pub fn routes(state: AppState) -> axum::Router {
    axum::Router::new()
        .route("/what-we-hold.pdf", axum::routing::get(pdf))
        .with_state(state)
}

async fn pdf(State(state): State<AppState>, request: Request) -> Response {
    let signed_in = match super::signed_in::reader(request) {
        Ok(signed_in) => signed_in,
        Err(instead) => return instead.into_response(),
    };
    let Some(person) = signed_in.actor.as_ref().and_then(|a| a.person()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let services = &state.services;
    let held =
        match candour_services::what_we_hold::what_we_hold(services, &signed_in.caller(), person)
            .await
        {
            Ok(held) => held,
            Err(candour_services::ServiceError::NotFound) => {
                return StatusCode::NOT_FOUND.into_response();
            }
            Err(error) => {
                tracing::error!(%error, "what we hold could not be read");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        };
    let organisation = state.branding.current().organisation.clone();
    let locale = held.person.details.preferred_locale;
    let words =
        candour_app::what_we_hold_words::present(&held, &organisation, locale, services.today());
    let data = match serde_json::to_value(words) {
        Ok(data) => data,
        Err(error) => {
            tracing::error!(%error, "what we hold could not be put into words");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    match state.leaflets.render_what_we_hold(data).await {
        Ok(rendered) => attachment("application/pdf", "what-we-hold.pdf", rendered.pdf),
        Err(candour_leaflets::LeafletError::TimedOut) => {
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
        Err(error) => {
            tracing::error!(%error, "what we hold could not be made into a PDF");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
