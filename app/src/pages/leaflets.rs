//! Easy Read leaflets on the site: a list, linked from every page's footer, and each leaflet as
//! an HTML page made from the same content as its PDF, with downloads in every size.
//!
//! Leaflets come in more languages (Urdu, Punjabi) than the portal's own words, chosen with
//! `?in=TAG`; the leaflet's part of the page carries that language's `lang` and `dir`, so
//! screen readers pronounce it and right-to-left text mirrors, while the page around it stays in
//! the reader's portal language. Without `?in=`, a leaflet opens in the portal language.

use crate::i18n::{current_locale, t};
use crate::pages::not_found::NotFound;
use crate::session;
use candour_leaflets::catalogue::{self, LEAFLETS, LOCALES, Locale};
use candour_leaflets::content::{Labels, Leaflet, plain, sentences};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The leaflet language: `?in=` when it names one, else the portal language.
fn leaflet_locale(asked: Option<String>) -> &'static Locale {
    asked
        .as_deref()
        .and_then(catalogue::locale)
        .or_else(|| catalogue::locale(current_locale().tag()))
        .unwrap_or(&LOCALES[0])
}

/// `/leaflets`
#[component]
pub fn LeafletsPage() -> impl IntoView {
    let locale = leaflet_locale(None);
    let items = LEAFLETS
        .iter()
        .filter_map(|name| Some((*name, Leaflet::load(name, locale).ok()?)))
        .map(|(name, leaflet)| {
            view! {
                <li>
                    <h2 class="govuk-heading-s govuk-!-margin-bottom-1">
                        <a class="govuk-link" href=format!("/leaflets/{name}")>{leaflet.title}</a>
                    </h2>
                    <p class="govuk-body">{leaflet.summary}</p>
                </li>
            }
        })
        .collect_view();
    let mine = session::signed_in()
        .and_then(|s| s.actor)
        .is_some_and(|actor| actor.person().is_some());
    view! {
        <Title text=t("leaflets-title")/>
        <h1 class="govuk-heading-l">{t("leaflets-heading")}</h1>
        <p class="govuk-body">{t("leaflets-intro")}</p>
        <ul class="govuk-list">{items}</ul>
        {mine
            .then(|| {
                view! {
                    <h2 class="govuk-heading-m">{t("leaflets-mine")}</h2>
                    <p class="govuk-body">{t("leaflets-mine-text")}</p>
                    <p class="govuk-body">
                        <a class="govuk-link" href="/leaflets/your-rights/mine" download="">{t("leaflets-mine-link")}</a>
                    </p>
                }
            })}
    }
}

/// `/leaflets/:name`
#[component]
pub fn LeafletPage() -> impl IntoView {
    let name = use_params_map().with_untracked(|p| p.get("name").unwrap_or_default());
    let locale = leaflet_locale(use_query_map().with_untracked(|q| q.get("in")));
    let (Some(name), Ok(labels)) = (catalogue::leaflet(&name), Labels::load(locale)) else {
        return view! { <NotFound/> }.into_any();
    };
    let Ok(leaflet) = Leaflet::load(name, locale) else {
        return view! { <NotFound/> }.into_any();
    };
    let dir = if locale.right_to_left { "rtl" } else { "ltr" };
    let sections = leaflet
        .sections
        .iter()
        .map(|section| {
            let points = section
                .points
                .iter()
                .map(|point| {
                    let alt = labels.alt.get(&point.picture).cloned().unwrap_or_default();
                    view! {
                        <li class="candour-easy-read__point">
                            <img class="candour-easy-read__picture" src=format!("/leaflets/pictures/{}.svg", point.picture) alt=alt width="72" height="72"/>
                            <div class="candour-easy-read__text">
                                {sentences(&point.text).into_iter().map(|line| view! { <p class="govuk-body">{rich(&line)}</p> }).collect_view()}
                            </div>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h2 class="govuk-heading-m">{section.heading.clone()}</h2>
                <ul class="govuk-list candour-easy-read">{points}</ul>
            }
        })
        .collect_view();
    let hard_words = leaflet
        .hard_words
        .iter()
        .map(|word| {
            view! {
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{plain(&word.word)}</dt>
                    <dd class="govuk-summary-list__value">{word.meaning.clone()}</dd>
                </div>
            }
        })
        .collect_view();
    let needs_review = labels.translation != "source";
    let others = LOCALES
        .iter()
        .filter(|other| other.tag != locale.tag)
        .filter_map(|other| Some((other.tag, Labels::load(other).ok()?.language_name)))
        .map(|(tag, language)| {
            view! {
                <li>
                    <a class="govuk-link" href=format!("/leaflets/{name}?in={tag}") lang=tag hreflang=tag>{language}</a>
                </li>
            }
        })
        .collect_view();
    let download = format!("/leaflets/{name}/download?in={}", locale.tag);
    let large = format!("{download}&print=large");
    view! {
        <Title text=leaflet.title.clone()/>
        <div class="candour-leaflet" lang=locale.tag dir=dir>
            <h1 class="govuk-heading-l">{leaflet.title.clone()}</h1>
            {sections}
            <h2 class="govuk-heading-m">{labels.hard_words_heading.clone()}</h2>
            <p class="govuk-body">{labels.hard_words_intro.clone()}</p>
            <dl class="govuk-summary-list">{hard_words}</dl>
            <p class="govuk-body-s">{labels.pictures_credit.clone()}</p>
        </div>
        {needs_review.then(|| view! { <p class="govuk-inset-text">{t("leaflet-translation-note")}</p> })}
        <h2 class="govuk-heading-m">{t("leaflet-download-heading")}</h2>
        <ul class="govuk-list">
            <li><a class="govuk-link" href=download download="">{t("leaflet-download-pdf")}</a></li>
            <li><a class="govuk-link" href=large download="">{t("leaflet-download-large")}</a></li>
        </ul>
        <h2 class="govuk-heading-m">{t("leaflet-languages-heading")}</h2>
        <ul class="govuk-list">{others}</ul>
    }
    .into_any()
}

/// A sentence with its hard words (between `**` marks) in bold; nothing else is interpreted.
fn rich(line: &str) -> impl IntoView + use<> {
    line.split("**")
        .enumerate()
        .map(|(i, part)| {
            let part = part.to_owned();
            if i % 2 == 1 {
                view! { <strong>{part}</strong> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect_view()
}
