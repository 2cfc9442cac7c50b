//! Sending the request: it is recorded with today's Europe/London date as the day received, the
//! answers are forgotten, the person is told, and the confirmation shows the reference and the
//! due date.

use crate::errors::AppError;
use leptos::prelude::*;

/// Sends the request built from the saved answers.
#[server(endpoint = "requests/send")]
pub async fn send_request() -> Result<(), AppError> {
    use crate::limits::{too_many_page, try_once};
    use crate::requests::{load_draft, pointed_statement, requester};
    use crate::tell::{RequestNews, tell_about_request};
    use crate::{session, state::app_state};
    use candour_domain::abuse::Verdict;
    use candour_domain::access::Actor;
    use candour_domain::rights::{Channel, NewRequest};
    use candour_store::records::Activity;

    let (signed_in, person) = requester()?;
    let draft = load_draft(&signed_in, person).await?;
    let (Some(right), Some(about), Some(contact)) =
        (draft.right(), draft.about.clone(), draft.contact())
    else {
        leptos_axum::redirect("/requests/new/check");
        return Err(AppError::invalid(
            "",
            "error-request-incomplete",
            Vec::new(),
        ));
    };
    // The statement is checked again: the entry may have changed since it was chosen.
    let statement = draft
        .statement
        .filter(|_| right == candour_domain::rights::Right::Rectification);
    if let Some(target) = statement {
        pointed_statement(&signed_in, person, target).await?;
    }
    let state = app_state();
    let store = state.store.clone();
    let now = session::now();
    let request = NewRequest {
        person,
        right,
        channel: Channel::Portal,
        received: session::today(),
        made_by: signed_in.account.id,
        on_behalf: matches!(signed_in.actor, Some(Actor::Delegate { .. })),
        helped_by: None,
        about,
        wrong: draft.wrong.clone(),
        should_say: draft.should_say.clone(),
        statement,
        contact,
        contact_detail: draft.contact_detail.clone(),
    };
    // Counted per person, so a delegate and the person share the allowance. The draft is kept
    // when refused: after the wait, "Send" works again with nothing typed twice.
    let verdict = try_once(
        store.as_ref(),
        state.portal.limits.rights_requests,
        &format!("requests:{}", person.0),
        now,
    )
    .await?;
    if let Verdict::TryAgainIn { minutes } = verdict {
        leptos_axum::redirect(&too_many_page("requests", minutes));
        return Ok(());
    }
    let due = crate::due_dates::when_made(&request, state.portal.nation);
    let id = store.create_request(&request, due, now).await?;
    store.clear_draft(&signed_in.session_hash).await?;
    tell_about_request(&state, id, &request, RequestNews::Made, now).await?;
    store
        .record_activity(&Activity {
            at: now,
            account: signed_in.account.id,
            person: Some(person),
            action: "made_request".to_owned(),
            detail: id.reference(),
        })
        .await?;
    leptos_axum::redirect(&format!("/requests/{}?sent=1", id.reference()));
    Ok(())
}
