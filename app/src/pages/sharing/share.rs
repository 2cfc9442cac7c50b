//! `/sharing/{id}`: one share in full, as a GOV.UK summary list: when, with whom, what (with
//! links to the parts of the record it included), why, whether the person agreed, and the law
//! in one sentence: the UK GDPR Art 6 basis, the Art 9 condition for care information, and for a
//! share without consent the law named and the senior member of staff who approved it. A share
//! the person was not told of, or someone else's, is "not found".

use crate::i18n::{date, t, t_args};
use crate::pages::record::person_reader;
use crate::session;
use crate::state::app_state;
use candour_domain::access::{Decision, PersonAction, decide};
use candour_domain::audit::AuditAction;
use candour_domain::sharing::Telling;
use candour_services::sharing::told_share;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/sharing/{id}`
#[component]
pub fn SharePage() -> impl IntoView {
    let (actor, person) =
        match person_reader(PersonAction::SeeSharingAndAccess, AuditAction::OpenedPage) {
            Ok(found) => found,
            Err(instead) => return instead,
        };
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .and_then(|i| i.parse::<i64>().ok());
    let services = app_state().services;
    let caller = session::caller();
    let may_object = decide(&actor, person, PersonAction::MakeRequest) == Decision::Allow;
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let Some(id) = id else {
                    return crate::refusals::not_found(AuditAction::OpenedPage, crate::refusals::this_page()).await;
                };
                let found = match told_share(&services, &caller, person, id).await {
                    Ok(found) => found,
                    Err(error) => return crate::refusals::instead_of(&error),
                };
                let s = found.share.sharing;
                let ground = s.legal_ground();
                let organisation = s.recipient_organisation.clone();
                let title = t_args("sharing-share-title", [("organisation", organisation.clone().into())]);
                let heading = t_args("sharing-share-heading", [("organisation", organisation.clone().into())]);
                let who = t_args("sharing-who-value", [
                    ("role", s.recipient_role.clone().into()),
                    ("organisation", organisation.into()),
                ]);
                let entries = (!found.entries.is_empty()).then(|| {
                    let links = found
                        .entries
                        .into_iter()
                        .map(|(entry, title)| {
                            let href = format!("/record/{}", entry.0);
                            view! { <li><a class="govuk-link" href=href>{title}</a></li> }
                        })
                        .collect_view();
                    view! {
                        <p class="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-1">{t("sharing-entries")}</p>
                        <ul class="govuk-list govuk-list--bullet">{links}</ul>
                    }
                });
                let agreed = if s.with_consent() {
                    view! { <p class="govuk-body">{t("sharing-agreed-yes")}</p> }.into_any()
                } else {
                    let approved = s.approved_by.clone().map(|approver| view! {
                        <p class="govuk-body">{t_args("sharing-approved", [("approver", approver.into())])}</p>
                    });
                    view! {
                        <p class="govuk-body">{t("sharing-agreed-no")}</p>
                        {approved}
                    }
                    .into_any()
                };
                let (law_sentence, named_law) = crate::what_we_hold_words::law_sentences(crate::i18n::current_locale(), ground);
                let named_law = named_law.map(|law| view! { <p class="govuk-body">{law}</p> });
                let told = match s.telling {
                    Telling::Told { on } => Some(date(on)),
                    Telling::NotYet { .. } => None,
                };
                let object = may_object.then(|| view! {
                    <p class="govuk-body">{t("sharing-wrong")}</p>
                    <p class="govuk-body"><a class="govuk-link" href="/requests/new">{t("sharing-object-link")}</a></p>
                });
                view! {
                    <Title text=title/>
                    <a class="govuk-back-link" href="/sharing">{t("sharing-back")}</a>
                    <div class="govuk-grid-row">
                        <div class="govuk-grid-column-two-thirds">
                            <h1 class="govuk-heading-l">{heading}</h1>
                            <dl class="govuk-summary-list">
                                <div class="govuk-summary-list__row">
                                    <dt class="govuk-summary-list__key">{t("sharing-when")}</dt>
                                    <dd class="govuk-summary-list__value">{date(s.shared_on)}</dd>
                                </div>
                                <div class="govuk-summary-list__row">
                                    <dt class="govuk-summary-list__key">{t("sharing-who")}</dt>
                                    <dd class="govuk-summary-list__value">{who}</dd>
                                </div>
                                <div class="govuk-summary-list__row">
                                    <dt class="govuk-summary-list__key">{t("sharing-what")}</dt>
                                    <dd class="govuk-summary-list__value">
                                        <p class="govuk-body govuk-!-margin-bottom-0">{s.information.clone()}</p>
                                        {entries}
                                    </dd>
                                </div>
                                <div class="govuk-summary-list__row">
                                    <dt class="govuk-summary-list__key">{t("sharing-why")}</dt>
                                    <dd class="govuk-summary-list__value">{s.purpose.clone()}</dd>
                                </div>
                                <div class="govuk-summary-list__row">
                                    <dt class="govuk-summary-list__key">{t("sharing-agreed")}</dt>
                                    <dd class="govuk-summary-list__value">{agreed}</dd>
                                </div>
                                <div class="govuk-summary-list__row">
                                    <dt class="govuk-summary-list__key">{t("sharing-law")}</dt>
                                    <dd class="govuk-summary-list__value">
                                        <p class="govuk-body">{law_sentence}</p>
                                        {named_law}
                                    </dd>
                                </div>
                                {told.map(|on| view! {
                                    <div class="govuk-summary-list__row">
                                        <dt class="govuk-summary-list__key">{t("sharing-told")}</dt>
                                        <dd class="govuk-summary-list__value">{on}</dd>
                                    </div>
                                })}
                            </dl>
                            {object}
                        </div>
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
