//! A person's subject access copy as a page: the same sections, in the same order, as the PDF
//! (both come from `crate::access_copy::present`), in the page's language. Headings and lists
//! carry the structure; statements are shown with their labels, withheld parts only as their
//! reasons. Anyone but the person (or a delegate who may read their record) gets not found.

use crate::access_copy::{Items, NamedFacts, Presented, open_for, present};
use crate::components::back_link::BackLink;
use crate::i18n::{current_locale, t};
use crate::islands::print_button::PrintButton;
use crate::layout::guard::require_signed_in;
use crate::markdown::Markdown;
use crate::pages::not_found::NotFound;
use crate::state::app_state;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

fn facts(pairs: Vec<(String, String)>) -> impl IntoView {
    view! {
        <dl class="govuk-summary-list">
            {pairs
                .into_iter()
                .map(|(key, value)| view! {
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">{key}</dt>
                        <dd class="govuk-summary-list__value">{value}</dd>
                    </div>
                })
                .collect_view()}
        </dl>
    }
}

/// A section of named items, each with its facts (delegates; shares).
fn named_section(section: Items<NamedFacts>) -> impl IntoView {
    view! {
        <h2 class="govuk-heading-m">{section.heading}</h2>
        {section.items.is_empty().then(|| view! { <p class="govuk-body">{section.none.clone()}</p> })}
        {section.items.into_iter().map(|item| view! {
            <h3 class="govuk-heading-s">{item.name}</h3>
            {facts(item.facts)}
        }).collect_view()}
    }
}

fn body(copy: Presented, reference: String) -> impl IntoView {
    let Presented {
        title,
        intro,
        about,
        record,
        requests,
        delegates,
        sharing,
        consents,
        activity,
        ..
    } = copy;
    view! {
        <Title text=title.clone()/>
        <BackLink href=format!("/requests/{reference}") text=t("back")/>
        <h1 class="govuk-heading-l">{title}</h1>
        {intro.into_iter().map(|line| view! { <p class="govuk-body">{line}</p> }).collect_view()}
        <p class="govuk-body">
            <a class="govuk-link" href=format!("/requests/{reference}/copy.pdf") download="">{t("copy-download-pdf")}</a>
        </p>
        <h2 class="govuk-heading-m">{about.heading}</h2>
        {facts(about.facts)}
        <h2 class="govuk-heading-m">{record.heading}</h2>
        {record.entries.is_empty().then(|| view! { <p class="govuk-body">{record.none.clone()}</p> })}
        {record.entries.into_iter().map(|entry| view! {
            <h3 class="govuk-heading-s">{entry.title}</h3>
            {facts(entry.facts)}
            {entry.summary.map(|summary| view! { <div class="candour-summary"><Markdown text=summary/></div> })}
            {entry.withheld.into_iter().map(|line| view! { <p class="govuk-body">{line}</p> }).collect_view()}
            <ul class="govuk-list candour-statements">
                {entry.statements.into_iter().map(|s| view! {
                    <li class="candour-statement">
                        <strong>{s.label}</strong>
                        {(!s.markdown.is_empty()).then(|| view! { <Markdown text=s.markdown/> })}
                        {(!s.disagreement.is_empty()).then(|| view! {
                            <p class="govuk-body candour-disagreement candour-preserve-lines">{s.disagreement}</p>
                        })}
                    </li>
                }).collect_view()}
            </ul>
        }).collect_view()}
        <h2 class="govuk-heading-m">{requests.heading}</h2>
        {requests.items.is_empty().then(|| view! { <p class="govuk-body">{requests.none.clone()}</p> })}
        {requests.items.into_iter().map(|r| view! {
            <h3 class="govuk-heading-s">{r.title}</h3>
            {facts(r.facts)}
            <ul class="govuk-list govuk-list--bullet">
                {r.events.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
            </ul>
        }).collect_view()}
        {named_section(delegates)}
        {named_section(sharing)}
        {named_section(consents)}
        <h2 class="govuk-heading-m">{activity.heading}</h2>
        {activity.items.is_empty().then(|| view! { <p class="govuk-body">{activity.none.clone()}</p> })}
        <ul class="govuk-list govuk-list--bullet">
            {activity.items.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
        </ul>
        <PrintButton label=t("print-this-page")/>
    }
}

/// `/requests/{reference}/copy`
#[component]
pub fn AccessCopyPage() -> impl IntoView {
    let Some(signed_in) = require_signed_in() else {
        return ().into_any();
    };
    let reference = use_params_map()
        .with_untracked(|p| p.get("reference"))
        .unwrap_or_default();
    let state = app_state();
    let locale = current_locale();
    let organisation = state.branding.current().organisation.name.clone();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let found = open_for(&state.services, &signed_in, &reference).await;
                let Ok((_, copy)) = found else {
                    return view! { <NotFound/> }.into_any();
                };
                let reference = copy.reference.clone();
                body(present(&copy, locale, &organisation), reference).into_any()
            })}
        </Suspense>
    }
    .into_any()
}
