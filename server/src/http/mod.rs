//! The HTTP surface: Leptos pages and server functions, health probes, static files, and the
//! layers every request passes through.
//!
//! Layers, outermost first: request id, request log, compression, security headers, the copy of
//! unchanging public pages, error pages, the
//! cross-site request check, the session lookup, the body size limit, and panic capture. Error pages sit outside
//! the layers that refuse requests, so every refusal a browser sees is a plain-English page.

mod auth_routes;
pub mod client_address;
mod copy_routes;
mod error_pages;
mod health;
mod leaflet_cache;
mod leaflet_routes;
mod organisation_routes;
mod origin_check;
mod page_cache;
mod receipt_routes;
mod security_headers;
mod session_layer;
mod signed_in;
mod staff_gate;
mod what_we_hold_routes;

use crate::config::Config;
use axum::Router;
use axum::routing::get;
use candour_app::state::AppState;
use candour_app::{App, shell};
use leptos_axum::{LeptosRoutes, generate_route_list_with_exclusions_and_ssg_and_context};
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

/// The largest request body accepted: forms are small, and a council logo is under 1 MiB.
pub const BODY_LIMIT: usize = 2 * 1024 * 1024;

/// The complete application.
pub fn router(state: AppState, config: &Config) -> anyhow::Result<Router> {
    let sign_in = crate::oidc::SignIn::new(
        state.clone(),
        &config.base_url,
        config.oidc_public.clone(),
        config.oidc_staff.clone(),
        config.trusted_proxies.clone(),
    )?;
    let pages = pages(state.clone());
    let sessions = state.clone();
    let probes = Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .with_state(state.clone());
    let auth = Router::new()
        .route(
            "/auth/keep-alive",
            axum::routing::post(auth_routes::keep_alive),
        )
        .layer(axum::middleware::from_fn(auth_routes::require_session));
    let oidc = Router::new()
        .route("/auth/{kind}/sign-in", get(crate::oidc::start))
        .route("/auth/{kind}/callback", get(crate::oidc::finish))
        .with_state(sign_in);
    let policy = security_headers::Policy {
        hsts: config.base_url.is_https(),
    };
    let origins = origin_check::Allowed::new(config.base_url.origin());
    let leaflets = leaflet_routes::routes(state.clone());
    let organisation = organisation_routes::routes(state.clone());
    let api = crate::api::routes(state.clone(), config);
    let copies = copy_routes::routes(state.clone());
    let receipts = receipt_routes::routes(state.clone());
    let held = what_we_hold_routes::routes(state.clone());
    let page_cache = page_cache::PageCache::new(state.branding.clone());
    Ok(probes
        .merge(auth)
        .merge(oidc)
        .merge(leaflets)
        .merge(organisation)
        .merge(api)
        .merge(copies)
        .merge(receipts)
        .merge(held)
        .merge(pages.clone())
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
                .layer(TraceLayer::new_for_http().make_span_with(request_span))
                .layer(PropagateRequestIdLayer::x_request_id())
                // Pages are compressed as they are sent; static files are already brotli files.
                .layer(CompressionLayer::new())
                .layer(axum::middleware::from_fn_with_state(
                    policy,
                    security_headers::apply,
                ))
                .layer(axum::middleware::from_fn_with_state(
                    page_cache,
                    page_cache::serve,
                ))
                .layer(axum::middleware::from_fn_with_state(
                    pages,
                    error_pages::render,
                ))
                .layer(axum::middleware::from_fn_with_state(
                    origins,
                    origin_check::refuse_cross_site,
                ))
                .layer(axum::middleware::from_fn_with_state(
                    sessions,
                    session_layer::establish,
                ))
                .layer(axum::middleware::from_fn_with_state(
                    state,
                    auth_routes::demo_gate,
                ))
                .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
                .layer(CatchPanicLayer::new()),
        ))
}

/// Pages, server functions and static files, rendered by Leptos.
fn pages(state: AppState) -> Router {
    // Listing the routes renders the app once, outside any request; it needs the state.
    let routes = {
        let state = state.clone();
        generate_route_list_with_exclusions_and_ssg_and_context(App, None, move || {
            leptos::prelude::provide_context(state.clone());
        })
        .0
    };
    let options = state.leptos_options.clone();
    Router::new()
        .leptos_routes(&state, routes, move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .with_state(state)
}

/// The span every request's log lines belong to: method, path (never the query, which may
/// hold personal details) and request id.
fn request_span(request: &http::Request<axum::body::Body>) -> tracing::Span {
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-");
    tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), request_id = %id)
}
