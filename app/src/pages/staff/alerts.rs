//! `/staff/alerts`: closed-case access alerts for the privacy officers
//! (`candour_services::closed_cases::alerts`): those waiting for an outcome first, oldest first,
//! then those decided. Each is a summary card (it reads the same at 320 px): whose case, who
//! opened it, when and why, and the outcome or "Waiting"; one waiting more than 5 working days is
//! flagged in words (not by colour alone, WCAG 2.2 SC 1.4.1). After an outcome, a success banner
//! names the alert and any breach record opened.

use crate::components::notification_banner::NotificationBanner;
use crate::components::summary_list::{SummaryCard, SummaryRow};
use crate::i18n::{date_and_time, t, t_args};
use crate::layout::guard::require_staff;
use crate::state::app_state;
use candour_domain::access::StaffAction;
use candour_domain::closed_case::{Finding, breach_reference, reference};
use candour_services::closed_cases::{AlertInFull, alerts};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// A reference from the address, if it is one of `prefix` (`ALERT-`), spelled as Candour does.
fn reference_in(value: Option<String>, prefix: &str, spell: fn(i64) -> String) -> Option<String> {
    value
        .and_then(|v| v.strip_prefix(prefix).and_then(|n| n.parse::<i64>().ok()))
        .map(spell)
}

/// `/staff/alerts`
#[component]
pub fn StaffAlertsPage() -> impl IntoView {
    let signed_in = match require_staff(StaffAction::InvestigateAccess) {
        Ok(signed_in) => signed_in,
        Err(instead) => return instead,
    };
    let (decided, breach) = use_query_map().with_untracked(|q| {
        (
            reference_in(q.get("decided"), "ALERT-", reference),
            reference_in(q.get("breach"), "BREACH-", breach_reference),
        )
    });
    let services = app_state().services;
    let caller = signed_in.caller();
    let banner = decided.map(|alert| {
        let text = match breach {
            Some(breach) => t_args(
                "staff-alerts-decided-breach",
                [("reference", alert.into()), ("breach", breach.into())],
            ),
            None => t_args("staff-alerts-decided", [("reference", alert.into())]),
        };
        view! {
            <NotificationBanner title=t("banner-success") success=true>
                <p class="govuk-notification-banner__heading">{text}</p>
            </NotificationBanner>
        }
    });
    view! {
        <Title text=t("staff-alerts-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {banner}
                <h1 class="govuk-heading-l">{t("staff-alerts-heading")}</h1>
                <p class="govuk-body">{t("staff-alerts-intro")}</p>
                <Suspense fallback=|| ()>
                    {Suspend::new(async move {
                        let found = match alerts(&services, &caller).await {
                            Ok(found) => found,
                            Err(error) => return crate::refusals::instead_of(&error),
                        };
                        if found.is_empty() {
                            return view! { <p class="govuk-body">{t("staff-alerts-none")}</p> }.into_any();
                        }
                        found.into_iter().map(alert_card).collect_view().into_any()
                    })}
                </Suspense>
            </div>
        </div>
    }
    .into_any()
}

/// The outcome of an alert in words, with "more than 5 working days" when it is flagged.
pub(crate) fn outcome_words(found: &AlertInFull) -> AnyView {
    match &found.alert.outcome {
        None if found.flagged => view! {
            {t("staff-alerts-waiting")} " "
            <strong class="govuk-tag govuk-tag--red">{t("staff-alerts-flagged")}</strong>
        }
        .into_any(),
        None => t("staff-alerts-waiting").into_any(),
        Some(outcome) => match (outcome.finding, outcome.breach) {
            (Finding::Legitimate, _) => t("staff-alert-legitimate").into_any(),
            (Finding::NotLegitimate, breach) => t_args(
                "staff-alerts-breach",
                [(
                    "breach",
                    breach.map(breach_reference).unwrap_or_default().into(),
                )],
            )
            .into_any(),
        },
    }
}

/// One alert as a summary card, with its link.
fn alert_card(found: AlertInFull) -> impl IntoView {
    let outcome = outcome_words(&found);
    let alert = found.alert;
    let href = format!("/staff/alerts/{}", alert.id);
    let link = t_args(
        "staff-alerts-open",
        [("reference", alert.reference().into())],
    );
    let person = found.person.details;
    let whose = format!("{} ({})", person.full_name(), person.source_id);
    view! {
        <SummaryCard title=alert.reference()>
            <SummaryRow key=t("staff-questions-whose")>{whose}</SummaryRow>
            <SummaryRow key=t("staff-alert-who")>{found.staff_name}</SummaryRow>
            <SummaryRow key=t("access-log-when")>{date_and_time(alert.raised.at)}</SummaryRow>
            <SummaryRow key=t("staff-alert-reason")>
                <p class="govuk-body candour-pre-wrap">{alert.raised.reason}</p>
            </SummaryRow>
            <SummaryRow key=t("staff-alert-outcome")>{outcome}</SummaryRow>
        </SummaryCard>
        <p class="govuk-body"><a class="govuk-link" href=href>{link}</a></p>
    }
}
