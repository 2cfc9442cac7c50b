//! The council's logo: uploading and removing it from the comms page, and showing it.
//!
//! `POST /staff/organisation/logo/upload` takes `multipart/form-data` with one file field,
//! `logo`, from a comms officer (`StaffAction::ManageLeaflets`). The file is read at most one
//! byte past [`MAX_LOGO_BYTES`], checked by content (PNG or SVG, size, pixels), then drawn on a
//! leaflet once, so a logo that typst cannot draw is refused here rather than breaking every
//! leaflet later. Any problem sends the person back to the upload page with the problem's
//! message id; nothing is saved. A good logo is saved (see `candour_app::branding`), used at
//! once, and the change written to the audit log (`candour_services::organisation`).
//!
//! `GET /organisation/logo` answers the logo in force (public: it is printed on public
//! leaflets). Like every response that is not a page it carries `default-src 'none'`, so an SVG
//! opened on its own can run nothing.

use super::staff_gate;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use candour_app::session;
use candour_app::state::AppState;
use candour_domain::access::policy::StaffAction;
use candour_leaflets::organisation::{LogoKind, MAX_LOGO_BYTES};
use candour_leaflets::{LeafletError, Logo, RenderRequest};

/// The routes.
pub fn routes(state: AppState) -> axum::Router {
    axum::Router::new()
        .route(
            "/staff/organisation/logo/upload",
            axum::routing::post(upload),
        )
        .route(
            "/staff/organisation/logo/remove",
            axum::routing::post(remove),
        )
        .route("/organisation/logo", axum::routing::get(logo))
        .with_state(state)
}

/// Back to the upload page, saying what was wrong.
fn back_to_upload(message_id: &str) -> Response {
    Redirect::to(&format!("/staff/organisation/logo?problem={message_id}")).into_response()
}

async fn upload(State(state): State<AppState>, request: Request) -> Response {
    let signed_in = match staff_gate::allowed(&request, StaffAction::ManageLeaflets) {
        Ok(signed_in) => signed_in,
        Err(refused) => return refused.into_response(),
    };
    let Ok(mut form) = Multipart::from_request(request, &state).await else {
        return back_to_upload("error-logo-missing");
    };
    let mut chosen = Vec::new();
    loop {
        let mut field = match form.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) => return back_to_upload("error-logo-missing"),
        };
        if field.name() != Some("logo") {
            continue;
        }
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    chosen.extend_from_slice(&chunk);
                    if chosen.len() > MAX_LOGO_BYTES {
                        return back_to_upload("error-logo-too-big");
                    }
                }
                Ok(None) => break,
                Err(_) => return back_to_upload("error-logo-missing"),
            }
        }
    }
    if chosen.is_empty() {
        return back_to_upload("error-logo-missing");
    }
    let logo = match Logo::from_bytes(chosen) {
        Ok(logo) => logo,
        Err(LeafletError::Logo(problem)) => return back_to_upload(problem.key()),
        Err(_) => return back_to_upload("error-logo-not-png-or-svg"),
    };
    let trial = RenderRequest {
        leaflet: candour_leaflets::LEAFLETS[0].to_owned(),
        locale: "en-GB".to_owned(),
        large_print: false,
        organisation: state.branding.current().organisation.clone(),
        logo: Some(logo.clone()),
        issued: state.services.today(),
        personal: None,
    };
    match state.leaflets.render(trial).await {
        Ok(_) => {}
        Err(LeafletError::Logo(problem)) => return back_to_upload(problem.key()),
        Err(error) => {
            tracing::error!(%error, "a leaflet could not be drawn to try a new logo");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    }
    save(&state, &signed_in, Some(logo), "changed_logo").await
}

async fn remove(State(state): State<AppState>, request: Request) -> Response {
    match staff_gate::allowed(&request, StaffAction::ManageLeaflets) {
        Ok(signed_in) => save(&state, &signed_in, None, "removed_logo").await,
        Err(refused) => refused.into_response(),
    }
}

async fn save(
    state: &AppState,
    signed_in: &session::SignedIn,
    logo: Option<Logo>,
    action: &str,
) -> Response {
    let saved = candour_services::organisation::save_logo(
        &state.services,
        &signed_in.caller(),
        logo.as_ref().map(Logo::bytes),
    )
    .await;
    match saved {
        Ok(()) => {
            state.branding.use_logo(logo);
            Redirect::to(&format!("/staff/leaflets?saved={action}")).into_response()
        }
        Err(candour_services::ServiceError::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            tracing::error!(%error, "the logo could not be saved");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn logo(State(state): State<AppState>) -> Response {
    let Some(logo) = state.branding.current().logo.clone() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let content_type = match logo.kind() {
        LogoKind::Png => "image/png",
        LogoKind::Svg => "image/svg+xml",
    };
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        logo.bytes().to_vec(),
    )
        .into_response()
}
