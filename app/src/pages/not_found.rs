//! GOV.UK "Page not found" pattern, with status 404. Someone else's record asks for the same
//! page and status as a record that does not exist, so this page never confirms that an id is
//! real.

use crate::i18n::t;
use crate::layout::contact_details::ContactDetails;
use leptos::prelude::*;
use leptos_meta::Title;

/// Shown for any address Candour does not have, or may not show to this visitor.
#[component]
pub fn NotFound() -> impl IntoView {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=t("not-found-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("not-found-heading")}</h1>
                <p class="govuk-body">{t("not-found-typed")}</p>
                <p class="govuk-body">{t("not-found-pasted")}</p>
                <p class="govuk-body">{t("not-found-help")}</p>
                <ContactDetails/>
            </div>
        </div>
    }
}
