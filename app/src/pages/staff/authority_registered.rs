//! The code for a registered attorney or deputy, shown once to the member of staff to give or
//! post to them (or emailed already). GOV.UK confirmation pattern: a panel, then what happens
//! next: another member of staff approves the registration, and only then does the code work.

use crate::i18n::t;
use crate::islands::print_button::PrintButton;
use crate::layout::guard::require_staff;
use candour_domain::access::StaffAction;
use candour_domain::delegation::normalise_code;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/staff/delegates/registered?code=…[&emailed=1]`
#[component]
pub fn AuthorityRegisteredPage() -> impl IntoView {
    if let Err(instead) = require_staff(StaffAction::FindPeople) {
        return instead;
    }
    let query = use_query_map();
    let code = query
        .with_untracked(|q| q.get("code"))
        .filter(|c| normalise_code(c).is_some())
        .unwrap_or_default();
    let emailed = query.with_untracked(|q| q.get("emailed")).is_some();
    view! {
        <Title text=t("registered-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <div class="govuk-panel govuk-panel--confirmation">
                    <h1 class="govuk-panel__title">{t("registered-heading")}</h1>
                    <div class="govuk-panel__body">
                        {t("registered-code-is")}
                        <br/>
                        <strong class="candour-code">{code}</strong>
                    </div>
                </div>
                <h2 class="govuk-heading-m">{t("invited-next")}</h2>
                <p class="govuk-body">
                    {if emailed { t("registered-emailed") } else { t("registered-give-code") }}
                </p>
                <p class="govuk-body">
                    {t("registered-needs-approval")} " "
                    <a class="govuk-link" href="/staff/delegates/approvals">{t("registered-approvals-link")}</a>
                </p>
                <p class="govuk-body">{t("registered-expires")}</p>
                <p class="govuk-body">{t("registered-person-told")}</p>
                <PrintButton label=t("print-this-page")/>
                <p class="govuk-body">
                    <a class="govuk-link" href="/staff/delegates/new">{t("registered-another")}</a>
                </p>
            </div>
        </div>
    }
    .into_any()
}
