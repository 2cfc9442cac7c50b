//! Inviting a delegate: the person names them, chooses what they may do and until when, and is
//! given a one-time code to hand over, or has it emailed to them (see `crate::invitations`).
//! Only the code's hash is stored.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Creates an invitation and shows its code.
#[server(endpoint = "delegates/invite")]
pub async fn invite_delegate(
    name: Option<String>,
    email: Option<String>,
    scopes: Option<Vec<String>>,
    ends_day: Option<String>,
    ends_month: Option<String>,
    ends_year: Option<String>,
) -> Result<(), AppError> {
    use super::ssr::person_managing_delegates;
    use crate::errors::FieldProblem;
    use crate::forms::date_from_parts;
    use crate::invitations::{Invitation, Invited, email_invitation};
    use crate::{session, state::app_state};
    use candour_domain::access::{AuthorityKind, DelegateScope};
    use candour_domain::delegation::NewDelegation;
    use candour_store::records::Activity;

    let (signed_in, person) = person_managing_delegates()?;
    let name = name.unwrap_or_default().trim().to_owned();
    let email = email.unwrap_or_default().trim().to_owned();
    let scopes = scopes.unwrap_or_default();
    let (day, month, year) = (
        ends_day.unwrap_or_default(),
        ends_month.unwrap_or_default(),
        ends_year.unwrap_or_default(),
    );
    let mut problems = Vec::new();
    if name.is_empty() {
        problems.push(FieldProblem {
            field: "name".into(),
            message: "error-delegate-name-missing".into(),
        });
    } else if name.chars().count() > 100 {
        problems.push(FieldProblem {
            field: "name".into(),
            message: "error-delegate-name-too-long".into(),
        });
    }
    if !email.is_empty() && !candour_domain::email_address::is_plausible(&email) {
        problems.push(FieldProblem {
            field: "email".into(),
            message: "error-delegate-email-shape".into(),
        });
    }
    let chosen: Vec<DelegateScope> = scopes.iter().filter_map(|s| s.parse().ok()).collect();
    if chosen.is_empty() {
        problems.push(FieldProblem {
            field: "scopes".into(),
            message: "error-delegate-scopes-missing".into(),
        });
    }
    let ends_on = match date_from_parts(&day, &month, &year) {
        Ok(Some(date)) if date < session::today() => {
            problems.push(FieldProblem {
                field: "ends-day".into(),
                message: "error-delegate-end-past".into(),
            });
            None
        }
        Ok(date) => date,
        Err(message) => {
            problems.push(FieldProblem {
                field: "ends-day".into(),
                message: message.into(),
            });
            None
        }
    };
    if !problems.is_empty() {
        let mut answers = vec![
            ("name".to_owned(), name),
            ("email".to_owned(), email),
            ("ends_day".to_owned(), day),
            ("ends_month".to_owned(), month),
            ("ends_year".to_owned(), year),
        ];
        answers.extend(scopes.into_iter().map(|s| ("scopes".to_owned(), s)));
        return Err(AppError::Invalid { problems, answers });
    }
    let invitation = Invitation::new();
    let state = app_state();
    let store = state.store.clone();
    let now = session::now();
    store
        .create_delegation(
            &NewDelegation {
                person,
                delegate: None,
                delegate_name: name.clone(),
                authority: AuthorityKind::PersonsAuthority,
                scopes: chosen.into_iter().collect(),
                ends_on,
                invite_code_hash: Some(invitation.code_hash.clone()),
                evidence: None,
                created_by: signed_in.account.id,
            },
            now,
        )
        .await?;
    store
        .record_activity(&Activity {
            at: now,
            account: signed_in.account.id,
            person: Some(person),
            action: "invited_delegate".to_owned(),
            detail: name.clone(),
        })
        .await?;
    let emailed = !email.is_empty();
    if emailed {
        let locale = signed_in
            .acting_for
            .as_ref()
            .map_or(candour_domain::locale::Locale::DEFAULT, |p| {
                p.details.preferred_locale
            });
        email_invitation(
            &state,
            &email,
            &name,
            &invitation.code,
            Invited::ByThePerson,
            locale,
            now,
        )
        .await?;
    }
    leptos_axum::redirect(&format!(
        "/account/delegates/invited?code={}{}",
        invitation.code,
        if emailed { "&emailed=1" } else { "" }
    ));
    Ok(())
}
