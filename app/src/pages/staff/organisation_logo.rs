//! Uploading the council's logo for leaflets (PNG or SVG, at most 1 MB and 4000 pixels each way),
//! or removing it.
//!
//! The form posts `multipart/form-data` to the server's upload route, which works the same with
//! or without JavaScript. A file the route refuses brings the person back here with
//! `?problem=<message id>`; only message ids on [`PROBLEMS`] are shown, so a crafted link cannot
//! put other words on the page.

use crate::components::back_link::BackLink;
use crate::components::file_upload::FileUpload;
use crate::errors::{AppError, FieldProblem};
use crate::i18n::t;
use crate::layout::guard::require_staff;
use crate::pages::requests::{summary, title};
use crate::state::app_state;
use candour_domain::access::StaffAction;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Every message the upload route may send back.
pub const PROBLEMS: [&str; 5] = [
    "error-logo-missing",
    "error-logo-not-png-or-svg",
    "error-logo-too-big",
    "error-logo-damaged",
    "error-logo-too-many-pixels",
];

/// `/staff/organisation/logo`
#[component]
pub fn OrganisationLogoPage() -> impl IntoView {
    if let Err(instead) = require_staff(StaffAction::ManageLeaflets) {
        return instead;
    }
    let error = use_query_map()
        .with_untracked(|q| q.get("problem"))
        .filter(|key| PROBLEMS.contains(&key.as_str()))
        .map(|key| AppError::Invalid {
            problems: vec![FieldProblem {
                field: "logo".to_owned(),
                message: key,
            }],
            answers: Vec::new(),
        });
    let message = error
        .as_ref()
        .and_then(|e| e.problem_for("logo"))
        .map(|k| t(&k));
    let state = app_state();
    let has_logo = state.branding.current().logo.is_some();
    let preview = format!("/organisation/logo?v={}", state.branding.generation());
    view! {
        <Title text=title("logo-title", error.as_ref())/>
        <BackLink href="/staff/leaflets" text=t("back")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {summary(error.as_ref(), &[("logo", "#logo")])}
                <h1 class="govuk-heading-l">{t("logo-heading")}</h1>
                <p class="govuk-body">{t("logo-intro")}</p>
                {has_logo.then(|| view! {
                    <h2 class="govuk-heading-m">{t("logo-current")}</h2>
                    <p class="govuk-body">
                        <img class="candour-logo-preview" src=preview.clone() alt=t("logo-current-alt")/>
                    </p>
                })}
                <form method="post" action="/staff/organisation/logo/upload" enctype="multipart/form-data" novalidate>
                    <FileUpload name="logo" label=t("logo-label") hint=t("logo-hint") error=message accept=".png,.svg,image/png,image/svg+xml".to_owned()/>
                    <button type="submit" class="govuk-button" data-module="govuk-button">{t("logo-button")}</button>
                </form>
                {has_logo.then(|| view! {
                    <form method="post" action="/staff/organisation/logo/remove">
                        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">{t("logo-remove-button")}</button>
                    </form>
                })}
            </div>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::PROBLEMS;
    use candour_leaflets::LogoProblem;

    #[test]
    fn every_logo_problem_has_a_message_the_page_will_show() {
        let problems = [
            LogoProblem::CannotRead(String::new()),
            LogoProblem::TooBig {
                kilobytes: 2048,
                limit: 1024,
            },
            LogoProblem::DamagedPng,
            LogoProblem::TooManyPixels {
                width: 5000,
                height: 1,
                limit: 4000,
            },
            LogoProblem::NotPngOrSvg,
            LogoProblem::DoesNotDraw(String::new()),
        ];
        for problem in problems {
            assert!(PROBLEMS.contains(&problem.key()), "{problem:?}");
        }
    }
}
