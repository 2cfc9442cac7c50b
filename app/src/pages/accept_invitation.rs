//! Someone given a code types it here, after signing in, to start acting for the person who
//! invited them. Staff never act for someone by a code, so for them the page is not found.

use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::text_input::TextInput;
use crate::i18n::t;
use crate::layout::guard::require_public_account;
use crate::serverfns::delegates::accept::AcceptInvitation;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/account/accept`
#[component]
pub fn AcceptInvitationPage() -> impl IntoView {
    if let Err(instead) = require_public_account() {
        return instead;
    }
    let action = ServerAction::<AcceptInvitation>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let message = error
        .as_ref()
        .and_then(|e| e.problem_for("code"))
        .map(|k| t(&k));
    let typed = error.as_ref().and_then(|e| e.answer("code"));
    let title = match message {
        Some(_) => format!("{} {}", t("error-prefix"), t("accept-title")),
        None => t("accept-title"),
    };
    view! {
        <Title text=title/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {message.clone().map(|text| view! {
                    <ErrorSummary title=t("error-summary-title") items=vec![ErrorItem { href: "#code".to_owned(), text }]/>
                })}
                <ActionForm action=action attr:novalidate="true">
                    <TextInput
                        name="code"
                        label=t("accept-heading")
                        label_is_heading=true
                        hint=t("accept-hint")
                        value=typed
                        error=message
                        autocomplete="off".to_owned()
                        class="govuk-input govuk-input--width-20"
                    />
                    <button type="submit" class="govuk-button" data-module="govuk-button">{t("accept-button")}</button>
                </ActionForm>
            </div>
        </div>
    }
    .into_any()
}
