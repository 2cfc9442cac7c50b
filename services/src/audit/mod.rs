//! The audit log as the workflows use it: building each workflow's event, recording refusals,
//! signed checkpoints, checking the whole chain ([`verify`]), the person's activity as pages
//! show it, and moving the activity trail kept before the log into it.
//!
//! The rules of the chain (what is hashed, what each tampering looks like) are in
//! `candour_domain::audit`; the storage (append under the log's lock, at commit) is in
//! `candour_store::repo::audit`.

pub mod key;
pub mod verify;

use crate::{Caller, ServiceError, ServiceResult, Services};
use candour_domain::audit::{
    AuditAction, AuditEvent, Checkpoint, NewAuditEvent, Outcome, PersonalContent, hex,
};
use candour_domain::person::PersonId;
use candour_store::StoreResult;
use rand::RngCore as _;
use std::sync::atomic::Ordering;

/// An event for `caller` doing `action` to `person`'s information (`object` names what, by id
/// only; personal words go in [`with_words`]).
pub(crate) fn event(
    services: &Services,
    caller: &Caller,
    action: AuditAction,
    person: Option<PersonId>,
    object: impl Into<String>,
) -> NewAuditEvent {
    let (actor, acting_for) = caller.audit_actor(&services.settings().organisation);
    NewAuditEvent {
        at: services.now(),
        actor,
        acting_for,
        person,
        action,
        object: object.into(),
        outcome: Outcome::Done,
        content: None,
    }
}

/// A read of a list about many people (a page of the accuracy list, the questions queue, the
/// shares not yet told): who read it, and the things it listed, kept as personal content beside
/// the chain; naming no person, so it is not on anyone's list of who looked (no record was
/// opened), but a data-protection officer can find it.
pub(crate) fn list_read(
    services: &Services,
    caller: &Caller,
    object: impl Into<String>,
    listed: impl IntoIterator<Item = String>,
) -> NewAuditEvent {
    let listed = listed.into_iter().collect::<Vec<_>>().join(" ");
    with_words(
        event(services, caller, AuditAction::OpenedPage, None, object),
        None,
        Some(listed),
    )
}

/// The event with personal words kept beside the chain (a reason given, a name, a detail),
/// under a fresh random salt.
pub(crate) fn with_words(
    mut event: NewAuditEvent,
    reason: Option<String>,
    detail: Option<String>,
) -> NewAuditEvent {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    event.content = Some(PersonalContent {
        salt: hex(&salt),
        reason,
        detail,
    });
    event
}

/// Records that `caller` was refused `action` on `object` (and, when known, whose), in a
/// transaction of its own, then answers [`ServiceError::NotFound`] as the refusal does.
pub async fn refused(
    services: &Services,
    caller: &Caller,
    action: AuditAction,
    person: Option<PersonId>,
    object: impl Into<String>,
) -> ServiceError {
    let mut event = event(services, caller, action, person, object);
    event.outcome = Outcome::Refused;
    let recorded = async {
        let mut tx = services.begin().await?;
        tx.append(event).await?;
        crate::commit(services, tx).await
    };
    if let Err(error) = recorded.await {
        tracing::error!(%error, "could not record a refusal in the audit log");
    }
    ServiceError::NotFound
}

/// Signs a checkpoint for the newest event (placing queued events in the chain first), if any
/// event is newer than the last checkpoint. Without a key (it is always configured when
/// serving) nothing is signed.
pub async fn checkpoint(services: &Services) -> ServiceResult<Option<Checkpoint>> {
    let Some(key) = services.signer() else {
        return Ok(None);
    };
    let mut tx = services.begin().await?;
    // Whatever is queued is placed first, so the checkpoint covers it.
    tx.sequence(SEQUENCE_BATCH).await?;
    let Some(head) = tx.audit_head().await? else {
        return Ok(None);
    };
    let latest = tx.latest_checkpoint().await?;
    if latest.as_ref().is_some_and(|c| c.seq >= head.seq) {
        services
            .checkpointed()
            .fetch_max(head.seq, Ordering::AcqRel);
        return Ok(None);
    }
    let number = latest.map_or(1, |c| c.number + 1);
    let at = services.now();
    let checkpoint = Checkpoint {
        number,
        seq: head.seq,
        hash: head.hash.clone(),
        at,
        public_key: key.public_key(),
        signature: key.sign(&Checkpoint::signed_message(
            number, head.seq, &head.hash, at,
        )),
    };
    tx.save_checkpoint(&checkpoint).await?;
    tx.commit().await?;
    services
        .checkpointed()
        .fetch_max(checkpoint.seq, Ordering::AcqRel);
    Ok(Some(checkpoint))
}

/// Events placed in the chain per transaction of the sequencer.
const SEQUENCE_BATCH: u32 = 5_000;

/// Places every queued event in the chain, a batch per transaction, making a checkpoint when
/// the log has grown by `checkpoint_every` since the last one this server knows of; returns the
/// new head's sequence number if anything was placed. Run after every workflow, every second,
/// at start-up and at shutdown: events queued by any app server are chained by whichever runs
/// next.
pub async fn sequence(services: &Services) -> StoreResult<Option<i64>> {
    let _one_at_a_time = services.sequencer().lock().await;
    place_queued(services).await
}

/// The sequencer's loop, with this server's gate held.
async fn place_queued(services: &Services) -> StoreResult<Option<i64>> {
    let mut last = None;
    loop {
        let mut tx = services.begin().await?;
        let Some(head) = tx.sequence(SEQUENCE_BATCH).await? else {
            return Ok(last);
        };
        tx.commit().await?;
        last = Some(head);
        checkpoint_if_due(services, head).await;
    }
}

/// A checkpoint when the chain (its newest event at `head`) has grown by `checkpoint_every`
/// since the last one this server knows of. A failure is logged: the minute's checkpoint will
/// cover it.
pub(crate) async fn checkpoint_if_due(services: &Services, head: i64) {
    let known = services.checkpointed().load(Ordering::Acquire);
    if head - known >= services.settings().checkpoint_every
        && let Err(error) = checkpoint(services).await
    {
        tracing::warn!(%error, "could not sign an audit checkpoint; the next will cover it");
    }
}

/// After a workflow committed events up to queue id `queued`: waits for this server's
/// sequencer, then places them unless its last run already did (so one sequencing transaction
/// serves every workflow that committed meanwhile). A failure is logged, never the
/// workflow's: the next run places the events.
pub(crate) async fn sequence_now(services: &Services, queued: i64) {
    let placed = async {
        let _one_at_a_time = services.sequencer().lock().await;
        if services.reads().audit_waiting(queued).await? {
            place_queued(services).await?;
        }
        Ok::<(), candour_store::StoreError>(())
    };
    if let Err(error) = placed.await {
        tracing::warn!(%error, "could not place audit events in the chain; the next run will");
    }
}

/// Moves the activity trail kept before the audit log into the log, oldest first, and drops its
/// table, in one transaction (so it happens once, whole). Each line keeps its time, account,
/// person and action; its detail becomes personal content beside the chain.
pub async fn adopt_earlier_activity(services: &Services) -> StoreResult<()> {
    let mut tx = services.begin().await?;
    let Some(lines) = tx.earlier_activity().await? else {
        return Ok(());
    };
    let count = lines.len();
    for line in lines {
        let mut event = NewAuditEvent {
            at: line.at,
            actor: candour_domain::audit::AuditActor {
                kind: candour_domain::audit::ActorKind::Person,
                id: Some(line.account.0.to_string()),
                role: None,
                organisation: None,
            },
            acting_for: None,
            person: line.person,
            action: AuditAction::from_earlier_activity(&line.action),
            object: String::new(),
            outcome: Outcome::Done,
            content: None,
        };
        // The trail did not say what kind of account acted; the account row does.
        if let Some(account) = tx.account(line.account).await? {
            use candour_domain::account::AccountKind;
            if account.details.kind == AccountKind::Staff || !account.details.roles.is_empty() {
                event.actor.kind = candour_domain::audit::ActorKind::Staff;
                let roles: Vec<&str> = account.details.roles.iter().map(|r| r.key()).collect();
                event.actor.role = Some(roles.join(","));
                event.actor.organisation = Some(services.settings().organisation.clone());
            } else if account.details.person != line.person && line.person.is_some() {
                event.actor.kind = candour_domain::audit::ActorKind::Delegate;
                event.acting_for = line.person;
            }
        }
        let detail = if event.action == AuditAction::EarlierActivity {
            Some(format!("{}: {}", line.action, line.detail))
        } else {
            Some(line.detail).filter(|d| !d.is_empty())
        };
        tx.append(with_words(event, None, detail)).await?;
    }
    tx.drop_earlier_activity().await?;
    tx.commit().await?;
    if count > 0 {
        tracing::info!(lines = count, "moved the activity trail into the audit log");
    }
    Ok(())
}

/// One line of what was done with a person's information, as pages and the access copy show
/// it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActivityLine {
    /// The event.
    pub event: AuditEvent,
    /// Its personal words, unless erased.
    pub content: Option<PersonalContent>,
}

impl ActivityLine {
    /// The account that acted, when a person, delegate or member of staff did.
    pub fn account(&self) -> Option<candour_domain::access::AccountId> {
        self.event
            .actor
            .account()
            .map(candour_domain::access::AccountId)
    }

    /// The detail kept with it, if any.
    pub fn detail(&self) -> Option<&str> {
        self.content.as_ref().and_then(|c| c.detail.as_deref())
    }

    /// The reason given, if any.
    pub fn reason(&self) -> Option<&str> {
        self.content.as_ref().and_then(|c| c.reason.as_deref())
    }
}

/// What was done with `person`'s information, newest first (at most `limit` lines): for the
/// person's own pages and the access copy. The caller has already checked the reader may see
/// it.
pub async fn activity_for_person(
    reads: &mut dyn candour_store::Reads,
    person: PersonId,
    limit: u32,
) -> StoreResult<Vec<ActivityLine>> {
    Ok(reads
        .audit_for_person(person, limit)
        .await?
        .into_iter()
        .map(|(event, content)| ActivityLine { event, content })
        .collect())
}
