//! A privacy officer answers an access request in one action: Candour puts together everything
//! it holds about the person (`crate::access_copy`), keeps it for 30 days for the person to
//! download as a page, a PDF or JSON, and records the request as completed on today's date with
//! a note saying until when the copy can be downloaded. The person is told, as for any change.
//! Only an open access request can be answered this way.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Makes the copy for the access request `reference` and completes the request.
#[server(endpoint = "staff/requests/copy")]
pub async fn make_access_copy(reference: String) -> Result<(), AppError> {
    use crate::access_copy::gather;
    use crate::i18n::{date_in, translate};
    use crate::requests::may_complete_today;
    use crate::tell::{RequestNews, tell_about_request};
    use crate::{session, state::app_state};
    use candour_domain::access::StaffAction;
    use candour_domain::access_copy::{AVAILABLE_DAYS, assemble};
    use candour_domain::rights::{EventKind, RequestEvent, RequestId, Right};
    use candour_store::records::{AccessCopyRecord, Activity};
    use fluent_bundle::{FluentArgs, FluentValue};

    let signed_in = session::staff_allowed(StaffAction::WorkRequestQueue)?;
    let state = app_state();
    let id = RequestId::from_reference(&reference).ok_or(AppError::NotFound)?;
    let request = state.store.request(id).await?.ok_or(AppError::NotFound)?;
    let answers = vec![("reference".to_owned(), reference.clone())];
    if request.details.right != Right::Access {
        return Err(AppError::invalid("copy", "error-copy-not-access", answers));
    }
    if !may_complete_today(&request) {
        return Err(AppError::invalid("copy", "error-copy-closed", answers));
    }
    let today = session::today();
    let person = request.details.person;
    let sources = gather(state.store.as_ref(), person)
        .await?
        .ok_or(AppError::NotFound)?;
    let locale = sources.person.details.preferred_locale;
    let copy = assemble(sources, &id.reference(), today);
    let document = serde_json::to_string(&copy).map_err(|error| {
        tracing::error!(%error, "an access copy could not be written as JSON");
        AppError::Problem
    })?;
    let now = session::now();
    let seconds = i64::try_from(AVAILABLE_DAYS * 24 * 60 * 60).unwrap_or(i64::MAX);
    state
        .store
        .save_access_copy(&AccessCopyRecord {
            request: id,
            person,
            made_at: now,
            expires_at: now.saturating_add(seconds),
            document,
        })
        .await?;
    let mut args = FluentArgs::new();
    args.set(
        "date",
        FluentValue::from(date_in(locale, copy.available_until)),
    );
    let completed = RequestEvent {
        kind: EventKind::Completed,
        on: today,
        note: translate(locale, "copy-ready-note", Some(&args)),
        by: signed_in.account.id,
    };
    let due = crate::due_dates::after(&request, &completed, state.portal.nation);
    state
        .store
        .add_request_event(id, &completed, due, now)
        .await?;
    tell_about_request(&state, id, &request.details, RequestNews::Updated, now).await?;
    state
        .store
        .record_activity(&Activity {
            at: now,
            account: signed_in.account.id,
            person: Some(person),
            action: "made_access_copy".to_owned(),
            detail: id.reference(),
        })
        .await?;
    leptos_axum::redirect(&format!("/staff/requests/{}?copied=1", id.reference()));
    Ok(())
}
