//! `/access-log/{look}/ask`: "Ask why someone looked". One question on its own page: the look it
//! is about (when, who, what, the reason they gave), then the person's question in their own
//! words. Sending it goes back to "Who looked at your record" with its reference and the day we
//! will answer by (`candour_services::questions`). A blank or over-long question is shown in an
//! error summary with what was typed kept. A look that is not one of this person's staff looks
//! answers "not found". Works without JavaScript.

use crate::components::back_link::BackLink;
use crate::components::summary_list::SummaryRow;
use crate::components::textarea::Textarea;
use crate::i18n::t;
use crate::pages::access_log::look_words;
use crate::pages::record::person_reader;
use crate::pages::requests::{summary, title};
use crate::serverfns::questions::ask::AskWhyLooked;
use crate::session;
use crate::state::app_state;
use candour_domain::access::PersonAction;
use candour_domain::audit::AuditAction;
use candour_services::questions::{WORDS, look_to_ask_about};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/access-log/{look}/ask`
#[component]
pub fn AskWhyPage() -> impl IntoView {
    let person = match person_reader(PersonAction::SeeSharingAndAccess, AuditAction::OpenedPage) {
        Ok((_, person)) => person,
        Err(instead) => return instead,
    };
    let look = use_params_map()
        .with_untracked(|p| p.get("look"))
        .and_then(|l| l.parse::<i64>().ok());
    let action = ServerAction::<AskWhyLooked>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let services = app_state().services;
    let caller = session::caller();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let Some(look) = look else {
                    return crate::refusals::not_found(AuditAction::OpenedPage, crate::refusals::this_page()).await;
                };
                let found = match look_to_ask_about(&services, &caller, person, look).await {
                    Ok(found) => found,
                    Err(error) => return crate::refusals::instead_of(&error),
                };
                let words = look_words(found, false);
                let value = error.as_ref().and_then(|e| e.answer(WORDS));
                let problem = error.as_ref().and_then(|e| e.problem_for(WORDS)).map(|k| t(&k));
                view! {
                    <Title text=title("question-title", error.as_ref())/>
                    <BackLink href="/access-log".to_owned() text=t("back")/>
                    <div class="govuk-grid-row">
                        <div class="govuk-grid-column-two-thirds">
                            {summary(error.as_ref(), &[(WORDS, "#words")])}
                            <h1 class="govuk-heading-l">{t("question-heading")}</h1>
                            <dl class="govuk-summary-list">
                                <SummaryRow key=t("access-log-when")>{words.when}</SummaryRow>
                                <SummaryRow key=t("access-log-who")>{words.who}</SummaryRow>
                                <SummaryRow key=t("access-log-what")>{words.what}</SummaryRow>
                                <SummaryRow key=t("access-log-why")>{words.why}</SummaryRow>
                            </dl>
                            <ActionForm action=action attr:novalidate="true">
                                <input type="hidden" name="look" value=look.to_string()/>
                                <Textarea
                                    name=WORDS
                                    label=t("question-label")
                                    hint=t("question-hint")
                                    value=value
                                    error=problem
                                />
                                <p class="govuk-body">{t("question-when")}</p>
                                <button type="submit" class="govuk-button" data-module="govuk-button">{t("question-send")}</button>
                            </ActionForm>
                        </div>
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
