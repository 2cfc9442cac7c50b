//! The part of "Who looked at your record" (`/access-log`) about times staff opened the
//! person's case after it had closed (`candour_services::closed_cases::openings`): when, who,
//! the reason they gave, and what the privacy officers found, in plain words. When they found
//! no good reason, it says so, names the breach record, says sorry and how to complain. Nothing
//! is shown when there are none.

use crate::components::summary_list::{SummaryCard, SummaryRow};
use crate::i18n::{date_and_time, t, t_args};
use crate::labels;
use crate::session;
use crate::state::app_state;
use candour_domain::closed_case::Finding;
use candour_domain::person::PersonId;
use candour_services::closed_cases::{ClosedCaseOpening, openings};
use leptos::prelude::*;

/// The times staff opened `person`'s closed case, newest first.
#[component]
pub fn ClosedCaseOpenings(
    /// Whose log it is.
    person: PersonId,
) -> impl IntoView {
    let services = app_state().services;
    let caller = session::caller();
    let council = services.settings().organisation.clone();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let Ok(found) = openings(&services, &caller, person).await else {
                    return ().into_any();
                };
                if found.is_empty() {
                    return ().into_any();
                }
                let cards = found
                    .into_iter()
                    .map(|opening| opening_card(opening, &council))
                    .collect_view();
                view! {
                    <h2 class="govuk-heading-m" id="closed-case">{t("access-log-closed-heading")}</h2>
                    <p class="govuk-body">{t("access-log-closed-intro")}</p>
                    {cards}
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// One opening as a summary card.
fn opening_card(opening: ClosedCaseOpening, council: &str) -> impl IntoView + use<> {
    let role = opening
        .role
        .map_or_else(|| t("access-log-staff"), |r| t(labels::role(r)));
    let role = match opening.name {
        Some(name) => t_args(
            "access-log-name-and-role",
            [("name", name.into()), ("role", role.into())],
        ),
        None => role,
    };
    let who = t_args(
        "access-log-who-value",
        [
            ("role", role.into()),
            ("organisation", council.to_owned().into()),
        ],
    );
    let found = match (opening.finding, opening.breach) {
        (None, _) => t("access-log-closed-checking"),
        (Some(Finding::Legitimate), _) => t("access-log-closed-legitimate"),
        (Some(Finding::NotLegitimate), breach) => t_args(
            "access-log-closed-breach",
            [("reference", breach.unwrap_or_default().into())],
        ),
    };
    view! {
        <SummaryCard title=date_and_time(opening.at)>
            <SummaryRow key=t("access-log-who")>{who}</SummaryRow>
            <SummaryRow key=t("access-log-closed-reason")>
                <p class="govuk-body candour-pre-wrap">{opening.reason}</p>
            </SummaryRow>
            <SummaryRow key=t("access-log-closed-found")>{found}</SummaryRow>
        </SummaryCard>
    }
}
