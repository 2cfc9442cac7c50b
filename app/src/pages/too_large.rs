//! Shown with status 413 when a form or upload is bigger than the server accepts. The request
//! was refused before anything was read, so nothing was half-written.

use crate::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/problem/too-large`, and what the server renders for an oversized request.
#[component]
pub fn TooLargePage() -> impl IntoView {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::PAYLOAD_TOO_LARGE);
    }
    view! {
        <Title text=t("too-large-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("too-large-heading")}</h1>
                <p class="govuk-body">{t("too-large-body")}</p>
            </div>
        </div>
    }
}
