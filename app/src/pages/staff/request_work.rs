//! Working one request: its story, who is working on it, and a form to record what happened
//! next (each checked against the clock's rules; the person is told at once).
//!
//! A correction that points at one statement shows that statement and a form to correct it,
//! which completes the request; below it, the duty to tell earlier recipients (Art 19). After a
//! refusal, the person's statement of disagreement is shown here too.

use crate::components::date_input::DateInput;
use crate::components::notification_banner::NotificationBanner;
use crate::components::radios::{RadioItem, Radios};
use crate::components::select::Select;
use crate::components::textarea::Textarea;
use crate::i18n::{t, t_args};
use crate::labels;
use crate::layout::disagreement_note::DisagreementNote;
use crate::layout::guard::require_staff;
use crate::layout::recipients::Recipients;
use crate::layout::request_summary::RequestSummary;
use crate::layout::statement_quote::StatementQuote;
use crate::pages::not_found::NotFound;
use crate::pages::requests::{summary, title};
use crate::requests::disagreement_on;
use crate::serverfns::requests::assign::AssignRequest;
use crate::serverfns::requests::correct::CorrectRecord;
use crate::serverfns::requests::make_copy::MakeAccessCopy;
use crate::serverfns::requests::record_event::RecordRequestEvent;
use crate::session;
use crate::state::app_state;
use candour_domain::access::{Role, StaffAction};
use candour_domain::deadline::Calendar;
use candour_domain::rectification::shown_statement;
use candour_domain::rights::{EventKind, RequestId, RequestStatus};
use candour_domain::sharing::recipients_of;
use candour_services::records::{Why, staff_open_entry};
use chrono::Datelike as _;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/staff/requests/{reference}`
#[component]
pub fn RequestWorkPage() -> impl IntoView {
    let signed_in = match require_staff(StaffAction::WorkRequestQueue) {
        Ok(signed_in) => signed_in,
        Err(instead) => return instead,
    };
    let reference = use_params_map()
        .with_untracked(|p| p.get("reference"))
        .unwrap_or_default();
    let recorded = use_query_map().with_untracked(|q| q.get("recorded").is_some());
    let action = ServerAction::<RecordRequestEvent>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let assign = ServerAction::<AssignRequest>::new();
    let assign_error = assign.value().get_untracked().and_then(Result::err);
    let assigned = use_query_map().with_untracked(|q| q.get("assigned").is_some());
    let copied = use_query_map().with_untracked(|q| q.get("copied").is_some());
    let copy = ServerAction::<MakeAccessCopy>::new();
    let copy_error = copy.value().get_untracked().and_then(Result::err);
    let correct = ServerAction::<CorrectRecord>::new();
    let correct_error = correct.value().get_untracked().and_then(Result::err);
    let corrected = use_query_map().with_untracked(|q| q.get("corrected").is_some());
    let me = signed_in.account.id;
    let state = app_state();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let request = match RequestId::from_reference(&reference) {
                    Some(id) => state.services.reads().request(id).await.ok().flatten(),
                    None => None,
                };
                let Some(request) = request else {
                    return view! { <NotFound/> }.into_any();
                };
                let person = state.services.reads().person(request.details.person).await.ok().flatten();
                let officers = state.services.reads().staff_with_role(Role::PrivacyOfficer).await.unwrap_or_default();
                let assignees = std::iter::once((String::new(), t("assign-no-one")))
                    .chain(officers.iter().map(|a| {
                        let name = a.details.display_name.clone();
                        let text = if a.id == me { t_args("assign-you", [("name", name.into())]) } else { name };
                        (a.id.0.to_string(), text)
                    }))
                    .collect::<Vec<_>>();
                let assignee = assign_error
                    .as_ref()
                    .and_then(|e| e.answer("assignee"))
                    .or_else(|| request.assigned_to.map(|a| a.0.to_string()));
                let assignee_error = assign_error.as_ref().and_then(|e| e.problem_for("assignee")).map(|k| t(&k));
                let deadline = request.deadline(state.portal.nation, Calendar::bundled()).ok().flatten();
                let today = session::today();
                let closed = matches!(request.status(), RequestStatus::Completed | RequestStatus::Refused);
                let is_access = request.details.right == candour_domain::rights::Right::Access;
                let copy_reference = request.reference();
                // Quoting the statement shows part of the record: it goes through the access
                // hook, so the view is on the person's access log like any other.
                let pointed = match request.details.statement {
                    // A long-closed case asks why first (`candour_services::closed_cases`).
                    Some(target) => match staff_open_entry(&state.services, &signed_in.caller(), request.details.person, target.entry, Why::RightsRequest).await {
                        Ok((_, entry)) => shown_statement(&entry.details, target.position)
                            .cloned()
                            .map(|statement| (entry, statement)),
                        Err(error @ candour_services::ServiceError::ReasonNeeded { .. }) => {
                            return crate::refusals::instead_of(&error);
                        }
                        Err(_) => None,
                    },
                    None => None,
                };
                let disagreement = disagreement_on(&request).await;
                let correct_reference = request.reference();
                let should_say = request.details.should_say.clone();
                // Art 19: once the correction is made, whom to tell (see `layout::recipients`).
                let completed = request.status() == RequestStatus::Completed;
                let recipients = match &pointed {
                    Some((entry, _)) if corrected || completed => {
                        let shares = state.services.reads().sharing_for_person(request.details.person).await.unwrap_or_default();
                        Some(recipients_of(&entry.details.source_id, &shares).into_iter().cloned().collect::<Vec<_>>())
                    }
                    _ => None,
                };
                let correction = pointed.map(|(entry, statement)| {
                    let href = format!("/staff/people/{}/record/{}?why=request", entry.details.person.0, entry.id.0);
                    let value = correct_error.as_ref().and_then(|e| e.answer("corrected")).or(should_say);
                    let problem = correct_error.as_ref().and_then(|e| e.problem_for("corrected")).map(|k| t(&k));
                    view! {
                        <h2 class="govuk-heading-m">{t("correct-heading")}</h2>
                        <StatementQuote entry=entry statement=statement entry_href=href/>
                        {(!closed).then(|| view! {
                            <ActionForm action=correct attr:novalidate="true">
                                <input type="hidden" name="reference" value=correct_reference/>
                                <Textarea name="corrected" label=t("correct-label") hint=t("correct-hint") value=value error=problem/>
                                <button type="submit" class="govuk-button" data-module="govuk-button">{t("correct-button")}</button>
                            </ActionForm>
                            <p class="govuk-body">{t("correct-refuse-instead")}</p>
                        })}
                    }
                });
                let tell_recipients = recipients
                    .filter(|_| correct_error.is_none())
                    .map(|shares| view! { <Recipients shares=shares/> });
                let answer = |f: &str| error.as_ref().and_then(|e| e.answer(f));
                let problem = |f: &str| error.as_ref().and_then(|e| e.problem_for(f)).map(|k| t(&k));
                let items: Vec<RadioItem> = EventKind::ALL
                    .into_iter()
                    .map(|k| RadioItem { value: k.key().to_owned(), text: t(labels::event(k)), hint: None })
                    .collect();
                let date_value = match error.as_ref() {
                    Some(_) => (answer("on_day").unwrap_or_default(), answer("on_month").unwrap_or_default(), answer("on_year").unwrap_or_default()),
                    None => (today.day().to_string(), today.month().to_string(), today.year().to_string()),
                };
                let reference = request.reference();
                let assign_reference = reference.clone();
                let (kind_checked, kind_error) = (answer("kind"), problem("kind"));
                let (note_value, note_error, date_error) = (answer("note"), problem("note"), problem("on-day"));
                view! {
                    <Title text=title("work-title", error.as_ref())/>
                    <a href="/staff/requests" class="govuk-back-link">{t("work-back")}</a>
                    <div class="govuk-grid-row">
                        <div class="govuk-grid-column-two-thirds">
                            {(recorded && error.is_none()).then(|| view! {
                                <NotificationBanner title=t("banner-success") success=true>
                                    <p class="govuk-notification-banner__heading">{t("work-recorded")}</p>
                                </NotificationBanner>
                            })}
                            {(assigned && assign_error.is_none()).then(|| view! {
                                <NotificationBanner title=t("banner-success") success=true>
                                    <p class="govuk-notification-banner__heading">{t("assign-saved")}</p>
                                </NotificationBanner>
                            })}
                            {summary(error.as_ref(), &[("kind", "#kind"), ("on-day", "#on-day"), ("note", "#note")])}
                            {summary(assign_error.as_ref(), &[("assignee", "#assignee")])}
                            {summary(copy_error.as_ref(), &[("copy", "#copy")])}
                            {summary(correct_error.as_ref(), &[("corrected", "#corrected")])}
                            {(corrected && correct_error.is_none()).then(|| view! {
                                <NotificationBanner title=t("banner-success") success=true>
                                    <p class="govuk-notification-banner__heading">{t("correct-done")}</p>
                                </NotificationBanner>
                            })}
                            {(copied && copy_error.is_none()).then(|| view! {
                                <NotificationBanner title=t("banner-success") success=true>
                                    <p class="govuk-notification-banner__heading">{t("copy-made")}</p>
                                </NotificationBanner>
                            })}
                            <span class="govuk-caption-l">{person.map(|p| p.details.full_name()).unwrap_or_default()}</span>
                            <h1 class="govuk-heading-l">{reference.clone()}</h1>
                            <RequestSummary request=request.clone() deadline=deadline.clone() today=today/>
                            {correction}
                            {tell_recipients}
                            {disagreement.map(|d| view! { <DisagreementNote disagreement=d for_staff=true/> })}
                            {deadline.map(|d| view! {
                                <p class="govuk-body">{t("work-notice-deadline")} " " <strong>{crate::i18n::date(d.extension_notice_deadline)}</strong></p>
                            })}
                            {(!closed && is_access).then(|| view! {
                                <h2 class="govuk-heading-m" id="copy">{t("copy-make-heading")}</h2>
                                <p class="govuk-body">{t("copy-make-text")}</p>
                                <ActionForm action=copy attr:novalidate="true">
                                    <input type="hidden" name="reference" value=copy_reference/>
                                    <button type="submit" class="govuk-button" data-module="govuk-button">{t("copy-make-button")}</button>
                                </ActionForm>
                            })}
                            {(!closed).then(|| view! {
                                <h2 class="govuk-heading-m">{t("assign-heading")}</h2>
                                <ActionForm action=assign attr:novalidate="true">
                                    <input type="hidden" name="reference" value=assign_reference/>
                                    <Select name="assignee" label=t("assign-label") options=assignees selected=assignee error=assignee_error/>
                                    <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">{t("assign-save")}</button>
                                </ActionForm>
                                <h2 class="govuk-heading-m">{t("work-record-heading")}</h2>
                                <ActionForm action=action attr:novalidate="true">
                                    <input type="hidden" name="reference" value=reference.clone()/>
                                    <Radios name="kind" legend=t("work-what-happened") items=items checked=kind_checked error=kind_error/>
                                    <DateInput prefix="on" legend=t("work-when") hint=t("work-when-hint") value=date_value error=date_error/>
                                    <Textarea name="note" label=t("work-note") hint=t("work-note-hint") value=note_value error=note_error/>
                                    <button type="submit" class="govuk-button" data-module="govuk-button">{t("work-record")}</button>
                                </ActionForm>
                            })}
                        </div>
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
