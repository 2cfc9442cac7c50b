//! `/notifications`: one question, "How should we tell you when there is news?", with
//! two answers: on this website only, or by email too, with the address and which news to email
//! (a share we can now tell them of, someone opening their closed case, someone acting for them,
//! an answer to their question: `candour_domain::news`). News is always a message on the
//! website. The current choice is shown chosen. Works without JavaScript; a problem is shown in an error summary with
//! what was typed kept (`candour_services::notification_choices`).

use crate::components::back_link::BackLink;
use crate::components::checkboxes::{CheckboxItem, Checkboxes};
use crate::components::radios::{RadioItem, Radios};
use crate::components::text_input::TextInput;
use crate::i18n::t;
use crate::layout::guard::require_person;
use crate::pages::requests::{summary, title};
use crate::serverfns::notifications::ChooseNotifications;
use crate::session;
use crate::state::app_state;
use candour_domain::access::PersonAction;
use candour_services::notification_choices::choice;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/notifications`
#[component]
pub fn NotificationsPage() -> impl IntoView {
    let person = match require_person(PersonAction::ChooseNotifications) {
        Ok((_, person)) => person,
        Err(instead) => return instead,
    };
    let action = ServerAction::<ChooseNotifications>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let services = app_state().services;
    let caller = session::caller();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let chosen = match choice(&services, &caller, person).await {
                    Ok(chosen) => chosen,
                    Err(error) => return crate::refusals::instead_of(&error),
                };
                let message = |field: &str| {
                    error.as_ref().and_then(|e| e.problem_for(field)).map(|key| t(&key))
                };
                let typed = |field: &str| error.as_ref().and_then(|e| e.answer(field));
                let how = typed("how").filter(|h| !h.is_empty()).or_else(|| {
                    Some(if chosen.email.is_some() { "email" } else { "website" }.to_owned())
                });
                let ticked: Vec<String> = match &error {
                    Some(e) => e.answers("kinds"),
                    None if chosen.email.is_some() => chosen.by_email.iter().map(|k| k.key().to_owned()).collect(),
                    None => Vec::new(),
                };
                let email = typed("email").or(chosen.email.clone()).unwrap_or_default();
                let (how_error, email_error, kinds_error) = (message("how"), message("email"), message("kinds"));
                let kinds = candour_domain::news::NewsKind::ALL
                    .into_iter()
                    .map(|k| CheckboxItem { value: k.key().to_owned(), text: t(news_words(k)), hint: None })
                    .collect::<Vec<_>>();
                let title = title("notifications-title", error.as_ref());
                let summary = summary(error.as_ref(), &[("how", "#how"), ("email", "#email"), ("kinds", "#kinds")]);
                let items = vec![
                    RadioItem { value: "website".to_owned(), text: t("notifications-website"), hint: None },
                    RadioItem {
                        value: "email".to_owned(),
                        text: t("notifications-email"),
                        hint: Some(t("notifications-email-hint")),
                    },
                ];
                view! {
                    <Title text=title/>
                    <BackLink href="/account" text=t("back")/>
                    <div class="govuk-grid-row">
                        <div class="govuk-grid-column-two-thirds">
                            {summary}
                            <ActionForm action=action attr:novalidate="true">
                                <Radios
                                    name="how"
                                    legend=t("notifications-heading")
                                    legend_is_heading=true
                                    items=items
                                    checked=how
                                    error=how_error
                                />
                                <TextInput
                                    name="email"
                                    label=t("notifications-address")
                                    hint=t("notifications-address-hint")
                                    value=email
                                    error=email_error
                                    autocomplete="email".to_owned()
                                />
                                <Checkboxes
                                    name="kinds[]"
                                    legend=t("notifications-kinds")
                                    hint=t("notifications-kinds-hint")
                                    items=kinds
                                    checked=ticked
                                    error=kinds_error
                                />
                                <button type="submit" class="govuk-button" data-module="govuk-button">{t("notifications-save")}</button>
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

/// The words for a kind of news.
fn news_words(kind: candour_domain::news::NewsKind) -> &'static str {
    use candour_domain::news::NewsKind;
    match kind {
        NewsKind::Shares => "notifications-kind-shares",
        NewsKind::ClosedCase => "notifications-kind-closed-case",
        NewsKind::Helpers => "notifications-kind-helpers",
        NewsKind::Answers => "notifications-kind-answers",
    }
}
