//! Candour's web pages: Leptos components rendered on the server, with a few islands that wake
//! up in the browser.
//!
//! Every page is complete HTML from the server and every journey works without JavaScript
//! (GOV.UK Service Manual, "Building a robust frontend using progressive enhancement"). Islands
//! add small comforts on top (a print button, focus moved to an error summary) and never hold
//! content. That is why Candour uses Leptos islands rather than hydrating the whole page: the
//! browser downloads only the islands' code, which keeps the first visit inside the 100 KB
//! budget (see the README).

#![recursion_limit = "256"]

pub mod components;
pub mod errors;
pub mod i18n;
pub mod islands;
pub mod labels;
pub mod routes;
pub mod serverfns;

#[cfg(feature = "ssr")]
pub mod access_copy;
#[cfg(feature = "ssr")]
pub mod branding;
#[cfg(feature = "ssr")]
pub mod consent_words;
#[cfg(feature = "ssr")]
pub mod forms;
#[cfg(feature = "ssr")]
pub mod glossary;
#[cfg(feature = "ssr")]
pub mod kept_answers;
#[cfg(feature = "ssr")]
pub mod layout;
#[cfg(feature = "ssr")]
pub mod limits;
#[cfg(feature = "ssr")]
pub mod markdown;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod records;
#[cfg(feature = "ssr")]
pub mod refusals;
#[cfg(feature = "ssr")]
pub mod request;
#[cfg(feature = "ssr")]
pub mod requests;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
pub mod what_we_hold_words;
#[cfg(feature = "ssr")]
pub mod wording;

/// This crate's folder, read when a test runs (cargo sets it), not when it was compiled: a test
/// binary kept in the shared build folder may have been compiled in another clone.
#[cfg(test)]
pub(crate) fn test_manifest_dir() -> String {
    std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR for tests")
}

#[cfg(feature = "ssr")]
pub use ssr::{App, head_text, shell};

#[cfg(feature = "ssr")]
mod ssr {
    use crate::i18n::t;
    use crate::layout::page_frame::PageFrame;
    use crate::pages;
    use leptos::prelude::*;
    use leptos_meta::{MetaTags, Title, provide_meta_context};
    use leptos_router::components::{Route, Router, Routes};
    use leptos_router::{SsrMode, path};

    /// The HTML document around every page: language and direction, styles, the islands'
    /// loader, and the security headers that depend on this response's nonce.
    pub fn shell(options: LeptosOptions) -> impl IntoView {
        let page = crate::request::establish();
        let locale = page.locale;
        // Large print scales every rem-based size from the root: 20 pt text (Accessible
        // Information Standard; RNIB's clear print guidance asks for at least 16 pt).
        let html_class = if page.large_print {
            "govuk-template candour-large-print"
        } else {
            "govuk-template"
        };
        view! {
            <!DOCTYPE html>
            <html lang=locale.tag() dir=locale.direction().as_html() class=html_class>
                <head>
                    <meta charset="utf-8"/>
                    <meta name="viewport" content="width=device-width, initial-scale=1"/>
                    <meta name="theme-color" content="#0b5e55"/>
                    <link rel="stylesheet" href="/pkg/candour.css"/>
                    <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                    <HydrationScripts options islands=true/>
                    <MetaTags/>
                </head>
                <body class="govuk-template__body">
                    <App/>
                </body>
            </html>
        }
    }

    /// Text for the document's head, escaped: leptos_meta writes the title into the head as it
    /// is given, so a title made from stored words (an entry's title from the case system)
    /// could otherwise close the `<title>` and add a `<meta http-equiv="refresh">` or a
    /// `<base>`. Every page's title passes through here.
    pub fn head_text(text: &str) -> String {
        let mut escaped = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '&' => escaped.push_str("&amp;"),
                '<' => escaped.push_str("&lt;"),
                '>' => escaped.push_str("&gt;"),
                '"' => escaped.push_str("&quot;"),
                '\'' => escaped.push_str("&#39;"),
                other => escaped.push(other),
            }
        }
        escaped
    }

    /// The routes. Every route renders in a blocking mode (`SsrMode::Async`): the whole page is
    /// sent at once, so a browser without JavaScript never sees a "Loading" placeholder.
    #[component]
    pub fn App() -> impl IntoView {
        provide_meta_context();
        let service = t("service-name");
        view! {
            <Title formatter=move |page: String| head_text(&format!("{page} – {service}"))/>
            <Router>
                <PageFrame>
                    <Routes fallback=pages::not_found::NotFound>
                        <Route path=path!("/") view=pages::start::StartPage ssr=SsrMode::Async/>
                        <Route
                            path=path!("/accessibility")
                            view=pages::accessibility::AccessibilityStatement
                            ssr=SsrMode::Async
                        />
                        <Route path=path!("/cookies") view=pages::cookies::CookiesPage ssr=SsrMode::Async/>
                        <Route path=path!("/privacy") view=pages::privacy::PrivacyNotice ssr=SsrMode::Async/>
                        <Route path=path!("/contact") view=pages::contact::ContactPage ssr=SsrMode::Async/>
                        <Route path=path!("/leaflets") view=pages::leaflets::LeafletsPage ssr=SsrMode::Async/>
                        <Route path=path!("/leaflets/:name") view=pages::leaflets::LeafletPage ssr=SsrMode::Async/>
                        <Route path=path!("/sign-in") view=pages::sign_in::SignInPage ssr=SsrMode::Async/>
                        <Route path=path!("/signed-out") view=pages::signed_out::SignedOutPage ssr=SsrMode::Async/>
                        <Route
                            path=path!("/sign-in/problem")
                            view=pages::sign_in_problem::SignInProblemPage
                            ssr=SsrMode::Async
                        />
                        <Route path=path!("/demo/sign-in") view=pages::demo_sign_in::DemoSignInPage ssr=SsrMode::Async/>
                        <Route path=path!("/account") view=pages::account::AccountPage ssr=SsrMode::Async/>
                        <Route path=path!("/account/accept") view=pages::accept_invitation::AcceptInvitationPage ssr=SsrMode::Async/>
                        <Route path=path!("/record") view=pages::record::list::RecordPage ssr=SsrMode::Async/>
                        <Route path=path!("/record/:id") view=pages::record::entry::EntryPage ssr=SsrMode::Async/>
                        <Route path=path!("/sharing") view=pages::sharing::list::SharingPage ssr=SsrMode::Async/>
                        <Route path=path!("/sharing/:id") view=pages::sharing::share::SharePage ssr=SsrMode::Async/>
                        <Route path=path!("/access-log") view=pages::access_log::AccessLogPage ssr=SsrMode::Async/>
                        <Route path=path!("/access-log/:look/ask") view=pages::access_log_ask::AskWhyPage ssr=SsrMode::Async/>
                        <Route path=path!("/what-we-hold") view=pages::what_we_hold::WhatWeHoldPage ssr=SsrMode::Async/>
                        <Route path=path!("/consents") view=pages::consents::list::ConsentsPage ssr=SsrMode::Async/>
                        <Route path=path!("/consents/:id/change") view=pages::consents::change::ChangeConsentPage ssr=SsrMode::Async/>
                        <Route path=path!("/consents/:id/changed") view=pages::consents::changed::ConsentChangedPage ssr=SsrMode::Async/>
                        <Route path=path!("/requests") view=pages::requests::list::RequestsPage ssr=SsrMode::Async/>
                        <Route path=path!("/requests/new") view=pages::requests::new_right::NewRightPage ssr=SsrMode::Async/>
                        <Route path=path!("/requests/new/about") view=pages::requests::new_about::NewAboutPage ssr=SsrMode::Async/>
                        <Route path=path!("/requests/new/contact") view=pages::requests::new_contact::NewContactPage ssr=SsrMode::Async/>
                        <Route path=path!("/requests/new/check") view=pages::requests::check::CheckRequestPage ssr=SsrMode::Async/>
                        <Route path=path!("/requests/:reference") view=pages::requests::detail::RequestPage ssr=SsrMode::Async/>
                        <Route path=path!("/requests/:reference/copy") view=pages::requests::copy::AccessCopyPage ssr=SsrMode::Async/>
                        <Route path=path!("/requests/:reference/disagree") view=pages::requests::disagree::DisagreePage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/requests") view=pages::staff::request_queue::RequestQueuePage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/requests/new") view=pages::staff::request_record::RecordRequestPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/accuracy") view=pages::staff::accuracy::AccuracyPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/delegates/new") view=pages::staff::register_authority::RegisterAuthorityPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/delegates/registered") view=pages::staff::authority_registered::AuthorityRegisteredPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/delegates/approvals") view=pages::staff::delegate_approvals::DelegateApprovalsPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/consents") view=pages::staff::consents::StaffConsentsPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/leaflets") view=pages::staff::leaflets::CommsLeafletsPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/organisation") view=pages::staff::organisation::OrganisationPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/organisation/logo") view=pages::staff::organisation_logo::OrganisationLogoPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/people") view=pages::staff::people::PeoplePage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/people/:person") view=pages::staff::person::PersonSummaryPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/sharing/not-told") view=pages::staff::untold_shares::UntoldSharesPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/questions") view=pages::staff::questions::StaffQuestionsPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/questions/:id") view=pages::staff::question::StaffQuestionPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/alerts") view=pages::staff::alerts::StaffAlertsPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/alerts/:id") view=pages::staff::alert::StaffAlertPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/people/:person/why") view=pages::staff::closed_case_reason::ClosedCaseReasonPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/people/:person/record/:entry") view=pages::staff::record_entry::StaffEntryPage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/people/:person/sharing/new") view=|| view! { <pages::staff::share_new::question::ShareQuestionPage question=candour_domain::sharing::draft::ShareQuestion::Recipient/> } ssr=SsrMode::Async/>
                        <Route path=path!("/staff/people/:person/sharing/new/information") view=|| view! { <pages::staff::share_new::question::ShareQuestionPage question=candour_domain::sharing::draft::ShareQuestion::Information/> } ssr=SsrMode::Async/>
                        <Route path=path!("/staff/people/:person/sharing/new/purpose") view=|| view! { <pages::staff::share_new::question::ShareQuestionPage question=candour_domain::sharing::draft::ShareQuestion::Purpose/> } ssr=SsrMode::Async/>
                        <Route path=path!("/staff/people/:person/sharing/new/basis") view=|| view! { <pages::staff::share_new::question::ShareQuestionPage question=candour_domain::sharing::draft::ShareQuestion::Basis/> } ssr=SsrMode::Async/>
                        <Route path=path!("/staff/people/:person/sharing/new/grounds") view=|| view! { <pages::staff::share_new::question::ShareQuestionPage question=candour_domain::sharing::draft::ShareQuestion::Grounds/> } ssr=SsrMode::Async/>
                        <Route path=path!("/staff/people/:person/sharing/new/telling") view=|| view! { <pages::staff::share_new::question::ShareQuestionPage question=candour_domain::sharing::draft::ShareQuestion::Telling/> } ssr=SsrMode::Async/>
                        <Route path=path!("/staff/people/:person/sharing/new/check") view=pages::staff::share_new::check::CheckSharePage ssr=SsrMode::Async/>
                        <Route path=path!("/staff/people/:person/sharing/recorded/:id") view=pages::staff::share_new::recorded::ShareRecordedPage ssr=SsrMode::Async/>
                        <Route
                            path=path!("/staff/requests/:reference")
                            view=pages::staff::request_work::RequestWorkPage
                            ssr=SsrMode::Async
                        />
                        <Route path=path!("/account/delegates") view=pages::delegates::DelegatesPage ssr=SsrMode::Async/>
                        <Route
                            path=path!("/account/delegates/invite")
                            view=pages::delegate_invite::InviteDelegatePage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/account/delegates/invited")
                            view=pages::delegate_invited::InvitedPage
                            ssr=SsrMode::Async
                        />
                        <Route path=path!("/notifications") view=pages::notifications::NotificationsPage ssr=SsrMode::Async/>
                        <Route path=path!("/messages") view=pages::messages::MessagesPage ssr=SsrMode::Async/>
                        <Route path=path!("/problem") view=pages::problem::ProblemPage ssr=SsrMode::Async/>
                        <Route
                            path=path!("/problem/cross-site")
                            view=pages::cross_site::CrossSitePage
                            ssr=SsrMode::Async
                        />
                        <Route path=path!("/problem/too-many") view=pages::too_many::TooManyPage ssr=SsrMode::Async/>
                        <Route
                            path=path!("/problem/too-large")
                            view=pages::too_large::TooLargePage
                            ssr=SsrMode::Async
                        />
                    </Routes>
                </PageFrame>
            </Router>
        }
    }
}
