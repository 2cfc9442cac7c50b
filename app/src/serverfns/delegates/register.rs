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
pub const REGISTERED_AUTHORITIES: [candour_domain::access::AuthorityKind; 2] = [
    candour_domain::access::AuthorityKind::LastingPowerOfAttorney,
    candour_domain::access::AuthorityKind::CourtOfProtectionDeputy,
];

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
    use crate::errors::FieldProblem;
    use crate::forms::date_from_parts;
    use crate::invitations::{Invitation, Invited, email_invitation};
    use crate::{session, state::app_state};
    use candour_domain::access::{AuthorityKind, DelegateScope, PersonAction, StaffAction};
    use candour_domain::delegation::{AuthorityEvidence, NewDelegation};
    use candour_store::records::Activity;

    let signed_in = session::staff_allowed(StaffAction::FindPeople)?;
    let actor = signed_in.actor.clone().ok_or(AppError::NotFound)?;
    let state = app_state();
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
    let mut problems = Vec::new();
    let mut problem = |field: &str, message: &str| {
        problems.push(FieldProblem {
            field: field.to_owned(),
            message: message.to_owned(),
        });
    };
    let person = if person_ref.is_empty() {
        problem("person_ref", "error-record-person-missing");
        None
    } else {
        let found = crate::people::for_staff(
            state.store.as_ref(),
            &actor,
            &person_ref,
            PersonAction::RegisterAuthority,
        )
        .await?;
        if found.is_none() {
            problem("person_ref", "error-record-person-unknown");
        }
        found
    };
    if name.is_empty() {
        problem("name", "error-register-name-missing");
    } else if name.chars().count() > 100 {
        problem("name", "error-delegate-name-too-long");
    }
    if !email.is_empty() && !candour_domain::email_address::is_plausible(&email) {
        problem("email", "error-delegate-email-shape");
    }
    let authority = authority
        .as_deref()
        .and_then(AuthorityKind::from_key)
        .filter(|a| REGISTERED_AUTHORITIES.contains(a));
    if authority.is_none() {
        problem("authority", "error-register-authority-missing");
    }
    if reference.is_empty() {
        problem("reference", "error-register-reference-missing");
    } else if reference.chars().count() > 60 {
        problem("reference", "error-register-reference-too-long");
    }
    if checked.is_empty() {
        problem("checked", "error-register-checked-missing");
    } else if checked.chars().count() > 1000 {
        problem("checked", "error-register-checked-too-long");
    }
    let chosen: Vec<DelegateScope> = scopes.iter().filter_map(|s| s.parse().ok()).collect();
    if chosen.is_empty() {
        problem("scopes", "error-register-scopes-missing");
    }
    let ends_on = match date_from_parts(&day, &month, &year) {
        Ok(Some(date)) if date < session::today() => {
            problem("ends-day", "error-delegate-end-past");
            None
        }
        Ok(date) => date,
        Err(message) => {
            problem("ends-day", message);
            None
        }
    };
    let (Some(person), Some(authority), true) = (person, authority, problems.is_empty()) else {
        let answers = [
            ("person_ref", person_ref),
            ("name", name),
            ("email", email),
            ("reference", reference),
            ("checked", checked),
            ("ends_day", day),
            ("ends_month", month),
            ("ends_year", year),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .chain(authority.map(|a| ("authority".to_owned(), a.key().to_owned())))
        .chain(scopes.into_iter().map(|s| ("scopes".to_owned(), s)))
        .collect();
        return Err(AppError::Invalid { problems, answers });
    };
    let invitation = Invitation::new();
    let now = session::now();
    let store = state.store.clone();
    store
        .create_delegation(
            &NewDelegation {
                person: person.id,
                delegate: None,
                delegate_name: name.clone(),
                authority,
                scopes: chosen.into_iter().collect(),
                ends_on,
                invite_code_hash: Some(invitation.code_hash.clone()),
                evidence: Some(
                    AuthorityEvidence {
                        document_reference: reference,
                        what_was_checked: checked,
                    }
                    .to_stored(),
                ),
                created_by: signed_in.account.id,
            },
            now,
        )
        .await?;
    let args = serde_json::json!({ "name": name }).to_string();
    store
        .notify(person.id, "delegate-registered", &args, now)
        .await?;
    store
        .record_activity(&Activity {
            at: now,
            account: signed_in.account.id,
            person: Some(person.id),
            action: "registered_delegate".to_owned(),
            detail: name.clone(),
        })
        .await?;
    let emailed = !email.is_empty();
    if emailed {
        email_invitation(
            &state,
            &email,
            &name,
            &invitation.code,
            Invited::ByStaff,
            person.details.preferred_locale,
            now,
        )
        .await?;
    }
    leptos_axum::redirect(&format!(
        "/staff/delegates/registered?code={}{}",
        invitation.code,
        if emailed { "&emailed=1" } else { "" }
    ));
    Ok(())
}
