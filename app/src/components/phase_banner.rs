//! GOV.UK phase banner. Candour uses it to say plainly when a portal is a demonstration, so
//! nobody mistakes synthetic records for real ones.

use leptos::prelude::*;

/// A tag and a sentence, under the header.
#[component]
pub fn PhaseBanner(
    /// The tag text, e.g. "Demo".
    #[prop(into)]
    tag: String,
    /// The sentence beside it.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    view! {
        <div class="govuk-phase-banner govuk-width-container">
            <p class="govuk-phase-banner__content">
                <strong class="govuk-tag govuk-phase-banner__content__tag">{tag}</strong>
                <span class="govuk-phase-banner__text">{text}</span>
            </p>
        </div>
    }
}
