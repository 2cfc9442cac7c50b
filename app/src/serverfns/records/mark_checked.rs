//! A caseworker or privacy officer marks an entry checked for accuracy today. Reading the entry
//! to mark it goes through the same door as viewing it, so it is logged like a view.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Marks entry `entry` of person `person` checked today by the signed-in staff member.
#[server(endpoint = "staff/records/checked")]
pub async fn mark_entry_checked(person: String, entry: String) -> Result<(), AppError> {
    use crate::{session, state::app_state};
    use candour_domain::person::PersonId;
    use candour_domain::record::EntryId;

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let (Ok(person), Ok(entry)) = (person.parse::<i64>(), entry.parse::<i64>()) else {
        return Err(AppError::NotFound);
    };
    let (person, entry) = (PersonId(person), EntryId(entry));
    candour_services::records::mark_checked(
        &app_state().services,
        &signed_in.caller(),
        person,
        entry,
    )
    .await?;
    leptos_axum::redirect(&format!(
        "/staff/people/{}/record/{}?why=accuracy&checked=1",
        person.0, entry.0
    ));
    Ok(())
}
