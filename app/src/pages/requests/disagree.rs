//! "Tell us why you think your record is wrong": one question, after a correction was refused.
//! The answer is kept with the record and shown beside the part it is about. Any request that
//! is not a refused correction of the signed-in person answers as not found.

use super::{summary, title};
use crate::components::back_link::BackLink;
use crate::components::textarea::Textarea;
use crate::i18n::t;
use crate::layout::guard::require_signed_in;
use crate::layout::statement_quote::StatementQuote;
use crate::pages::not_found::NotFound;
use crate::requests::{disagreement_on, pointed_statement, requester, visible_request};
use crate::serverfns::requests::disagree::AddDisagreement;
use candour_domain::rectification::may_disagree;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/requests/{reference}/disagree`
#[component]
pub fn DisagreePage() -> impl IntoView {
    if require_signed_in().is_none() {
        return ().into_any();
    }
    let Ok((signed_in, person)) = requester() else {
        crate::refusals::note(
            candour_domain::audit::AuditAction::ReadRequest,
            crate::refusals::this_page(),
        );
        return view! { <NotFound/> }.into_any();
    };
    let reference = use_params_map()
        .with_untracked(|p| p.get("reference"))
        .unwrap_or_default();
    let action = ServerAction::<AddDisagreement>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let request = match visible_request(&reference, person).await {
                    Ok(request) if may_disagree(&request) => request,
                    Ok(_) => return view! { <NotFound/> }.into_any(),
                    Err(_) => {
                        let object = format!("request:{reference}");
                        return crate::refusals::not_found(
                            candour_domain::audit::AuditAction::ReadRequest,
                            object,
                        )
                        .await;
                    }
                };
                let saved = disagreement_on(&request).await.map(|d| d.text);
                let quote = match request.details.statement {
                    Some(target) => pointed_statement(&signed_in, person, target).await.ok(),
                    None => None,
                };
                let value = error.as_ref().and_then(|e| e.answer("disagreement")).or(saved);
                let problem = error.as_ref().and_then(|e| e.problem_for("disagreement")).map(|k| t(&k));
                let back = format!("/requests/{}", request.reference());
                view! {
                    <Title text=title("disagree-title", error.as_ref())/>
                    <BackLink href=back text=t("back")/>
                    <div class="govuk-grid-row">
                        <div class="govuk-grid-column-two-thirds">
                            {summary(error.as_ref(), &[("disagreement", "#disagreement")])}
                            <span class="govuk-caption-l">{request.reference()}</span>
                            {quote.map(|(entry, statement)| {
                                let href = format!("/record/{}", entry.id.0);
                                view! {
                                    <p class="govuk-body">{t("disagree-about")}</p>
                                    <StatementQuote entry=entry statement=statement entry_href=href/>
                                }
                            })}
                            <ActionForm action=action attr:novalidate="true">
                                <input type="hidden" name="reference" value=request.reference()/>
                                <Textarea
                                    name="disagreement"
                                    label=t("disagree-question")
                                    label_is_heading=true
                                    hint=t("disagree-hint")
                                    value=value
                                    error=problem
                                />
                                <button type="submit" class="govuk-button" data-module="govuk-button">{t("disagree-save")}</button>
                            </ActionForm>
                        </div>
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
