//! Registering an attorney or Court of Protection deputy after checking the document. One
//! form, because every answer describes the one document in the member of staff's hands (GOV.UK
//! "Question pages": related questions about one thing may share a page); it starts with whose
//! record it is, as taking down a request does.

use crate::components::checkboxes::{CheckboxItem, Checkboxes};
use crate::components::date_input::DateInput;
use crate::components::radios::{RadioItem, Radios};
use crate::components::text_input::TextInput;
use crate::components::textarea::Textarea;
use crate::errors::AppError;
use crate::i18n::t;
use crate::labels;
use crate::layout::guard::require_staff;
use crate::pages::requests::{summary, title};
use crate::serverfns::delegates::register::{REGISTERED_AUTHORITIES, RegisterAuthority};
use candour_domain::access::{DelegateScope, StaffAction};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/staff/delegates/new`
#[component]
pub fn RegisterAuthorityPage() -> impl IntoView {
    if let Err(instead) = require_staff(StaffAction::FindPeople) {
        return instead;
    }
    let action = ServerAction::<RegisterAuthority>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let answer = {
        let error = error.clone();
        move |f: &str| error.as_ref().and_then(|e| e.answer(f))
    };
    let problem = {
        let error = error.clone();
        move |f: &str| error.as_ref().and_then(|e| e.problem_for(f)).map(|k| t(&k))
    };
    let ticked: Vec<String> = match &error {
        Some(AppError::Invalid { answers, .. }) => answers
            .iter()
            .filter(|(f, _)| f == "scopes")
            .map(|(_, v)| v.clone())
            .collect(),
        // A health and welfare attorney or deputy usually acts in all of these.
        _ => DelegateScope::ALL
            .iter()
            .map(|s| s.key().to_owned())
            .collect(),
    };
    let authorities: Vec<RadioItem> = REGISTERED_AUTHORITIES
        .into_iter()
        .map(|a| RadioItem {
            value: a.key().to_owned(),
            text: t(labels::authority(a)),
            hint: None,
        })
        .collect();
    let scopes: Vec<CheckboxItem> = DelegateScope::ALL
        .into_iter()
        .map(|s| CheckboxItem {
            value: s.key().to_owned(),
            text: t(labels::scope(s)),
            hint: None,
        })
        .collect();
    let ends = (
        answer("ends_day").unwrap_or_default(),
        answer("ends_month").unwrap_or_default(),
        answer("ends_year").unwrap_or_default(),
    );
    view! {
        <Title text=title("register-title", error.as_ref())/>
        <a href="/account" class="govuk-back-link">{t("back")}</a>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {summary(error.as_ref(), &[
                    ("person_ref", "#person_ref"),
                    ("name", "#name"),
                    ("email", "#email"),
                    ("authority", "#authority"),
                    ("reference", "#reference"),
                    ("checked", "#checked"),
                    ("scopes", "#scopes"),
                    ("ends-day", "#ends-day"),
                ])}
                <h1 class="govuk-heading-l">{t("register-heading")}</h1>
                <p class="govuk-body">{t("register-intro")}</p>
                <ActionForm action=action attr:novalidate="true">
                    <TextInput name="person_ref" label=t("record-person") hint=t("record-person-hint") value=answer("person_ref") error=problem("person_ref") class="govuk-input govuk-input--width-20"/>
                    <Radios name="authority" legend=t("register-authority") items=authorities checked=answer("authority") error=problem("authority")/>
                    <TextInput name="name" label=t("register-name") value=answer("name") error=problem("name") autocomplete="off".to_owned()/>
                    <TextInput name="email" label=t("register-email") hint=t("register-email-hint") value=answer("email") error=problem("email") autocomplete="off".to_owned()/>
                    <TextInput name="reference" label=t("register-reference") hint=t("register-reference-hint") value=answer("reference") error=problem("reference") class="govuk-input govuk-input--width-20"/>
                    <Textarea name="checked" label=t("register-checked") hint=t("register-checked-hint") value=answer("checked") error=problem("checked")/>
                    <Checkboxes name="scopes[]" legend=t("register-scopes") hint=t("invite-scopes-hint") items=scopes checked=ticked error=problem("scopes")/>
                    <DateInput prefix="ends" legend=t("register-ends") hint=t("register-ends-hint") value=ends error=problem("ends-day")/>
                    <button type="submit" class="govuk-button" data-module="govuk-button">{t("register-button")}</button>
                </ActionForm>
            </div>
        </div>
    }
    .into_any()
}
