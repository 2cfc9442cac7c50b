//! Rights requests (UK GDPR Art 15–21): making one online, staff taking one down, every event on
//! the statutory clock, giving one to an officer, answering an access request with a copy,
//! correcting the record, and the person's statement of disagreement after a refusal.
//!
//! Each request's due date is worked out by the domain's clock (`candour_domain::deadline`, for
//! the council's nation) and stored in the same write as the request or its newest event, so the
//! staff queue is one indexed query ([`candour_store::queue`]); [`restate_due_dates`] works them
//! out again at start-up, when the nation, bank holidays or rules may have changed.

use crate::error::Problems;
use crate::tell::{self, RequestNews};
use crate::{Caller, ServiceError, ServiceResult, Services, audit, authorise, limits};
use candour_domain::access::{AccountId, Actor, Decision, PersonAction, Role, StaffAction, decide};
use candour_domain::access_copy::{AVAILABLE_DAYS, AccessCopy, CopyActivity, Sources, assemble};
use candour_domain::audit::AuditAction;
use candour_domain::deadline::Calendar;
use candour_domain::person::PersonId;
use candour_domain::rectification::{
    CorrectionProblem, DisagreementProblem, StatementRef, corrected, disagreement, shown_statement,
};
use candour_domain::rights::{
    Channel, ContactPreference, EventKind, EventRefused, NewRequest, RequestEvent, RequestId,
    Right, RightsRequest,
};
use candour_store::records::AccessCopyRecord;
use candour_store::{Reads, StoreResult, Transaction};
use chrono::NaiveDate;
use std::collections::HashMap;

/// The due date of `request` once `event` is recorded on it (`None` for a closed request).
fn due_after(
    services: &Services,
    request: &RightsRequest,
    event: &RequestEvent,
) -> Option<NaiveDate> {
    request
        .with_event(event.clone())
        .due(services.settings().nation, Calendar::bundled())
}

/// Whether `request` may be recorded as completed today under the clock's rules.
pub fn may_complete_today(services: &Services, request: &RightsRequest) -> bool {
    let today = services.today();
    request
        .may_record(
            EventKind::Completed,
            today,
            "",
            today,
            services.settings().nation,
            Calendar::bundled(),
        )
        .is_ok()
}

/// Inside a workflow's transaction: records `event` on `request` with its new due date, tells
/// the person, and appends the workflow's audit event (`action` on `object`). Every staff action
/// on a request ends this way.
async fn record_and_tell(
    services: &Services,
    tx: &mut dyn Transaction,
    caller: &Caller,
    request: &RightsRequest,
    event: &RequestEvent,
    action: AuditAction,
    object: String,
) -> ServiceResult<()> {
    let due = due_after(services, request, event);
    tx.add_request_event(request.id, event, due, services.now())
        .await?;
    tell::about_request(
        services,
        tx,
        request.id,
        &request.details,
        RequestNews::Updated,
    )
    .await?;
    tx.append(audit::event(
        services,
        caller,
        action,
        Some(request.details.person),
        object,
    ))
    .await?;
    Ok(())
}

/// Keeps the answers of a request being made in the caller's session (the person's unsent
/// words: not an action on their information, so not on the audit log).
pub async fn save_draft(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    answers: &str,
) -> ServiceResult<()> {
    authorise::for_person(
        services,
        caller,
        person,
        PersonAction::MakeRequest,
        AuditAction::MadeRequest,
        "draft",
    )
    .await?;
    let session = caller.session().ok_or(ServiceError::NotFound)?;
    let mut tx = services.begin().await?;
    tx.save_draft(session, answers, services.now()).await?;
    crate::commit(services, tx).await
}

/// A request made online, from the answers given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnlineRequest {
    /// Which right.
    pub right: Right,
    /// What it is about.
    pub about: String,
    /// For a correction: what is wrong.
    pub wrong: Option<String>,
    /// For a correction: what it should say.
    pub should_say: Option<String>,
    /// For a correction: the statement it points at, if the person pointed at one.
    pub statement: Option<StatementRef>,
    /// How to reply.
    pub contact: ContactPreference,
    /// The email address or phone number, when needed.
    pub contact_detail: Option<String>,
}

/// Sends a request for the person the caller acts for, received today: checked against the
/// online limit, stored with its due date, the saved answers forgotten, the person told, and
/// the event recorded, all at once. A correction's statement is checked again (the entry may
/// have changed since it was chosen).
pub async fn send(
    services: &Services,
    caller: &Caller,
    online: OnlineRequest,
) -> ServiceResult<RequestId> {
    let person = caller
        .actor()
        .and_then(Actor::person)
        .ok_or(ServiceError::NotFound)?;
    let actor = authorise::for_person(
        services,
        caller,
        person,
        PersonAction::MakeRequest,
        AuditAction::MadeRequest,
        "request",
    )
    .await?;
    let (Some(session), Some(account)) = (caller.session(), caller.account()) else {
        return Err(ServiceError::NotFound);
    };
    let statement = online
        .statement
        .filter(|_| online.right == Right::Rectification);
    let mut tx = services.begin().await?;
    if let Some(target) = statement {
        pointed_statement(tx.as_mut(), actor, person, target).await?;
    }
    // Counted per person, so a delegate and the person share the allowance. When refused the
    // transaction is dropped: the saved answers stay for after the wait.
    limits::try_once(
        services,
        tx.as_mut(),
        services.settings().limits.rights_requests,
        &format!("requests:{}", person.0),
    )
    .await?;
    let request = NewRequest {
        person,
        right: online.right,
        channel: Channel::Portal,
        received: services.today(),
        made_by: account,
        on_behalf: matches!(actor, Actor::Delegate { .. }),
        helped_by: None,
        about: online.about,
        wrong: online.wrong,
        should_say: online.should_say,
        statement,
        contact: online.contact,
        contact_detail: online.contact_detail,
    };
    let due = request.due(services.settings().nation, Calendar::bundled());
    let id = tx.create_request(&request, due, services.now()).await?;
    tx.clear_draft(session).await?;
    tell::about_request(services, tx.as_mut(), id, &request, RequestNews::Made).await?;
    tx.append(audit::event(
        services,
        caller,
        AuditAction::MadeRequest,
        Some(person),
        format!("request:{}", id.reference()),
    ))
    .await?;
    crate::commit(services, tx).await?;
    Ok(id)
}

/// The entry and statement `target` points at, if `actor` may read the person's record and the
/// person is shown that statement; otherwise not found.
pub async fn pointed_statement(
    reads: &mut dyn Reads,
    actor: &Actor,
    person: PersonId,
    target: StatementRef,
) -> ServiceResult<(
    candour_domain::record::Entry,
    candour_domain::record::Statement,
)> {
    if decide(actor, person, PersonAction::ReadRecord) != Decision::Allow {
        return Err(ServiceError::NotFound);
    }
    let entry = reads
        .entry(person, target.entry)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let statement = shown_statement(&entry.details, target.position)
        .cloned()
        .ok_or(ServiceError::NotFound)?;
    Ok((entry, statement))
}

/// A request made by phone, letter, email or in person, as staff type it in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TakenDown {
    /// The person's case-system id.
    pub person_ref: String,
    /// Which right, if one was chosen.
    pub right: Option<Right>,
    /// How it arrived, if chosen (not online).
    pub channel: Option<Channel>,
    /// The day it arrived, as read from the form (a message id when it is not a date).
    pub received: Result<Option<NaiveDate>, &'static str>,
    /// What it is about.
    pub about: String,
    /// Who helped the person make it, if anyone.
    pub helped_by: String,
}

/// Staff take down a request made by phone, letter, email or in person, with the day it really
/// arrived (the clock runs from then: ICO, a request can be made verbally and to any member of
/// staff). Every answer is checked and every problem reported at once.
pub async fn take_down(
    services: &Services,
    caller: &Caller,
    input: TakenDown,
) -> ServiceResult<RequestId> {
    let actor = authorise::staff(
        services,
        caller,
        StaffAction::FindPeople,
        AuditAction::RecordedRequest,
        "request",
    )
    .await?;
    let account = caller.account().ok_or(ServiceError::NotFound)?;
    let mut problems = Problems::default();
    let mut tx = services.begin().await?;
    let person = authorise::staff_named_person(
        tx.as_mut(),
        actor,
        &input.person_ref,
        PersonAction::RecordOnBehalf,
        &mut problems,
    )
    .await?;
    if input.right.is_none() {
        problems.add("right", "error-request-right-missing");
    }
    let channel = input.channel.filter(|c| *c != Channel::Portal);
    if channel.is_none() {
        problems.add("channel", "error-record-channel-missing");
    }
    let received = match input.received {
        Ok(Some(date)) if date <= services.today() => Some(date),
        Ok(Some(_)) => {
            problems.add("received-day", "error-record-received-future");
            None
        }
        Ok(None) => {
            problems.add("received-day", "error-record-received-missing");
            None
        }
        Err(message) => {
            problems.add("received-day", message);
            None
        }
    };
    if input.about.is_empty() {
        problems.add("about", "error-request-about-missing");
    }
    let (Some(person), Some(right), Some(channel), Some(received), true) =
        (person, input.right, channel, received, problems.is_empty())
    else {
        problems.check()?;
        return Err(ServiceError::NotFound);
    };
    let request = NewRequest {
        person: person.id,
        right,
        channel,
        received,
        made_by: account,
        on_behalf: true,
        helped_by: (!input.helped_by.is_empty()).then_some(input.helped_by),
        about: input.about,
        wrong: None,
        should_say: None,
        statement: None,
        contact: ContactPreference::Letter,
        contact_detail: None,
    };
    let due = request.due(services.settings().nation, Calendar::bundled());
    let id = tx.create_request(&request, due, services.now()).await?;
    tell::about_request(services, tx.as_mut(), id, &request, RequestNews::Made).await?;
    tx.append(audit::event(
        services,
        caller,
        AuditAction::RecordedRequest,
        Some(person.id),
        format!("request:{}", id.reference()),
    ))
    .await?;
    crate::commit(services, tx).await?;
    Ok(id)
}

/// Something that happened to a request, as staff type it in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEvent {
    /// What happened, if chosen.
    pub kind: Option<EventKind>,
    /// The day it happened, as read from the form (a message id when it is not a date).
    pub on: Result<Option<NaiveDate>, &'static str>,
    /// The note (reasons, what was asked for).
    pub note: String,
}

/// The request `id` for staff working the queue, after checking they may; refusals recorded.
async fn for_queue_work(
    services: &Services,
    caller: &Caller,
    action: AuditAction,
    id: RequestId,
) -> ServiceResult<()> {
    authorise::staff(
        services,
        caller,
        StaffAction::WorkRequestQueue,
        action,
        &format!("request:{}", id.reference()),
    )
    .await
    .map(|_| ())
}

/// Records an event on request `id` (asked for ID or clarification, received it, extended,
/// completed, refused), checked against the rules of the clock; the person is told.
pub async fn record_event(
    services: &Services,
    caller: &Caller,
    id: RequestId,
    input: NewEvent,
) -> ServiceResult<()> {
    for_queue_work(services, caller, AuditAction::RecordedRequestEvent, id).await?;
    let account = caller.account().ok_or(ServiceError::NotFound)?;
    let mut tx = services.begin().await?;
    let request = tx.request(id).await?.ok_or(ServiceError::NotFound)?;
    let Some(kind) = input.kind else {
        return Err(ServiceError::invalid("kind", "error-event-kind-missing"));
    };
    let on = match input.on {
        Ok(Some(on)) => on,
        Ok(None) => return Err(ServiceError::invalid("on-day", "error-event-date-missing")),
        Err(message) => return Err(ServiceError::invalid("on-day", message)),
    };
    if let Err(refused) = request.may_record(
        kind,
        on,
        &input.note,
        services.today(),
        services.settings().nation,
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
        return Err(ServiceError::invalid(field, message));
    }
    let event = RequestEvent {
        kind,
        on,
        note: input.note,
        by: account,
    };
    let object = format!("request:{}:{}", id.reference(), kind.key());
    record_and_tell(
        services,
        tx.as_mut(),
        caller,
        &request,
        &event,
        AuditAction::RecordedRequestEvent,
        object,
    )
    .await?;
    crate::commit(services, tx).await
}

/// Gives open request `id` to the privacy officer with account number `assignee` (empty for no
/// one). Internal routing, not an event on the statutory clock: the person is not told.
pub async fn assign(
    services: &Services,
    caller: &Caller,
    id: RequestId,
    assignee: &str,
) -> ServiceResult<()> {
    for_queue_work(services, caller, AuditAction::AssignedRequest, id).await?;
    let mut tx = services.begin().await?;
    let request = tx.request(id).await?.ok_or(ServiceError::NotFound)?;
    let to = match assignee.trim() {
        "" => None,
        text => {
            let officers = tx.staff_with_role(Role::PrivacyOfficer).await?;
            let found = text
                .parse::<i64>()
                .ok()
                .map(AccountId)
                .filter(|id| officers.iter().any(|a| a.id == *id));
            match found {
                Some(id) => Some(id),
                None => return Err(ServiceError::invalid("assignee", "error-assignee-unknown")),
            }
        }
    };
    if !tx.assign_request(id, to).await? {
        return Err(ServiceError::invalid("assignee", "error-assignee-closed"));
    }
    tx.append(audit::event(
        services,
        caller,
        AuditAction::AssignedRequest,
        Some(request.details.person),
        format!(
            "request:{}:{}",
            id.reference(),
            to.map_or_else(|| "no-one".to_owned(), |a| format!("account-{}", a.0))
        ),
    ))
    .await?;
    crate::commit(services, tx).await
}

/// The most entries or activity lines read for one copy: far beyond any real record.
const MOST: u32 = 1_000_000;

/// Reads everything held about `person`, scoped by that person in every query.
pub async fn gather(reads: &mut dyn Reads, person: PersonId) -> StoreResult<Option<Sources>> {
    let Some(found) = reads.person(person).await? else {
        return Ok(None);
    };
    let (entries, _) = reads
        .entries_for_person(person, None, None, 0, MOST)
        .await?;
    let requests = reads.requests_for_person(person).await?;
    let delegations = reads.delegations_for_person(person).await?;
    let mut names: HashMap<AccountId, String> = HashMap::new();
    let mut activity = Vec::new();
    for line in audit::activity_for_person(reads, person, MOST).await? {
        let who = match line.account() {
            Some(account) => {
                if let std::collections::hash_map::Entry::Vacant(slot) = names.entry(account) {
                    let name = reads
                        .account(account)
                        .await?
                        .map(|a| a.details.display_name)
                        .unwrap_or_default();
                    slot.insert(name);
                }
                names.get(&account).cloned().unwrap_or_default()
            }
            None => line.event.actor.organisation.clone().unwrap_or_default(),
        };
        activity.push(CopyActivity {
            at: line.event.at,
            who,
            action: line.event.action.key().to_owned(),
            detail: line
                .detail()
                .map(str::to_owned)
                .unwrap_or_else(|| line.event.object.clone()),
        });
    }
    let disagreements = reads.disagreements_for_person(person).await?;
    let sharing = reads.sharing_for_person(person).await?;
    let consents = reads.consents_for_person(person).await?;
    Ok(Some(Sources {
        sharing,
        consents,
        person: found,
        entries,
        requests,
        delegations,
        activity,
        disagreements,
    }))
}

/// A privacy officer answers access request `id` in one action: everything Candour holds
/// about the person is put together, kept for 30 days, and the request completed today with a
/// note saying until when the copy can be downloaded; the person is told. One transaction.
pub async fn make_access_copy(
    services: &Services,
    caller: &Caller,
    id: RequestId,
) -> ServiceResult<()> {
    for_queue_work(services, caller, AuditAction::MadeAccessCopy, id).await?;
    let account = caller.account().ok_or(ServiceError::NotFound)?;
    let mut tx = services.begin().await?;
    let request = tx.request(id).await?.ok_or(ServiceError::NotFound)?;
    if request.details.right != Right::Access {
        return Err(ServiceError::invalid("copy", "error-copy-not-access"));
    }
    if !may_complete_today(services, &request) {
        return Err(ServiceError::invalid("copy", "error-copy-closed"));
    }
    let today = services.today();
    let person = request.details.person;
    let sources = gather(tx.as_mut(), person)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let locale = sources.person.details.preferred_locale;
    let copy = assemble(sources, &id.reference(), today);
    let document = serde_json::to_string(&copy)
        .map_err(|e| ServiceError::Failed(format!("an access copy could not be written: {e}")))?;
    let now = services.now();
    let seconds = i64::try_from(AVAILABLE_DAYS * 24 * 60 * 60).unwrap_or(i64::MAX);
    tx.save_access_copy(&AccessCopyRecord {
        request: id,
        person,
        made_at: now,
        expires_at: now.saturating_add(seconds),
        document,
    })
    .await?;
    let completed = RequestEvent {
        kind: EventKind::Completed,
        on: today,
        note: services
            .wording()
            .copy_ready_note(locale, copy.available_until),
        by: account,
    };
    record_and_tell(
        services,
        tx.as_mut(),
        caller,
        &request,
        &completed,
        AuditAction::MadeAccessCopy,
        format!("request:{}", id.reference()),
    )
    .await?;
    crate::commit(services, tx).await
}

/// The copy answering request `id`, for the person or a delegate who may read their record,
/// while it is available, cut to a delegate's scopes (`AccessCopy::for_delegate`). Anyone else,
/// a request that is not theirs, no copy or an expired one answers as not found. A delegate's
/// opening is recorded, so the person sees it.
pub async fn open_copy(
    services: &Services,
    caller: &Caller,
    id: RequestId,
) -> ServiceResult<AccessCopy> {
    let object = format!("request:{}", id.reference());
    let person = caller
        .actor()
        .and_then(Actor::person)
        .ok_or(ServiceError::NotFound)?;
    let actor = authorise::for_person(
        services,
        caller,
        person,
        PersonAction::ReadRecord,
        AuditAction::OpenedAccessCopy,
        &object,
    )
    .await?;
    let Some(record) = services
        .reads()
        .access_copy(person, id, services.now())
        .await?
    else {
        return Err(audit::refused(
            services,
            caller,
            AuditAction::OpenedAccessCopy,
            None,
            object,
        )
        .await);
    };
    let copy: AccessCopy = serde_json::from_str(&record.document).map_err(|e| {
        ServiceError::Store(candour_store::StoreError::Corrupt(format!(
            "access_copies.document: {e}"
        )))
    })?;
    if let Actor::Delegate { scopes, .. } = actor {
        let mut tx = services.begin().await?;
        tx.append(audit::event(
            services,
            caller,
            AuditAction::OpenedAccessCopy,
            Some(person),
            object,
        ))
        .await?;
        crate::commit(services, tx).await?;
        // Each part only with the scope that covers it (UK GDPR Art 5(1)(c); Caldicott 3).
        return Ok(copy.for_delegate(scopes));
    }
    Ok(copy)
}

/// A privacy officer accepts a correction (UK GDPR Art 16): the statement request `id` points
/// at is corrected to `text`, the entry's earlier version is kept in its history, and the
/// request is completed today; the person is told. One transaction.
pub async fn correct(
    services: &Services,
    caller: &Caller,
    id: RequestId,
    text: &str,
) -> ServiceResult<()> {
    for_queue_work(services, caller, AuditAction::CorrectedRecord, id).await?;
    let account = caller.account().ok_or(ServiceError::NotFound)?;
    let refuse =
        |problem: CorrectionProblem| ServiceError::invalid("corrected", problem.message_id());
    let mut tx = services.begin().await?;
    let request = tx.request(id).await?.ok_or(ServiceError::NotFound)?;
    let target = request
        .details
        .statement
        .ok_or_else(|| refuse(CorrectionProblem::NotACorrection))?;
    let person = request.details.person;
    let entry = tx
        .entry(person, target.entry)
        .await?
        .ok_or_else(|| refuse(CorrectionProblem::NoSuchStatement))?;
    let fixed = corrected(&request, &entry.details, text).map_err(refuse)?;
    if !may_complete_today(services, &request) {
        return Err(refuse(CorrectionProblem::Closed));
    }
    let locale = tx
        .person(person)
        .await?
        .ok_or(ServiceError::NotFound)?
        .details
        .preferred_locale;
    let now = services.now();
    let event = RequestEvent {
        kind: EventKind::Completed,
        on: services.today(),
        note: services.wording().correction_done_note(locale),
        by: account,
    };
    tx.upsert_entry(&fixed, now).await?;
    record_and_tell(
        services,
        tx.as_mut(),
        caller,
        &request,
        &event,
        AuditAction::CorrectedRecord,
        format!("request:{}:entry:{}", id.reference(), entry.id.0),
    )
    .await?;
    crate::commit(services, tx).await
}

/// After a correction is refused, the person (or a delegate who may make requests for them)
/// adds a statement saying why they think the record is wrong, or changes the one they added.
/// Anything but a refused correction of theirs answers as not found.
pub async fn disagree(
    services: &Services,
    caller: &Caller,
    id: RequestId,
    text: &str,
) -> ServiceResult<()> {
    let object = format!("request:{}", id.reference());
    let person = caller
        .actor()
        .and_then(Actor::person)
        .ok_or(ServiceError::NotFound)?;
    authorise::for_person(
        services,
        caller,
        person,
        PersonAction::MakeRequest,
        AuditAction::AddedDisagreement,
        &object,
    )
    .await?;
    let account = caller.account().ok_or(ServiceError::NotFound)?;
    let mut tx = services.begin().await?;
    let Some(request) = tx.request_of(person, id).await? else {
        drop(tx);
        return Err(audit::refused(
            services,
            caller,
            AuditAction::AddedDisagreement,
            None,
            object,
        )
        .await);
    };
    let statement = match disagreement(&request, text, services.today()) {
        Ok(statement) => statement,
        Err(DisagreementProblem::NotRefused) => return Err(ServiceError::NotFound),
        Err(problem) => return Err(ServiceError::invalid("disagreement", problem.message_id())),
    };
    tx.save_disagreement(person, &statement, account, services.now())
        .await?;
    tx.append(audit::event(
        services,
        caller,
        AuditAction::AddedDisagreement,
        Some(person),
        object,
    ))
    .await?;
    crate::commit(services, tx).await
}

/// Works out every open request's due date again and stores those that changed; returns how
/// many did. Run at start-up (bookkeeping on stored dates: not on the audit log).
pub async fn restate_due_dates(services: &Services) -> ServiceResult<u64> {
    let mut tx = services.begin().await?;
    let nation = services.settings().nation;
    let dues: Vec<_> = tx
        .open_requests()
        .await?
        .iter()
        .map(|request| (request.id, request.due(nation, Calendar::bundled())))
        .collect();
    let changed = tx.set_due_dates(&dues).await?;
    crate::commit(services, tx).await?;
    Ok(changed)
}
