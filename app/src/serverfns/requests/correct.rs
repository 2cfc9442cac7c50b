//! A privacy officer accepts a correction (UK GDPR Art 16): the statement the request points at
//! is corrected to what the officer writes (the person's words are offered first), the entry's
//! earlier version is kept in its history, and the request is completed on today's date, in one
//! step that either all happens or none of it does. The person is told, as for any change.
//!
//! Refusing uses the ordinary "refused" event with reasons; the person may then add a statement
//! of disagreement ([`super::disagree`]).

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Corrects the statement the request `reference` is about to `corrected`, and completes it.
#[server(endpoint = "staff/requests/correct")]
pub async fn correct_record(reference: String, corrected: Option<String>) -> Result<(), AppError> {
    use crate::i18n::translate;
    use crate::requests::may_complete_today;
    use crate::tell::{RequestNews, tell_about_request};
    use crate::{session, state::app_state};
    use candour_domain::access::StaffAction;
    use candour_domain::rectification::{CorrectionProblem, corrected as correct};
    use candour_domain::rights::{EventKind, RequestEvent, RequestId};
    use candour_store::records::Activity;

    let signed_in = session::staff_allowed(StaffAction::WorkRequestQueue)?;
    let state = app_state();
    let id = RequestId::from_reference(&reference).ok_or(AppError::NotFound)?;
    let request = state.store.request(id).await?.ok_or(AppError::NotFound)?;
    let text = corrected.unwrap_or_default();
    let answers = vec![("corrected".to_owned(), text.clone())];
    let refuse = |problem: CorrectionProblem| {
        AppError::invalid("corrected", problem.message_id(), answers.clone())
    };
    let target = request
        .details
        .statement
        .ok_or_else(|| refuse(CorrectionProblem::NotACorrection))?;
    let person = request.details.person;
    let entry = state
        .store
        .entry(person, target.entry)
        .await?
        .ok_or_else(|| refuse(CorrectionProblem::NoSuchStatement))?;
    let fixed = correct(&request, &entry.details, &text).map_err(refuse)?;
    if !may_complete_today(&request) {
        return Err(refuse(CorrectionProblem::Closed));
    }
    let locale = state
        .store
        .person(person)
        .await?
        .ok_or(AppError::NotFound)?
        .details
        .preferred_locale;
    let now = session::now();
    let event = RequestEvent {
        kind: EventKind::Completed,
        on: session::today(),
        note: translate(locale, "correction-done-note", None),
        by: signed_in.account.id,
    };
    let due = crate::due_dates::after(&request, &event, state.portal.nation);
    state
        .store
        .correct_entry(id, &fixed, &event, due, now)
        .await?;
    tell_about_request(&state, id, &request.details, RequestNews::Updated, now).await?;
    state
        .store
        .record_activity(&Activity {
            at: now,
            account: signed_in.account.id,
            person: Some(person),
            action: "corrected_record".to_owned(),
            detail: format!("{} {}", id.reference(), entry.details.title),
        })
        .await?;
    leptos_axum::redirect(&format!("/staff/requests/{}?corrected=1", id.reference()));
    Ok(())
}
