//! The cookies page (GOV.UK cookies page pattern). Candour sets only essential cookies, so
//! there is no cookie banner and nothing to accept (PECR regulation 6(4) exempts cookies
//! "strictly necessary" for a service the user asked for).

use crate::i18n::t;
use crate::request::LANGUAGE_COOKIE;
use leptos::prelude::*;
use leptos_meta::Title;

/// The session cookie's name, as listed to visitors.
const SESSION_COOKIE_NAME: &str = "candour_session";

/// `/cookies`
#[component]
pub fn CookiesPage() -> impl IntoView {
    let rows = [
        (
            SESSION_COOKIE_NAME,
            "cookies-session-purpose",
            "cookies-session-expires",
        ),
        (
            LANGUAGE_COOKIE,
            "cookies-language-purpose",
            "cookies-language-expires",
        ),
    ];
    view! {
        <Title text=t("cookies-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("cookies-heading")}</h1>
                <p class="govuk-body">{t("cookies-intro")}</p>
                <p class="govuk-body">{t("cookies-essential-only")}</p>
                <table class="govuk-table">
                    <caption class="govuk-table__caption govuk-table__caption--m">
                        {t("cookies-table-caption")}
                    </caption>
                    <thead class="govuk-table__head">
                        <tr class="govuk-table__row">
                            <th scope="col" class="govuk-table__header">{t("cookies-column-name")}</th>
                            <th scope="col" class="govuk-table__header">{t("cookies-column-purpose")}</th>
                            <th scope="col" class="govuk-table__header">{t("cookies-column-expires")}</th>
                        </tr>
                    </thead>
                    <tbody class="govuk-table__body">
                        {rows
                            .into_iter()
                            .map(|(name, purpose, expires)| {
                                view! {
                                    <tr class="govuk-table__row">
                                        <td class="govuk-table__cell">{name}</td>
                                        <td class="govuk-table__cell">{t(purpose)}</td>
                                        <td class="govuk-table__cell">{t(expires)}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </div>
    }
}
