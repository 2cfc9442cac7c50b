//! `/staff/sharing/not-told`: the shares people have not yet been told of, the earliest review
//! date first (`candour_services::untold_shares`). Each is a summary card (it reads the same
//! at 320 px as on a desktop): whose, who with, when, what, why they were not told, and the day
//! to look at that decision again, with "Overdue" in words once that day has passed (not by
//! colour alone, WCAG 2.2 SC 1.4.1). Telling the person is recorded where the share was (the
//! case system sends `told_on`), so the page offers no button for it.

use crate::components::summary_list::{SummaryCard, SummaryRow};
use crate::i18n::{date, t, t_args};
use crate::layout::guard::require_staff;
use crate::state::app_state;
use candour_domain::access::StaffAction;
use candour_domain::sharing::Telling;
use candour_services::untold_shares::{MOST_LISTED, UntoldShare, untold};
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/staff/sharing/not-told`
#[component]
pub fn UntoldSharesPage() -> impl IntoView {
    let signed_in = match require_staff(StaffAction::FindPeople) {
        Ok(signed_in) => signed_in,
        Err(instead) => return instead,
    };
    let services = app_state().services;
    let today = services.today();
    let caller = signed_in.caller();
    view! {
        <Title text=t("untold-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("untold-heading")}</h1>
                <p class="govuk-body">{t("untold-intro")}</p>
                <Suspense fallback=|| ()>
                    {Suspend::new(async move {
                        let found = match untold(&services, &caller).await {
                            Ok(found) => found,
                            Err(error) => return crate::refusals::instead_of(&error),
                        };
                        if found.is_empty() {
                            return view! { <p class="govuk-body">{t("untold-none")}</p> }.into_any();
                        }
                        let full = found.len() >= MOST_LISTED as usize;
                        view! {
                            {full.then(|| view! {
                                <p class="govuk-body">{t_args("untold-full", [("count", found.len().into())])}</p>
                            })}
                            {found.into_iter().map(|u| share_card(u, today)).collect_view()}
                        }
                        .into_any()
                    })}
                </Suspense>
            </div>
        </div>
    }
    .into_any()
}

/// One share not yet told.
fn share_card(found: UntoldShare, today: NaiveDate) -> impl IntoView {
    let s = found.sharing;
    let Telling::NotYet { reason, review_on } = s.telling.clone() else {
        return ().into_any();
    };
    let overdue = s.review_overdue(today);
    let recipient = t_args(
        "untold-recipient-value",
        [
            ("role", s.recipient_role.clone().into()),
            ("organisation", s.recipient_organisation.clone().into()),
        ],
    );
    let title = format!("{} ({})", found.person_name, found.person_ref);
    view! {
        <SummaryCard title=title>
            <SummaryRow key=t("untold-recipient")>{recipient}</SummaryRow>
            <SummaryRow key=t("untold-shared-on")>{date(s.shared_on)}</SummaryRow>
            <SummaryRow key=t("untold-information")>{s.information}</SummaryRow>
            <SummaryRow key=t("untold-reason")>{reason}</SummaryRow>
            <SummaryRow key=t("untold-review")>
                {date(review_on)}
                {overdue.then(|| view! { " " <strong class="govuk-tag govuk-tag--red">{t("untold-overdue")}</strong> })}
            </SummaryRow>
        </SummaryCard>
    }
    .into_any()
}
