//! Shown with status 403 when a form arrives from another website (the CSRF check refused it).
//! Nothing was changed; the person is told how to carry on.

use crate::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/problem/cross-site`, and what the server renders for a refused cross-site request.
#[component]
pub fn CrossSitePage() -> impl IntoView {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::FORBIDDEN);
    }
    view! {
        <Title text=t("cross-site-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("cross-site-heading")}</h1>
                <p class="govuk-body">{t("cross-site-body")}</p>
                <p class="govuk-body">
                    <a class="govuk-link" href="/">{t("cross-site-start")}</a>
                </p>
            </div>
        </div>
    }
}
