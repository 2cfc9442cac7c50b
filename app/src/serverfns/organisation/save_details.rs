//! Saving the council's name and contact details from the comms page. Every detail is checked
//! by the same rules as the configuration (`Organisation::problems`); if any is wrong nothing is
//! saved and the form comes back with what was typed and a message by each problem.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// The form's fields, in the order the page shows them.
pub const FIELDS: [&str; 6] = ["name", "address", "phone", "email", "website", "dpo_email"];

/// Saves the details and shows the comms page with a success message.
#[server(endpoint = "organisation/details")]
pub async fn save_organisation_details(
    name: Option<String>,
    address: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    website: Option<String>,
    dpo_email: Option<String>,
) -> Result<(), AppError> {
    use crate::{session, state::app_state};
    use candour_domain::organisation::Organisation;

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let text = |value: Option<String>| value.unwrap_or_default().trim().to_owned();
    let state = app_state();
    let organisation = Organisation {
        name: text(name),
        address: text(address),
        phone: text(phone),
        email: text(email),
        website: text(website),
        dpo_email: text(dpo_email),
        logo: None,
    };
    let answers = FIELDS
        .iter()
        .zip([
            &organisation.name,
            &organisation.address,
            &organisation.phone,
            &organisation.email,
            &organisation.website,
            &organisation.dpo_email,
        ])
        .map(|(field, value)| ((*field).to_owned(), value.clone()))
        .collect();
    let saved = candour_services::organisation::save_details(
        &state.services,
        &signed_in.caller(),
        organisation,
    )
    .await
    .map_err(|e| AppError::keeping(e, answers))?;
    state.branding.use_details(saved);
    leptos_axum::redirect("/staff/leaflets?saved=details");
    Ok(())
}
