//! The confirmation after recording a share (GOV.UK confirmation pattern: a panel with its
//! number, then what happens next): told now, the person can see it at once; not yet, nobody
//! outside the council sees it until staff record that they were told, and the review date is
//! repeated.

use super::person_in_address;
use crate::i18n::{date, t, t_args};
use crate::layout::guard::require_signed_in;
use crate::pages::not_found::NotFound;
use crate::state::app_state;
use candour_domain::sharing::Telling;
use candour_services::share_recording::recorded;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/staff/people/{person}/sharing/recorded/{id}`
#[component]
pub fn ShareRecordedPage() -> impl IntoView {
    let Some(signed_in) = require_signed_in() else {
        return ().into_any();
    };
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()));
    let (Some(person), Some(id)) = (person_in_address(), id) else {
        return view! { <NotFound/> }.into_any();
    };
    let services = app_state().services;
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let (found, share) = match recorded(&services, &signed_in.caller(), person, id).await {
                    Ok(found) => found,
                    Err(error) => return crate::refusals::instead_of(&error),
                };
                let name = found.details.full_name();
                let (next, untold) = match share.sharing.telling {
                    Telling::Told { .. } => (t_args("share-recorded-told", [("name", name.clone().into())]), false),
                    Telling::NotYet { review_on, .. } => (
                        t_args(
                            "share-recorded-not-yet",
                            [("name", name.clone().into()), ("date", date(review_on).into())],
                        ),
                        true,
                    ),
                };
                let again = format!("/staff/people/{}/sharing/new", person.0);
                view! {
                    <Title text=t("share-recorded-title")/>
                    <div class="govuk-grid-row">
                        <div class="govuk-grid-column-two-thirds">
                            <div class="govuk-panel govuk-panel--confirmation">
                                <h1 class="govuk-panel__title">{t("share-recorded-heading")}</h1>
                                <div class="govuk-panel__body">
                                    {t("share-recorded-number")}<br/><strong>{share.id.to_string()}</strong>
                                </div>
                            </div>
                            <p class="govuk-body">
                                {t_args("share-recorded-summary", [
                                    ("name", name.into()),
                                    ("role", share.sharing.recipient_role.clone().into()),
                                    ("organisation", share.sharing.recipient_organisation.clone().into()),
                                ])}
                            </p>
                            <h2 class="govuk-heading-m">{t("share-check-next-heading")}</h2>
                            <p class="govuk-body">{next}</p>
                            {untold.then(|| view! {
                                <p class="govuk-body"><a class="govuk-link" href="/staff/sharing/not-told">{t("share-recorded-untold")}</a></p>
                            })}
                            <p class="govuk-body"><a class="govuk-link" href=again>{t("share-recorded-another")}</a></p>
                            <p class="govuk-body"><a class="govuk-link" href="/account">{t("share-recorded-home")}</a></p>
                        </div>
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
