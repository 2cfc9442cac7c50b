//! Registrations of attorneys and deputies waiting for a second member of staff: each with
//! whose it is, who registered it and what they checked, and a button to approve it, except
//! for the registrations the member of staff made themselves (security review: one caseworker
//! must not be able to make anyone an attorney alone). A registration that does not match the
//! document is not approved and never works; the person can end it.

use crate::components::notification_banner::NotificationBanner;
use crate::i18n::{date, t, t_args};
use crate::labels;
use crate::layout::guard::require_staff;
use crate::serverfns::delegates::approve::ApproveRegistration;
use crate::state::app_state;
use candour_domain::access::StaffAction;
use candour_domain::delegation::AuthorityEvidence;
use candour_services::delegates::AwaitingApproval;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/staff/delegates/approvals`
#[component]
pub fn DelegateApprovalsPage() -> impl IntoView {
    let signed_in = match require_staff(StaffAction::FindPeople) {
        Ok(signed_in) => signed_in,
        Err(instead) => return instead,
    };
    let approved = use_query_map().with_untracked(|q| q.get("approved").is_some());
    let approve = ServerAction::<ApproveRegistration>::new();
    let caller = signed_in.caller();
    view! {
        <Title text=t("approvals-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {approved.then(|| view! {
                    <NotificationBanner title=t("banner-success") success=true>
                        <p class="govuk-notification-banner__heading">{t("approvals-done")}</p>
                    </NotificationBanner>
                })}
                <h1 class="govuk-heading-l">{t("approvals-heading")}</h1>
                <p class="govuk-body">{t("approvals-intro")}</p>
                <Suspense fallback=|| ()>
                    {Suspend::new(async move {
                        let waiting = candour_services::delegates::awaiting_approval(&app_state().services, &caller)
                            .await
                            .unwrap_or_default();
                        if waiting.is_empty() {
                            return view! { <p class="govuk-body">{t("approvals-none")}</p> }.into_any();
                        }
                        waiting.into_iter().map(|w| registration(w, approve)).collect_view().into_any()
                    })}
                </Suspense>
            </div>
        </div>
    }
    .into_any()
}

/// One registration as a summary card, with its approve button or why there is none.
fn registration(
    waiting: AwaitingApproval,
    approve: ServerAction<ApproveRegistration>,
) -> impl IntoView {
    let d = waiting.delegation;
    let evidence =
        AuthorityEvidence::from_stored(d.details.evidence.as_deref().unwrap_or_default());
    let scopes = d
        .details
        .scopes
        .iter()
        .map(|s| t(labels::scope(*s)))
        .collect::<Vec<_>>()
        .join(", ");
    // Dates as people write them, like every other page (`i18n::date`).
    let until = d
        .details
        .ends_on
        .map_or_else(|| t("delegates-no-end"), date);
    let registered_on = date(candour_domain::clock::london_date(d.created_at));
    let name = d.details.delegate_name;
    let row = |key: &'static str, value: String| {
        view! {
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{t(key)}</dt>
                <dd class="govuk-summary-list__value">{value}</dd>
            </div>
        }
    };
    let title = name.clone();
    let action = if waiting.own {
        view! { <p class="govuk-inset-text">{t("approvals-own")}</p> }.into_any()
    } else {
        view! {
            <ActionForm action=approve>
                <input type="hidden" name="delegation" value=d.id.0.to_string()/>
                <button type="submit" class="govuk-button" data-module="govuk-button">
                    {t_args("approvals-button", [("name", name.into())])}
                </button>
            </ActionForm>
        }
        .into_any()
    };
    view! {
        <div class="govuk-summary-card">
            <div class="govuk-summary-card__title-wrapper">
                <h2 class="govuk-summary-card__title">{title}</h2>
            </div>
            <div class="govuk-summary-card__content">
                <dl class="govuk-summary-list">
                    {row("approvals-person", format!("{} ({})", waiting.person_name, waiting.person_ref))}
                    {row("delegates-authority", t(labels::authority(d.details.authority)))}
                    {row("register-reference", evidence.document_reference)}
                    {row("delegates-evidence", evidence.what_was_checked)}
                    {row("delegates-can", scopes)}
                    {row("delegates-until", until)}
                    {row("approvals-registered-by", waiting.registered_by)}
                    {row("approvals-registered-on", registered_on)}
                </dl>
                {action}
            </div>
        </div>
    }
}
