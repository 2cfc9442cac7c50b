//! Where the start button leads: the ways to sign in that this council has set up. Each way is a
//! plain link that starts a redirect, so signing in works without JavaScript. If none is set up
//! the page says so and gives the council's contact details instead of a dead end.

use crate::i18n::t;
use crate::layout::contact_details::ContactDetails;
use crate::state::app_state;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/sign-in`
#[component]
pub fn SignInPage() -> impl IntoView {
    let portal = app_state().portal;
    let any = portal.public_sign_in || portal.staff_sign_in || portal.demo;
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
                            <a href="/auth/public/sign-in" role="button" draggable="false" class="govuk-button">
                                {t("sign-in-public")}
                            </a>
                        }
                    })}
                {portal
                    .staff_sign_in
                    .then(|| {
                        view! {
                            <p class="govuk-body">
                                <a class="govuk-link" href="/auth/staff/sign-in">{t("sign-in-staff")}</a>
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
