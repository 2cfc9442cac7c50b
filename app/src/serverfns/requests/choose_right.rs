//! The first question: which right.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Saves the right chosen and goes to the next question.
#[server(endpoint = "requests/right")]
pub async fn choose_right(right: Option<String>, change: Option<String>) -> Result<(), AppError> {
    use crate::requests::{load_draft, next_page, requester, save_draft};
    use candour_domain::rights::Right;
    let (signed_in, person) = requester()?;
    let Some(right) = right.filter(|r| Right::from_key(r).is_some()) else {
        return Err(AppError::invalid(
            "right",
            "error-request-right-missing",
            Vec::new(),
        ));
    };
    let mut draft = load_draft(&signed_in, person).await?;
    if Right::from_key(&right) != Some(Right::Rectification) {
        // Only a correction points at a statement.
        draft.statement = None;
    }
    draft.right = Some(right);
    save_draft(&signed_in, &draft).await?;
    leptos_axum::redirect(&next_page(change.as_deref(), "/requests/new/about"));
    Ok(())
}
