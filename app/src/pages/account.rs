//! "Your information": where everyone lands after signing in. A person sees what they can do and
//! their messages; a delegate sees whom they act for and can switch; someone not yet matched to
//! a care record is told so and how to get help; staff see their roles.

use crate::components::notification_banner::NotificationBanner;
use crate::components::radios::{RadioItem, Radios};
use crate::i18n::{t, t_args};
use crate::layout::contact_details::ContactDetails;
use crate::layout::guard::require_signed_in;
use crate::layout::messages::MessageList;
use crate::serverfns::auth::act_for::ActFor;
use crate::state::app_state;
use candour_domain::access::Actor;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The newest messages shown here; `/messages` has them all.
const NEWEST_MESSAGES: u32 = 3;

/// `/account`
#[component]
pub fn AccountPage() -> impl IntoView {
    let Some(signed_in) = require_signed_in() else {
        return ().into_any();
    };
    let store = app_state().services;
    let name = signed_in.account.details.display_name.clone();
    let actor = signed_in.actor.clone();
    let choices = signed_in.can_act_for.clone();
    let act_for = ServerAction::<ActFor>::new();
    let is_staff = matches!(signed_in.actor, Some(Actor::Staff { .. }));
    let saved = use_query_map().with_untracked(|q| q.get("notifications").is_some());
    let body = match actor {
        None => view! {
            <p class="govuk-body">{t("account-not-matched")}</p>
            <ContactDetails/>
        }
        .into_any(),
        Some(staff @ Actor::Staff { .. }) => {
            let queue = candour_domain::access::may(
                &staff,
                candour_domain::access::StaffAction::WorkRequestQueue,
            );
            let check_records = candour_domain::access::may(
                &staff,
                candour_domain::access::StaffAction::FindPeople,
            );
            let leaflets = candour_domain::access::may(
                &staff,
                candour_domain::access::StaffAction::ManageLeaflets,
            );
            let Actor::Staff { roles, .. } = staff else {
                return ().into_any();
            };
            let roles: Vec<String> = roles.iter().map(|r| t(crate::labels::role(*r))).collect();
            view! {
                <p class="govuk-body">{t("account-staff-roles")}</p>
                <ul class="govuk-list govuk-list--bullet">
                    {roles.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
                </ul>
                {queue.then(|| view! {
                    <p class="govuk-body">
                        <a class="govuk-link" href="/staff/requests">{t("account-queue-link")}</a>
                    </p>
                    <p class="govuk-body">
                        <a class="govuk-link" href="/staff/questions">{t("account-questions-link")}</a>
                    </p>
                    <p class="govuk-body">
                        <a class="govuk-link" href="/staff/alerts">{t("account-alerts-link")}</a>
                    </p>
                })}
                {check_records.then(|| view! {
                    <p class="govuk-body">
                        <a class="govuk-link" href="/staff/people">{t("account-people-link")}</a>
                    </p>
                    <p class="govuk-body">
                        <a class="govuk-link" href="/staff/sharing/not-told">{t("account-untold-link")}</a>
                    </p>
                    <p class="govuk-body">
                        <a class="govuk-link" href="/staff/accuracy">{t("account-accuracy-link")}</a>
                    </p>
                    <p class="govuk-body">
                        <a class="govuk-link" href="/staff/delegates/new">{t("account-register-link")}</a>
                    </p>
                    <p class="govuk-body">
                        <a class="govuk-link" href="/staff/delegates/approvals">{t("account-approvals-link")}</a>
                    </p>
                    <p class="govuk-body">
                        <a class="govuk-link" href="/staff/consents">{t("account-staff-consents-link")}</a>
                    </p>
                })}
                {leaflets.then(|| view! {
                    <p class="govuk-body">
                        <a class="govuk-link" href="/staff/leaflets">{t("account-leaflets-link")}</a>
                    </p>
                })}
            }
            .into_any()
        }
        Some(actor) => {
            let person = actor.person();
            let is_person = matches!(actor, Actor::Person { .. });
            let can_read = person.is_some_and(|p| {
                candour_domain::access::decide(
                    &actor,
                    p,
                    candour_domain::access::PersonAction::ReadRecord,
                ) != candour_domain::access::Decision::NotFound
            });
            let can_see_sharing = person.is_some_and(|p| {
                candour_domain::access::decide(
                    &actor,
                    p,
                    candour_domain::access::PersonAction::SeeSharingAndAccess,
                ) != candour_domain::access::Decision::NotFound
            });
            let can_manage_consent = person.is_some_and(|p| {
                candour_domain::access::decide(
                    &actor,
                    p,
                    candour_domain::access::PersonAction::ManageConsent,
                ) != candour_domain::access::Decision::NotFound
            });
            let can_request = person.is_some_and(|p| {
                candour_domain::access::decide(
                    &actor,
                    p,
                    candour_domain::access::PersonAction::MakeRequest,
                ) == candour_domain::access::Decision::Allow
            });
            view! {
                <Suspense fallback=|| ()>
                    {Suspend::new({
                        let store = store.clone();
                        let choices = choices.clone();
                        async move {
                            let mut people = Vec::new();
                            for id in &choices {
                                if let Ok(Some(p)) = store.reads().person(*id).await {
                                    people.push(p);
                                }
                            }
                            let messages = match (is_person, person) {
                                (true, Some(p)) => store.reads().notifications(p, NEWEST_MESSAGES).await.unwrap_or_default(),
                                _ => Vec::new(),
                            };
                            let switch = (people.len() > 1).then(|| {
                                let items = people
                                    .iter()
                                    .map(|p| RadioItem { value: p.id.0.to_string(), text: p.details.full_name(), hint: None })
                                    .collect::<Vec<_>>();
                                view! {
                                    <ActionForm action=act_for attr:novalidate="true">
                                        <Radios
                                            name="person"
                                            legend=t("account-choose-person")
                                            items=items
                                            checked=person.map(|p| p.0.to_string())
                                        />
                                        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
                                            {t("account-switch")}
                                        </button>
                                    </ActionForm>
                                }
                            });
                            view! {
                                {can_read.then(|| view! {
                                    <h2 class="govuk-heading-m">{t("account-record-heading")}</h2>
                                    <p class="govuk-body">
                                        <a class="govuk-link" href="/record">{t("account-record-link")}</a>
                                    </p>
                                })}
                                {(can_see_sharing || can_manage_consent).then(|| view! {
                                    <h2 class="govuk-heading-m">{t("account-sharing-heading")}</h2>
                                    <ul class="govuk-list">
                                        {can_see_sharing.then(|| view! {
                                            <li><a class="govuk-link" href="/sharing">{t("account-sharing-link")}</a></li>
                                            <li><a class="govuk-link" href="/access-log">{t("account-access-log-link")}</a></li>
                                        })}
                                        {(can_see_sharing && can_read).then(|| view! {
                                            <li><a class="govuk-link" href="/what-we-hold">{t("account-held-link")}</a></li>
                                        })}
                                        {can_manage_consent.then(|| view! {
                                            <li><a class="govuk-link" href="/consents">{t("account-consents-link")}</a></li>
                                        })}
                                    </ul>
                                })}
                                {can_request.then(|| view! {
                                    <h2 class="govuk-heading-m">{t("account-requests-heading")}</h2>
                                    <p class="govuk-body">
                                        <a class="govuk-link" href="/requests">{t("account-requests-link")}</a>
                                    </p>
                                })}
                                {is_person.then(|| view! {
                                    <h2 class="govuk-heading-m">{t("account-helpers-heading")}</h2>
                                    <p class="govuk-body">
                                        <a class="govuk-link" href="/account/delegates">{t("account-delegates-link")}</a>
                                    </p>
                                    <h2 class="govuk-heading-m">{t("account-news-heading")}</h2>
                                    <p class="govuk-body">
                                        <a class="govuk-link" href="/notifications">{t("account-notifications-link")}</a>
                                    </p>
                                })}
                                {switch}
                                {(!messages.is_empty()).then(|| view! {
                                    <h2 class="govuk-heading-m">{t("account-messages")}</h2>
                                    <MessageList messages=messages/>
                                    <p class="govuk-body">
                                        <a class="govuk-link" href="/messages">{t("account-messages-all")}</a>
                                    </p>
                                })}
                            }
                        }
                    })}
                </Suspense>
            }
            .into_any()
        }
    };
    view! {
        <Title text=t("account-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {saved.then(|| view! {
                    <NotificationBanner title=t("banner-success") success=true>
                        <p class="govuk-notification-banner__heading">{t("notifications-saved")}</p>
                    </NotificationBanner>
                })}
                <h1 class="govuk-heading-l">{t("account-heading")}</h1>
                <p class="govuk-body">{t_args("account-signed-in-as", [("name", name.into())])}</p>
                {body}
                {(!is_staff).then(|| view! {
                    <h2 class="govuk-heading-m">{t("account-acting-heading")}</h2>
                    <p class="govuk-body">
                        <a class="govuk-link" href="/account/accept">{t("account-accept-link")}</a>
                    </p>
                })}
            </div>
        </div>
    }
    .into_any()
}
