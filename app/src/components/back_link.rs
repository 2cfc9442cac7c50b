//! GOV.UK back link, for question pages. It is a real link (not `history.back()`), so it works
//! without JavaScript and after an error.

use leptos::prelude::*;

/// "Back", to `href`.
#[component]
pub fn BackLink(
    /// The previous page.
    #[prop(into)]
    href: String,
    /// The link text.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    view! {
        <a href=href class="govuk-back-link">
            {text}
        </a>
    }
}
