//! "Print this page", offered on confirmation pages and records so people can keep a paper copy
//! (GOV.UK confirmation pages pattern). Printing needs JavaScript, so the button is hidden until
//! the island runs; without JavaScript the browser's own print command still works and the
//! print styles still apply.

#![expect(
    missing_docs,
    reason = "the island macro generates an undocumented props struct"
)]

use leptos::prelude::*;

/// A secondary button that opens the browser's print dialogue.
#[island]
pub fn PrintButton(
    /// The button text, in the page's language.
    label: String,
) -> impl IntoView {
    let running = RwSignal::new(false);
    Effect::new(move |_| running.set(true));
    view! {
        <button
            type="button"
            class="govuk-button govuk-button--secondary candour-print-button"
            data-module="govuk-button"
            hidden=move || !running.get()
            data-hydrated=move || running.get().then_some("true")
            on:click=move |_| {
                if window().print().is_err() {
                    leptos::logging::warn!("the browser refused to print");
                }
            }
        >
            {label}
        </button>
    }
}
