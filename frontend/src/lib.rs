//! The WebAssembly entry point. Candour renders every page on the server; in the browser only
//! the islands (small interactive parts) wake up, so a page is complete before this loads.

// The islands are exported from `candour-app`; linking it is what puts them in this module.
use candour_app as _;

/// Called by the hydration script once the WebAssembly module has loaded.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
