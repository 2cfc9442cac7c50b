//! Taking down a request made by phone, letter, email or in person: whose it is (the case
//! system's id), what they asked for, how and when it arrived, and who helped.

use crate::components::date_input::DateInput;
use crate::components::radios::{RadioItem, Radios};
use crate::components::text_input::TextInput;
use crate::components::textarea::Textarea;
use crate::i18n::t;
use crate::labels;
use crate::layout::guard::require_staff;
use crate::pages::requests::{summary, title};
use crate::serverfns::requests::record_for_person::RecordRequestForPerson;
use candour_domain::access::StaffAction;
use candour_domain::rights::{Channel, Right};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/staff/requests/new`
#[component]
pub fn RecordRequestPage() -> impl IntoView {
    if let Err(instead) = require_staff(StaffAction::FindPeople) {
        return instead;
    }
    let recorded = use_query_map()
        .with_untracked(|q| q.get("recorded"))
        .and_then(|r| candour_domain::rights::RequestId::from_reference(&r))
        .map(|id| id.reference());
    let action = ServerAction::<RecordRequestForPerson>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let answer = {
        let error = error.clone();
        move |f: &str| error.as_ref().and_then(|e| e.answer(f))
    };
    let problem = {
        let error = error.clone();
        move |f: &str| error.as_ref().and_then(|e| e.problem_for(f)).map(|k| t(&k))
    };
    let rights: Vec<RadioItem> = Right::ALL
        .into_iter()
        .map(|r| RadioItem {
            value: r.key().to_owned(),
            text: t(labels::right(r)),
            hint: None,
        })
        .collect();
    let channels: Vec<RadioItem> = Channel::ALL
        .into_iter()
        .filter(|c| *c != Channel::Portal)
        .map(|c| RadioItem {
            value: c.key().to_owned(),
            text: t(labels::channel(c)),
            hint: None,
        })
        .collect();
    let received = (
        answer("received_day").unwrap_or_default(),
        answer("received_month").unwrap_or_default(),
        answer("received_year").unwrap_or_default(),
    );
    view! {
        <Title text=title("take-down-title", error.as_ref())/>
        <a href="/staff/requests" class="govuk-back-link">{t("work-back")}</a>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {summary(error.as_ref(), &[
                    ("person_ref", "#person_ref"),
                    ("right", "#right"),
                    ("channel", "#channel"),
                    ("received-day", "#received-day"),
                    ("about", "#about"),
                ])}
                {recorded.filter(|_| error.is_none()).map(|reference| view! {
                    <crate::components::notification_banner::NotificationBanner title=t("banner-success") success=true>
                        <p class="govuk-notification-banner__heading">{crate::i18n::t_args("record-saved", [("name", reference.into())])}</p>
                    </crate::components::notification_banner::NotificationBanner>
                })}
                <h1 class="govuk-heading-l">{t("take-down-heading")}</h1>
                <ActionForm action=action attr:novalidate="true">
                    <TextInput name="person_ref" label=t("record-person") hint=t("record-person-hint") value=answer("person_ref") error=problem("person_ref") class="govuk-input govuk-input--width-20"/>
                    <Radios name="right" legend=t("request-right-question") items=rights checked=answer("right") error=problem("right")/>
                    <Radios name="channel" legend=t("record-channel") items=channels checked=answer("channel") error=problem("channel")/>
                    <DateInput prefix="received" legend=t("record-received") hint=t("work-when-hint") value=received error=problem("received-day")/>
                    <Textarea name="about" label=t("request-about-question") value=answer("about") error=problem("about")/>
                    <TextInput name="helped_by" label=t("record-helped-by") hint=t("record-helped-by-hint") value=answer("helped_by")/>
                    <button type="submit" class="govuk-button" data-module="govuk-button">{t("record-button")}</button>
                </ActionForm>
            </div>
        </div>
    }
    .into_any()
}
