//! `/staff/people`: staff find a person by part of their name or their case reference, and
//! their date of birth if they have it (`candour_services::people::find`), then open their
//! summary (their name links to it) or record a share of their information. The search is a GET form, so it works the same without JavaScript and
//! the results can be bookmarked; a date that is not a date is explained, keeping what was
//! typed.

use crate::components::date_input::DateInput;
use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::text_input::TextInput;
use crate::forms::date_from_parts;
use crate::i18n::{date, t, t_args};
use crate::layout::guard::require_staff;
use crate::state::app_state;
use candour_domain::access::StaffAction;
use candour_services::people::find;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/staff/people?q=…&born_day=…&born_month=…&born_year=…`
#[component]
pub fn PeoplePage() -> impl IntoView {
    let signed_in = match require_staff(StaffAction::FindPeople) {
        Ok(signed_in) => signed_in,
        Err(instead) => return instead,
    };
    let (words, day, month, year) = use_query_map().with_untracked(|q| {
        let get = |k: &str| q.get(k).unwrap_or_default().trim().to_owned();
        (
            get("q"),
            get("born_day"),
            get("born_month"),
            get("born_year"),
        )
    });
    let asked = !(words.is_empty() && day.is_empty() && month.is_empty() && year.is_empty());
    let born = date_from_parts(&day, &month, &year);
    let problem = born.err().map(t);
    let title = if problem.is_some() {
        format!("{} {}", t("error-prefix"), t("people-title"))
    } else {
        t("people-title")
    };
    let services = app_state().services;
    let searched = words.clone();
    view! {
        <Title text=title/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {problem.clone().map(|text| view! {
                    <ErrorSummary title=t("error-summary-title") items=vec![ErrorItem { href: "#born-day".to_owned(), text }]/>
                })}
                <h1 class="govuk-heading-l">{t("people-heading")}</h1>
                <form method="get" action="/staff/people" novalidate>
                    <TextInput name="q" label=t("people-words") hint=t("people-words-hint") value=Some(words) autocomplete="off".to_owned()/>
                    <DateInput prefix="born" legend=t("people-born") hint=t("people-born-hint") value=(day, month, year) error=problem.clone()/>
                    <button type="submit" class="govuk-button" data-module="govuk-button">{t("people-search")}</button>
                </form>
            </div>
        </div>
        {(asked && problem.is_none()).then(|| view! {
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let born = born.ok().flatten();
                    let Ok(people) = find(&services, &signed_in.caller(), &searched, born).await else {
                        return view! { <p class="govuk-body">{t("people-unreadable")}</p> }.into_any();
                    };
                    if people.is_empty() {
                        return view! { <p class="govuk-body">{t("people-none")}</p> }.into_any();
                    }
                    let count = people.len();
                    view! {
                        <table class="govuk-table">
                            <caption class="govuk-table__caption govuk-table__caption--m">
                                {t_args("people-found", [("count", count.into())])}
                            </caption>
                            <thead class="govuk-table__head">
                                <tr class="govuk-table__row">
                                    <th scope="col" class="govuk-table__header">{t("people-name")}</th>
                                    <th scope="col" class="govuk-table__header">{t("people-date-of-birth")}</th>
                                    <th scope="col" class="govuk-table__header">{t("people-reference")}</th>
                                    <th scope="col" class="govuk-table__header">{t("people-actions")}</th>
                                </tr>
                            </thead>
                            <tbody class="govuk-table__body">
                                {people
                                    .into_iter()
                                    .map(|person| {
                                        let name = person.details.full_name();
                                        let share = format!("/staff/people/{}/sharing/new", person.id.0);
                                        let summary = format!("/staff/people/{}", person.id.0);
                                        view! {
                                            <tr class="govuk-table__row">
                                                <td class="govuk-table__cell"><a class="govuk-link" href=summary>{name.clone()}</a></td>
                                                <td class="govuk-table__cell">{date(person.details.date_of_birth)}</td>
                                                <td class="govuk-table__cell">{person.details.source_id.clone()}</td>
                                                <td class="govuk-table__cell">
                                                    <a class="govuk-link" href=share>
                                                        {t("people-record-share")}
                                                        <span class="govuk-visually-hidden">" " {t_args("people-for", [("name", name.into())])}</span>
                                                    </a>
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    }
                    .into_any()
                })}
            </Suspense>
        })}
    }
    .into_any()
}
