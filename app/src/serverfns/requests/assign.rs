//! Privacy officers give an open request to one of their team (or back to no one), so everyone
//! can see who is working on what. Only someone holding the privacy-officer role can be chosen;
//! the choice is kept in the activity trail, not shown to the person (it is internal routing,
//! not an event on the statutory clock).

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Gives the request `reference` to the account `assignee` (empty for no one).
#[server(endpoint = "staff/requests/assign")]
pub async fn assign_request(reference: String, assignee: Option<String>) -> Result<(), AppError> {
    use crate::{session, state::app_state};
    use candour_domain::access::{AccountId, Role, StaffAction, may};
    use candour_domain::rights::RequestId;
    use candour_store::records::Activity;

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let actor = signed_in.actor.clone().ok_or(AppError::NotFound)?;
    if !may(&actor, StaffAction::WorkRequestQueue) {
        return Err(AppError::NotFound);
    }
    let state = app_state();
    let id = RequestId::from_reference(&reference).ok_or(AppError::NotFound)?;
    let request = state.store.request(id).await?.ok_or(AppError::NotFound)?;
    let chosen = assignee.unwrap_or_default();
    let answers = vec![("assignee".to_owned(), chosen.clone())];
    let to = match chosen.trim() {
        "" => None,
        text => {
            let officers = state.store.staff_with_role(Role::PrivacyOfficer).await?;
            let found = text
                .parse::<i64>()
                .ok()
                .map(AccountId)
                .filter(|id| officers.iter().any(|a| a.id == *id));
            match found {
                Some(id) => Some(id),
                None => {
                    return Err(AppError::invalid(
                        "assignee",
                        "error-assignee-unknown",
                        answers,
                    ));
                }
            }
        }
    };
    if !state.store.assign_request(id, to).await? {
        return Err(AppError::invalid(
            "assignee",
            "error-assignee-closed",
            answers,
        ));
    }
    state
        .store
        .record_activity(&Activity {
            at: session::now(),
            account: signed_in.account.id,
            person: Some(request.details.person),
            action: "assigned_request".to_owned(),
            detail: format!(
                "{} {}",
                id.reference(),
                to.map_or_else(|| "no one".to_owned(), |a| a.0.to_string())
            ),
        })
        .await?;
    leptos_axum::redirect(&format!("/staff/requests/{}?assigned=1", id.reference()));
    Ok(())
}
