//! Staff take down a request made by phone, letter, email or in person, with the day it really
//! arrived (the clock runs from then: ICO, a request can be made verbally and to any member of
//! staff), and who helped the person make it.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Records a request for the person with case-system id `person_ref`.
#[server(endpoint = "staff/requests/new")]
pub async fn record_request_for_person(
    person_ref: Option<String>,
    right: Option<String>,
    channel: Option<String>,
    received_day: Option<String>,
    received_month: Option<String>,
    received_year: Option<String>,
    about: Option<String>,
    helped_by: Option<String>,
) -> Result<(), AppError> {
    use crate::forms::date_from_parts;
    use crate::{session, state::app_state};
    use candour_domain::access::{StaffAction, may};
    use candour_domain::rights::{Channel, Right};
    use candour_services::requests::{TakenDown, take_down};

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let tidy = |v: Option<String>| v.map(|s| s.trim().to_owned()).unwrap_or_default();
    let (person_ref, about, helped_by) = (tidy(person_ref), tidy(about), tidy(helped_by));
    let (day, month, year) = (
        tidy(received_day),
        tidy(received_month),
        tidy(received_year),
    );
    let right = right.as_deref().and_then(Right::from_key);
    let channel = channel.as_deref().and_then(Channel::from_key);
    let answers: Vec<(String, String)> = [
        ("person_ref", person_ref.clone()),
        ("about", about.clone()),
        ("helped_by", helped_by.clone()),
        ("received_day", day.clone()),
        ("received_month", month.clone()),
        ("received_year", year.clone()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .chain(right.map(|r| ("right".to_owned(), r.key().to_owned())))
    .chain(
        channel
            .filter(|c| *c != Channel::Portal)
            .map(|c| ("channel".to_owned(), c.key().to_owned())),
    )
    .collect();
    let input = TakenDown {
        person_ref,
        right,
        channel,
        received: date_from_parts(&day, &month, &year),
        about,
        helped_by,
    };
    let id = take_down(&app_state().services, &signed_in.caller(), input)
        .await
        .map_err(|e| AppError::keeping(e, answers))?;
    let works_queue = signed_in
        .actor
        .as_ref()
        .is_some_and(|actor| may(actor, StaffAction::WorkRequestQueue));
    if works_queue {
        leptos_axum::redirect(&format!("/staff/requests/{}?recorded=1", id.reference()));
    } else {
        leptos_axum::redirect(&format!("/staff/requests/new?recorded={}", id.reference()));
    }
    Ok(())
}
