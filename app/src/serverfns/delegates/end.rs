//! Ending a delegation: at once, by the person, whatever its end date.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Ends the person's delegation `delegation`. Someone else's answers as not found.
#[server(endpoint = "delegates/end")]
pub async fn end_delegation(delegation: i64) -> Result<(), AppError> {
    use super::ssr::person_managing_delegates;
    use crate::state::app_state;
    use candour_domain::delegation::DelegationId;

    let (signed_in, person) = person_managing_delegates()?;
    candour_services::delegates::end(
        &app_state().services,
        &signed_in.caller(),
        person,
        DelegationId(delegation),
    )
    .await?;
    leptos_axum::redirect("/account/delegates?ended=1");
    Ok(())
}
