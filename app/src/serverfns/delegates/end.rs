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
    use crate::{session, state::app_state};
    use candour_domain::delegation::DelegationId;
    use candour_store::records::Activity;

    let (signed_in, person) = person_managing_delegates()?;
    let store = app_state().store;
    let now = session::now();
    let id = DelegationId(delegation);
    let Some(found) = store
        .delegation(id)
        .await?
        .filter(|d| d.details.person == person)
    else {
        return Err(AppError::NotFound);
    };
    if !store
        .end_delegation(id, person, signed_in.account.id, now)
        .await?
    {
        return Err(AppError::NotFound);
    }
    store
        .record_activity(&Activity {
            at: now,
            account: signed_in.account.id,
            person: Some(person),
            action: "ended_delegation".to_owned(),
            detail: found.details.delegate_name,
        })
        .await?;
    leptos_axum::redirect("/account/delegates?ended=1");
    Ok(())
}
