//! Changing the council's name and contact details printed on every leaflet and page footer.
//!
//! The six details are one answer to one question ("how do people reach you?"), like the parts
//! of an address, so they share a page (GOV.UK "Question pages": related fields may share one).
//! The form starts with the details in force; after an error it shows what was typed, with a
//! message by each problem and a summary at the top.

use crate::components::back_link::BackLink;
use crate::components::text_input::TextInput;
use crate::components::textarea::Textarea;
use crate::i18n::t;
use crate::layout::guard::require_staff;
use crate::pages::requests::{summary, title};
use crate::serverfns::organisation::save_details::{FIELDS, SaveOrganisationDetails};
use crate::state::app_state;
use candour_domain::access::StaffAction;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/staff/organisation`
#[component]
pub fn OrganisationPage() -> impl IntoView {
    if let Err(instead) = require_staff(StaffAction::ManageLeaflets) {
        return instead;
    }
    let action = ServerAction::<SaveOrganisationDetails>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let now = app_state().branding.current().organisation.clone();
    let in_force = [
        now.name,
        now.address,
        now.phone,
        now.email,
        now.website,
        now.dpo_email,
    ];
    let answer = {
        let error = error.clone();
        move |field: &str| {
            let typed = error.as_ref().and_then(|e| e.answer(field));
            typed.or_else(|| {
                FIELDS
                    .iter()
                    .position(|f| *f == field)
                    .map(|i| in_force[i].clone())
            })
        }
    };
    let problem = {
        let error = error.clone();
        move |field: &str| {
            error
                .as_ref()
                .and_then(|e| e.problem_for(field))
                .map(|k| t(&k))
        }
    };
    let links: Vec<(&str, String)> = FIELDS.iter().map(|f| (*f, format!("#{f}"))).collect();
    let links: Vec<(&str, &str)> = links.iter().map(|(f, h)| (*f, h.as_str())).collect();
    view! {
        <Title text=title("organisation-title", error.as_ref())/>
        <BackLink href="/staff/leaflets" text=t("back")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {summary(error.as_ref(), &links)}
                <h1 class="govuk-heading-l">{t("organisation-heading")}</h1>
                <p class="govuk-body">{t("organisation-intro")}</p>
                <ActionForm action=action attr:novalidate="true">
                    <TextInput name="name" label=t("comms-organisation-name") value=answer("name") error=problem("name") autocomplete="organization".to_owned()/>
                    <Textarea name="address" label=t("comms-organisation-address") hint=t("organisation-address-hint") value=answer("address") error=problem("address")/>
                    <TextInput name="phone" label=t("comms-organisation-phone") value=answer("phone") error=problem("phone") class="govuk-input govuk-input--width-20"/>
                    <TextInput name="email" label=t("comms-organisation-email") value=answer("email") error=problem("email")/>
                    <TextInput name="website" label=t("comms-organisation-website") hint=t("organisation-website-hint") value=answer("website") error=problem("website")/>
                    <TextInput name="dpo_email" label=t("comms-organisation-dpo") hint=t("organisation-dpo-hint") value=answer("dpo_email") error=problem("dpo_email")/>
                    <button type="submit" class="govuk-button" data-module="govuk-button">{t("organisation-button")}</button>
                </ActionForm>
            </div>
        </div>
    }
    .into_any()
}
