//! "Your requests": each request with where it stands and its due date, newest first, and a way
//! to make a new one.

use crate::i18n::t;
use crate::labels;
use crate::layout::guard::require_signed_in;
use crate::layout::request_summary::due_in_words;
use crate::pages::not_found::NotFound;
use crate::requests::requester;
use crate::session;
use crate::state::app_state;
use candour_domain::deadline::Calendar;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/requests`
#[component]
pub fn RequestsPage() -> impl IntoView {
    if require_signed_in().is_none() {
        return ().into_any();
    }
    let Ok((_, person)) = requester() else {
        return view! { <NotFound/> }.into_any();
    };
    let state = app_state();
    view! {
        <Title text=t("requests-title")/>
        <h1 class="govuk-heading-l">{t("requests-heading")}</h1>
        <p class="govuk-body">{t("requests-intro")}</p>
        <a href="/requests/new" role="button" draggable="false" class="govuk-button" data-module="govuk-button">
            {t("requests-new")}
        </a>
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let requests = state.services.reads().requests_for_person(person).await.unwrap_or_default();
                let today = session::today();
                if requests.is_empty() {
                    return view! { <p class="govuk-body">{t("requests-none")}</p> }.into_any();
                }
                let rows = requests
                    .into_iter()
                    .map(|r| {
                        let due = due_in_words(&r, r.due(state.portal.nation, Calendar::bundled()), today);
                        let href = format!("/requests/{}", r.reference());
                        view! {
                            <tr class="govuk-table__row">
                                <td class="govuk-table__cell"><a class="govuk-link" href=href>{r.reference()}</a></td>
                                <td class="govuk-table__cell">{t(labels::right(r.details.right))}</td>
                                <td class="govuk-table__cell">{t(labels::request_status(r.status()))}</td>
                                <td class="govuk-table__cell">{due}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <table class="govuk-table">
                        <caption class="govuk-table__caption govuk-table__caption--m">{t("requests-table-caption")}</caption>
                        <thead class="govuk-table__head">
                            <tr class="govuk-table__row">
                                <th scope="col" class="govuk-table__header">{t("request-reference")}</th>
                                <th scope="col" class="govuk-table__header">{t("request-right")}</th>
                                <th scope="col" class="govuk-table__header">{t("request-status")}</th>
                                <th scope="col" class="govuk-table__header">{t("request-due")}</th>
                            </tr>
                        </thead>
                        <tbody class="govuk-table__body">{rows}</tbody>
                    </table>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
