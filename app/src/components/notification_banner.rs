//! GOV.UK notification banner: important news about the page (neutral), or the result of
//! something the user just did (success, announced with `role="alert"`).

use leptos::prelude::*;

/// A banner placed before the page's `h1`.
#[component]
pub fn NotificationBanner(
    /// The banner's title bar text ("Important" or "Success", the same words every time).
    #[prop(into)]
    title: String,
    /// True for the result of the user's own action.
    #[prop(optional)]
    success: bool,
    /// The banner's content.
    children: Children,
) -> impl IntoView {
    let class = if success {
        "govuk-notification-banner govuk-notification-banner--success"
    } else {
        "govuk-notification-banner"
    };
    let role = if success { "alert" } else { "region" };
    view! {
        <div class=class role=role aria-labelledby="govuk-notification-banner-title" data-module="govuk-notification-banner">
            <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id="govuk-notification-banner-title">
                    {title}
                </h2>
            </div>
            <div class="govuk-notification-banner__content">{children()}</div>
        </div>
    }
}
