//! Moves keyboard and screen-reader focus to an element once the page has loaded, as GOV.UK
//! Frontend does for the error summary ("Recover from validation errors": move focus to the
//! summary). Without JavaScript focus stays at the top of the page, and the summary is the first
//! thing in the main content.

#![expect(
    missing_docs,
    reason = "the island macro generates an undocumented props struct"
)]

use leptos::prelude::*;

/// Focuses the element with id `target` when the island wakes.
#[island]
pub fn FocusOnLoad(
    /// The id of the element to focus (it needs `tabindex="-1"` if not focusable).
    target: String,
) -> impl IntoView {
    let running = RwSignal::new(false);
    Effect::new(move |_| {
        use leptos::wasm_bindgen::JsCast as _;
        if let Some(element) = document()
            .get_element_by_id(&target)
            .and_then(|e| e.dyn_into::<leptos::web_sys::HtmlElement>().ok())
            && element.focus().is_err()
        {
            leptos::logging::warn!("could not move focus to the error summary");
        }
        running.set(true);
    });
    view! { <span hidden="" data-hydrated=move || running.get().then_some("true")></span> }
}
