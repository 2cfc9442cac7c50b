//! When signing in did not finish: what happened, in plain words, and how to try again. The
//! details (a token that did not verify, a replayed link) are in the server log, not here.

use crate::i18n::t;
use crate::layout::contact_details::ContactDetails;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/sign-in/problem?reason=expired|cancelled|unavailable|sign-in-again|busy|provider-error|failed`
/// (the reasons `server::oidc` gives; anything else is explained as a failed check)
#[component]
pub fn SignInProblemPage() -> impl IntoView {
    let reason = use_query_map().with_untracked(|q| q.get("reason"));
    let explanation = match reason.as_deref() {
        Some("expired") => "sign-in-problem-expired",
        Some("cancelled") => "sign-in-problem-cancelled",
        Some("unavailable") => "sign-in-problem-unavailable",
        Some("sign-in-again") => "sign-in-problem-sign-in-again",
        Some("busy") => "sign-in-problem-busy",
        Some("provider-error") => "sign-in-problem-provider-error",
        _ => "sign-in-problem-failed",
    };
    view! {
        <Title text=t("sign-in-problem-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("sign-in-problem-heading")}</h1>
                <p class="govuk-body">{t(explanation)}</p>
                <p class="govuk-body">
                    <a class="govuk-link" href="/sign-in">{t("sign-in-problem-try-again")}</a>
                </p>
                <p class="govuk-body">{t("sign-in-problem-help")}</p>
                <ContactDetails/>
            </div>
        </div>
    }
}
