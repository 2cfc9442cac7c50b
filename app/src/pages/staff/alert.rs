//! `/staff/alerts/{id}`: one closed-case access alert for a privacy officer
//! (`candour_services::closed_cases`): whose case and when it closed, who opened it (name and
//! role) and when, the reason they gave, and what they opened after giving it (from the audit
//! log); then the outcome: "legitimate", or "not
//! legitimate", which opens a breach record and tells the person; notes are required for both.
//! An alert already decided shows its outcome instead of the form. A missing finding, blank or
//! over-long notes, or a second outcome are shown in an error summary with what was typed kept.

use super::alerts::outcome_words;
use crate::components::back_link::BackLink;
use crate::components::radios::{RadioItem, Radios};
use crate::components::summary_list::SummaryRow;
use crate::components::textarea::Textarea;
use crate::i18n::{date, date_and_time, t};
use crate::labels;
use crate::layout::guard::require_staff;
use crate::pages::access_log::look_words;
use crate::pages::requests::{summary, title};
use crate::serverfns::closed_cases::decide::DecideAlert;
use crate::state::app_state;
use candour_domain::access::StaffAction;
use candour_domain::closed_case::Finding;
use candour_services::closed_cases::{FINDING, NOTES, alert};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/staff/alerts/{id}`
#[component]
pub fn StaffAlertPage() -> impl IntoView {
    let signed_in = match require_staff(StaffAction::InvestigateAccess) {
        Ok(signed_in) => signed_in,
        Err(instead) => return instead,
    };
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .and_then(|l| l.parse::<i64>().ok());
    let action = ServerAction::<DecideAlert>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let services = app_state().services;
    let caller = signed_in.caller();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let Some(id) = id else {
                    return crate::refusals::not_found(candour_domain::audit::AuditAction::OpenedPage, crate::refusals::this_page()).await;
                };
                let found = match alert(&services, &caller, id).await {
                    Ok(found) => found,
                    Err(error) => return crate::refusals::instead_of(&error),
                };
                let raised = found.alert.raised.clone();
                let person = found.person.details.clone();
                let roles = found
                    .staff_roles
                    .iter()
                    .map(|r| t(labels::role(*r)))
                    .collect::<Vec<_>>()
                    .join(", ");
                let outcome_now = outcome_words(&found);
                let opened = if found.opened.is_empty() {
                    t("staff-alert-opened-none").into_any()
                } else {
                    let items = found
                        .opened
                        .iter()
                        .cloned()
                        .map(|look| {
                            let words = look_words(look, false);
                            view! { <li>{words.what} " (" {words.when} ")"</li> }
                        })
                        .collect_view();
                    view! { <ul class="govuk-list">{items}</ul> }.into_any()
                };
                let decided_by = found.decided_by.clone().unwrap_or_default();
                let decided = found.alert.outcome.clone().map(|outcome| {
                    view! {
                        <h2 class="govuk-heading-m">{t("staff-alert-outcome")}</h2>
                        <dl class="govuk-summary-list">
                            <SummaryRow key=t("staff-alert-outcome")>{outcome_now}</SummaryRow>
                            <SummaryRow key=t("staff-alert-notes")>
                                <p class="govuk-body candour-pre-wrap">{outcome.notes}</p>
                            </SummaryRow>
                            <SummaryRow key=t("staff-alert-decided-by")>
                                {decided_by} ", " {date(outcome.on)}
                            </SummaryRow>
                        </dl>
                    }
                });
                let form = decided.is_none().then(|| {
                    let chosen = error.as_ref().and_then(|e| e.answer(FINDING));
                    let finding_problem = error.as_ref().and_then(|e| e.problem_for(FINDING)).map(|k| t(&k));
                    let notes = error.as_ref().and_then(|e| e.answer(NOTES));
                    let notes_problem = error.as_ref().and_then(|e| e.problem_for(NOTES)).map(|k| t(&k));
                    let items = vec![
                        RadioItem {
                            value: Finding::Legitimate.key().to_owned(),
                            text: t("staff-alert-legitimate"),
                            hint: None,
                        },
                        RadioItem {
                            value: Finding::NotLegitimate.key().to_owned(),
                            text: t("staff-alert-not-legitimate"),
                            hint: Some(t("staff-alert-not-legitimate-hint")),
                        },
                    ];
                    view! {
                        <ActionForm action=action attr:novalidate="true">
                            <input type="hidden" name="id" value=id.to_string()/>
                            <Radios name=FINDING legend=t("staff-alert-finding") items checked=chosen error=finding_problem/>
                            <Textarea
                                name=NOTES
                                label=t("staff-alert-notes")
                                hint=t("staff-alert-notes-hint")
                                value=notes
                                error=notes_problem
                            />
                            <button type="submit" class="govuk-button" data-module="govuk-button">{t("staff-alert-send")}</button>
                        </ActionForm>
                    }
                });
                view! {
                    <Title text=title("staff-alert-title", error.as_ref())/>
                    <BackLink href="/staff/alerts".to_owned() text=t("back")/>
                    <div class="govuk-grid-row">
                        <div class="govuk-grid-column-two-thirds">
                            {summary(error.as_ref(), &[(FINDING, "#finding"), (NOTES, "#notes")])}
                            <span class="govuk-caption-l">{found.alert.reference()}</span>
                            <h1 class="govuk-heading-l">{t("staff-alert-heading")}</h1>
                            <dl class="govuk-summary-list">
                                <SummaryRow key=t("staff-questions-whose")>
                                    {person.full_name()} " (" {person.source_id.clone()} ")"
                                </SummaryRow>
                                <SummaryRow key=t("staff-alert-closed-on")>{date(raised.closed_on)}</SummaryRow>
                                <SummaryRow key=t("staff-alert-who")>{found.staff_name.clone()} " (" {roles} ")"</SummaryRow>
                                <SummaryRow key=t("access-log-when")>{date_and_time(raised.at)}</SummaryRow>
                                <SummaryRow key=t("staff-alert-reason")>
                                    <p class="govuk-body candour-pre-wrap">{raised.reason.clone()}</p>
                                </SummaryRow>
                                <SummaryRow key=t("staff-alert-opened")>{opened}</SummaryRow>
                            </dl>
                            {decided}
                            {form}
                        </div>
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
