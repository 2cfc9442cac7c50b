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
    use crate::staff_record::{Why, open_entry};
    use crate::{session, state::app_state};
    use candour_domain::person::PersonId;
    use candour_domain::record::EntryId;
    use candour_store::records::Activity;

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let (Ok(person), Ok(entry)) = (person.parse::<i64>(), entry.parse::<i64>()) else {
        return Err(AppError::NotFound);
    };
    let (person, entry) = (PersonId(person), EntryId(entry));
    let store = app_state().store;
    let now = session::now();
    open_entry(&store, &signed_in, person, entry, Why::AccuracyCheck, now)
        .await?
        .ok_or(AppError::NotFound)?;
    if !store
        .mark_entry_checked(person, entry, session::today(), signed_in.account.id)
        .await?
    {
        return Err(AppError::NotFound);
    }
    store
        .record_activity(&Activity {
            at: now,
            account: signed_in.account.id,
            person: Some(person),
            action: "checked_entry".to_owned(),
            detail: format!("entry {}", entry.0),
        })
        .await?;
    leptos_axum::redirect(&format!(
        "/staff/people/{}/record/{}?why=accuracy&checked=1",
        person.0, entry.0
    ));
    Ok(())
}
