//! A person's rights requests: the list, the three questions, check your answers, and each
//! request's page (which is also the confirmation after sending).

pub mod check;
pub mod copy;
pub mod detail;
pub mod disagree;
pub mod list;
pub mod new_about;
pub mod new_contact;
pub mod new_right;

use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::errors::AppError;
use crate::i18n::t;
use leptos::prelude::*;

/// The page title, with "Error:" in front when the form came back with problems.
pub fn title(key: &str, error: Option<&AppError>) -> String {
    match error {
        Some(AppError::Invalid { .. }) => format!("{} {}", t("error-prefix"), t(key)),
        _ => t(key),
    }
}

/// The error summary for the fields given, in order, or nothing.
pub fn summary(error: Option<&AppError>, fields: &[(&str, &str)]) -> impl IntoView + use<> {
    let items: Vec<ErrorItem> = fields
        .iter()
        .filter_map(|(field, href)| {
            error
                .and_then(|e| e.problem_for(field))
                .map(|key| ErrorItem {
                    href: (*href).to_owned(),
                    text: t(&key),
                })
        })
        .collect();
    (!items.is_empty())
        .then(|| view! { <ErrorSummary title=t("error-summary-title") items=items/> })
}
