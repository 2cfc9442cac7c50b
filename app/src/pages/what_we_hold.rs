//! `/what-we-hold`: what the council holds about the person and why, as UK GDPR Art 15(1)(a)–(h)
//! lists it (`candour_services::what_we_hold`, in words from `crate::what_we_hold_words`), each
//! section linking to where they can act on it, and a printable PDF of the same words
//! (`/what-we-hold.pdf`). The person, or a delegate who may read the record and see sharing and
//! access; anyone else gets "not found".

use crate::i18n::{current_locale, t};
use crate::pages::record::person_reader;
use crate::session;
use crate::state::app_state;
use crate::what_we_hold_words::{Section, present};
use candour_domain::access::{Decision, PersonAction, decide};
use candour_domain::audit::AuditAction;
use candour_services::what_we_hold::what_we_hold;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/what-we-hold`
#[component]
pub fn WhatWeHoldPage() -> impl IntoView {
    let (actor, person) = match person_reader(PersonAction::ReadRecord, AuditAction::OpenedPage) {
        Ok(found) => found,
        Err(instead) => return instead,
    };
    let state = app_state();
    let services = state.services.clone();
    let organisation = state.branding.current().organisation.clone();
    let caller = session::caller();
    view! {
        <Title text=t("held-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <Suspense fallback=|| ()>
                    {Suspend::new(async move {
                        let held = match what_we_hold(&services, &caller, person).await {
                            Ok(held) => held,
                            Err(error) => return crate::refusals::instead_of(&error),
                        };
                        let words = present(&held, &organisation, current_locale(), services.today());
                        let may = |action| decide(&actor, person, action) == Decision::Allow;
                        let sections = words.sections.into_iter().map(|s| section(s, &may)).collect_view();
                        view! {
                            <h1 class="govuk-heading-l">{words.title}</h1>
                            <p class="govuk-body">{words.intro}</p>
                            <p class="govuk-body">
                                <a class="govuk-link" href="/what-we-hold.pdf" download="">{t("held-pdf-link")}</a>
                            </p>
                            {sections}
                        }
                        .into_any()
                    })}
                </Suspense>
            </div>
        </div>
    }
    .into_any()
}

/// One section: its heading, paragraphs, list, and the link to act on it if the reader `may`.
fn section(section: Section, may: impl Fn(PersonAction) -> bool) -> impl IntoView {
    let paragraphs = |texts: Vec<String>| {
        texts
            .into_iter()
            .map(|text| view! { <p class="govuk-body">{text}</p> })
            .collect_view()
    };
    let items = (!section.items.is_empty()).then(|| {
        let items = section
            .items
            .into_iter()
            .map(|item| view! { <li>{item}</li> })
            .collect_view();
        view! { <ul class="govuk-list govuk-list--bullet">{items}</ul> }
    });
    let link = section
        .link
        .filter(|(.., action)| may(*action))
        .map(|(href, text, _)| {
            view! { <p class="govuk-body"><a class="govuk-link" href=href>{text}</a></p> }
        });
    view! {
        <h2 class="govuk-heading-m">{section.heading}</h2>
        {paragraphs(section.paragraphs)}
        {items}
        {paragraphs(section.after)}
        {link}
    }
}
