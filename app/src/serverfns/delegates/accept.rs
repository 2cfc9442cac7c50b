//! Accepting an invitation: someone signed in types the code they were handed. The person is
//! told at once that this delegate can now act for them.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Accepts the invitation with this code.
#[server(endpoint = "delegates/accept")]
pub async fn accept_invitation(code: Option<String>) -> Result<(), AppError> {
    use crate::limits::{too_many_page, try_once};
    use crate::{session, state::app_state};
    use candour_domain::abuse::Verdict;
    use candour_domain::account::AccountKind;
    use candour_domain::delegation::{INVITATION_DAYS, normalise_code};
    use candour_store::records::Activity;

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    if signed_in.account.details.kind == AccountKind::Staff {
        return Err(AppError::NotFound);
    }
    let typed = code.unwrap_or_default();
    let answers = vec![("code".to_owned(), typed.clone())];
    let Some(normal) = normalise_code(&typed) else {
        let message = if typed.trim().is_empty() {
            "error-code-missing"
        } else {
            "error-code-shape"
        };
        return Err(AppError::invalid("code", message, answers));
    };
    let state = app_state();
    let store = state.store;
    let now = session::now();
    let verdict = try_once(
        store.as_ref(),
        state.portal.limits.invitation_codes,
        &format!("codes:{}", signed_in.account.id.0),
        now,
    )
    .await?;
    if let Verdict::TryAgainIn { minutes } = verdict {
        leptos_axum::redirect(&too_many_page("codes", minutes));
        return Ok(());
    }
    let accepted = store
        .accept_invitation(
            &session::token_hash(&normal),
            signed_in.account.id,
            signed_in.account.details.person,
            now - INVITATION_DAYS * 24 * 60 * 60,
            now,
        )
        .await?;
    let Some(delegation) = accepted else {
        return Err(AppError::invalid("code", "error-code-unknown", answers));
    };
    let person = delegation.details.person;
    let args = serde_json::json!({ "name": delegation.details.delegate_name }).to_string();
    store.notify(person, "delegate-added", &args, now).await?;
    store
        .record_activity(&Activity {
            at: now,
            account: signed_in.account.id,
            person: Some(person),
            action: "accepted_invitation".to_owned(),
            detail: delegation.details.delegate_name,
        })
        .await?;
    store
        .set_acting_for(&signed_in.session_hash, Some(person))
        .await?;
    leptos_axum::redirect("/account");
    Ok(())
}
