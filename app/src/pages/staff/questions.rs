//! `/staff/questions`: the questions people asked about who looked at their information, not
//! yet answered, earliest due first (`candour_services::questions::queue`): privacy officers
//! only. Each is a summary card (it reads the same at 320 px as on a desktop): whose, when it
//! was asked, the day it is due, with "Overdue" in words once that day has passed (not by
//! colour alone, WCAG 2.2 SC 1.4.1), and a link to answer it. After an answer, a success banner
//! names the question answered.

use crate::components::notification_banner::NotificationBanner;
use crate::components::summary_list::{SummaryCard, SummaryRow};
use crate::i18n::{date, t, t_args};
use crate::layout::guard::require_staff;
use crate::state::app_state;
use candour_domain::access::StaffAction;
use candour_services::questions::queue;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/staff/questions`
#[component]
pub fn StaffQuestionsPage() -> impl IntoView {
    let signed_in = match require_staff(StaffAction::InvestigateAccess) {
        Ok(signed_in) => signed_in,
        Err(instead) => return instead,
    };
    let answered = use_query_map()
        .with_untracked(|q| q.get("answered"))
        .and_then(|r| candour_domain::question::id_from_reference(&r))
        .map(candour_domain::question::reference);
    let services = app_state().services;
    let today = services.today();
    let caller = signed_in.caller();
    view! {
        <Title text=t("staff-questions-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {answered.map(|reference| view! {
                    <NotificationBanner title=t("banner-success") success=true>
                        <p class="govuk-notification-banner__heading">
                            {t_args("staff-questions-answered", [("reference", reference.into())])}
                        </p>
                    </NotificationBanner>
                })}
                <h1 class="govuk-heading-l">{t("staff-questions-heading")}</h1>
                <p class="govuk-body">{t("staff-questions-intro")}</p>
                <Suspense fallback=|| ()>
                    {Suspend::new(async move {
                        let found = match queue(&services, &caller).await {
                            Ok(found) => found,
                            Err(error) => return crate::refusals::instead_of(&error),
                        };
                        if found.is_empty() {
                            return view! { <p class="govuk-body">{t("staff-questions-none")}</p> }.into_any();
                        }
                        found
                            .into_iter()
                            .map(|queued| {
                                let q = queued.question;
                                let href = format!("/staff/questions/{}", q.id);
                                let overdue = q.overdue(today).then(|| view! {
                                    " " <strong class="govuk-tag govuk-tag--red">{t("queue-overdue")}</strong>
                                });
                                let link = t_args("staff-questions-open", [("reference", q.reference().into())]);
                                view! {
                                    <SummaryCard title=q.reference()>
                                        <SummaryRow key=t("staff-questions-whose")>
                                            {queued.person.details.full_name()} " (" {queued.person.details.source_id.clone()} ")"
                                        </SummaryRow>
                                        <SummaryRow key=t("question-asked-on")>{date(q.asked.asked_on)}</SummaryRow>
                                        <SummaryRow key=t("question-due")>{date(q.asked.due_on)} {overdue}</SummaryRow>
                                    </SummaryCard>
                                    <p class="govuk-body"><a class="govuk-link" href=href>{link}</a></p>
                                }
                            })
                            .collect_view()
                            .into_any()
                    })}
                </Suspense>
            </div>
        </div>
    }
    .into_any()
}
