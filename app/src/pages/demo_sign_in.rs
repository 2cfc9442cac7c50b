//! The demo sign-in page (only with `--demo`): pick a synthetic person, a family member acting
//! for one, or a staff role. Without `--demo` it is the not-found page.

use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::radios::{RadioItem, Radios};
use crate::i18n::{t, t_args};
use crate::pages::not_found::NotFound;
use crate::serverfns::auth::demo_sign_in::{DEMO_DELEGATE_NAME, DemoChoice, DemoSignIn};
use crate::state::app_state;
use candour_domain::access::Role;
use candour_domain::person::PersonId;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// People listed per page.
const PAGE: u32 = 12;

/// `/demo/sign-in`
#[component]
pub fn DemoSignInPage() -> impl IntoView {
    let state = app_state();
    if !state.portal.demo {
        return view! { <NotFound/> }.into_any();
    }
    let after =
        use_query_map().with_untracked(|q| q.get("after").and_then(|a| a.parse::<i64>().ok()));
    let action = ServerAction::<DemoSignIn>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let message = error
        .as_ref()
        .and_then(|e| e.problem_for("choice"))
        .map(|key| t(&key));
    let store = state.services.clone();
    let title = match message {
        Some(_) => format!("{} {}", t("error-prefix"), t("demo-title")),
        None => t("demo-title"),
    };
    let staff: Vec<RadioItem> = Role::ALL
        .into_iter()
        .map(|role| RadioItem {
            value: DemoChoice::Staff(role.key().to_owned()).value(),
            text: t(crate::labels::role(role)),
            hint: None,
        })
        .collect();
    view! {
        <Title text=title/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {message.clone().map(|text| {
                    view! {
                        <ErrorSummary
                            title=t("error-summary-title")
                            items=vec![ErrorItem { href: "#choice-person".to_owned(), text }]
                        />
                    }
                })}
                <h1 class="govuk-heading-l">{t("demo-heading")}</h1>
                <p class="govuk-body">{t("demo-intro")}</p>
                <ActionForm action=action attr:novalidate="true">
                    <Suspense fallback=|| ()>
                        {Suspend::new(async move {
                            let people = store.reads().people_after(after.map(PersonId), PAGE).await.unwrap_or_default();
                            let next = (people.len() == PAGE as usize).then(|| people.last().map(|p| p.id.0)).flatten();
                            let as_person = people
                                .iter()
                                .map(|p| RadioItem {
                                    value: DemoChoice::Person(p.id.0).value(),
                                    text: p.details.full_name(),
                                    hint: Some(p.details.source_id.clone()),
                                })
                                .collect::<Vec<_>>();
                            let as_delegate = people
                                .iter()
                                .map(|p| RadioItem {
                                    value: DemoChoice::Delegate(p.id.0).value(),
                                    text: t_args("demo-delegate-of", [
                                        ("name", DEMO_DELEGATE_NAME.into()),
                                        ("person", p.details.full_name().into()),
                                    ]),
                                    hint: None,
                                })
                                .collect::<Vec<_>>();
                            view! {
                                <Radios name="choice" id="choice-person" legend=t("demo-people") items=as_person error=message.clone()/>
                                {next.map(|id| view! {
                                    <p class="govuk-body">
                                        <a class="govuk-link" href=format!("/demo/sign-in?after={id}")>{t("demo-more-people")}</a>
                                    </p>
                                })}
                                <Radios name="choice" id="choice-delegate" legend=t("demo-delegates") items=as_delegate/>
                            }
                        })}
                    </Suspense>
                    <Radios name="choice" id="choice-staff" legend=t("demo-staff") items=staff/>
                    <button type="submit" class="govuk-button" data-module="govuk-button">{t("demo-sign-in")}</button>
                </ActionForm>
            </div>
        </div>
    }
    .into_any()
}
