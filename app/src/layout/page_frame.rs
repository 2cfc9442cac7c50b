//! Skip link, header (with the demo banner when serving synthetic data), language navigation,
//! the `main` landmark, and the footer with the support links in the same place on every page
//! (WCAG 2.2 SC 3.2.6 Consistent Help).
//!
//! Everything sits inside a landmark (banner, navigation, main, contentinfo) so that screen
//! reader users can move around by landmark and nothing is missed.

use crate::components::footer::{Footer, FooterLink};
use crate::components::generic_header::GenericHeader;
use crate::components::language_navigation::{LanguageItem, LanguageNavigation};
use crate::components::notification_banner::NotificationBanner;
use crate::components::phase_banner::PhaseBanner;
use crate::components::skip_link::SkipLink;
use crate::i18n::{current_locale, t, t_args};
use crate::request::{CurrentPage, UnavailableLanguage};
use crate::state::app_state;
use candour_domain::locale::Locale;
use leptos::prelude::*;

/// The frame; `children` is the page's own content inside `main`.
#[component]
pub fn PageFrame(children: Children) -> impl IntoView {
    let portal = app_state().portal;
    let organisation = portal.organisation.name.clone();
    let locale = current_locale();
    let page = use_context::<CurrentPage>().unwrap_or_default();
    let languages = Locale::ALL
        .into_iter()
        .map(|l| LanguageItem {
            text: l.endonym().to_owned(),
            lang: l.tag().to_owned(),
            href: (l != locale).then(|| page.in_locale(l)),
        })
        .collect();
    let unavailable = use_context::<UnavailableLanguage>();
    let footer_links = [
        ("/accessibility", "footer-accessibility"),
        ("/privacy", "footer-privacy"),
        ("/cookies", "footer-cookies"),
        ("/contact", "footer-contact"),
    ]
    .into_iter()
    .map(|(href, key)| FooterLink {
        href: href.to_owned(),
        text: t(key),
    })
    .collect();
    view! {
        <SkipLink href="#main-content" text=t("skip-to-main-content")/>
        <header>
            <GenericHeader url="/" logo_text=organisation.clone() service_name=t("service-name")/>
            {portal.demo.then(|| view! { <PhaseBanner tag=t("demo-tag") text=t("demo-banner")/> })}
            {(!portal.demo && !portal.organisation_configured)
                .then(|| view! { <PhaseBanner tag=t("setup-tag") text=t("setup-banner")/> })}
        </header>
        <div class="govuk-width-container">
            <div class="candour-language-bar">
                <LanguageNavigation items=languages label=t("language-navigation-label")/>
            </div>
            <main class="govuk-main-wrapper" id="main-content">
                {unavailable
                    .map(|UnavailableLanguage(language)| {
                        view! {
                            <NotificationBanner title=t("banner-important")>
                                <p class="govuk-notification-banner__heading">
                                    {t_args("language-unavailable", [("language", language.into())])}
                                </p>
                            </NotificationBanner>
                        }
                    })}
                {children()}
            </main>
        </div>
        <Footer
            links_heading=t("footer-links-heading")
            links=footer_links
            meta_text=t_args("footer-meta", [("organisation", organisation.into())])
        />
    }
}
