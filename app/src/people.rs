//! Finding a person for staff by the case system's id (the number on the caseworker's screen),
//! checked by the access policy for what the member of staff is about to do. Someone the policy
//! does not allow is reported exactly as someone who does not exist.

use candour_domain::access::{Actor, Decision, PersonAction, decide};
use candour_domain::person::Person;
use candour_store::{Store, StoreResult};

/// The person with case-system id `reference`, if there is one and `actor` may do `action`.
pub async fn for_staff(
    store: &dyn Store,
    actor: &Actor,
    reference: &str,
    action: PersonAction,
) -> StoreResult<Option<Person>> {
    let found = store.person_by_source_id(reference.trim()).await?;
    Ok(found.filter(|person| decide(actor, person.id, action) == Decision::Allow))
}
