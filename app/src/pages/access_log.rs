//! `/access-log`, "Who looked at your record": every time a member of staff opened part of the
//! person's record, in Candour or in the council's own systems, newest first, 20 to a page, from
//! the audit log (`candour_services::access_log`): when, who (role and organisation, and the
//! name when the council shows names), what (linked, when the person is shown it) and why. The person and a delegate with the "see sharing and access"
//! scope see it; anyone else gets "not found".

use crate::components::notification_banner::NotificationBanner;
use crate::components::pagination::Pagination;
use crate::components::summary_list::{SummaryCard, SummaryRow};
use crate::i18n::{date, date_and_time, t, t_args};
use crate::labels;
use crate::pages::record::person_reader;
use crate::session;
use crate::state::app_state;
use candour_domain::access::PersonAction;
use candour_domain::audit::AuditAction;
use candour_domain::paging::{Position, Window};
use candour_services::access_log::{
    LookedAt, Narrowed, PAGE_SIZE, Period, Place, StaffRole, StaffView, staff_views,
};
use candour_services::records::Why;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/access-log`
#[component]
pub fn AccessLogPage() -> impl IntoView {
    let person = match person_reader(PersonAction::SeeSharingAndAccess, AuditAction::OpenedPage) {
        Ok((_, person)) => person,
        Err(instead) => return instead,
    };
    let (place, organisation, period, asked) = use_query_map().with_untracked(|q| {
        (
            place(q.get("page"), q.get("older"), q.get("newer")),
            q.get("organisation").filter(|o| !o.is_empty()),
            q.get("period").and_then(|p| Period::from_key(&p)),
            q.get("asked"),
        )
    });
    let services = app_state().services;
    let caller = session::caller();
    view! {
        <Title text=t("access-log-title")/>
        <h1 class="govuk-heading-l">{t("access-log-heading")}</h1>
        <p class="govuk-body">{t("access-log-intro")}</p>
        <YourQuestions person asked/>
        <crate::pages::access_log_closed::ClosedCaseOpenings person/>
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let asked = Narrowed { organisation, period };
                let log = match staff_views(&services, &caller, person, &asked, place).await {
                    Ok(log) => log,
                    Err(error) => return crate::refusals::instead_of(&error),
                };
                // Only the organisations offered can be chosen; anything else typed into the
                // address is "every organisation".
                let narrowed = log.narrowed.clone();
                let organisation = narrowed.organisation.clone();
                let form = view! { <Narrow offered=log.organisations.clone() organisation=organisation.clone() period/> };
                if log.total == 0 {
                    let none = if narrowed == Narrowed::default() { "access-log-none" } else { "access-log-none-narrowed" };
                    return view! { {form} <p class="govuk-body">{t(none)}</p> }.into_any();
                }
                let pages = u32::try_from(log.total.div_ceil(u64::from(PAGE_SIZE))).unwrap_or(u32::MAX).max(1);
                let query = format!(
                    "organisation={}&period={}",
                    crate::layout::guard::encode(organisation.as_deref().unwrap_or("")),
                    period.map_or("", Period::key)
                );
                // "Next" and "Previous" carry the edge of this page, so the page they open is
                // read from there, however deep (`candour_domain::paging`).
                let page = log.page;
                let edge = |view: Option<&StaffView>| view.map(|v| v.position().key()).unwrap_or_default();
                let previous = (page > 1).then(|| match page - 1 {
                    1 => format!("/access-log?{query}&page=1"),
                    p => format!("/access-log?{query}&page={p}&newer={}", edge(log.views.first())),
                });
                let next = (page < pages)
                    .then(|| format!("/access-log?{query}&page={}&older={}", page + 1, edge(log.views.last())));
                let rows = log.views.into_iter().map(|view| view! { <ViewRow view/> }).collect_view();
                view! {
                    {form}
                    <div class="candour-table-region" role="region" aria-labelledby="access-log-caption" tabindex="0">
                        <table class="govuk-table">
                            <caption class="govuk-table__caption govuk-table__caption--m" id="access-log-caption">
                                {t_args("access-log-count", [("count", log.total.into())])}
                            </caption>
                            <thead class="govuk-table__head">
                                <tr class="govuk-table__row">
                                    <th scope="col" class="govuk-table__header">{t("access-log-when")}</th>
                                    <th scope="col" class="govuk-table__header">{t("access-log-who")}</th>
                                    <th scope="col" class="govuk-table__header">{t("access-log-what")}</th>
                                    <th scope="col" class="govuk-table__header">{t("access-log-why")}</th>
                                    <th scope="col" class="govuk-table__header">{t("access-log-ask-heading")}</th>
                                </tr>
                            </thead>
                            <tbody class="govuk-table__body">{rows}</tbody>
                        </table>
                    </div>
                    <Pagination previous next page pages/>
                    <p class="govuk-body">{t("access-log-worried")}</p>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}

/// The page the address asks for: its number, read from the edge of the page before
/// (`older`) or after (`newer`) when a link gave one. A number or edge that does not read is
/// page 1, or counted.
fn place(page: Option<String>, older: Option<String>, newer: Option<String>) -> Place {
    let number = page.and_then(|p| p.parse::<u32>().ok()).unwrap_or(1).max(1);
    let from = |edge: Option<String>| edge.and_then(|e| Position::from_key(&e));
    let window = match (from(older), from(newer)) {
        (Some(edge), _) => Window::OlderThan(edge),
        (None, Some(edge)) => Window::NewerThan(edge),
        (None, None) => return Place::from(number),
    };
    Place {
        page: number,
        window,
    }
}

/// The GET form that narrows the log, by organisation and by period; it works without
/// JavaScript and keeps what was chosen.
#[component]
fn Narrow(
    offered: Vec<String>,
    organisation: Option<String>,
    period: Option<Period>,
) -> impl IntoView {
    let chosen = organisation.unwrap_or_default();
    let organisations = std::iter::once((String::new(), t("access-log-every-organisation")))
        .chain(offered.into_iter().map(|o| (o.clone(), o)))
        .map(|(value, text)| {
            let selected = value == chosen;
            view! { <option value=value selected=selected>{text}</option> }
        })
        .collect_view();
    let periods = std::iter::once(("", "access-log-any-time"))
        .chain(Period::ALL.into_iter().map(|p| (p.key(), period_words(p))))
        .map(|(value, key)| {
            let selected = value == period.map_or("", Period::key);
            view! { <option value=value selected=selected>{t(key)}</option> }
        })
        .collect_view();
    view! {
        <form method="get" action="/access-log" class="candour-filters">
            <div class="govuk-form-group">
                <label class="govuk-label" for="organisation">{t("access-log-filter-organisation")}</label>
                <select class="govuk-select" id="organisation" name="organisation">{organisations}</select>
            </div>
            <div class="govuk-form-group">
                <label class="govuk-label" for="period">{t("access-log-filter-period")}</label>
                <select class="govuk-select" id="period" name="period">{periods}</select>
            </div>
            <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">{t("access-log-show")}</button>
        </form>
    }
}

/// A period, in words.
fn period_words(period: Period) -> &'static str {
    match period {
        Period::Week => "access-log-last-week",
        Period::Month => "access-log-last-month",
        Period::Year => "access-log-last-year",
    }
}

/// The person's questions about who looked, newest first, each with its answer or the day it
/// is due; after asking, a success banner with the new reference.
#[component]
fn YourQuestions(person: candour_domain::person::PersonId, asked: Option<String>) -> impl IntoView {
    let services = app_state().services;
    let caller = session::caller();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let Ok(found) = candour_services::questions::questions(&services, &caller, person).await else {
                    return ().into_any();
                };
                if found.is_empty() {
                    return ().into_any();
                }
                let banner = asked
                    .and_then(|reference| found.iter().find(|q| q.reference() == reference))
                    .map(|q| {
                        let text = t_args("question-sent", [
                            ("reference", q.reference().into()),
                            ("date", date(q.asked.due_on).into()),
                        ]);
                        view! {
                            <NotificationBanner title=t("banner-success") success=true>
                                <p class="govuk-notification-banner__heading">{text}</p>
                            </NotificationBanner>
                        }
                    });
                let cards = found
                    .into_iter()
                    .map(|q| {
                        let answer = match q.answer.clone() {
                            Some(a) => view! {
                                <SummaryRow key=t_args("question-answer", [("date", date(a.on).into())])>
                                    <p class="govuk-body candour-pre-wrap">{a.words}</p>
                                </SummaryRow>
                            }
                            .into_any(),
                            None => view! {
                                <SummaryRow key=t("question-due")>{date(q.asked.due_on)}</SummaryRow>
                            }
                            .into_any(),
                        };
                        view! {
                            <SummaryCard title=q.reference()>
                                <SummaryRow key=t("question-asked-on")>{date(q.asked.asked_on)}</SummaryRow>
                                <SummaryRow key=t("question-words")>
                                    <p class="govuk-body candour-pre-wrap">{q.asked.words.clone()}</p>
                                </SummaryRow>
                                {answer}
                            </SummaryCard>
                        }
                    })
                    .collect_view();
                view! {
                    {banner}
                    <h2 class="govuk-heading-m" id="questions">{t("access-log-questions")}</h2>
                    {cards}
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// One staff look in words: when, who, what (an entry linked to the person's own page when
/// `link_entries`), and the reason given. The log, the question page and the privacy officer's
/// page all say a look the same way.
pub(crate) struct LookWords {
    /// When they looked.
    pub when: String,
    /// Who: role (and name, when shown) at organisation.
    pub who: String,
    /// What they looked at.
    pub what: AnyView,
    /// The reason they gave.
    pub why: String,
}

/// `view` in words (see [`LookWords`]).
pub(crate) fn look_words(view: StaffView, link_entries: bool) -> LookWords {
    let role = match view.role {
        StaffRole::Candour(role) => t(labels::role(role)),
        StaffRole::Described(words) => words,
        StaffRole::NotSaid => t("access-log-staff"),
    };
    let role = match view.name {
        Some(name) => t_args(
            "access-log-name-and-role",
            [("name", name.into()), ("role", role.into())],
        ),
        None => role,
    };
    let who = match view.organisation {
        Some(organisation) => t_args(
            "access-log-who-value",
            [("role", role.into()), ("organisation", organisation.into())],
        ),
        None => role,
    };
    let what = match view.looked_at {
        LookedAt::Entry { id, title } if link_entries => {
            let href = format!("/record/{}", id.0);
            view! { <a class="govuk-link" href=href>{title}</a> }.into_any()
        }
        LookedAt::Entry { title, .. } => title.into_any(),
        LookedAt::Described(words) => words.into_any(),
        LookedAt::Record => t("access-log-record").into_any(),
        LookedAt::Summary => t("access-log-summary").into_any(),
    };
    let why = match view
        .why
        .as_deref()
        .map(|reason| (reason, Why::from_key(reason)))
    {
        Some((_, Some(Why::AccuracyCheck))) => t("access-log-why-accuracy"),
        Some((_, Some(Why::RightsRequest))) => t("access-log-why-request"),
        Some((_, Some(Why::CaseWork))) => t("access-log-why-casework"),
        Some((reason, None)) if !reason.trim().is_empty() => reason.to_owned(),
        _ => t("access-log-why-none"),
    };
    LookWords {
        when: date_and_time(view.at),
        who,
        what,
        why,
    }
}

/// One line of the log, with the link to ask why.
#[component]
fn ViewRow(view: StaffView) -> impl IntoView {
    let ask = format!("/access-log/{}/ask", view.seq);
    let words = look_words(view, true);
    let hidden = t_args(
        "access-log-ask-about",
        [("when", words.when.clone().into())],
    );
    view! {
        <tr class="govuk-table__row">
            <td class="govuk-table__cell">{words.when}</td>
            <td class="govuk-table__cell">{words.who}</td>
            <td class="govuk-table__cell">{words.what}</td>
            <td class="govuk-table__cell">{words.why}</td>
            <td class="govuk-table__cell">
                <a class="govuk-link" href=ask>
                    {t("access-log-ask")}
                    <span class="govuk-visually-hidden">{hidden}</span>
                </a>
            </td>
        </tr>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_names_the_page_and_where_it_starts() {
        let s = |v: &str| Some(v.to_owned());
        let edge = Position {
            at: 1_780_000_000,
            seq: 42,
        };
        let cases = [
            ((None, None, None), Place::from(1)),
            ((s("3"), None, None), Place::from(3)),
            ((s("0"), None, None), Place::from(1)),
            ((s("many"), None, None), Place::from(1)),
            (
                (s("3"), s("1780000000.42"), None),
                Place {
                    page: 3,
                    window: Window::OlderThan(edge),
                },
            ),
            (
                (s("3"), None, s("1780000000.42")),
                Place {
                    page: 3,
                    window: Window::NewerThan(edge),
                },
            ),
            // An edge that does not read: the page is counted.
            ((s("3"), s("<script>"), None), Place::from(3)),
            ((s("3"), s(""), s("x.y")), Place::from(3)),
        ];
        for ((page, older, newer), expected) in cases {
            let asked = format!("{page:?} {older:?} {newer:?}");
            assert_eq!(place(page, older, newer), expected, "{asked}");
        }
    }
}
