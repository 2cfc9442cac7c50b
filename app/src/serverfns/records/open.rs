//! A member of staff opens a record entry, for the reason the page they came from gave
//! (`candour_services::records::staff_open_entry`). Opening is this POST, never the entry's
//! address: a GET may be fetched by a browser or a link checker on its own, and a view on the
//! person's access log must be one a member of staff chose to make.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Opens entry `entry` of person `person` for the reason `why` (recorded), then shows it.
#[server(endpoint = "staff/records/open")]
pub async fn open_staff_entry(person: String, entry: String, why: String) -> Result<(), AppError> {
    use crate::{session, state::app_state};
    use candour_domain::person::PersonId;
    use candour_domain::record::EntryId;
    use candour_services::records::{Why, staff_open_entry};

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let (Ok(person), Ok(entry), Some(why)) = (
        person.parse::<i64>(),
        entry.parse::<i64>(),
        Why::from_key(&why),
    ) else {
        return Err(AppError::NotFound);
    };
    let (person, entry) = (PersonId(person), EntryId(entry));
    staff_open_entry(
        &app_state().services,
        &signed_in.caller(),
        person,
        entry,
        why,
    )
    .await?;
    leptos_axum::redirect(&format!(
        "/staff/people/{}/record/{}?why={}",
        person.0,
        entry.0,
        why.key()
    ));
    Ok(())
}
