//! The privacy notice: the information UK GDPR Articles 13 and 14 require, in plain English,
//! with the data protection officer's address and the route to the ICO.

use crate::i18n::{t, t_args};
use crate::state::app_state;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/privacy`
#[component]
pub fn PrivacyNotice() -> impl IntoView {
    let organisation = app_state().branding.current().organisation.clone();
    let dpo_href = format!("mailto:{}", organisation.dpo_email);
    // Each section: its heading, its paragraphs, and links to the pages that keep what it
    // promises.
    type Section = (
        &'static str,
        &'static [&'static str],
        &'static [(&'static str, &'static str)],
    );
    let sections: [Section; 7] = [
        ("privacy-what-heading", &["privacy-what"], &[]),
        (
            "privacy-why-heading",
            &["privacy-why", "privacy-why-health"],
            &[],
        ),
        ("privacy-sign-in-heading", &["privacy-sign-in"], &[]),
        (
            "privacy-share-heading",
            &["privacy-share"],
            &[
                ("/sharing", "account-sharing-link"),
                ("/access-log", "account-access-log-link"),
            ],
        ),
        (
            "privacy-keep-heading",
            &["privacy-keep"],
            &[("/what-we-hold", "privacy-held-link")],
        ),
        (
            "privacy-rights-heading",
            &["privacy-rights"],
            &[("/consents", "account-consents-link")],
        ),
        ("privacy-complain-heading", &["privacy-complain"], &[]),
    ];
    view! {
        <Title text=t("privacy-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("privacy-heading")}</h1>
                <h2 class="govuk-heading-m">{t("privacy-who-heading")}</h2>
                <p class="govuk-body">
                    {t_args("privacy-who", [("organisation", organisation.name.clone().into())])}
                </p>
                {sections
                    .into_iter()
                    .map(|(heading, paragraphs, links)| {
                        view! {
                            <h2 class="govuk-heading-m">{t(heading)}</h2>
                            {paragraphs
                                .iter()
                                .map(|key| view! { <p class="govuk-body">{t(key)}</p> })
                                .collect_view()}
                            {(!links.is_empty()).then(|| view! {
                                <ul class="govuk-list">
                                    {links
                                        .iter()
                                        .map(|(href, key)| view! { <li><a class="govuk-link" href=*href>{t(key)}</a></li> })
                                        .collect_view()}
                                </ul>
                            })}
                        }
                    })
                    .collect_view()}
                <p class="govuk-body">
                    <a class="govuk-link" href=dpo_href>{organisation.dpo_email}</a>
                </p>
                <p class="govuk-body">{t("privacy-ico")}</p>
            </div>
        </div>
    }
}
