//! The first step of every workflow: the caller against the access policy
//! (`candour_domain::access`). A refusal is written to the audit log, then answers exactly as
//! a missing thing does.

use crate::{Caller, ServiceResult, Services, audit};
use candour_domain::access::{Actor, Decision, PersonAction, StaffAction, decide, may};
use candour_domain::audit::AuditAction;
use candour_domain::person::PersonId;

/// The caller's actor, if they may do `action` to `person`'s information; otherwise the
/// refusal is recorded (as an attempt at `audit_action` on `object`) and answered as not found.
pub(crate) async fn for_person<'c>(
    services: &Services,
    caller: &'c Caller,
    person: PersonId,
    action: PersonAction,
    audit_action: AuditAction,
    object: &str,
) -> ServiceResult<&'c Actor> {
    match caller.actor() {
        Some(actor) if decide(actor, person, action) == Decision::Allow => Ok(actor),
        _ => Err(audit::refused(services, caller, audit_action, Some(person), object).await),
    }
}

/// As [`for_person`], for the person's own pages: only the person and those acting for them
/// (staff, whom the policy may allow the same action, reach a person's information through
/// their own pages, where each look is recorded as a staff view).
pub(crate) async fn for_own_pages<'c>(
    services: &Services,
    caller: &'c Caller,
    person: PersonId,
    action: PersonAction,
    audit_action: AuditAction,
    object: &str,
) -> ServiceResult<&'c Actor> {
    match caller.actor() {
        Some(actor) if actor.person() == Some(person) => {
            for_person(services, caller, person, action, audit_action, object).await
        }
        _ => Err(audit::refused(services, caller, audit_action, Some(person), object).await),
    }
}

/// For the person's pages of sharing and access (`PersonAction::SeeSharingAndAccess`): the
/// person, or a delegate with the scope. Returns the event recording a delegate's reading of
/// `object`, for the workflow to append in its transaction (the person sees what each delegate
/// did); `None` for the person's own reading.
pub(crate) async fn sharing_and_access(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    object: &str,
) -> ServiceResult<Option<candour_domain::audit::NewAuditEvent>> {
    own_reading(
        services,
        caller,
        person,
        PersonAction::SeeSharingAndAccess,
        object,
    )
    .await
}

/// As [`sharing_and_access`], for any of the person's own pages read under `action`.
pub(crate) async fn own_reading(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    action: PersonAction,
    object: &str,
) -> ServiceResult<Option<candour_domain::audit::NewAuditEvent>> {
    let actor = for_own_pages(
        services,
        caller,
        person,
        action,
        AuditAction::OpenedPage,
        object,
    )
    .await?;
    Ok(matches!(actor, Actor::Delegate { .. }).then(|| {
        audit::event(
            services,
            caller,
            AuditAction::OpenedPage,
            Some(person),
            object,
        )
    }))
}

/// The caller's actor, if they are staff who may do `action`; otherwise the refusal is recorded
/// and answered as not found.
pub(crate) async fn staff<'c>(
    services: &Services,
    caller: &'c Caller,
    action: StaffAction,
    audit_action: AuditAction,
    object: &str,
) -> ServiceResult<&'c Actor> {
    match caller.actor() {
        Some(actor) if may(actor, action) => Ok(actor),
        _ => Err(audit::refused(services, caller, audit_action, None, object).await),
    }
}

/// The person staff named by their case-system id, if there is one and `actor` may do `action`
/// for them; otherwise the problem is noted against the `person_ref` field (someone the policy
/// does not allow reads exactly as someone who does not exist).
pub(crate) async fn staff_named_person(
    tx: &mut dyn candour_store::Transaction,
    actor: &Actor,
    person_ref: &str,
    action: PersonAction,
    problems: &mut crate::error::Problems,
) -> ServiceResult<Option<candour_domain::person::Person>> {
    if person_ref.trim().is_empty() {
        problems.add("person_ref", "error-record-person-missing");
        return Ok(None);
    }
    let found = tx
        .person_by_source_id(person_ref.trim())
        .await?
        .filter(|p| decide(actor, p.id, action) == Decision::Allow);
    if found.is_none() {
        problems.add("person_ref", "error-record-person-unknown");
    }
    Ok(found)
}
