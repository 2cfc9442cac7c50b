//! Inviting someone to act for you: their name, what they may do, and an optional end date.
//! These three belong together (one decision about one person), so they share a page; the
//! choices are shown again with the code on the next page.

use crate::components::back_link::BackLink;
use crate::components::checkboxes::{CheckboxItem, Checkboxes};
use crate::components::date_input::DateInput;
use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::text_input::TextInput;
use crate::i18n::t;
use crate::labels;
use crate::layout::guard::require_person;
use crate::serverfns::delegates::invite::InviteDelegate;
use candour_domain::access::{DelegateScope, PersonAction};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/account/delegates/invite`
#[component]
pub fn InviteDelegatePage() -> impl IntoView {
    if let Err(instead) = require_person(PersonAction::ManageDelegates) {
        return instead;
    }
    let action = ServerAction::<InviteDelegate>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let message = {
        let error = error.clone();
        move |field: &str| {
            error
                .as_ref()
                .and_then(|e| e.problem_for(field))
                .map(|key| t(&key))
        }
    };
    let answer = {
        let error = error.clone();
        move |field: &str| {
            error
                .as_ref()
                .and_then(|e| e.answer(field))
                .unwrap_or_default()
        }
    };
    let ticked = error
        .as_ref()
        .map(|e| e.answers("scopes"))
        .unwrap_or_default();
    let summary: Vec<ErrorItem> = [
        ("name", "#name"),
        ("email", "#email"),
        ("scopes", "#scopes"),
        ("ends-day", "#ends-day"),
    ]
    .into_iter()
    .filter_map(|(field, href)| {
        message(field).map(|text| ErrorItem {
            href: href.to_owned(),
            text,
        })
    })
    .collect();
    let title = if summary.is_empty() {
        t("invite-title")
    } else {
        format!("{} {}", t("error-prefix"), t("invite-title"))
    };
    let items = DelegateScope::ALL
        .into_iter()
        .map(|s| CheckboxItem {
            value: s.key().to_owned(),
            text: t(labels::scope(s)),
            hint: None,
        })
        .collect::<Vec<_>>();
    view! {
        <Title text=title/>
        <BackLink href="/account/delegates" text=t("back")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {(!summary.is_empty()).then(|| view! { <ErrorSummary title=t("error-summary-title") items=summary.clone()/> })}
                <h1 class="govuk-heading-l">{t("invite-heading")}</h1>
                <p class="govuk-body">{t("invite-intro")}</p>
                <ActionForm action=action attr:novalidate="true">
                    <TextInput name="name" label=t("invite-name") value=answer("name") error=message("name") autocomplete="off".to_owned()/>
                    <TextInput name="email" label=t("invite-email") hint=t("invite-email-hint") value=answer("email") error=message("email") autocomplete="off".to_owned()/>
                    <Checkboxes name="scopes[]" legend=t("invite-scopes") hint=t("invite-scopes-hint") items=items checked=ticked error=message("scopes")/>
                    <DateInput
                        prefix="ends"
                        legend=t("invite-ends")
                        hint=t("invite-ends-hint")
                        value=(answer("ends_day"), answer("ends_month"), answer("ends_year"))
                        error=message("ends-day")
                    />
                    <button type="submit" class="govuk-button" data-module="govuk-button">{t("invite-button")}</button>
                </ActionForm>
            </div>
        </div>
    }
    .into_any()
}
