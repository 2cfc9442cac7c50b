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
    use crate::errors::FieldProblem;
    use crate::forms::date_from_parts;
    use crate::tell::{RequestNews, tell_about_request};
    use crate::{session, state::app_state};
    use candour_domain::access::{PersonAction, StaffAction, may};
    use candour_domain::rights::{Channel, ContactPreference, NewRequest, Right};
    use candour_store::records::Activity;

    let signed_in = session::staff_allowed(StaffAction::FindPeople)?;
    let actor = signed_in.actor.clone().ok_or(AppError::NotFound)?;
    let state = app_state();
    let store = state.store.clone();
    let tidy = |v: Option<String>| v.map(|s| s.trim().to_owned()).unwrap_or_default();
    let (person_ref, about, helped_by) = (tidy(person_ref), tidy(about), tidy(helped_by));
    let (day, month, year) = (
        tidy(received_day),
        tidy(received_month),
        tidy(received_year),
    );
    let mut problems = Vec::new();
    let person = if person_ref.is_empty() {
        problems.push(FieldProblem {
            field: "person_ref".into(),
            message: "error-record-person-missing".into(),
        });
        None
    } else {
        let found = crate::people::for_staff(
            store.as_ref(),
            &actor,
            &person_ref,
            PersonAction::RecordOnBehalf,
        )
        .await?;
        match found {
            Some(p) => Some(p),
            None => {
                problems.push(FieldProblem {
                    field: "person_ref".into(),
                    message: "error-record-person-unknown".into(),
                });
                None
            }
        }
    };
    let right = right.as_deref().and_then(Right::from_key);
    if right.is_none() {
        problems.push(FieldProblem {
            field: "right".into(),
            message: "error-request-right-missing".into(),
        });
    }
    let channel = channel
        .as_deref()
        .and_then(Channel::from_key)
        .filter(|c| *c != Channel::Portal);
    if channel.is_none() {
        problems.push(FieldProblem {
            field: "channel".into(),
            message: "error-record-channel-missing".into(),
        });
    }
    let received = match date_from_parts(&day, &month, &year) {
        Ok(Some(date)) if date <= session::today() => Some(date),
        Ok(Some(_)) => {
            problems.push(FieldProblem {
                field: "received-day".into(),
                message: "error-record-received-future".into(),
            });
            None
        }
        Ok(None) => {
            problems.push(FieldProblem {
                field: "received-day".into(),
                message: "error-record-received-missing".into(),
            });
            None
        }
        Err(message) => {
            problems.push(FieldProblem {
                field: "received-day".into(),
                message: message.into(),
            });
            None
        }
    };
    if about.is_empty() {
        problems.push(FieldProblem {
            field: "about".into(),
            message: "error-request-about-missing".into(),
        });
    }
    let (Some(person), Some(right), Some(channel), Some(received), true) =
        (person, right, channel, received, problems.is_empty())
    else {
        let answers = [
            ("person_ref", person_ref),
            ("about", about),
            ("helped_by", helped_by),
            ("received_day", day),
            ("received_month", month),
            ("received_year", year),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .chain(right.map(|r| ("right".to_owned(), r.key().to_owned())))
        .chain(channel.map(|c| ("channel".to_owned(), c.key().to_owned())))
        .collect();
        return Err(AppError::Invalid { problems, answers });
    };
    let now = session::now();
    let request = NewRequest {
        person: person.id,
        right,
        channel,
        received,
        made_by: signed_in.account.id,
        on_behalf: true,
        helped_by: (!helped_by.is_empty()).then_some(helped_by),
        about,
        wrong: None,
        should_say: None,
        statement: None,
        contact: ContactPreference::Letter,
        contact_detail: None,
    };
    let due = crate::due_dates::when_made(&request, state.portal.nation);
    let id = store.create_request(&request, due, now).await?;
    tell_about_request(&state, id, &request, RequestNews::Made, now).await?;
    store
        .record_activity(&Activity {
            at: now,
            account: signed_in.account.id,
            person: Some(person.id),
            action: "recorded_request".to_owned(),
            detail: id.reference(),
        })
        .await?;
    if may(&actor, StaffAction::WorkRequestQueue) {
        leptos_axum::redirect(&format!("/staff/requests/{}?recorded=1", id.reference()));
    } else {
        leptos_axum::redirect(&format!("/staff/requests/new?recorded={}", id.reference()));
    }
    Ok(())
}
