//! Signing in and out, resuming a session on each request, choosing whom to act for, and
//! sign-ins in progress.
//!
//! Sessions live in the database so several app servers share them. The browser's cookie holds
//! 32 random bytes; the database holds only their SHA-256. A new id is issued at every sign-in
//! (OWASP ASVS V3.2.1), and signing out or the time limits in `candour_domain::session` end the
//! session in the database, not just in the browser. Signing in and out are on the audit log;
//! each request's "last seen" is not (it is bookkeeping, not an action on anyone's information).

use crate::{Caller, ServiceError, ServiceResult, Services, audit, limits};
use base64::Engine as _;
use candour_domain::access::{Actor, Assurance, people_to_act_for, resolve_actor};
use candour_domain::account::{Account, NewAccount};
use candour_domain::audit::AuditAction;
use candour_domain::person::{Person, PersonId};
use candour_domain::session::{SessionLimits, SessionState};
use candour_store::Transaction;
use candour_store::records::{SessionRecord, SignInAttempt};
use rand::RngCore as _;
use sha2::{Digest as _, Sha256};

/// A fresh random token, URL-safe (for session ids, invitation codes, OAuth state).
pub fn random_token(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buffer);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buffer)
}

/// Hex SHA-256, the form in which tokens are stored.
pub fn token_hash(token: &str) -> String {
    candour_domain::audit::hex(&Sha256::digest(token.as_bytes()))
}

/// A session just started: the id for the browser's cookie (never stored) and the account.
#[derive(Clone, Debug)]
pub struct Started {
    /// The new session id, for the cookie.
    pub id: String,
    /// Who signed in.
    pub account: Account,
}

/// Which person a public account is linked to at sign-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PersonLink {
    /// Keep whatever link the account has (staff, demo, or an identity not checked to the high
    /// level, which proves nothing about whose record it is).
    Keep,
    /// The person whose NHS number the provider vouched for at the high level: the link follows
    /// it, to another person or to nobody, whenever the case system has corrected a number
    /// (security review, "identity drift": never left on the wrong person).
    ByNhsNumber(String),
}

/// Signs `account` in (creating or refreshing it), linking it to its person as `link` says and
/// ending the browser's `previous` session so the id changes at every sign-in; `via` says which
/// way they came (`public`, `staff`, `demo`).
pub async fn sign_in(
    services: &Services,
    previous: Option<&str>,
    account: &NewAccount,
    assurance: Assurance,
    via: &str,
    link: PersonLink,
) -> ServiceResult<Started> {
    let mut tx = services.begin().await?;
    let mut account = tx.upsert_account(account, services.now()).await?;
    if let PersonLink::ByNhsNumber(number) = link {
        let person = tx.person_by_nhs_number(&number).await?.map(|p| p.id);
        if person != account.details.person {
            if account.details.person.is_some() {
                tracing::warn!(
                    account = account.id.0,
                    "an account's person changed with its NHS number: linked to the corrected record"
                );
            }
            tx.link_account(account.id, person).await?;
            account.details.person = person;
        }
    }
    let id = start_session(
        services,
        tx.as_mut(),
        previous,
        &account,
        assurance,
        None,
        via,
    )
    .await?;
    crate::commit(services, tx).await?;
    Ok(Started { id, account })
}

/// Inside a sign-in's transaction: ends `previous`, makes the new session and records the
/// sign-in. Returns the session id for the cookie.
pub(crate) async fn start_session(
    services: &Services,
    tx: &mut dyn Transaction,
    previous: Option<&str>,
    account: &Account,
    assurance: Assurance,
    acting_for: Option<PersonId>,
    via: &str,
) -> ServiceResult<String> {
    let now = services.now();
    if let Some(previous) = previous {
        tx.end_session(previous, now).await?;
    }
    let id = random_token(32);
    let hash = token_hash(&id);
    tx.create_session(&SessionRecord {
        id_hash: hash.clone(),
        account: account.id,
        acting_for,
        assurance,
        created_at: now,
        last_seen_at: now,
        ended_at: None,
    })
    .await?;
    let caller = Caller::SignedIn {
        session: hash,
        account: account.id,
        actor: None,
        assurance,
    };
    let mut event = audit::event(
        services,
        &caller,
        AuditAction::SignedIn,
        account.details.person,
        format!("sign-in:{via}"),
    );
    if account.details.kind == candour_domain::account::AccountKind::Staff
        || !account.details.roles.is_empty()
    {
        event.actor.kind = candour_domain::audit::ActorKind::Staff;
        let roles: Vec<&str> = account.details.roles.iter().map(|r| r.key()).collect();
        event.actor.role = Some(roles.join(","));
        event.actor.organisation = Some(services.settings().organisation.clone());
    }
    tx.append(event).await?;
    Ok(id)
}

/// Ends the caller's session and records that they signed out. Nothing happens for someone not
/// signed in.
pub async fn sign_out(services: &Services, caller: &Caller) -> ServiceResult<()> {
    let Some(session) = caller.session() else {
        return Ok(());
    };
    let mut tx = services.begin().await?;
    if tx.end_session(session, services.now()).await? {
        let person = caller.actor().and_then(Actor::person);
        tx.append(audit::event(
            services,
            caller,
            AuditAction::SignedOut,
            person,
            "session",
        ))
        .await?;
    }
    crate::commit(services, tx).await
}

/// A session found from its cookie.
#[derive(Clone, Debug)]
pub enum Resumed {
    /// No such session, or it has ended (timed out or signed out).
    Ended,
    /// A live session.
    Live(Box<Live>),
}

/// Everything a live session establishes for the request.
#[derive(Clone, Debug)]
pub struct Live {
    /// The session's id hash.
    pub session: String,
    /// Their account.
    pub account: Account,
    /// Whom they act as; `None` when they may act for nobody yet.
    pub actor: Option<Actor>,
    /// The person whose information the pages show (themselves, or whom they act for).
    pub acting_for: Option<Person>,
    /// Everyone they may act for today, themselves first.
    pub can_act_for: Vec<PersonId>,
    /// How well their identity was checked at sign-in.
    pub assurance: Assurance,
    /// How many of their own messages they have not read (0 for anyone but the person).
    pub unread_messages: u64,
    /// Seconds left before the idle limit, from the use last noted.
    pub seconds_left: i64,
}

/// Finds the session with this id hash, ends it if its time is up, notes that it was used
/// (resetting the idle clock) unless that was noted within the last minute
/// (`candour_domain::session::NOTE_USE_AFTER`), and establishes who is asking.
pub async fn resume(
    services: &Services,
    id_hash: &str,
    limits: SessionLimits,
) -> ServiceResult<Resumed> {
    let mut reads = services.reads();
    let Some(record) = reads.session(id_hash).await? else {
        return Ok(Resumed::Ended);
    };
    if record.ended_at.is_some() {
        return Ok(Resumed::Ended);
    }
    let now = services.now();
    if limits.state(record.created_at, record.last_seen_at, now) != SessionState::Active {
        let mut tx = services.begin().await?;
        tx.end_session(id_hash, now).await?;
        crate::commit(services, tx).await?;
        return Ok(Resumed::Ended);
    }
    let Some(account) = reads.account(record.account).await? else {
        return Ok(Resumed::Ended);
    };
    let delegations = reads.delegations_for_delegate(account.id).await?;
    let today = services.today();
    let actor = resolve_actor(
        &account,
        record.assurance,
        record.acting_for,
        &delegations,
        today,
    );
    let acting_for = match actor.as_ref().and_then(Actor::person) {
        Some(person) => reads.person(person).await?,
        None => None,
    };
    let unread_messages = match &actor {
        Some(Actor::Person { person, .. }) => reads.unread_notifications(*person).await?,
        _ => 0,
    };
    drop(reads);
    let last_seen = if limits.note_use(record.last_seen_at, now) {
        let mut tx = services.begin().await?;
        tx.touch_session(id_hash, now).await?;
        crate::commit(services, tx).await?;
        now
    } else {
        record.last_seen_at
    };
    Ok(Resumed::Live(Box::new(Live {
        seconds_left: limits.idle_seconds_left(last_seen, now),
        session: id_hash.to_owned(),
        can_act_for: people_to_act_for(&account, &delegations, today),
        assurance: record.assurance,
        account,
        actor,
        acting_for,
        unread_messages,
    })))
}

/// Acts for `person` from now on in the caller's session; someone they may not act for (today's
/// delegations, or themselves) answers as not found. Starting to act for someone else is
/// recorded, so the person sees it.
pub async fn act_for(
    services: &Services,
    caller: &Caller,
    can_act_for: &[PersonId],
    own_person: Option<PersonId>,
    person: PersonId,
) -> ServiceResult<()> {
    let (Some(session), true) = (caller.session(), can_act_for.contains(&person)) else {
        return Err(audit::refused(
            services,
            caller,
            AuditAction::StartedActing,
            None,
            format!("person:{}", person.0),
        )
        .await);
    };
    let mut tx = services.begin().await?;
    tx.set_acting_for(session, Some(person)).await?;
    if own_person != Some(person) {
        let mut event = audit::event(
            services,
            caller,
            AuditAction::StartedActing,
            Some(person),
            format!("person:{}", person.0),
        );
        event.actor.kind = candour_domain::audit::ActorKind::Delegate;
        event.acting_for = Some(person);
        tx.append(event).await?;
    }
    crate::commit(services, tx).await
}

/// Starts a sign-in from the network address `address`: counted against the sign-in limit,
/// then remembered until the provider sends the browser back. Sign-ins started more than
/// `stale_after` seconds ago are forgotten.
pub async fn start_sign_in(
    services: &Services,
    address: &str,
    attempt: &SignInAttempt,
    stale_after: i64,
) -> ServiceResult<()> {
    let mut tx = services.begin().await?;
    limits::try_once(
        services,
        tx.as_mut(),
        services.settings().limits.sign_in,
        &format!("sign-in:{address}"),
    )
    .await?;
    tx.save_sign_in_attempt(attempt, services.now() - stale_after)
        .await?;
    crate::commit(services, tx).await
}

/// Takes (and forgets) the sign-in in progress for this browser: each completes once.
pub async fn take_sign_in(services: &Services, id_hash: &str) -> ServiceResult<SignInAttempt> {
    let mut tx = services.begin().await?;
    let attempt = tx.take_sign_in_attempt(id_hash).await?;
    crate::commit(services, tx).await?;
    attempt.ok_or(ServiceError::NotFound)
}
