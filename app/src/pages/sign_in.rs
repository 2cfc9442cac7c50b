//! Where the start button leads: the ways to sign in that this council has set up. Each way is a
//! plain link that starts a redirect, so signing in works without JavaScript. If none is set up
//! the page says so and gives the council's contact details instead of a dead end.

use crate::i18n::t;
use crate::layout::contact_details::ContactDetails;
use crate::layout::guard::{encode, safe_return_to};
use crate::state::app_state;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/sign-in`
#[component]
pub fn SignInPage() -> impl IntoView {
    let portal = app_state().portal;
    let any = portal.public_sign_in || portal.staff_sign_in || portal.demo;
    let return_to = use_query_map().with_untracked(|q| q.get("return_to"));
    let keep = format!(
        "?return_to={}",
        encode(&safe_return_to(return_to.as_deref()))
    );
    let public_href = format!("/auth/public/sign-in{keep}");
    let staff_href = format!("/auth/staff/sign-in{keep}");
    view! {
        <Title text=t("sign-in-title")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("sign-in-heading")}</h1>
                {portal
                    .public_sign_in
                    .then(|| {
                        view! {
                            <p class="govuk-body">{t("sign-in-public-hint")}</p>
                            <a href=public_href role="button" draggable="false" class="govuk-button">
                                {t("sign-in-public")}
                            </a>
                        }
                    })}
                {portal
                    .staff_sign_in
                    .then(|| {
                        view! {
                            <p class="govuk-body">
                                <a class="govuk-link" href=staff_href>{t("sign-in-staff")}</a>
                            </p>
                        }
                    })}
                {portal
                    .demo
                    .then(|| {
                        view! {
                            <p class="govuk-body">
                                <a class="govuk-link" href="/demo/sign-in">{t("sign-in-demo")}</a>
                            </p>
                        }
                    })}
                {(!any)
                    .then(|| {
                        view! {
                            <p class="govuk-body">{t("sign-in-none")}</p>
                            <ContactDetails/>
                        }
                    })}
            </div>
        </div>
    }
}
