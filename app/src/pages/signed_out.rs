//! "You have been signed out": after signing out, or after a session timed out (then saying why,
//! and offering to sign in again and carry on where the person was).

use crate::i18n::t;
use crate::layout::guard::{encode, safe_return_to};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/signed-out`
#[component]
pub fn SignedOutPage() -> impl IntoView {
    let query = use_query_map();
    let timed_out = query.with_untracked(|q| q.get("reason").as_deref() == Some("timeout"));
    let return_to = query.with_untracked(|q| q.get("return_to"));
    let sign_in = format!(
        "/sign-in?return_to={}",
        encode(&safe_return_to(return_to.as_deref()))
    );
    view! {
        <Title text=t("signed-out-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("signed-out-heading")}</h1>
                {timed_out.then(|| view! { <p class="govuk-body">{t("signed-out-timeout")}</p> })}
                <p class="govuk-body">{t("signed-out-safe")}</p>
                <p class="govuk-body">
                    <a class="govuk-link" href=sign_in>{t("signed-out-sign-in-again")}</a>
                </p>
            </div>
        </div>
    }
}
