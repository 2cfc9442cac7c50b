//! GOV.UK start button: a link styled as a button, with the arrow, for start pages.

use leptos::prelude::*;

/// The call to action on a start page.
#[component]
pub fn StartButton(
    /// Where starting leads.
    #[prop(into)]
    href: String,
    /// The button text.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    view! {
        <a href=href role="button" draggable="false" class="govuk-button govuk-button--start" data-module="govuk-button">
            {text}
            <svg
                class="govuk-button__start-icon"
                xmlns="http://www.w3.org/2000/svg"
                width="17.5"
                height="19"
                viewBox="0 0 33 40"
                aria-hidden="true"
                focusable="false"
            >
                <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"></path>
            </svg>
        </a>
    }
}
