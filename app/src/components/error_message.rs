//! GOV.UK error message under a question's label: "Error:" for screen readers, then the problem.

use leptos::prelude::*;

/// The message for one question; `id` is what the field's `aria-describedby` points at.
#[component]
pub fn ErrorMessage(
    /// The element id.
    #[prop(into)]
    id: String,
    /// What to change.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    view! {
        <p id=id class="govuk-error-message">
            <span class="govuk-visually-hidden">{crate::i18n::t("error-prefix")}</span>
            " "
            {text}
        </p>
    }
}
