//! GOV.UK skip link: the first thing a keyboard user reaches, jumping past the header to the
//! page's main content (WCAG 2.2 SC 2.4.1 Bypass Blocks).

use leptos::prelude::*;

/// A link to `href` that is visible only when focused.
#[component]
pub fn SkipLink(
    /// The target, e.g. `#main-content`.
    #[prop(into)]
    href: String,
    /// The link text.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    view! {
        <a href=href class="govuk-skip-link" data-module="govuk-skip-link">
            {text}
        </a>
    }
}
