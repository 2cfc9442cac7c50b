//! The start page (GOV.UK "Start using a service" pattern): what the service is for, who can
//! use it, what you need before you start, and other ways to contact the council for anyone who
//! cannot or would rather not use it.

use crate::components::start_button::StartButton;
use crate::i18n::{t, t_args};
use crate::layout::contact_details::ContactDetails;
use crate::state::app_state;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/`
#[component]
pub fn StartPage() -> impl IntoView {
    let organisation = app_state().branding.current().organisation.name.clone();
    // Each promise links to the page that keeps it (a visitor who is not signed in is asked
    // to sign in first, then taken there). A promise is listed only once its page exists.
    let can = [
        ("start-can-read", "/record"),
        ("start-can-shared", "/sharing"),
        ("start-can-looked", "/access-log"),
        ("start-can-consent", "/consents"),
        ("start-can-held", "/what-we-hold"),
        ("start-can-ask", "/requests/new"),
        ("start-can-leaflets", "/leaflets"),
    ];
    view! {
        <Title text=t("start-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-xl">{t("start-heading")}</h1>
                <p class="govuk-body-l">
                    {t_args("start-lead", [("organisation", organisation.clone().into())])}
                </p>
                <p class="govuk-body">{t("start-you-can")}</p>
                <ul class="govuk-list govuk-list--bullet">
                    {can
                        .into_iter()
                        .map(|(key, href)| view! { <li><a class="govuk-link" href=href>{t(key)}</a></li> })
                        .collect_view()}
                </ul>
                <h2 class="govuk-heading-m">{t("start-who-heading")}</h2>
                <p class="govuk-body">
                    {t_args("start-who-person", [("organisation", organisation.into())])}
                </p>
                <p class="govuk-body">{t("start-who-helpers")}</p>
                <p class="govuk-body">{t("start-free")}</p>
                <h2 class="govuk-heading-m">{t("start-before-heading")}</h2>
                <p class="govuk-body">{t("start-before-sign-in")}</p>
                <p class="govuk-body">{t("start-before-time")}</p>
                <StartButton href="/sign-in" text=t("start-button")/>
                <h2 class="govuk-heading-m">{t("start-other-heading")}</h2>
                <p class="govuk-body">{t("start-other-intro")}</p>
                <ContactDetails/>
                <p class="govuk-body">{t("start-other-formats")}</p>
            </div>
        </div>
    }
}
