//! The accessibility statement, with the headings of the GOV.UK model statement (required by the
//! Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations
//! 2018), including how the service was tested.

use crate::i18n::{t, t_args};
use crate::islands::print_button::PrintButton;
use crate::layout::contact_details::ContactDetails;
use crate::state::app_state;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/accessibility`
#[component]
pub fn AccessibilityStatement() -> impl IntoView {
    let organisation = app_state().branding.current().organisation.name.clone();
    let with_organisation =
        move |key: &str| t_args(key, [("organisation", organisation.clone().into())]);
    let aims = [
        "accessibility-aim-zoom",
        "accessibility-aim-keyboard",
        "accessibility-aim-reader",
        "accessibility-aim-nojs",
        "accessibility-aim-language",
    ];
    let sections: [(&str, &[&str]); 4] = [
        (
            "accessibility-enforcement-heading",
            &["accessibility-enforcement"],
        ),
        (
            "accessibility-compliance-heading",
            &["accessibility-compliance"],
        ),
        (
            "accessibility-improving-heading",
            &["accessibility-improving"],
        ),
        (
            "accessibility-preparation-heading",
            &["accessibility-prepared", "accessibility-tested"],
        ),
    ];
    view! {
        <Title text=t("accessibility-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("accessibility-heading")}</h1>
                <p class="govuk-body">{with_organisation("accessibility-applies")}</p>
                <p class="govuk-body">{t("accessibility-aim")}</p>
                <ul class="govuk-list govuk-list--bullet">
                    {aims.into_iter().map(|key| view! { <li>{t(key)}</li> }).collect_view()}
                </ul>
                <p class="govuk-body">{t("accessibility-plain")}</p>
                <h2 class="govuk-heading-m">{t("accessibility-how-heading")}</h2>
                <p class="govuk-body">{t("accessibility-how")}</p>
                <h2 class="govuk-heading-m">{t("accessibility-feedback-heading")}</h2>
                <p class="govuk-body">{t("accessibility-feedback")}</p>
                <ContactDetails/>
                <h2 class="govuk-heading-m">{t("accessibility-reporting-heading")}</h2>
                <p class="govuk-body">{t("accessibility-reporting")}</p>
                <h2 class="govuk-heading-m">{t("accessibility-technical-heading")}</h2>
                <p class="govuk-body">{with_organisation("accessibility-technical")}</p>
                {sections
                    .into_iter()
                    .map(|(heading, paragraphs)| {
                        view! {
                            <h2 class="govuk-heading-m">{t(heading)}</h2>
                            {paragraphs
                                .iter()
                                .map(|key| view! { <p class="govuk-body">{t(key)}</p> })
                                .collect_view()}
                        }
                    })
                    .collect_view()}
                <PrintButton label=t("print-this-page")/>
            </div>
        </div>
    }
}
