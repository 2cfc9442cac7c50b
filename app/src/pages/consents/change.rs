//! `/consents/{id}/change`: the check page before a consent changes (GOV.UK "check before you
//! confirm"). For a consent in force: exactly what will stop (using the information for this,
//! from today), and what will not (what was done before stays lawful, Art 7(3); what was
//! already shared stays with each recipient, named, and they are told). For a consent withdrawn
//! or refused: what saying yes lets the council do, and that it can be taken back here. One
//! button confirms; a second press is answered with its reason and changes nothing.

use super::{history_line, status_words};
use crate::i18n::{t, t_args};
use crate::pages::record::person_reader;
use crate::pages::requests::{summary, title};
use crate::serverfns::consents::change::ChangeConsent;
use crate::session;
use crate::state::app_state;
use candour_domain::access::PersonAction;
use candour_domain::audit::AuditAction;
use candour_domain::consent::ConsentStatus;
use candour_services::consents::consent;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/consents/{id}/change`
#[component]
pub fn ChangeConsentPage() -> impl IntoView {
    let person = match person_reader(PersonAction::ManageConsent, AuditAction::OpenedPage) {
        Ok((_, person)) => person,
        Err(instead) => return instead,
    };
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .and_then(|i| i.parse::<i64>().ok());
    let services = app_state().services;
    let caller = session::caller();
    let action = ServerAction::<ChangeConsent>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let Some(id) = id else {
                    return crate::refusals::not_found(AuditAction::OpenedPage, crate::refusals::this_page()).await;
                };
                let found = match consent(&services, &caller, person, id).await {
                    Ok(found) => found,
                    Err(error) => return crate::refusals::instead_of(&error),
                };
                let status = found.consent.status();
                let withdrawing = status == ConsentStatus::Given;
                let c = found.consent.consent.clone();
                let heading_key = match status {
                    ConsentStatus::Given => "consents-withdraw-heading",
                    ConsentStatus::Withdrawn | ConsentStatus::Expired => "consents-give-again-heading",
                    ConsentStatus::Refused => "consents-give-heading",
                };
                let last = found.consent.history().last().map(history_line).unwrap_or_default();
                let recipients = found
                    .shares
                    .iter()
                    .map(|s| view! { <li>{s.sharing.recipient_organisation.clone()}</li> })
                    .collect_view();
                let explained = if withdrawing {
                    let shared = if found.shares.is_empty() {
                        view! { <p class="govuk-body">{t("consents-withdraw-none-shared")}</p> }.into_any()
                    } else {
                        view! {
                            <p class="govuk-body">{t("consents-withdraw-shared")}</p>
                            <ul class="govuk-list govuk-list--bullet">{recipients}</ul>
                            <p class="govuk-body">{t("consents-withdraw-we-tell")}</p>
                        }
                        .into_any()
                    };
                    view! {
                        <h2 class="govuk-heading-m">{t("consents-withdraw-stops-heading")}</h2>
                        <p class="govuk-body">{t("consents-withdraw-stops")}</p>
                        <h2 class="govuk-heading-m">{t("consents-withdraw-stays-heading")}</h2>
                        <p class="govuk-body">{t("consents-withdraw-before")}</p>
                        {shared}
                    }
                    .into_any()
                } else {
                    view! {
                        <p class="govuk-body">
                            {t_args("consents-give-means", [("recipients", c.recipients.clone().into())])}
                        </p>
                        <p class="govuk-body">{t("consents-give-take-back")}</p>
                    }
                    .into_any()
                };
                let (to, button, class) = if withdrawing {
                    ("withdrawn", t("consents-withdraw-button"), "govuk-button govuk-button--warning")
                } else {
                    ("given", t("consents-give-button"), "govuk-button")
                };
                view! {
                    <Title text=title(heading_key, error.as_ref())/>
                    <a class="govuk-back-link" href="/consents">{t("consents-back")}</a>
                    <div class="govuk-grid-row">
                        <div class="govuk-grid-column-two-thirds">
                            {summary(error.as_ref(), &[("consent", "#change")])}
                            <h1 class="govuk-heading-l">{t(heading_key)}</h1>
                            <div class="govuk-inset-text">
                                <p class="govuk-body govuk-!-font-weight-bold">{c.purpose.clone()}</p>
                                <p class="govuk-body">{t(status_words(status))}</p>
                                <p class="govuk-body govuk-!-margin-bottom-0">{last}</p>
                            </div>
                            {explained}
                            <ActionForm action=action>
                                <input type="hidden" name="consent" value=id.to_string()/>
                                <input type="hidden" name="to" value=to/>
                                <div class="govuk-button-group">
                                    <button type="submit" id="change" class=class data-module="govuk-button" data-prevent-double-click="true">
                                        {button}
                                    </button>
                                    <a class="govuk-link" href="/consents">{t("consents-cancel")}</a>
                                </div>
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
