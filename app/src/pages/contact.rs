//! How to reach the council's adult social care team and its data protection officer.

use crate::i18n::{t, t_args};
use crate::layout::contact_details::ContactDetails;
use crate::state::app_state;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/contact`
#[component]
pub fn ContactPage() -> impl IntoView {
    let organisation = app_state().branding.current().organisation.clone();
    let dpo_href = format!("mailto:{}", organisation.dpo_email);
    view! {
        <Title text=t("contact-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("contact-heading")}</h1>
                <p class="govuk-body">
                    {t_args("contact-intro", [("organisation", organisation.name.clone().into())])}
                </p>
                <ContactDetails/>
                <h2 class="govuk-heading-m">{t("contact-dpo-label")}</h2>
                <p class="govuk-body">{t("contact-dpo-intro")}</p>
                <p class="govuk-body">
                    <a class="govuk-link" href=dpo_href>{organisation.dpo_email}</a>
                </p>
            </div>
        </div>
    }
}
