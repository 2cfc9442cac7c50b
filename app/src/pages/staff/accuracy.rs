//! Entries due an accuracy check (`candour_services::records::due_for_check`, which records
//! each page read): never checked, or last checked before the review period. Never-checked
//! first, then the oldest check; pages of 50. Each links to the entry with "accuracy check" as
//! the reason for opening it.

use crate::components::pagination::Pagination;
use crate::i18n::{date, t, t_args};
use crate::labels;
use crate::layout::guard::require_staff;
use crate::state::app_state;
use candour_domain::access::StaffAction;
use candour_services::records::{DUE_PAGE_SIZE, due_for_check};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/staff/accuracy`
#[component]
pub fn AccuracyPage() -> impl IntoView {
    let signed_in = match require_staff(StaffAction::FindPeople) {
        Ok(signed_in) => signed_in,
        Err(instead) => return instead,
    };
    let caller = signed_in.caller();
    let page = use_query_map().with_untracked(|q| {
        q.get("page")
            .and_then(|p| p.parse::<u32>().ok())
            .unwrap_or(1)
            .max(1)
    });
    let store = app_state().services;
    view! {
        <Title text=t("accuracy-title")/>
        <h1 class="govuk-heading-l">{t("accuracy-heading")}</h1>
        <p class="govuk-body">{t("accuracy-intro")}</p>
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                // A list that could not be read says so, never "nothing is due".
                let Ok(due) = due_for_check(&store, &caller, page).await else {
                    return view! {
                        <p class="govuk-body">{t("problem-heading")}". "{t("problem-try-later")}</p>
                    }
                    .into_any();
                };
                let (entries, total) = (due.entries, due.total);
                if entries.is_empty() {
                    return view! { <p class="govuk-body">{t("accuracy-none")}</p> }.into_any();
                }
                let pages = u32::try_from(total.div_ceil(u64::from(DUE_PAGE_SIZE))).unwrap_or(u32::MAX).max(1);
                let link = |p: u32| format!("/staff/accuracy?page={p}");
                let previous = (page > 1).then(|| link(page - 1));
                let next = (page < pages).then(|| link(page + 1));
                let rows = entries
                    .into_iter()
                    .map(|e| {
                        let href = format!("/staff/people/{}/record/{}?why=accuracy", e.details.person.0, e.id.0);
                        let checked = e.details.checked_on.map_or_else(|| t("entry-never-checked"), date);
                        view! {
                            <tr class="govuk-table__row">
                                <td class="govuk-table__cell"><a class="govuk-link" href=href>{e.details.title.clone()}</a></td>
                                <td class="govuk-table__cell">{t(labels::entry_kind(e.details.kind))}</td>
                                <td class="govuk-table__cell">{checked}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <table class="govuk-table">
                        <caption class="govuk-table__caption govuk-table__caption--m">
                            {t_args("accuracy-count", [("count", total.into())])}
                        </caption>
                        <thead class="govuk-table__head">
                            <tr class="govuk-table__row">
                                <th scope="col" class="govuk-table__header">{t("accuracy-entry")}</th>
                                <th scope="col" class="govuk-table__header">{t("accuracy-kind")}</th>
                                <th scope="col" class="govuk-table__header">{t("entry-checked")}</th>
                            </tr>
                        </thead>
                        <tbody class="govuk-table__body">{rows}</tbody>
                    </table>
                    <Pagination previous next page pages/>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
