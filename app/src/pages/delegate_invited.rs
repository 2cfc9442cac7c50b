//! The invitation's code, shown once: the person hands it to whoever they invited, who types it
//! after signing in. GOV.UK confirmation pattern (a panel, then what happens next).

use crate::i18n::t;
use crate::islands::print_button::PrintButton;
use crate::layout::guard::require_person;
use candour_domain::access::PersonAction;
use candour_domain::delegation::normalise_code;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/account/delegates/invited?code=…`
#[component]
pub fn InvitedPage() -> impl IntoView {
    // Only the person who invited someone sees an invitation's code.
    if let Err(instead) = require_person(PersonAction::ManageDelegates) {
        return instead;
    }
    let query = use_query_map();
    let code = query
        .with_untracked(|q| q.get("code"))
        .filter(|c| normalise_code(c).is_some())
        .unwrap_or_default();
    let emailed = query.with_untracked(|q| q.get("emailed")).is_some();
    view! {
        <Title text=t("invited-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <div class="govuk-panel govuk-panel--confirmation">
                    <h1 class="govuk-panel__title">{t("invited-heading")}</h1>
                    <div class="govuk-panel__body">
                        {t("invited-code-is")}
                        <br/>
                        <strong class="candour-code">{code}</strong>
                    </div>
                </div>
                <h2 class="govuk-heading-m">{t("invited-next")}</h2>
                <p class="govuk-body">
                    {if emailed { t("invited-emailed") } else { t("invited-give-code") }}
                </p>
                <p class="govuk-body">{t("invited-expires")}</p>
                <p class="govuk-body">{t("invited-told")}</p>
                <PrintButton label=t("print-this-page")/>
                <p class="govuk-body">
                    <a class="govuk-link" href="/account/delegates">{t("invited-back")}</a>
                </p>
            </div>
        </div>
    }
    .into_any()
}
