//! `/sharing`: every share the person was told of, newest first: when, with whom, what, and
//! whether they agreed, each linking to its own page. Shares not yet told are never counted or
//! hinted at (`candour_services::sharing`), so an empty list says only that nothing is here yet.

use crate::i18n::{date, t, t_args};
use crate::pages::record::person_reader;
use crate::session;
use crate::state::app_state;
use candour_domain::access::PersonAction;
use candour_domain::audit::AuditAction;
use candour_services::sharing::told_shares;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/sharing`
#[component]
pub fn SharingPage() -> impl IntoView {
    let person = match person_reader(PersonAction::SeeSharingAndAccess, AuditAction::OpenedPage) {
        Ok((_, person)) => person,
        Err(instead) => return instead,
    };
    let services = app_state().services;
    let caller = session::caller();
    view! {
        <Title text=t("sharing-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("sharing-heading")}</h1>
                <p class="govuk-body">{t("sharing-intro")}</p>
                <Suspense fallback=|| ()>
                    {Suspend::new(async move {
                        let shares = match told_shares(&services, &caller, person).await {
                            Ok(shares) => shares,
                            Err(error) => return crate::refusals::instead_of(&error),
                        };
                        if shares.is_empty() {
                            return view! { <p class="govuk-body">{t("sharing-none")}</p> }.into_any();
                        }
                        let items = shares
                            .into_iter()
                            .map(|share| {
                                let href = format!("/sharing/{}", share.id);
                                let s = share.sharing;
                                let (tag_class, tag) = if s.with_consent() {
                                    ("govuk-tag govuk-tag--green", t("sharing-with-consent"))
                                } else {
                                    ("govuk-tag govuk-tag--yellow", t("sharing-without-consent"))
                                };
                                let link = t_args("sharing-see", [("organisation", s.recipient_organisation.clone().into())]);
                                view! {
                                    <li class="candour-entry-list__item">
                                        <h2 class="govuk-heading-s govuk-!-margin-bottom-1">
                                            {t_args("sharing-who-value", [
                                                ("role", s.recipient_role.clone().into()),
                                                ("organisation", s.recipient_organisation.clone().into()),
                                            ])}
                                        </h2>
                                        <p class="govuk-body-s govuk-!-margin-bottom-1">
                                            {t_args("sharing-on", [("date", date(s.shared_on).into())])}
                                        </p>
                                        <p class="govuk-body govuk-!-margin-bottom-1">{s.information.clone()}</p>
                                        <p class="govuk-body govuk-!-margin-bottom-1"><strong class=tag_class>{tag}</strong></p>
                                        <p class="govuk-body"><a class="govuk-link" href=href>{link}</a></p>
                                    </li>
                                }
                            })
                            .collect_view();
                        view! { <ul class="govuk-list candour-entry-list">{items}</ul> }.into_any()
                    })}
                </Suspense>
            </div>
        </div>
    }
    .into_any()
}
