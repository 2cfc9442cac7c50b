//! `/consents`: each consent as a summary card (what it is for, who it lets us tell, what the
//! person said and its history, after a withdrawal whom the council is telling and where that
//! stands, and a link to take it back or say yes again), then what the
//! council does without asking (its own uses and the shares made without consent), each with
//! its real lawful basis and, instead of a "take it back" control that would pretend, an
//! objection or a restriction (`candour_domain::consent::offers`).

use super::{history_line, status_words};
use crate::i18n::{date, t, t_args};
use crate::labels;
use crate::pages::record::person_reader;
use crate::serverfns::consents::object::ObjectToUse;
use crate::session;
use crate::state::app_state;
use candour_domain::access::{Decision, PersonAction, decide};
use candour_domain::audit::AuditAction;
use candour_domain::consent::{COUNCIL_USES, Offer, offers};
use candour_domain::sharing::LegalGround;
use candour_services::consents::consents;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/consents`
#[component]
pub fn ConsentsPage() -> impl IntoView {
    let (actor, person) = match person_reader(PersonAction::ManageConsent, AuditAction::OpenedPage)
    {
        Ok(found) => found,
        Err(instead) => return instead,
    };
    let services = app_state().services;
    let caller = session::caller();
    let may_ask = decide(&actor, person, PersonAction::MakeRequest) == Decision::Allow;
    view! {
        <Title text=t("consents-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("consents-heading")}</h1>
                <p class="govuk-body">{t("consents-intro")}</p>
                <Suspense fallback=|| ()>
                    {Suspend::new(async move {
                        let found = match consents(&services, &caller, person).await {
                            Ok(found) => found,
                            Err(error) => return crate::refusals::instead_of(&error),
                        };
                        let cards = if found.consents.is_empty() {
                            view! { <p class="govuk-body">{t("consents-none")}</p> }.into_any()
                        } else {
                            found.consents.into_iter().map(consent_card).collect_view().into_any()
                        };
                        let uses = COUNCIL_USES
                            .into_iter()
                            .map(|u| {
                                let title = t(labels::council_use(u.key));
                                view! {
                                    <h3 class="govuk-heading-s">{title.clone()}</h3>
                                    <LawSaid ground=u.ground/>
                                    {may_ask.then(|| view! { <ObjectOrRestrict use_key=u.key.to_owned() what=title ground=u.ground/> })}
                                }
                            })
                            .collect_view();
                        let shares = found
                            .shares_without_consent
                            .into_iter()
                            .map(|share| {
                                let s = share.sharing;
                                let href = format!("/sharing/{}", share.id);
                                let what = t_args("consents-shared-item", [
                                    ("organisation", s.recipient_organisation.clone().into()),
                                    ("date", date(s.shared_on).into()),
                                ]);
                                view! {
                                    <h3 class="govuk-heading-s">{what}</h3>
                                    <LawSaid ground=s.legal_ground()/>
                                    <p class="govuk-body">
                                        <a class="govuk-link" href=href>
                                            {t_args("sharing-see", [("organisation", s.recipient_organisation.into())])}
                                        </a>
                                    </p>
                                }
                            })
                            .collect_view();
                        view! {
                            <h2 class="govuk-heading-m">{t("consents-asked-heading")}</h2>
                            {cards}
                            <h2 class="govuk-heading-m">{t("consents-other-heading")}</h2>
                            <p class="govuk-body">{t("consents-other-intro")}</p>
                            {uses}
                            {shares}
                        }
                        .into_any()
                    })}
                </Suspense>
            </div>
        </div>
    }
    .into_any()
}

/// One consent: what for, with whom, where it stands, its history, and the one thing the
/// person can do about it.
fn consent_card(full: candour_services::consents::ConsentInFull) -> impl IntoView {
    let found = full.consent;
    let told = full
        .withdrawal
        .filter(|w| !w.recipients.is_empty())
        .map(|w| {
            let lines = w
                .recipients
                .into_iter()
                .map(|r| view! { <li>{recipient_line(&r)}</li> })
                .collect_view();
            view! {
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{t("consents-tell-key")}</dt>
                    <dd class="govuk-summary-list__value">
                        <ul class="govuk-list">{lines}</ul>
                    </dd>
                </div>
            }
        });
    let status = found.status();
    let history = found
        .history()
        .iter()
        .map(|line| view! { <li>{history_line(line)}</li> })
        .collect_view();
    let c = found.consent;
    let (link, hidden) =
        match offers(candour_domain::sharing::LawfulBasis::Consent, Some(status)).first() {
            Some(Offer::Withdraw) => (t("consents-withdraw-link"), c.purpose.clone()),
            _ if matches!(
                status,
                candour_domain::consent::ConsentStatus::Withdrawn
                    | candour_domain::consent::ConsentStatus::Expired
            ) =>
            {
                (t("consents-give-again-link"), c.purpose.clone())
            }
            _ => (t("consents-give-link"), c.purpose.clone()),
        };
    let href = format!("/consents/{}/change", found.id);
    view! {
        <div class="govuk-summary-card">
            <div class="govuk-summary-card__title-wrapper">
                <h3 class="govuk-summary-card__title">{c.purpose.clone()}</h3>
            </div>
            <div class="govuk-summary-card__content">
                <dl class="govuk-summary-list">
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">{t("consents-recipients")}</dt>
                        <dd class="govuk-summary-list__value">{c.recipients.clone()}</dd>
                    </div>
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">{t("consents-status")}</dt>
                        <dd class="govuk-summary-list__value">{t(status_words(status))}</dd>
                    </div>
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">{t("consents-history")}</dt>
                        <dd class="govuk-summary-list__value">
                            <ul class="govuk-list">{history}</ul>
                        </dd>
                    </div>
                    {told}
                    {record_rows(&c)}
                </dl>
                <ul class="govuk-list">
                    <li>
                        <a class="govuk-link" href=href>
                            {link}
                            <span class="govuk-visually-hidden">{format!(": {hidden}")}</span>
                        </a>
                    </li>
                    <li>
                        <a class="govuk-link" href=format!("/consents/{}/receipt.pdf", found.id) download="">
                            {t("consents-receipt-pdf")}
                            <span class="govuk-visually-hidden">{format!(": {hidden}")}</span>
                        </a>
                    </li>
                    <li>
                        <a class="govuk-link" href=format!("/consents/{}/receipt.json", found.id) download="">
                            {t("consents-receipt-json")}
                            <span class="govuk-visually-hidden">{format!(": {hidden}")}</span>
                        </a>
                    </li>
                </ul>
            </div>
        </div>
    }
}

/// What else the council recorded: the end of a yes for a set time, who considered whether
/// the person could decide, and where the answer is written down; each only when recorded.
fn record_rows(c: &candour_domain::consent::Consent) -> impl IntoView + use<> {
    let row = |key: &'static str, value: String| {
        view! {
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{t(key)}</dt>
                <dd class="govuk-summary-list__value">{value}</dd>
            </div>
        }
    };
    let until = c.expires_on.map(|end| row("consents-until", date(end)));
    let capacity = c.capacity.as_ref().map(|check| {
        row(
            "consents-capacity",
            t_args(
                "consents-capacity-value",
                [
                    ("who", check.by.clone().into()),
                    ("date", date(check.on).into()),
                ],
            ),
        )
    });
    let evidence = c
        .evidence
        .clone()
        .map(|text| row("consents-evidence", text));
    view! { {until} {capacity} {evidence} }
}

/// Where telling one recipient of a withdrawal stands, in one sentence.
fn recipient_line(r: &candour_domain::consent::RecipientNotice) -> String {
    let organisation = r.organisation.clone();
    match (r.told_on, r.confirmed_on) {
        (_, Some(on)) => t_args(
            "consents-tell-confirmed",
            [
                ("organisation", organisation.into()),
                ("date", date(on).into()),
            ],
        ),
        (Some(on), None) => t_args(
            "consents-tell-told",
            [
                ("organisation", organisation.into()),
                ("date", date(on).into()),
            ],
        ),
        (None, None) => t_args(
            "consents-tell-not-yet",
            [("organisation", organisation.into())],
        ),
    }
}

/// The lawful basis of a use, in one sentence, and the law named.
#[component]
fn LawSaid(ground: LegalGround) -> impl IntoView {
    let (sentence, law) =
        crate::what_we_hold_words::law_sentences(crate::i18n::current_locale(), ground);
    view! {
        <p class="govuk-body">{sentence}</p>
        {law.map(|law| view! { <p class="govuk-body">{law}</p> })}
    }
}

/// The rights that do apply to a use that is not on consent: object (public task only) and
/// restrict, each starting a request with the use written in.
#[component]
fn ObjectOrRestrict(use_key: String, what: String, ground: LegalGround) -> impl IntoView {
    let object = ServerAction::<ObjectToUse>::new();
    let forms = offers(ground.basis, None)
        .into_iter()
        .filter_map(|offer| {
            let (right, label) = match offer {
                Offer::Object => ("objection", t("consents-object-button")),
                Offer::Restrict => ("restriction", t("consents-restrict-button")),
                Offer::Withdraw | Offer::Give => return None,
            };
            let use_key = use_key.clone();
            let what = what.clone();
            Some(view! {
                <ActionForm action=object>
                    <input type="hidden" name="use_key" value=use_key/>
                    <input type="hidden" name="right" value=right/>
                    <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
                        {label}
                        <span class="govuk-visually-hidden">{format!(": {what}")}</span>
                    </button>
                </ActionForm>
            })
        })
        .collect_view();
    view! { <div class="govuk-button-group">{forms}</div> }
}
