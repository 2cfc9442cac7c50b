//! Making a request, shared by its question pages and server functions: the answers saved so
//! far (kept on the server for this session, so they survive going back, errors and a browser
//! without JavaScript), who may make a request for whom, and the statement a request for a
//! correction points at.
//!
//! A correction can point at one statement only when the actor may also read the record (a
//! delegate who may make requests but not read the record describes what is wrong in words),
//! and only at a statement the person is shown; anything else answers as not found.

use crate::errors::AppError;
use crate::session::{self, SignedIn};
use crate::state::app_state;
use candour_domain::access::{Decision, PersonAction, decide};
use candour_domain::person::PersonId;
use candour_domain::record::{Entry, EntryId, Statement};
use candour_domain::rectification::{Disagreement, StatementRef};
use candour_domain::rights::{ContactPreference, Right, RightsRequest};
use serde::{Deserialize, Serialize};

/// The answers given so far, for one person.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestDraft {
    /// Whose request (a delegate may switch person; answers never cross over).
    pub person: Option<i64>,
    /// Which right.
    pub right: Option<String>,
    /// What it is about.
    pub about: Option<String>,
    /// For a correction: what is wrong.
    pub wrong: Option<String>,
    /// For a correction: what it should say.
    pub should_say: Option<String>,
    /// For a correction: the statement it is about, when the person pointed at one.
    #[serde(default)]
    pub statement: Option<StatementRef>,
    /// How to reply.
    pub contact: Option<String>,
    /// The email address or phone number, when needed.
    pub contact_detail: Option<String>,
}

impl RequestDraft {
    /// The right chosen, if a valid one.
    pub fn right(&self) -> Option<Right> {
        self.right.as_deref().and_then(Right::from_key)
    }

    /// The reply preference chosen, if valid.
    pub fn contact(&self) -> Option<ContactPreference> {
        self.contact
            .as_deref()
            .and_then(ContactPreference::from_key)
    }
}

/// The signed-in actor who may make requests for their person, and that person; anyone else
/// is "not found".
pub fn requester() -> Result<(SignedIn, PersonId), AppError> {
    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let actor = signed_in.actor.clone().ok_or(AppError::NotFound)?;
    let person = actor.person().ok_or(AppError::NotFound)?;
    match decide(&actor, person, PersonAction::MakeRequest) {
        Decision::Allow => Ok((signed_in, person)),
        Decision::NeedsHigherAssurance | Decision::NotFound => Err(AppError::NotFound),
    }
}

/// The saved answers for this session and person (empty if none, or for someone else).
pub async fn load_draft(signed_in: &SignedIn, person: PersonId) -> Result<RequestDraft, AppError> {
    let text = app_state()
        .services
        .reads()
        .draft(&signed_in.session_hash)
        .await?;
    let draft: RequestDraft = text
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    Ok(if draft.person == Some(person.0) {
        draft
    } else {
        RequestDraft {
            person: Some(person.0),
            ..Default::default()
        }
    })
}

/// Saves the answers (`candour_services::requests::save_draft`).
pub async fn save_draft(signed_in: &SignedIn, draft: &RequestDraft) -> Result<(), AppError> {
    let text = serde_json::to_string(draft).map_err(|_| AppError::Problem)?;
    let person = draft.person.map(PersonId).ok_or(AppError::NotFound)?;
    candour_services::requests::save_draft(
        &app_state().services,
        &signed_in.caller(),
        person,
        &text,
    )
    .await?;
    Ok(())
}

/// Where to go after answering a question: the next one, or back to "check your answers" when
/// changing an answer there.
pub fn next_page(change: Option<&str>, next: &str) -> String {
    if change.is_some() {
        "/requests/new/check".to_owned()
    } else {
        next.to_owned()
    }
}

/// The request with this reference, if the actor may see it: their own person's only (the
/// query is scoped by the person).
pub async fn visible_request(reference: &str, person: PersonId) -> Result<RightsRequest, AppError> {
    let id =
        candour_domain::rights::RequestId::from_reference(reference).ok_or(AppError::NotFound)?;
    app_state()
        .services
        .reads()
        .request_of(person, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The entry and statement `target` points at, if the signed-in actor may read the person's
/// record and the person is shown that statement; otherwise "not found".
pub async fn pointed_statement(
    signed_in: &SignedIn,
    person: PersonId,
    target: StatementRef,
) -> Result<(Entry, Statement), AppError> {
    let actor = signed_in.actor.as_ref().ok_or(AppError::NotFound)?;
    Ok(candour_services::requests::pointed_statement(
        app_state().services.reads().as_mut(),
        actor,
        person,
        target,
    )
    .await?)
}

/// A statement reference from a form's or an address's two numbers.
pub fn statement_ref(entry: Option<&str>, position: Option<&str>) -> Option<StatementRef> {
    Some(StatementRef {
        entry: EntryId(entry?.trim().parse().ok()?),
        position: position?.trim().parse().ok()?,
    })
}

/// The person's statement of disagreement with the decision on `request`, if they added one.
pub async fn disagreement_on(request: &RightsRequest) -> Option<Disagreement> {
    app_state()
        .services
        .reads()
        .disagreements_for_person(request.details.person)
        .await
        .ok()?
        .into_iter()
        .find(|d| d.request == request.id)
}

/// Whether staff may record `request` as completed today under the clock's rules (it is open,
/// and nothing it waits for stops it).
pub fn may_complete_today(request: &RightsRequest) -> bool {
    candour_services::requests::may_complete_today(&app_state().services, request)
}
