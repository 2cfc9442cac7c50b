//! `/staff/people/{person}`: what a member of staff sees first about a person
//! (`candour_services::people::summary`, which records the look): their details; the newest
//! parts of their care record, each opened for casework; their rights requests (linked to the
//! request for those who work the queue); every share of their information, the ones they were
//! not told of flagged with the review date and "Overdue" in words; how often staff looked (and,
//! for privacy officers, a closed case links to the closed-case alerts); and recording a share.
//! Anyone else, and a person who does not exist, gets "not found".

use super::share_new::person_in_address;
use crate::components::summary_list::SummaryRow;
use crate::i18n::{date, t, t_args};
use crate::labels;
use crate::layout::guard::require_signed_in;
use crate::pages::not_found::NotFound;
use crate::state::app_state;
use candour_domain::access::{StaffAction, may};
use candour_domain::person::CaseStatus;
use candour_domain::sharing::{Sharing, Telling};
use candour_services::people::{PersonSummary, summary};
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/staff/people/{person}`
#[component]
pub fn PersonSummaryPage() -> impl IntoView {
    let Some(signed_in) = require_signed_in() else {
        return ().into_any();
    };
    let Some(person) = person_in_address() else {
        return view! { <NotFound/> }.into_any();
    };
    let may_do = |action| signed_in.actor.as_ref().is_some_and(|a| may(a, action));
    let works_queue = may_do(StaffAction::WorkRequestQueue);
    let investigates = may_do(StaffAction::InvestigateAccess);
    let services = app_state().services;
    let today = services.today();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let found = match summary(&services, &signed_in.caller(), person).await {
                    Ok(found) => found,
                    Err(error) => return crate::refusals::instead_of(&error),
                };
                summary_view(found, works_queue, investigates, today).into_any()
            })}
        </Suspense>
    }
    .into_any()
}

/// The page, once the look is recorded.
fn summary_view(
    found: PersonSummary,
    works_queue: bool,
    investigates: bool,
    today: NaiveDate,
) -> impl IntoView {
    let id = found.person.id.0;
    let details = &found.person.details;
    let name = details.full_name();
    let case = match details.case_status {
        CaseStatus::Open => t("staff-person-case-open"),
        CaseStatus::Closed { on } => {
            t_args("staff-person-case-closed", [("date", date(on).into())])
        }
    };
    let record_share = format!("/staff/people/{id}/sharing/new");
    let born = date(details.date_of_birth);
    let reference = details.source_id.clone();
    let looks = t_args("staff-person-looks", [("count", found.looks.into())]);
    let (entries, total) = found.entries;
    view! {
        <Title text=t_args("staff-person-title", [("name", name.clone().into())])/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <span class="govuk-caption-l">{reference}</span>
                <h1 class="govuk-heading-l">{name}</h1>
                <dl class="govuk-summary-list">
                    <SummaryRow key=t("people-date-of-birth")>{born}</SummaryRow>
                    <SummaryRow key=t("staff-person-case")>{case}</SummaryRow>
                    <SummaryRow key=t("staff-person-looks-key")>{looks}</SummaryRow>
                    {(investigates && matches!(details.case_status, CaseStatus::Closed { .. })).then(|| view! {
                        <SummaryRow key=t("staff-person-alerts-key")>
                            <a class="govuk-link" href="/staff/alerts">{t("account-alerts-link")}</a>
                        </SummaryRow>
                    })}
                </dl>
                <a class="govuk-button" data-module="govuk-button" role="button" draggable="false" href=record_share>
                    {t("staff-person-record-share")}
                </a>

                <h2 class="govuk-heading-m">{t("staff-person-entries-heading")}</h2>
                {if entries.is_empty() {
                    view! { <p class="govuk-body">{t("staff-person-entries-none")}</p> }.into_any()
                } else {
                    view! {
                        <p class="govuk-body">{t_args("staff-person-entries-count", [("shown", entries.len().into()), ("total", total.into())])}</p>
                        <ul class="govuk-list">
                            {entries.into_iter().map(|e| {
                                let href = format!("/staff/people/{id}/record/{}?why=casework", e.id.0);
                                view! {
                                    <li>
                                        <a class="govuk-link" href=href>{e.details.title.clone()}</a>
                                        " (" {date(e.details.written_date)} ")"
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}

                <h2 class="govuk-heading-m">{t("staff-person-requests-heading")}</h2>
                {if found.requests.is_empty() {
                    view! { <p class="govuk-body">{t("staff-person-requests-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="govuk-list">
                            {found.requests.into_iter().map(|r| {
                                let reference = r.reference();
                                let words = t_args("staff-person-request", [
                                    ("reference", reference.clone().into()),
                                    ("right", t(labels::right(r.details.right)).into()),
                                    ("status", t(labels::request_status(r.status())).into()),
                                ]);
                                let href = format!("/staff/requests/{reference}");
                                view! {
                                    <li>
                                        {if works_queue {
                                            view! { <a class="govuk-link" href=href>{words}</a> }.into_any()
                                        } else {
                                            words.into_any()
                                        }}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}

                <h2 class="govuk-heading-m">{t("staff-person-shares-heading")}</h2>
                {if found.shares.is_empty() {
                    view! { <p class="govuk-body">{t("staff-person-shares-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="govuk-list govuk-list--spaced">
                            {found.shares.into_iter().map(|(_, s)| share_item(&s, today)).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </div>
        </div>
    }
}

/// One share: who with and when, and whether the person was told.
fn share_item(s: &Sharing, today: NaiveDate) -> impl IntoView + use<> {
    let what = t_args(
        "staff-person-share",
        [
            ("role", s.recipient_role.clone().into()),
            ("organisation", s.recipient_organisation.clone().into()),
            ("date", date(s.shared_on).into()),
        ],
    );
    let told = match &s.telling {
        Telling::Told { on } => t_args("staff-person-share-told", [("date", date(*on).into())]),
        Telling::NotYet { review_on, .. } => t_args(
            "staff-person-share-not-told",
            [("date", date(*review_on).into())],
        ),
    };
    let overdue = s.review_overdue(today);
    view! {
        <li>
            {what} " " {told}
            {overdue.then(|| view! { " " <strong class="govuk-tag govuk-tag--red">{t("untold-overdue")}</strong> })}
        </li>
    }
}
