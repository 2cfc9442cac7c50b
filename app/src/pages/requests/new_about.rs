//! Question 2: what the request is about. For a correction, what is wrong and what it should
//! say (ICO: a correction can add a note where an opinion is disputed; the person says both).
//!
//! "Ask us to correct this" beside a statement on the record opens this page with the entry and
//! statement in the address (`?entry=…&statement=…`): the request is then a correction of that
//! statement, quoted above the two questions, and the right question is skipped (the check page
//! can still change it).

use super::{summary, title};
use crate::components::back_link::BackLink;
use crate::components::textarea::Textarea;
use crate::i18n::t;
use crate::layout::guard::require_signed_in;
use crate::layout::statement_quote::StatementQuote;
use crate::pages::not_found::NotFound;
use crate::requests::{load_draft, pointed_statement, requester, statement_ref};
use crate::serverfns::requests::describe::DescribeRequest;
use candour_domain::rights::Right;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/requests/new/about`
#[component]
pub fn NewAboutPage() -> impl IntoView {
    if require_signed_in().is_none() {
        return ().into_any();
    }
    let Ok((signed_in, person)) = requester() else {
        return view! { <NotFound/> }.into_any();
    };
    let (change, pointed) = use_query_map().with_untracked(|q| {
        (
            q.get("change"),
            statement_ref(q.get("entry").as_deref(), q.get("statement").as_deref()),
        )
    });
    let back = pointed.map_or_else(
        || "/requests/new".to_owned(),
        |p| format!("/record/{}", p.entry.0),
    );
    let action = ServerAction::<DescribeRequest>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    view! {
        <Title text=title("request-about-title", error.as_ref())/>
        <BackLink href=back text=t("back")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {summary(error.as_ref(), &[("about", "#about"), ("wrong", "#wrong"), ("should_say", "#should_say")])}
                <ActionForm action=action attr:novalidate="true">
                    {change.map(|c| view! { <input type="hidden" name="change" value=c/> })}
                    <Suspense fallback=|| ()>
                        {Suspend::new(async move {
                            let draft = load_draft(&signed_in, person).await.unwrap_or_default();
                            let typed = |field: &str, saved: Option<String>| {
                                error.as_ref().and_then(|e| e.answer(field)).or(saved)
                            };
                            let problem = |field: &str| error.as_ref().and_then(|e| e.problem_for(field)).map(|k| t(&k));
                            let target = pointed.or(draft.statement.filter(|_| draft.right() == Some(Right::Rectification)));
                            let quote = match target {
                                Some(target) => match pointed_statement(&signed_in, person, target).await {
                                    Ok((entry, statement)) => Some((target, entry, statement)),
                                    Err(_) => return view! { <NotFound/> }.into_any(),
                                },
                                None => None,
                            };
                            if quote.is_some() || draft.right() == Some(Right::Rectification) {
                                let pointing = quote.is_some();
                                view! {
                                    <h1 class="govuk-heading-l">{t("request-correct-heading")}</h1>
                                    {quote.map(|(target, entry, statement)| view! {
                                        <input type="hidden" name="entry" value=target.entry.0.to_string()/>
                                        <input type="hidden" name="statement" value=target.position.to_string()/>
                                        <p class="govuk-body">{t("request-correct-quoted")}</p>
                                        <StatementQuote entry=entry statement=statement/>
                                    })}
                                    {(!pointing).then(|| view! { <p class="govuk-body">{t("request-correct-point")}</p> })}
                                    <Textarea name="wrong" label=t("request-wrong") hint=t("request-wrong-hint") value=typed("wrong", draft.wrong.clone()) error=problem("wrong")/>
                                    <Textarea name="should_say" label=t("request-should-say") value=typed("should_say", draft.should_say.clone()) error=problem("should_say")/>
                                }
                                .into_any()
                            } else {
                                view! {
                                    <Textarea
                                        name="about"
                                        label=t("request-about-question")
                                        label_is_heading=true
                                        hint=t("request-about-hint")
                                        value=typed("about", draft.about.clone())
                                        error=problem("about")
                                    />
                                }
                                .into_any()
                            }
                        })}
                    </Suspense>
                    <button type="submit" class="govuk-button" data-module="govuk-button">{t("continue")}</button>
                </ActionForm>
            </div>
        </div>
    }
    .into_any()
}
