//! The rights-request queue for the privacy officers: every open request ordered by its due
//! date, with overdue and due-within-7-days said in words (not by colour alone, WCAG 2.2 SC
//! 1.4.1), who is working on each, and filters by right, by urgency and by who is working on it
//! that work without JavaScript (a GET form). Pages of 50: the store orders and filters the
//! queue by each request's stored due date (`crate::due_dates`) and returns one page, whose
//! names alone are then read, so the page costs the same however long the queue is.

use crate::components::pagination::Pagination;
use crate::components::select::Select;
use crate::i18n::{t, t_args};
use crate::labels;
use crate::layout::guard::encode;
use crate::layout::guard::require_staff;
use crate::layout::request_summary::due_in_words;
use crate::session;
use crate::state::app_state;
use candour_domain::access::{AccountId, Role, StaffAction};
use candour_domain::rights::Right;
use candour_services::data::{AssignedTo, QueueQuery};
use chrono::{Days, NaiveDate};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Requests per page: a page stays quick to read and to render however long the queue is.
const PAGE_SIZE: u32 = 50;

/// How soon counts as "due soon" (GOV.UK-style warning a week ahead).
const DUE_SOON_DAYS: i64 = 7;

/// The store's query for the filters chosen (`right`, `urgency`, `assigned` as the form sends
/// them) by the officer `me` on `today`. "Overdue" is due before today; "due soon" is due today
/// or within the next 7 days; a request with its clock stopped is neither. Unknown values mean
/// no filter.
fn queue_query(
    right: Option<&str>,
    urgency: Option<&str>,
    assigned: Option<&str>,
    me: AccountId,
    today: NaiveDate,
) -> QueueQuery {
    let soon = today.checked_add_days(Days::new(DUE_SOON_DAYS.unsigned_abs()));
    let (due_from, due_until) = match urgency {
        Some("overdue") => (None, today.pred_opt()),
        Some("soon") => (Some(today), soon),
        _ => (None, None),
    };
    QueueQuery {
        right: right.and_then(Right::from_key),
        assigned: match assigned {
            Some("me") => AssignedTo::Account(me),
            Some("none") => AssignedTo::Nobody,
            _ => AssignedTo::Anyone,
        },
        due_from,
        due_until,
    }
}

/// `/staff/requests`
#[component]
pub fn RequestQueuePage() -> impl IntoView {
    let signed_in = match require_staff(StaffAction::WorkRequestQueue) {
        Ok(signed_in) => signed_in,
        Err(instead) => return instead,
    };
    let (right_filter, urgency, assigned, page) = use_query_map().with_untracked(|q| {
        (
            q.get("right"),
            q.get("urgency"),
            q.get("assigned"),
            q.get("page")
                .and_then(|p| p.parse::<u32>().ok())
                .unwrap_or(1)
                .max(1),
        )
    });
    let state = app_state();
    let right_options = std::iter::once((String::new(), t("queue-any-right")))
        .chain(
            Right::ALL
                .into_iter()
                .map(|r| (r.key().to_owned(), t(labels::right(r)))),
        )
        .collect::<Vec<_>>();
    let options = |pairs: &[(&str, &str)]| {
        pairs
            .iter()
            .map(|(value, key)| ((*value).to_owned(), t(key)))
            .collect::<Vec<_>>()
    };
    let urgency_options = options(&[
        ("", "queue-any-urgency"),
        ("overdue", "queue-overdue"),
        ("soon", "queue-due-soon"),
    ]);
    let assigned_options = options(&[
        ("", "queue-assigned-anyone"),
        ("me", "queue-assigned-me"),
        ("none", "queue-assigned-none"),
    ]);
    let me = signed_in.account.id;
    view! {
        <Title text=t("queue-title")/>
        <h1 class="govuk-heading-l">{t("queue-heading")}</h1>
        <p class="govuk-body">
            <a class="govuk-link" href="/staff/requests/new">{t("queue-record-link")}</a>
        </p>
        <form method="get" action="/staff/requests" class="candour-filters">
            <Select name="right" label=t("queue-filter-right") options=right_options selected=right_filter.clone()/>
            <Select name="urgency" label=t("queue-filter-urgency") options=urgency_options selected=urgency.clone()/>
            <Select name="assigned" label=t("queue-filter-assigned") options=assigned_options selected=assigned.clone()/>
            <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">{t("queue-filter")}</button>
        </form>
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let today = session::today();
                let officers = state.services.reads().staff_with_role(Role::PrivacyOfficer).await.unwrap_or_default();
                let query = queue_query(right_filter.as_deref(), urgency.as_deref(), assigned.as_deref(), me, today);
                let offset = |page: u32| u64::from(page - 1) * u64::from(PAGE_SIZE);
                let mut queue = state.services.reads().request_queue(&query, offset(page), PAGE_SIZE).await.unwrap_or_default();
                let pages = u32::try_from(queue.total.div_ceil(u64::from(PAGE_SIZE))).unwrap_or(u32::MAX).max(1);
                let page = page.min(pages);
                if queue.requests.is_empty() && queue.total > 0 {
                    // Asked for a page past the end (the queue got shorter): show the last one.
                    queue = state.services.reads().request_queue(&query, offset(page), PAGE_SIZE).await.unwrap_or_default();
                }
                if queue.requests.is_empty() {
                    return view! { <p class="govuk-body">{t("queue-empty")}</p> }.into_any();
                }
                let total = queue.total;
                let shown = queue.requests;
                let mut names = Vec::with_capacity(shown.len());
                for (request, _) in &shown {
                    let person = state.services.reads().person(request.details.person).await.ok().flatten();
                    names.push(person.map(|p| p.details.full_name()).unwrap_or_default());
                }
                let link = |p: u32| {
                    format!(
                        "/staff/requests?right={}&urgency={}&assigned={}&page={p}",
                        encode(right_filter.as_deref().unwrap_or("")),
                        encode(urgency.as_deref().unwrap_or("")),
                        encode(assigned.as_deref().unwrap_or("")),
                    )
                };
                let previous = (page > 1).then(|| link(page - 1));
                let next = (page < pages).then(|| link(page + 1));
                let body = shown
                    .into_iter()
                    .zip(names)
                    .map(|((request, due), name)| {
                        let days = due.map(|d| (d - today).num_days());
                        let flag = match days {
                            Some(d) if d < 0 => Some(("govuk-tag govuk-tag--red", t("queue-flag-overdue"))),
                            Some(d) if d <= DUE_SOON_DAYS => Some(("govuk-tag govuk-tag--yellow", t("queue-flag-soon"))),
                            _ => None,
                        };
                        let words = due_in_words(&request, due, today);
                        let working = request
                            .assigned_to
                            .and_then(|id| officers.iter().find(|a| a.id == id))
                            .map_or_else(|| t("queue-assigned-none"), |a| a.details.display_name.clone());
                        let href = format!("/staff/requests/{}", request.reference());
                        view! {
                            <tr class="govuk-table__row">
                                <td class="govuk-table__cell"><a class="govuk-link" href=href>{request.reference()}</a></td>
                                <td class="govuk-table__cell">{name}</td>
                                <td class="govuk-table__cell">{t(labels::right(request.details.right))}</td>
                                <td class="govuk-table__cell">
                                    {flag.map(|(class, text)| view! { <strong class=class>{text}</strong> " " })}
                                    {words}
                                </td>
                                <td class="govuk-table__cell">{working}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                // Five columns do not fit a narrow screen: the table scrolls in its own
                // focusable region, and the page around it reflows.
                view! {
                    <div class="candour-table-region" role="region" aria-label=t("queue-caption") tabindex="0">
                    <table class="govuk-table">
                        <caption class="govuk-table__caption govuk-table__caption--m">{t("queue-caption")}</caption>
                        <thead class="govuk-table__head">
                            <tr class="govuk-table__row">
                                <th scope="col" class="govuk-table__header">{t("request-reference")}</th>
                                <th scope="col" class="govuk-table__header">{t("queue-person")}</th>
                                <th scope="col" class="govuk-table__header">{t("request-right")}</th>
                                <th scope="col" class="govuk-table__header">{t("request-due")}</th>
                                <th scope="col" class="govuk-table__header">{t("queue-assigned")}</th>
                            </tr>
                        </thead>
                        <tbody class="govuk-table__body">{body}</tbody>
                    </table>
                    </div>
                    <p class="govuk-body">{t_args("queue-count", [("count", total.into())])}</p>
                    <Pagination previous next page pages/>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_become_the_stores_query() {
        let day = |text: &str| text.parse::<NaiveDate>().expect("date");
        let today = day("2026-12-24");
        let me = AccountId(4);
        let cases: &[(Option<&str>, Option<&str>, Option<&str>, QueueQuery)] = &[
            (None, None, None, QueueQuery::default()),
            (Some(""), Some(""), Some(""), QueueQuery::default()),
            (
                Some("sideways"),
                Some("later"),
                Some("them"),
                QueueQuery::default(),
            ),
            (
                Some("erasure"),
                None,
                None,
                QueueQuery {
                    right: Some(Right::Erasure),
                    ..QueueQuery::default()
                },
            ),
            (
                None,
                Some("overdue"),
                Some("me"),
                QueueQuery {
                    assigned: AssignedTo::Account(me),
                    due_until: Some(day("2026-12-23")),
                    ..QueueQuery::default()
                },
            ),
            (
                None,
                Some("soon"),
                Some("none"),
                QueueQuery {
                    assigned: AssignedTo::Nobody,
                    due_from: Some(today),
                    due_until: Some(day("2026-12-31")),
                    ..QueueQuery::default()
                },
            ),
        ];
        for (right, urgency, assigned, expected) in cases {
            assert_eq!(
                &queue_query(*right, *urgency, *assigned, me, today),
                expected,
                "{right:?} {urgency:?} {assigned:?}"
            );
        }
    }
}
