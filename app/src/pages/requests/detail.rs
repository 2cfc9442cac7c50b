//! One request: where it stands, the due date and days left, and every event. Right after
//! sending it is also the confirmation (GOV.UK confirmation pattern: a panel with the reference,
//! then what happens next). Someone else's reference answers as not found.
//!
//! A correction shows the statement it is about (as the record says it now: after an accepted
//! correction, the corrected words). After a refused correction, the person is offered a
//! statement of disagreement, and sees the one they added.

use crate::components::back_link::BackLink;
use crate::components::notification_banner::NotificationBanner;
use crate::i18n::{date, t};
use crate::islands::print_button::PrintButton;
use crate::layout::disagreement_note::DisagreementNote;
use crate::layout::guard::require_signed_in;
use crate::layout::request_summary::RequestSummary;
use crate::layout::statement_quote::StatementQuote;
use crate::pages::not_found::NotFound;
use crate::requests::{disagreement_on, pointed_statement, requester, visible_request};
use crate::session;
use crate::state::app_state;
use candour_domain::deadline::Calendar;
use candour_domain::rectification::may_disagree;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/requests/{reference}`
#[component]
pub fn RequestPage() -> impl IntoView {
    if require_signed_in().is_none() {
        return ().into_any();
    }
    let Ok((requester_signed_in, person)) = requester() else {
        crate::refusals::note(
            candour_domain::audit::AuditAction::ReadRequest,
            crate::refusals::this_page(),
        );
        return view! { <NotFound/> }.into_any();
    };
    let reference = use_params_map()
        .with_untracked(|p| p.get("reference"))
        .unwrap_or_default();
    let (sent, disagreed) =
        use_query_map().with_untracked(|q| (q.get("sent").is_some(), q.get("disagreed").is_some()));
    let nation = app_state().portal.nation;
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let Ok(request) = visible_request(&reference, person).await else {
                    let object = format!("request:{reference}");
                    return crate::refusals::not_found(
                        candour_domain::audit::AuditAction::ReadRequest,
                        object,
                    )
                    .await;
                };
                let deadline = request.deadline(nation, Calendar::bundled()).ok().flatten();
                let due = deadline.as_ref().and_then(|d| d.due);
                let today = session::today();
                let signed_in = session::signed_in();
                let copy = match &signed_in {
                    Some(s) => crate::access_copy::available(s, &reference).await,
                    None => None,
                };
                let quote = match request.details.statement {
                    Some(target) => pointed_statement(&requester_signed_in, person, target).await.ok(),
                    None => None,
                };
                let quote = quote.map(|(entry, statement)| {
                    let href = format!("/record/{}", entry.id.0);
                    view! {
                        <h2 class="govuk-heading-m">{t("request-which-part")}</h2>
                        <StatementQuote entry=entry statement=statement entry_href=href/>
                    }
                });
                let disagreement = if may_disagree(&request) {
                    let saved = disagreement_on(&request).await;
                    Some((format!("/requests/{}/disagree", request.reference()), saved))
                } else {
                    None
                };
                let disagreement = disagreement.map(|(href, saved)| {
                    let has_one = saved.is_some();
                    view! {
                        <h2 class="govuk-heading-m">{t("request-disagree-heading")}</h2>
                        {saved.map_or_else(
                            || view! { <p class="govuk-body">{t("request-disagree-text")}</p> }.into_any(),
                            |d| view! { <DisagreementNote disagreement=d/> }.into_any(),
                        )}
                        <p class="govuk-body">
                            <a class="govuk-link" href=href>{t(if has_one { "request-disagree-change" } else { "request-disagree-link" })}</a>
                        </p>
                    }
                });
                let copy_links = copy.map(|copy| {
                    let base = format!("/requests/{}/copy", copy.reference);
                    view! {
                        <h2 class="govuk-heading-m">{t("copy-section-heading")}</h2>
                        <p class="govuk-body">{crate::i18n::t_args("copy-available", [("date", date(copy.available_until).into())])}</p>
                        <ul class="govuk-list">
                            <li><a class="govuk-link" href=base.clone()>{t("copy-read-online")}</a></li>
                            <li><a class="govuk-link" href=format!("{base}.pdf") download="">{t("copy-download-pdf")}</a></li>
                            <li><a class="govuk-link" href=format!("{base}.json") download="">{t("copy-download-json")}</a></li>
                        </ul>
                    }
                });
                view! {
                    <Title text=if sent { t("request-sent-title") } else { request.reference() }/>
                    {(!sent).then(|| view! { <BackLink href="/requests" text=t("back")/> })}
                    <div class="govuk-grid-row">
                        <div class="govuk-grid-column-two-thirds">
                            {if sent {
                                view! {
                                    <div class="govuk-panel govuk-panel--confirmation">
                                        <h1 class="govuk-panel__title">{t("request-sent-heading")}</h1>
                                        <div class="govuk-panel__body">
                                            {t("request-your-reference")}
                                            <br/>
                                            <strong>{request.reference()}</strong>
                                        </div>
                                    </div>
                                    <p class="govuk-body">
                                        {t("request-sent-due")}
                                        " "
                                        <strong>{due.map(date).unwrap_or_default()}</strong>
                                    </p>
                                    <p class="govuk-body">{t("request-sent-next")}</p>
                                    <PrintButton label=t("print-this-page")/>
                                }
                                .into_any()
                            } else {
                                view! { <h1 class="govuk-heading-l">{t("request-heading")}</h1> }.into_any()
                            }}
                            {(disagreed && !sent).then(|| view! {
                                <NotificationBanner title=t("banner-success") success=true>
                                    <p class="govuk-notification-banner__heading">{t("request-disagree-saved")}</p>
                                </NotificationBanner>
                            })}
                            <RequestSummary request=request deadline=deadline today=today/>
                            {quote}
                            {disagreement}
                            {copy_links}
                            <p class="govuk-body">
                                <a class="govuk-link" href="/requests">{t("requests-back")}</a>
                            </p>
                        </div>
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
