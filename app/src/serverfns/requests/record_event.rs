//! Staff record what happened to a request: asked for ID or clarification, received it,
//! extended, completed, refused. Each is checked against the rules of the clock before it is
//! stored, and the person is told.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Records an event on the request `reference`.
#[server(endpoint = "staff/requests/event")]
pub async fn record_request_event(
    reference: String,
    kind: Option<String>,
    on_day: Option<String>,
    on_month: Option<String>,
    on_year: Option<String>,
    note: Option<String>,
) -> Result<(), AppError> {
    use crate::forms::date_from_parts;
    use crate::tell::{RequestNews, tell_about_request};
    use crate::{session, state::app_state};
    use candour_domain::access::{StaffAction, may};
    use candour_domain::deadline::Calendar;
    use candour_domain::rights::{EventKind, EventRefused, RequestEvent, RequestId};
    use candour_store::records::Activity;

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let actor = signed_in.actor.clone().ok_or(AppError::NotFound)?;
    if !may(&actor, StaffAction::WorkRequestQueue) {
        return Err(AppError::NotFound);
    }
    let state = app_state();
    let id = RequestId::from_reference(&reference).ok_or(AppError::NotFound)?;
    let request = state.store.request(id).await?.ok_or(AppError::NotFound)?;
    let (day, month, year) = (
        on_day.unwrap_or_default(),
        on_month.unwrap_or_default(),
        on_year.unwrap_or_default(),
    );
    let note = note.unwrap_or_default().trim().to_owned();
    let answers = vec![
        ("kind".to_owned(), kind.clone().unwrap_or_default()),
        ("on_day".to_owned(), day.clone()),
        ("on_month".to_owned(), month.clone()),
        ("on_year".to_owned(), year.clone()),
        ("note".to_owned(), note.clone()),
    ];
    let Some(kind) = kind.as_deref().and_then(EventKind::from_key) else {
        return Err(AppError::invalid(
            "kind",
            "error-event-kind-missing",
            answers,
        ));
    };
    let on = match date_from_parts(&day, &month, &year) {
        Ok(Some(on)) => on,
        Ok(None) => {
            return Err(AppError::invalid(
                "on-day",
                "error-event-date-missing",
                answers,
            ));
        }
        Err(message) => return Err(AppError::invalid("on-day", message, answers)),
    };
    let today = session::today();
    if let Err(refused) = request.may_record(
        kind,
        on,
        &note,
        today,
        state.portal.nation,
        Calendar::bundled(),
    ) {
        let (field, message) = match refused {
            EventRefused::Closed => ("kind", "error-event-closed"),
            EventRefused::ImpossibleDate => ("on-day", "error-event-date-impossible"),
            EventRefused::ReasonNeeded => ("note", "error-event-reason-needed"),
            EventRefused::DecisionNeeded => ("note", "error-event-decision-needed"),
            EventRefused::NothingAsked => ("kind", "error-event-nothing-asked"),
            EventRefused::AlreadyWaiting => ("kind", "error-event-already-waiting"),
            EventRefused::NotAccess => ("kind", "error-event-not-access"),
            EventRefused::TooLateToExtend => ("kind", "error-event-too-late-to-extend"),
            EventRefused::AlreadyExtended => ("kind", "error-event-already-extended"),
        };
        return Err(AppError::invalid(field, message, answers));
    }
    let now = session::now();
    let event = RequestEvent {
        kind,
        on,
        note,
        by: signed_in.account.id,
    };
    let due = crate::due_dates::after(&request, &event, state.portal.nation);
    state.store.add_request_event(id, &event, due, now).await?;
    tell_about_request(&state, id, &request.details, RequestNews::Updated, now).await?;
    state
        .store
        .record_activity(&Activity {
            at: now,
            account: signed_in.account.id,
            person: Some(request.details.person),
            action: "recorded_request_event".to_owned(),
            detail: format!("{} {}", id.reference(), kind.key()),
        })
        .await?;
    leptos_axum::redirect(&format!("/staff/requests/{}?recorded=1", id.reference()));
    Ok(())
}
