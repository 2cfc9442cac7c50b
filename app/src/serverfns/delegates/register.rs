//! Staff register an attorney (a registered Lasting Power of Attorney for health and welfare,
//! MCA 2005 s.9) or a Court of Protection deputy (s.16) after checking the document: whose it
//! is, who the attorney or deputy is, what they may do and until when, the document's reference
//! and what was checked. The member of staff who checked is recorded as its creator.
//!
//! Like an invitation, the registration gives a one-time code (shown to staff, and emailed when
//! an address is given) that the attorney types after signing in; until then it does nothing.
//! The person is told at once that someone was registered to act for them, and again when the
//! attorney starts (`delegates::accept`). Everything is checked before anything is written.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// The authorities staff may register (a person's own authority comes by invitation instead).
#[cfg(feature = "ssr")]
pub use candour_services::delegates::REGISTERED_AUTHORITIES;

/// Registers an attorney or deputy for the person with case-system id `person_ref`.
#[server(endpoint = "staff/delegates/register")]
pub async fn register_authority(
    person_ref: Option<String>,
    name: Option<String>,
    email: Option<String>,
    authority: Option<String>,
    reference: Option<String>,
    checked: Option<String>,
    scopes: Option<Vec<String>>,
    ends_day: Option<String>,
    ends_month: Option<String>,
    ends_year: Option<String>,
) -> Result<(), AppError> {
    use crate::forms::date_from_parts;
    use crate::{session, state::app_state};
    use candour_domain::access::AuthorityKind;
    use candour_services::delegates::{Registration, register};

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let tidy = |v: Option<String>| v.map(|s| s.trim().to_owned()).unwrap_or_default();
    let (person_ref, name, email, reference, checked) = (
        tidy(person_ref),
        tidy(name),
        tidy(email),
        tidy(reference),
        tidy(checked),
    );
    let (day, month, year) = (tidy(ends_day), tidy(ends_month), tidy(ends_year));
    let scopes = scopes.unwrap_or_default();
    let authority = authority.as_deref().and_then(AuthorityKind::from_key);
    let answers: Vec<(String, String)> = [
        ("person_ref", person_ref.clone()),
        ("name", name.clone()),
        ("email", email.clone()),
        ("reference", reference.clone()),
        ("checked", checked.clone()),
        ("ends_day", day.clone()),
        ("ends_month", month.clone()),
        ("ends_year", year.clone()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .chain(
        authority
            .filter(|a| candour_services::delegates::REGISTERED_AUTHORITIES.contains(a))
            .map(|a| ("authority".to_owned(), a.key().to_owned())),
    )
    .chain(scopes.iter().map(|s| ("scopes".to_owned(), s.clone())))
    .collect();
    let input = Registration {
        person_ref,
        name,
        email,
        authority,
        reference,
        checked,
        scopes,
        ends_on: date_from_parts(&day, &month, &year),
    };
    let made = register(&app_state().services, &signed_in.caller(), input)
        .await
        .map_err(|e| AppError::keeping(e, answers))?;
    leptos_axum::redirect(&format!(
        "/staff/delegates/registered?code={}{}",
        made.code,
        if made.emailed { "&emailed=1" } else { "" }
    ));
    Ok(())
}
