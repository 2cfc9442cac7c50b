//! `/staff/consents`: withdrawn consents with an organisation still to confirm it stopped,
//! oldest withdrawal first (`candour_services::consent_recipients`). Each withdrawal is a
//! summary card: whose, what for, the day it was withdrawn and the day to confirm by (five
//! working days later), "overdue" in words once that day has passed (not by colour alone, WCAG
//! 2.2 SC 1.4.1); then each organisation with where telling it stands and one button for the
//! next step, recorded today. Works without JavaScript: each button is a form.

use crate::components::notification_banner::NotificationBanner;
use crate::i18n::{date, t, t_args};
use crate::layout::guard::require_staff;
use crate::pages::requests::{summary, title};
use crate::serverfns::consents::record_recipient::RecordRecipient;
use crate::state::app_state;
use candour_domain::access::StaffAction;
use candour_domain::consent::{NoticeStep, RecipientNotice};
use candour_services::consent_recipients::{OutstandingWithdrawal, outstanding};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/staff/consents`
#[component]
pub fn StaffConsentsPage() -> impl IntoView {
    let signed_in = match require_staff(StaffAction::FindPeople) {
        Ok(signed_in) => signed_in,
        Err(instead) => return instead,
    };
    let recorded = use_query_map().with_untracked(|q| q.get("recorded").is_some());
    let action = ServerAction::<RecordRecipient>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let caller = signed_in.caller();
    let services = app_state().services;
    let today = services.today();
    view! {
        <Title text=title("staff-consents-title", error.as_ref())/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {summary(error.as_ref(), &[("step", "#withdrawals")])}
                {(recorded && error.is_none()).then(|| view! {
                    <NotificationBanner title=t("banner-success") success=true>
                        <p class="govuk-notification-banner__heading">{t("staff-consents-recorded")}</p>
                    </NotificationBanner>
                })}
                <h1 class="govuk-heading-l">{t("staff-consents-heading")}</h1>
                <p class="govuk-body">{t("staff-consents-intro")}</p>
                <div id="withdrawals">
                    <Suspense fallback=|| ()>
                        {Suspend::new(async move {
                            let found = match outstanding(&services, &caller).await {
                                Ok(found) => found,
                                Err(error) => return crate::refusals::instead_of(&error),
                            };
                            if found.is_empty() {
                                return view! { <p class="govuk-body">{t("staff-consents-none")}</p> }.into_any();
                            }
                            found
                                .into_iter()
                                .map(|w| withdrawal_card(w, today, action))
                                .collect_view()
                                .into_any()
                        })}
                    </Suspense>
                </div>
            </div>
        </div>
    }
    .into_any()
}

/// One withdrawal: whose, what for, when, by when, and each organisation.
fn withdrawal_card(
    found: OutstandingWithdrawal,
    today: chrono::NaiveDate,
    action: ServerAction<RecordRecipient>,
) -> impl IntoView {
    let w = &found.withdrawal;
    let overdue = w.recipients.iter().any(|r| w.overdue(r, today));
    let row = |key: String, value: AnyView| {
        view! {
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{key}</dt>
                <dd class="govuk-summary-list__value">{value}</dd>
            </div>
        }
    };
    let confirm_by = view! {
        {date(w.confirm_by)}
        {overdue.then(|| view! { " " <strong class="govuk-tag govuk-tag--red">{t("staff-consents-overdue")}</strong> })}
    }
    .into_any();
    let recipients = w
        .recipients
        .iter()
        .map(|r| {
            let value = view! {
                <p class="govuk-body">{stands(r)}</p>
                {next_step(r).map(|step| step_form(&found, r, step, action))}
            }
            .into_any();
            row(r.organisation.clone(), value)
        })
        .collect_view();
    let title = format!("{} ({})", found.person_name, found.person_ref);
    view! {
        <div class="govuk-summary-card">
            <div class="govuk-summary-card__title-wrapper">
                <h2 class="govuk-summary-card__title">{title}</h2>
            </div>
            <div class="govuk-summary-card__content">
                <dl class="govuk-summary-list">
                    {row(t("staff-consents-purpose"), view! { {found.purpose.clone()} }.into_any())}
                    {row(t("staff-consents-withdrawn-on"), view! { {date(w.on)} }.into_any())}
                    {row(t("staff-consents-confirm-by"), confirm_by)}
                </dl>
                <h3 class="govuk-heading-s">{t("staff-consents-organisations")}</h3>
                <dl class="govuk-summary-list">{recipients}</dl>
            </div>
        </div>
    }
}

/// Where telling one organisation stands, in words.
fn stands(r: &RecipientNotice) -> String {
    match (r.told_on, r.confirmed_on) {
        (_, Some(on)) => t_args("staff-consents-confirmed-on", [("date", date(on).into())]),
        (Some(on), None) => t_args("staff-consents-told-on", [("date", date(on).into())]),
        (None, None) => t("staff-consents-not-told"),
    }
}

/// The next step to record for an organisation, if any.
fn next_step(r: &RecipientNotice) -> Option<NoticeStep> {
    [NoticeStep::Told, NoticeStep::ConfirmedStopped]
        .into_iter()
        .find(|step| r.may_record(*step).is_ok())
}

/// The button that records `step` today for organisation `r` of withdrawal `found`.
fn step_form(
    found: &OutstandingWithdrawal,
    r: &RecipientNotice,
    step: NoticeStep,
    action: ServerAction<RecordRecipient>,
) -> impl IntoView + use<> {
    let label = match step {
        NoticeStep::Told => t("staff-consents-mark-told"),
        NoticeStep::ConfirmedStopped => t("staff-consents-mark-confirmed"),
    };
    let hidden = format!(": {}, {}", r.organisation, found.person_name);
    let consent = found.consent.to_string();
    let organisation = r.organisation.clone();
    view! {
        <ActionForm action=action>
            <input type="hidden" name="consent" value=consent/>
            <input type="hidden" name="organisation" value=organisation/>
            <input type="hidden" name="step" value=step.key()/>
            <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button" data-prevent-double-click="true">
                {label}
                <span class="govuk-visually-hidden">{hidden}</span>
            </button>
        </ActionForm>
    }
}
