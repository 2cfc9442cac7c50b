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
use crate::islands::session_timeout::{SessionTimeout, TimeoutText};
use crate::layout::guard::encode;
use crate::request::{CurrentPage, UnavailableLanguage};
use crate::serverfns::auth::sign_out::SignOut;
use crate::session::{self, SignedIn};
use crate::state::app_state;
use candour_domain::access::Actor;
use candour_domain::locale::Locale;
use leptos::form::ActionForm;
use leptos::prelude::*;

/// The frame; `children` is the page's own content inside `main`.
#[component]
pub fn PageFrame(children: Children) -> impl IntoView {
    let state = app_state();
    let portal = state.portal;
    let brand = state.branding.current();
    let organisation = brand.organisation.name.clone();
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
    let signed_in = session::signed_in();
    let footer_links = [
        ("/accessibility", "footer-accessibility"),
        ("/privacy", "footer-privacy"),
        ("/cookies", "footer-cookies"),
        ("/contact", "footer-contact"),
        ("/leaflets", "footer-leaflets"),
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
            {signed_in.clone().map(|s| view! { <SignedInNavigation signed_in=s path=page.path.clone()/> })}
            {portal.demo.then(|| view! { <PhaseBanner tag=t("demo-tag") text=t("demo-banner")/> })}
            {(!portal.demo && !brand.configured)
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
                {offers_exit(&page.path).then(|| view! {
                    <crate::islands::exit_this_page::ExitThisPage
                        label=t("exit-this-page")
                        hidden_label=t("exit-this-page-hidden")
                    />
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

/// The pages a person may need to leave in a hurry, by the start of their path: their record,
/// who their information went to and who looked, their helpers, and their requests. They
/// offer "Exit this page" ([`crate::islands::exit_this_page`]).
const EXIT_PAGES: &[&str] = &[
    "/record",
    "/sharing",
    "/access-log",
    "/account/delegates",
    "/requests",
];

/// Whether the page at `path` offers "Exit this page".
fn offers_exit(path: &str) -> bool {
    EXIT_PAGES.iter().any(|start| {
        path == *start
            || path
                .strip_prefix(start)
                .is_some_and(|rest| rest.starts_with('/'))
    })
}

/// For someone signed in: the service navigation, "You are acting for …" when acting for someone
/// else, the sign-out button, and the timeout warning.
#[component]
fn SignedInNavigation(signed_in: SignedIn, path: String) -> impl IntoView {
    let limits = app_state().portal.session_limits;
    let sign_out = ServerAction::<SignOut>::new();
    let acting_for = match (&signed_in.actor, &signed_in.acting_for) {
        (Some(Actor::Delegate { .. }), Some(person)) => Some(person.details.full_name()),
        _ => None,
    };
    let minutes = limits.warning / 60;
    let text = TimeoutText {
        heading: t("timeout-heading"),
        body: t_args("timeout-body", [("minutes", minutes.into())]),
        stay: t("timeout-stay"),
    };
    let warn_after = u64::try_from(signed_in.seconds_left - limits.warning).unwrap_or(0);
    let end_after = u64::try_from(signed_in.seconds_left).unwrap_or(0);
    let active = path == "/account";
    // The person's own messages, with how many are new (in words, not only a number). The
    // messages page itself reads them all, so there none is left new.
    let messages = matches!(signed_in.actor, Some(Actor::Person { .. })).then(|| {
        let here = path == "/messages";
        let text = if signed_in.unread_messages == 0 || here {
            t("navigation-messages")
        } else {
            t_args(
                "navigation-messages-new",
                [("count", signed_in.unread_messages.into())],
            )
        };
        view! {
            <li class=if here {
                "govuk-service-navigation__item govuk-service-navigation__item--active"
            } else {
                "govuk-service-navigation__item"
            }>
                <a class="govuk-service-navigation__link" href="/messages" aria-current=here.then_some("page")>
                    {text}
                </a>
            </li>
        }
    });
    view! {
        <div class="govuk-service-navigation" data-module="govuk-service-navigation">
            <div class="govuk-width-container">
                <div class="govuk-service-navigation__container">
                    <nav aria-label=t("navigation-label") class="govuk-service-navigation__wrapper">
                        <ul class="govuk-service-navigation__list" id="navigation">
                            <li class=if active {
                                "govuk-service-navigation__item govuk-service-navigation__item--active"
                            } else {
                                "govuk-service-navigation__item"
                            }>
                                <a
                                    class="govuk-service-navigation__link"
                                    href="/account"
                                    aria-current=active.then_some("page")
                                >
                                    {t("navigation-account")}
                                </a>
                            </li>
                            {messages}
                            <li class="govuk-service-navigation__item">
                                <ActionForm action=sign_out attr:class="candour-inline-form">
                                    <button type="submit" class="candour-link-button govuk-service-navigation__link">
                                        {t("navigation-sign-out")}
                                    </button>
                                </ActionForm>
                            </li>
                        </ul>
                    </nav>
                </div>
            </div>
        </div>
        {acting_for.map(|name| view! {
            <div class="govuk-width-container candour-acting-for">
                <p class="govuk-body govuk-!-margin-bottom-0">
                    {t_args("acting-for", [("name", name.into())])}
                    " "
                    <a class="govuk-link" href="/account">{t("acting-for-change")}</a>
                </p>
            </div>
        })}
        <SessionTimeout
            warn_after=warn_after
            end_after=end_after
            signed_out_url=format!("/signed-out?reason=timeout&return_to={}", encode(&path))
            text=text
        />
    }
}

#[cfg(test)]
mod tests {
    use super::offers_exit;

    #[test]
    fn the_pages_a_person_may_leave_in_a_hurry_offer_a_way_out() {
        let cases = [
            ("/record", true),
            ("/record/12", true),
            ("/sharing/3", true),
            ("/access-log", true),
            ("/account/delegates/invite", true),
            ("/requests/new/about", true),
            ("/account", false),
            ("/recordings", false),
            ("/", false),
            ("/staff/requests", false),
            ("/leaflets", false),
        ];
        for (path, offered) in cases {
            assert_eq!(offers_exit(path), offered, "{path}");
        }
    }
}
