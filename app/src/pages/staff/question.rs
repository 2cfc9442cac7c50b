//! `/staff/questions/{id}`: one question about who looked, for a privacy officer to answer
//! (`candour_services::questions`): whose information, the look it is about (who, what, when,
//! the reason given), the question in the person's words and the day it is due; then the
//! answer, which the person reads beside the look and is told of (by email too if they chose
//! it). A question already answered shows its answer instead of the form. A blank or over-long
//! answer, or a second answer, is shown in an error summary with what was typed kept.

use crate::components::back_link::BackLink;
use crate::components::summary_list::SummaryRow;
use crate::components::textarea::Textarea;
use crate::i18n::{date, t, t_args};
use crate::layout::guard::require_staff;
use crate::pages::access_log::look_words;
use crate::pages::requests::{summary, title};
use crate::serverfns::questions::answer::AnswerQuestion;
use crate::state::app_state;
use candour_domain::access::StaffAction;
use candour_services::questions::{WORDS, question_in_full};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/staff/questions/{id}`
#[component]
pub fn StaffQuestionPage() -> impl IntoView {
    let signed_in = match require_staff(StaffAction::InvestigateAccess) {
        Ok(signed_in) => signed_in,
        Err(instead) => return instead,
    };
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .and_then(|l| l.parse::<i64>().ok());
    let action = ServerAction::<AnswerQuestion>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let services = app_state().services;
    let caller = signed_in.caller();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let Some(id) = id else {
                    return crate::refusals::not_found(candour_domain::audit::AuditAction::OpenedPage, crate::refusals::this_page()).await;
                };
                let found = match question_in_full(&services, &caller, id).await {
                    Ok(found) => found,
                    Err(error) => return crate::refusals::instead_of(&error),
                };
                let q = found.queued.question;
                let person = found.queued.person;
                let look = look_words(found.look, false);
                let value = error.as_ref().and_then(|e| e.answer(WORDS));
                let problem = error.as_ref().and_then(|e| e.problem_for(WORDS)).map(|k| t(&k));
                let respond = match q.answer.clone() {
                    Some(a) => view! {
                        <h2 class="govuk-heading-m">{t_args("question-answer", [("date", date(a.on).into())])}</h2>
                        <p class="govuk-body candour-pre-wrap">{a.words}</p>
                    }
                    .into_any(),
                    None => view! {
                        <ActionForm action=action attr:novalidate="true">
                            <input type="hidden" name="id" value=id.to_string()/>
                            <Textarea
                                name=WORDS
                                label=t("staff-question-answer-label")
                                hint=t("staff-question-answer-hint")
                                value=value
                                error=problem
                            />
                            <button type="submit" class="govuk-button" data-module="govuk-button">{t("staff-question-send")}</button>
                        </ActionForm>
                    }
                    .into_any(),
                };
                view! {
                    <Title text=title("staff-question-title", error.as_ref())/>
                    <BackLink href="/staff/questions".to_owned() text=t("back")/>
                    <div class="govuk-grid-row">
                        <div class="govuk-grid-column-two-thirds">
                            {summary(error.as_ref(), &[(WORDS, "#words")])}
                            <span class="govuk-caption-l">{q.reference()}</span>
                            <h1 class="govuk-heading-l">{t("staff-question-heading")}</h1>
                            <dl class="govuk-summary-list">
                                <SummaryRow key=t("staff-questions-whose")>
                                    {person.details.full_name()} " (" {person.details.source_id.clone()} ")"
                                </SummaryRow>
                                <SummaryRow key=t("access-log-when")>{look.when}</SummaryRow>
                                <SummaryRow key=t("access-log-who")>{look.who}</SummaryRow>
                                <SummaryRow key=t("access-log-what")>{look.what}</SummaryRow>
                                <SummaryRow key=t("staff-question-reason")>{look.why}</SummaryRow>
                                <SummaryRow key=t("question-words")>
                                    <p class="govuk-body candour-pre-wrap">{q.asked.words.clone()}</p>
                                </SummaryRow>
                                <SummaryRow key=t("question-asked-on")>{date(q.asked.asked_on)}</SummaryRow>
                                <SummaryRow key=t("question-due")>{date(q.asked.due_on)}</SummaryRow>
                            </dl>
                            {respond}
                        </div>
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
