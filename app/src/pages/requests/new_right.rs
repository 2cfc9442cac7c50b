//! Question 1: "What do you want to ask for?" Each right is explained in one plain sentence,
//! and a details box says honestly when the council can say no (ICO guidance on each right):
//! a council's records are mostly kept under a legal duty or for its public task, so erasure
//! applies only to what it no longer needs or should not hold (UK GDPR Art 17(1), 17(3)(b)),
//! objection makes it stop unless it has compelling reasons (Art 21(1)), restriction keeps the
//! information but stops its use while something is checked (Art 18(1)), and access may leave
//! out only what an exemption covers (DPA 2018 Sch 2–3).

use super::{summary, title};
use crate::components::back_link::BackLink;
use crate::components::radios::{RadioItem, Radios};
use crate::i18n::t;
use crate::labels;
use crate::layout::guard::require_signed_in;
use crate::pages::not_found::NotFound;
use crate::requests::{load_draft, requester};
use crate::serverfns::requests::choose_right::ChooseRight;
use candour_domain::rights::Right;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/requests/new`
#[component]
pub fn NewRightPage() -> impl IntoView {
    if require_signed_in().is_none() {
        return ().into_any();
    }
    let Ok((signed_in, person)) = requester() else {
        return view! { <NotFound/> }.into_any();
    };
    let change = use_query_map().with_untracked(|q| q.get("change"));
    let action = ServerAction::<ChooseRight>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let message = error
        .as_ref()
        .and_then(|e| e.problem_for("right"))
        .map(|k| t(&k));
    let items: Vec<RadioItem> = Right::ALL
        .into_iter()
        .map(|r| RadioItem {
            value: r.key().to_owned(),
            text: t(labels::right(r)),
            hint: Some(t(labels::right_explained(r))),
        })
        .collect();
    view! {
        <Title text=title("request-right-title", error.as_ref())/>
        <BackLink href="/requests" text=t("back")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {summary(error.as_ref(), &[("right", "#right")])}
                <ActionForm action=action attr:novalidate="true">
                    {change.map(|c| view! { <input type="hidden" name="change" value=c/> })}
                    <Suspense fallback=|| ()>
                        {Suspend::new(async move {
                            let draft = load_draft(&signed_in, person).await.unwrap_or_default();
                            view! {
                                <Radios
                                    name="right"
                                    legend=t("request-right-question")
                                    legend_is_heading=true
                                    items=items.clone()
                                    checked=draft.right
                                    error=message.clone()
                                />
                            }
                        })}
                    </Suspense>
                    <details class="govuk-details">
                        <summary class="govuk-details__summary">
                            <span class="govuk-details__summary-text">{t("right-when-heading")}</span>
                        </summary>
                        <div class="govuk-details__text">
                            {[
                                "right-when-access",
                                "right-when-rectification",
                                "right-when-erasure",
                                "right-when-restriction",
                                "right-when-objection",
                                "right-when-answer",
                            ]
                                .into_iter()
                                .map(|key| view! { <p class="govuk-body">{t(key)}</p> })
                                .collect_view()}
                        </div>
                    </details>
                    <p class="govuk-body">{t("request-free")}</p>
                    <button type="submit" class="govuk-button" data-module="govuk-button">{t("continue")}</button>
                </ActionForm>
            </div>
        </div>
    }
    .into_any()
}
