//! The council's contact details as a GOV.UK summary list, shown wherever someone might need a
//! person rather than a page: the contact page, the start page, and every error page.

use crate::i18n::t;
use crate::state::app_state;
use leptos::prelude::*;

/// Phone (with hours), email, address and website.
#[component]
pub fn ContactDetails() -> impl IntoView {
    let organisation = app_state().branding.current().organisation.clone();
    let phone_href = format!("tel:{}", organisation.phone.replace(' ', ""));
    let email_href = format!("mailto:{}", organisation.email);
    let website_href = organisation.website.clone();
    view! {
        <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{t("contact-phone-label")}</dt>
                <dd class="govuk-summary-list__value">
                    <a class="govuk-link" href=phone_href>{organisation.phone}</a>
                    <br/>
                    {t("contact-hours")}
                </dd>
            </div>
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{t("contact-email-label")}</dt>
                <dd class="govuk-summary-list__value">
                    <a class="govuk-link" href=email_href>{organisation.email}</a>
                </dd>
            </div>
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{t("contact-address-label")}</dt>
                <dd class="govuk-summary-list__value">{organisation.address}</dd>
            </div>
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{t("contact-website-label")}</dt>
                <dd class="govuk-summary-list__value">
                    <a class="govuk-link" href=website_href>{organisation.website}</a>
                </dd>
            </div>
        </dl>
    }
}
