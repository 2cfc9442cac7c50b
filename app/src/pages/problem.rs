//! GOV.UK "There is a problem with the service" pattern, with status 500. The server shows it
//! in place of any failure it did not expect (a panic, a database that stopped answering), so a
//! visitor never sees a stack trace or a blank page.

use crate::i18n::t;
use crate::layout::contact_details::ContactDetails;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/problem`, and what the server renders for an unexpected failure.
#[component]
pub fn ProblemPage() -> impl IntoView {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::INTERNAL_SERVER_ERROR);
    }
    view! {
        <Title text=t("problem-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("problem-heading")}</h1>
                <p class="govuk-body">{t("problem-try-later")}</p>
                <p class="govuk-body">{t("problem-nothing-lost")}</p>
                <p class="govuk-body">{t("problem-help")}</p>
                <ContactDetails/>
            </div>
        </div>
    }
}
