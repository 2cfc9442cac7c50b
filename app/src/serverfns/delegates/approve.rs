//! A second member of staff approves the registration of an attorney or deputy, after checking
//! it against the document; nobody approves their own (`candour_services::delegates::approve`).

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Approves the registration `delegation`. One the caller may not approve (their own, already
/// approved, ended, or for someone they may not act for) answers as not found.
#[server(endpoint = "staff/delegates/approve")]
pub async fn approve_registration(delegation: i64) -> Result<(), AppError> {
    use crate::{session, state::app_state};
    use candour_domain::delegation::DelegationId;

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    candour_services::delegates::approve(
        &app_state().services,
        &signed_in.caller(),
        DelegationId(delegation),
    )
    .await?;
    leptos_axum::redirect("/staff/delegates/approvals?approved=1");
    Ok(())
}
