//! Reading the record: who may, recorded when a delegate does (so the person can see it), and
//! whether Easy Read summaries come first.

use crate::errors::AppError;
use crate::session::{self, SignedIn};
use crate::state::app_state;
use candour_domain::access::{Actor, Decision, PersonAction, decide};
use candour_domain::person::PersonId;

/// Why the record cannot be shown.
pub enum CannotRead {
    /// Not theirs (or not signed in as anyone who may): the not-found page.
    NotFound,
    /// Theirs, but their identity was not checked to the high level.
    NeedsHigherAssurance,
}

/// The signed-in reader and whose information they read, if they may do `action` with it (read
/// the record; see sharing and who looked).
pub fn reader(signed_in: &SignedIn, action: PersonAction) -> Result<(Actor, PersonId), CannotRead> {
    let actor = signed_in.actor.clone().ok_or(CannotRead::NotFound)?;
    let person = actor.person().ok_or(CannotRead::NotFound)?;
    match decide(&actor, person, action) {
        Decision::Allow => Ok((actor, person)),
        Decision::NeedsHigherAssurance => Err(CannotRead::NeedsHigherAssurance),
        Decision::NotFound => Err(CannotRead::NotFound),
    }
}

/// Records that a delegate looked at the record, so the person sees it among what they did
/// (`candour_services::records::note_reading`; nothing for the person's own reading).
pub async fn note_delegate_reading(person: PersonId, what: &str) -> Result<(), AppError> {
    candour_services::records::note_reading(
        &app_state().services,
        &session::caller(),
        person,
        what,
    )
    .await?;
    Ok(())
}

/// True when the reader is the person themselves and their recorded information format is Easy
/// Read (Accessible Information Standard): each entry's Easy Read summary then comes first, in
/// large text, and the list shows every summary. A delegate reading for them gets the standard
/// layout, with the summary under the dates, since the need is the person's, not theirs.
pub fn easy_read_first(actor: &Actor) -> bool {
    use candour_domain::person::InformationFormat;
    matches!(actor, Actor::Person { .. })
        && session::signed_in()
            .and_then(|s| s.acting_for)
            .is_some_and(|p| {
                p.details.communication.information_format == Some(InformationFormat::EasyRead)
            })
}
