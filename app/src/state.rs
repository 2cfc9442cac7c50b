//! What every request handler and server function can reach: configuration that pages show,
//! and the workflows (which alone write; pages read through `services.reads()`).

use axum::extract::FromRef;
use candour_services::Services;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

/// Shared state, provided to every page and server function as Leptos context.
#[derive(Clone, FromRef)]
pub struct AppState {
    /// Leptos' own settings (site root, output name).
    pub leptos_options: LeptosOptions,
    /// The workflows, and lookups for pages.
    pub services: Services,
    /// Settings pages need.
    pub portal: Arc<Portal>,
    /// Makes Easy Read leaflets (typst, off the async threads).
    pub leaflets: candour_leaflets::RenderPool,
    /// The council's details and logo in force now.
    pub branding: crate::branding::Branding,
}

/// The parts of the configuration that shape pages.
#[derive(Clone, Debug)]
pub struct Portal {
    /// True when serving synthetic data with `--demo`: shows the demo banner and demo sign-in.
    pub demo: bool,
    /// True when the public base URL is HTTPS: cookies get `Secure`.
    pub secure_cookies: bool,
    /// Whether a public OpenID Connect provider is configured.
    pub public_sign_in: bool,
    /// Whether a staff OpenID Connect provider is configured.
    pub staff_sign_in: bool,
    /// How long sessions last.
    pub session_limits: candour_domain::session::SessionLimits,
    /// How often sign-in, invitation codes and online requests may be tried.
    pub limits: candour_domain::abuse::Limits,
    /// Whose bank holidays the statutory clock uses.
    pub nation: candour_domain::deadline::Nation,
    /// The portal's public address, without a trailing slash, for links in emails.
    pub base_url: String,
}

/// The shared state of the current request. Panics outside a request, which would be a bug in
/// the server's wiring rather than anything a visitor can cause.
pub fn app_state() -> AppState {
    leptos::prelude::expect_context::<AppState>()
}
