//! `/consents/{id}/changed`: the confirmation after taking a consent back or saying yes (GOV.UK
//! confirmation pattern): a panel with the change's reference, then what happens next. It reads
//! the consent's latest online change; a consent never changed online is "not found".

use crate::i18n::t;
use crate::pages::record::person_reader;
use crate::session;
use crate::state::app_state;
use candour_domain::access::PersonAction;
use candour_domain::audit::AuditAction;
use candour_domain::consent::ConsentStatus;
use candour_services::consents::consent;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/consents/{id}/changed`
#[component]
pub fn ConsentChangedPage() -> impl IntoView {
    let person = match person_reader(PersonAction::ManageConsent, AuditAction::OpenedPage) {
        Ok((_, person)) => person,
        Err(instead) => return instead,
    };
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .and_then(|i| i.parse::<i64>().ok());
    let services = app_state().services;
    let caller = session::caller();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let found = match id {
                    Some(id) => consent(&services, &caller, person, id).await,
                    None => Err(candour_services::ServiceError::NotFound),
                };
                let last = match found {
                    Ok(found) => found.consent.changes.last().cloned(),
                    Err(error) => return crate::refusals::instead_of(&error),
                };
                let Some(last) = last else {
                    return crate::refusals::not_found(AuditAction::OpenedPage, crate::refusals::this_page()).await;
                };
                let (heading, next) = match last.change.status {
                    ConsentStatus::Withdrawn => ("consents-withdrawn-panel", "consents-withdrawn-next"),
                    ConsentStatus::Given | ConsentStatus::Refused | ConsentStatus::Expired => {
                        ("consents-given-panel", "consents-given-next")
                    }
                };
                view! {
                    <Title text=t(heading)/>
                    <div class="govuk-grid-row">
                        <div class="govuk-grid-column-two-thirds">
                            <div class="govuk-panel govuk-panel--confirmation">
                                <h1 class="govuk-panel__title">{t(heading)}</h1>
                                <div class="govuk-panel__body">
                                    {t("consents-reference-is")}
                                    <br/>
                                    <strong>{last.reference()}</strong>
                                </div>
                            </div>
                            <h2 class="govuk-heading-m">{t("consents-next-heading")}</h2>
                            <p class="govuk-body">{t(next)}</p>
                            <p class="govuk-body">
                                <a class="govuk-link" href="/consents">{t("consents-back")}</a>
                            </p>
                        </div>
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
