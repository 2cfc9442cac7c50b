//! After a correction is refused, the person (or a delegate who may make requests for them)
//! adds a statement saying why they think the record is wrong, or changes the one they added.
//! It is kept with the record and shown beside what it disputes
//! ([`candour_domain::rectification`]).

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Saves the statement of disagreement for the refused request `reference`.
#[server(endpoint = "requests/disagree")]
pub async fn add_disagreement(
    reference: String,
    disagreement: Option<String>,
) -> Result<(), AppError> {
    use crate::requests::{requester, visible_request};
    use crate::{session, state::app_state};
    use candour_domain::rectification::{DisagreementProblem, disagreement as written};
    use candour_store::records::Activity;

    let (signed_in, person) = requester()?;
    let request = visible_request(&reference, person).await?;
    let text = disagreement.unwrap_or_default();
    let statement = match written(&request, &text, session::today()) {
        Ok(statement) => statement,
        // Only a refused correction has this page: anything else is not found.
        Err(DisagreementProblem::NotRefused) => return Err(AppError::NotFound),
        Err(problem) => {
            return Err(AppError::invalid(
                "disagreement",
                problem.message_id(),
                vec![("disagreement".to_owned(), text)],
            ));
        }
    };
    let store = app_state().store;
    let now = session::now();
    store
        .save_disagreement(person, &statement, signed_in.account.id, now)
        .await?;
    store
        .record_activity(&Activity {
            at: now,
            account: signed_in.account.id,
            person: Some(person),
            action: "added_disagreement".to_owned(),
            detail: request.reference(),
        })
        .await?;
    leptos_axum::redirect(&format!("/requests/{}?disagreed=1", request.reference()));
    Ok(())
}
