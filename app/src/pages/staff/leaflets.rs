//! The comms page: every leaflet in every language, to preview (the HTML page), download as a
//! standard or large-print PDF, or download all at once as a print pack (a zip file of every
//! leaflet × language × size). For comms officers only (`StaffAction::ManageLeaflets`).
//!
//! The organisation details printed on the leaflets are shown as they stand, each with a "Change"
//! link: the contact details to `/staff/organisation`, the logo to `/staff/organisation/logo`.
//! Coming back from either, `?saved=…` shows a success banner saying what changed.

use crate::components::notification_banner::NotificationBanner;
use crate::i18n::t;
use crate::layout::guard::require_staff;
use crate::state::app_state;
use candour_domain::access::StaffAction;
use candour_leaflets::content::{Labels, Leaflet};
use candour_leaflets::{LEAFLETS, LOCALES};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/staff/leaflets`
#[component]
pub fn CommsLeafletsPage() -> impl IntoView {
    if let Err(instead) = require_staff(StaffAction::ManageLeaflets) {
        return instead;
    }
    let brand = app_state().branding.current();
    let organisation = brand.organisation.clone();
    let logo = if brand.logo.is_some() {
        t("comms-logo-yes")
    } else {
        t("comms-logo-no")
    };
    let saved = use_query_map()
        .with_untracked(|q| q.get("saved"))
        .and_then(|what| match what.as_str() {
            "details" => Some("comms-saved-details"),
            "changed_logo" => Some("comms-saved-logo"),
            "removed_logo" => Some("comms-removed-logo"),
            _ => None,
        });
    let details = [
        (
            "comms-organisation-name",
            organisation.name,
            "/staff/organisation#name",
        ),
        (
            "comms-organisation-address",
            organisation.address,
            "/staff/organisation#address",
        ),
        (
            "comms-organisation-phone",
            organisation.phone,
            "/staff/organisation#phone",
        ),
        (
            "comms-organisation-email",
            organisation.email,
            "/staff/organisation#email",
        ),
        (
            "comms-organisation-website",
            organisation.website,
            "/staff/organisation#website",
        ),
        (
            "comms-organisation-dpo",
            organisation.dpo_email,
            "/staff/organisation#dpo_email",
        ),
        ("comms-organisation-logo", logo, "/staff/organisation/logo"),
    ]
    .into_iter()
    .map(|(key, value, change)| {
        let what = t(key).to_lowercase();
        view! {
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{t(key)}</dt>
                <dd class="govuk-summary-list__value">{value}</dd>
                <dd class="govuk-summary-list__actions">
                    <a class="govuk-link" href=change>
                        {t("change")}
                        <span class="govuk-visually-hidden">{format!(" {what}")}</span>
                    </a>
                </dd>
            </div>
        }
    })
    .collect_view();
    let rows = LEAFLETS
        .iter()
        .flat_map(|name| LOCALES.iter().map(move |locale| (*name, locale)))
        .filter_map(|(name, locale)| {
            let title = Leaflet::load(name, locale).ok()?.title;
            let language = Labels::load(locale).ok()?.language_name;
            Some((name, locale.tag, title, language))
        })
        .map(|(name, tag, title, language)| {
            let context = format!("{title}, {language}");
            let download = format!("/leaflets/{name}/download?in={tag}");
            view! {
                <tr class="govuk-table__row">
                    <th scope="row" class="govuk-table__header" lang=tag>{title}</th>
                    <td class="govuk-table__cell" lang=tag>{language}</td>
                    <td class="govuk-table__cell">
                        <ul class="govuk-list govuk-!-margin-bottom-0">
                            <li>
                                <a class="govuk-link" href=format!("/leaflets/{name}?in={tag}")>
                                    {t("comms-preview")}
                                    <span class="govuk-visually-hidden" lang=tag>{format!(" {context}")}</span>
                                </a>
                            </li>
                            <li>
                                <a class="govuk-link" href=download.clone() download="">
                                    {t("comms-pdf")}
                                    <span class="govuk-visually-hidden" lang=tag>{format!(" {context}")}</span>
                                </a>
                            </li>
                            <li>
                                <a class="govuk-link" href=format!("{download}&print=large") download="">
                                    {t("comms-pdf-large")}
                                    <span class="govuk-visually-hidden" lang=tag>{format!(" {context}")}</span>
                                </a>
                            </li>
                        </ul>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Title text=t("comms-title")/>
        {saved.map(|key| view! {
            <NotificationBanner title=t("banner-success") success=true>
                <p class="govuk-notification-banner__heading">{t(key)}</p>
            </NotificationBanner>
        })}
        <h1 class="govuk-heading-l">{t("comms-heading")}</h1>
        <p class="govuk-body">{t("comms-intro")}</p>
        <h2 class="govuk-heading-m">{t("comms-pack-heading")}</h2>
        <p class="govuk-body">{t("comms-pack-text")}</p>
        <p class="govuk-body">
            <a class="govuk-link" href="/staff/leaflets/print-pack" download="">{t("comms-pack-link")}</a>
        </p>
        <h2 class="govuk-heading-m">{t("comms-organisation-heading")}</h2>
        <p class="govuk-body">{t("comms-organisation-note")}</p>
        <dl class="govuk-summary-list">{details}</dl>
        <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m">{t("comms-table-caption")}</caption>
            <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">{t("comms-leaflet")}</th>
                    <th scope="col" class="govuk-table__header">{t("comms-language")}</th>
                    <th scope="col" class="govuk-table__header">{t("comms-files")}</th>
                </tr>
            </thead>
            <tbody class="govuk-table__body">{rows}</tbody>
        </table>
    }
    .into_any()
}
