//! Shown with status 429 when something was tried too often (see `candour_domain::abuse`): what
//! was limited, how many minutes to wait, and that nothing was lost. `?what=` names the limit
//! (`sign-in`, `codes`, `requests` or `invitations`) and `?minutes=` the wait; anything else reads as a general
//! "try again later", so a crafted link cannot put other words on the page.

use crate::i18n::{t, t_args};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/problem/too-many`
#[component]
pub fn TooManyPage() -> impl IntoView {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::TOO_MANY_REQUESTS);
    }
    let query = use_query_map();
    let what = query.with_untracked(|q| q.get("what")).unwrap_or_default();
    let minutes = query
        .with_untracked(|q| q.get("minutes"))
        .and_then(|m| m.parse::<i64>().ok())
        .filter(|m| (1..=24 * 60).contains(m));
    let body = match what.as_str() {
        "sign-in" => "too-many-sign-in",
        "codes" => "too-many-codes",
        "requests" => "too-many-requests",
        "invitations" => "too-many-invitations",
        _ => "too-many-other",
    };
    let wait = match minutes {
        Some(minutes) => t_args("too-many-wait", [("minutes", minutes.into())]),
        None => t("too-many-wait-later"),
    };
    view! {
        <Title text=t("too-many-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("too-many-heading")}</h1>
                <p class="govuk-body">{t(body)}</p>
                <p class="govuk-body">{wait}</p>
                <p class="govuk-body">{t("too-many-help")}</p>
            </div>
        </div>
    }
}
