//! "People who can act for you": every delegation with what it allows and until when, a button
//! to end each at once, a way to invite someone, and everything each delegate did.

use crate::components::notification_banner::NotificationBanner;
use crate::i18n::{t, t_args};
use crate::labels;
use crate::layout::guard::require_person;
use crate::serverfns::delegates::end::EndDelegation;
use crate::session;
use crate::state::app_state;
use candour_domain::access::PersonAction;
use candour_domain::delegation::DelegationStatus;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/account/delegates`
#[component]
pub fn DelegatesPage() -> impl IntoView {
    let (signed_in, person) = match require_person(PersonAction::ManageDelegates) {
        Ok(allowed) => allowed,
        Err(instead) => return instead,
    };
    let ended = use_query_map().with_untracked(|q| q.get("ended").is_some());
    let store = app_state().services;
    let own_account = signed_in.account.id;
    let end = ServerAction::<EndDelegation>::new();
    view! {
        <Title text=t("delegates-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {ended.then(|| view! {
                    <NotificationBanner title=t("banner-success") success=true>
                        <p class="govuk-notification-banner__heading">{t("delegates-ended")}</p>
                    </NotificationBanner>
                })}
                <h1 class="govuk-heading-l">{t("delegates-heading")}</h1>
                <p class="govuk-body">{t("delegates-intro")}</p>
                <p class="govuk-body">
                    <a class="govuk-link" href="/account/delegates/invite">{t("delegates-invite-link")}</a>
                </p>
                <Suspense fallback=|| ()>
                    {Suspend::new(async move {
                        let delegations = store.reads().delegations_for_person(person).await.unwrap_or_default();
                        // What delegates did; staff work on the record belongs to the access log.
                        let delegates: std::collections::BTreeSet<_> =
                            delegations.iter().filter_map(|d| d.details.delegate).collect();
                        // (who, when, what) from the audit log, for the delegates' own actions.
                        let activity: Vec<(candour_domain::access::AccountId, i64, &'static str)> =
                            candour_services::audit::activity_for_person(store.reads().as_mut(), person, 50)
                                .await
                                .unwrap_or_default()
                                .into_iter()
                                .filter_map(|line| Some((line.account()?, line.event.at, line.event.action.key())))
                                .filter(|(account, _, _)| delegates.contains(account))
                                .collect();
                        let today = session::today();
                        let mut names = std::collections::BTreeMap::new();
                        for (account, _, _) in activity.iter().filter(|(account, _, _)| *account != own_account) {
                            if let std::collections::btree_map::Entry::Vacant(slot) = names.entry(*account) {
                                let name = store.reads().account(*account).await.ok().flatten().map(|a| a.details.display_name);
                                slot.insert(name.unwrap_or_default());
                            }
                        }
                        // Who checked an attorney's or deputy's document, named to the person.
                        let mut checkers = std::collections::BTreeMap::new();
                        // and who approved it.
                        let staff = delegations
                            .iter()
                            .filter(|d| d.details.evidence.is_some())
                            .flat_map(|d| [Some(d.details.created_by), d.approved.and_then(|(_, by)| by)])
                            .flatten()
                            .collect::<Vec<_>>();
                        for account in staff {
                            if let std::collections::btree_map::Entry::Vacant(slot) = checkers.entry(account) {
                                let name = store.reads().account(account).await.ok().flatten().map(|a| a.details.display_name);
                                slot.insert(name.unwrap_or_default());
                            }
                        }
                        let cards = delegations
                            .into_iter()
                            .map(|d| {
                                let evidence = d.details.evidence.as_deref().map(|text| {
                                    let evidence = candour_domain::delegation::AuthorityEvidence::from_stored(text);
                                    let what = if evidence.document_reference.is_empty() {
                                        evidence.what_was_checked
                                    } else {
                                        format!("{}: {}", evidence.document_reference, evidence.what_was_checked)
                                    };
                                    let who = checkers.get(&d.details.created_by).cloned().unwrap_or_default();
                                    let approver = d.approved.and_then(|(_, by)| by).and_then(|by| checkers.get(&by).cloned());
                                    view! {
                                        <div class="govuk-summary-list__row">
                                            <dt class="govuk-summary-list__key">{t("delegates-evidence")}</dt>
                                            <dd class="govuk-summary-list__value">{what}</dd>
                                        </div>
                                        <div class="govuk-summary-list__row">
                                            <dt class="govuk-summary-list__key">{t("delegates-checked-by")}</dt>
                                            <dd class="govuk-summary-list__value">{who}</dd>
                                        </div>
                                        {approver.map(|approver| view! {
                                            <div class="govuk-summary-list__row">
                                                <dt class="govuk-summary-list__key">{t("delegates-approved-by")}</dt>
                                                <dd class="govuk-summary-list__value">{approver}</dd>
                                            </div>
                                        })}
                                    }
                                });
                                let status = d.status(today);
                                let can_end = matches!(
                                    status,
                                    DelegationStatus::Live | DelegationStatus::Invited | DelegationStatus::AwaitingApproval
                                );
                                let scopes = d.details.scopes.iter().map(|s| t(labels::scope(*s))).collect::<Vec<_>>().join(", ");
                                let until = d.details.ends_on.map_or_else(|| t("delegates-no-end"), |date| date.format("%d/%m/%Y").to_string());
                                let id = d.id.0;
                                view! {
                                    <div class="govuk-summary-card">
                                        <div class="govuk-summary-card__title-wrapper">
                                            <h2 class="govuk-summary-card__title">{d.details.delegate_name.clone()}</h2>
                                        </div>
                                        <div class="govuk-summary-card__content">
                                            <dl class="govuk-summary-list">
                                                <div class="govuk-summary-list__row">
                                                    <dt class="govuk-summary-list__key">{t("delegates-status")}</dt>
                                                    <dd class="govuk-summary-list__value">{t(labels::delegation_status(status))}</dd>
                                                </div>
                                                <div class="govuk-summary-list__row">
                                                    <dt class="govuk-summary-list__key">{t("delegates-authority")}</dt>
                                                    <dd class="govuk-summary-list__value">{t(labels::authority(d.details.authority))}</dd>
                                                </div>
                                                {evidence}
                                                <div class="govuk-summary-list__row">
                                                    <dt class="govuk-summary-list__key">{t("delegates-can")}</dt>
                                                    <dd class="govuk-summary-list__value">{scopes}</dd>
                                                </div>
                                                <div class="govuk-summary-list__row">
                                                    <dt class="govuk-summary-list__key">{t("delegates-until")}</dt>
                                                    <dd class="govuk-summary-list__value">{until}</dd>
                                                </div>
                                            </dl>
                                            {can_end.then(|| view! {
                                                <ActionForm action=end>
                                                    <input type="hidden" name="delegation" value=id.to_string()/>
                                                    <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">
                                                        {t_args("delegates-end-button", [("name", d.details.delegate_name.clone().into())])}
                                                    </button>
                                                </ActionForm>
                                            })}
                                        </div>
                                    </div>
                                }
                            })
                            .collect_view();
                        let rows = activity
                            .into_iter()
                            .filter(|(account, _, _)| *account != own_account)
                            .map(|(account, at, action)| {
                                let when = crate::i18n::date_and_time(at);
                                let who = names.get(&account).cloned().unwrap_or_default();
                                view! {
                                    <tr class="govuk-table__row">
                                        <td class="govuk-table__cell">{when}</td>
                                        <td class="govuk-table__cell">{who}</td>
                                        <td class="govuk-table__cell">{t(labels::activity(action))}</td>
                                    </tr>
                                }
                            })
                            .collect::<Vec<_>>();
                        view! {
                            {cards}
                            <h2 class="govuk-heading-m">{t("delegates-activity-heading")}</h2>
                            {if rows.is_empty() {
                                view! { <p class="govuk-body">{t("delegates-activity-none")}</p> }.into_any()
                            } else {
                                view! {
                                    <table class="govuk-table">
                                        <caption class="govuk-table__caption govuk-visually-hidden">{t("delegates-activity-heading")}</caption>
                                        <thead class="govuk-table__head">
                                            <tr class="govuk-table__row">
                                                <th scope="col" class="govuk-table__header">{t("delegates-activity-when")}</th>
                                                <th scope="col" class="govuk-table__header">{t("delegates-activity-who")}</th>
                                                <th scope="col" class="govuk-table__header">{t("delegates-activity-what")}</th>
                                            </tr>
                                        </thead>
                                        <tbody class="govuk-table__body">{rows}</tbody>
                                    </table>
                                }
                                .into_any()
                            }}
                        }
                    })}
                </Suspense>
            </div>
        </div>
    }
    .into_any()
}
