//! Signed-in sessions, kept in the database so several app servers can share them.
//!
//! The cookie holds 32 random bytes; the database holds only their SHA-256. The cookie is
//! `HttpOnly`, `SameSite=Lax`, `Path=/`, and over HTTPS `Secure` with the `__Host-` prefix (so no
//! other host can set it). A new id is issued at every sign-in (OWASP ASVS V3.2.1); sign-out and
//! the time limits in `candour_domain::session` end the session in the database, not just in the
//! browser.

use crate::state::AppState;
use base64::Engine as _;
use candour_domain::access::{AccountId, Actor, Assurance, people_to_act_for, resolve_actor};
use candour_domain::account::Account;
use candour_domain::person::{Person, PersonId};
use candour_domain::session::{SessionLimits, SessionState};
use candour_store::records::{Activity, SessionRecord};
use candour_store::{Store, StoreResult};
use chrono::NaiveDate;
use rand::RngCore as _;
use sha2::{Digest as _, Sha256};

/// The session cookie's name over HTTPS.
pub const SECURE_COOKIE: &str = "__Host-candour_session";
/// The session cookie's name over plain HTTP (only on this computer, or in a demo).
pub const PLAIN_COOKIE: &str = "candour_session";

/// Someone signed in, as established for this request.
#[derive(Clone, Debug)]
pub struct SignedIn {
    /// The session's id hash.
    pub session_hash: String,
    /// Their account.
    pub account: Account,
    /// Who they are acting as; `None` when they may act for nobody yet.
    pub actor: Option<Actor>,
    /// The person whose information the pages show (themselves, or whom they act for).
    pub acting_for: Option<Person>,
    /// Everyone they may act for today, themselves first.
    pub can_act_for: Vec<PersonId>,
    /// Seconds until the session ends without further use.
    pub seconds_left: i64,
}

/// The request's session, put in the request by the server's session layer.
#[derive(Clone, Debug)]
pub enum SessionStatus {
    /// No session cookie.
    SignedOut,
    /// A live session.
    SignedIn(Box<SignedIn>),
    /// The cookie named a session that has ended (timed out or signed out).
    Ended,
}

/// The cookie name for this portal.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure { SECURE_COOKIE } else { PLAIN_COOKIE }
}

/// A fresh random token, URL-safe (for session ids, invitation codes, OAuth state).
pub fn random_token(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buffer);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buffer)
}

/// Hex SHA-256, the form in which tokens are stored.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `Set-Cookie` for a new session id.
pub fn set_cookie(secure: bool, id: &str) -> String {
    let secure_attr = if secure { "; Secure" } else { "" };
    format!(
        "{}={id}; Path=/; HttpOnly; SameSite=Lax{secure_attr}",
        cookie_name(secure)
    )
}

/// `Set-Cookie` that removes the session cookie.
pub fn clear_cookie(secure: bool) -> String {
    let secure_attr = if secure { "; Secure" } else { "" };
    format!(
        "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure_attr}",
        cookie_name(secure)
    )
}

/// The value of cookie `name` in a `Cookie` header.
pub fn cookie_value(header: &str, name: &str) -> Option<String> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// Seconds since the Unix epoch.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Today's date in Europe/London, the date every legal clock uses.
pub fn today() -> NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::London)
        .date_naive()
}

/// Starts a session for `account` (ending `previous`, the browser's earlier session, so the id
/// changes at every sign-in), records the sign-in, and returns the new id for the cookie.
pub async fn start(
    store: &dyn Store,
    previous: Option<&str>,
    account: AccountId,
    assurance: Assurance,
    acting_for: Option<PersonId>,
) -> StoreResult<String> {
    let now = now();
    if let Some(previous) = previous {
        store.end_session(previous, now).await?;
    }
    let id = random_token(32);
    store
        .create_session(&SessionRecord {
            id_hash: token_hash(&id),
            account,
            acting_for,
            assurance,
            created_at: now,
            last_seen_at: now,
            ended_at: None,
        })
        .await?;
    store
        .record_activity(&Activity {
            at: now,
            account,
            person: acting_for,
            action: "signed_in".to_owned(),
            detail: String::new(),
        })
        .await?;
    Ok(id)
}

/// Finds the session named by the cookie, ends it if its time is up, touches it otherwise, and
/// establishes the actor.
pub async fn load(state: &AppState, cookie_header: &str) -> StoreResult<SessionStatus> {
    let secure = state.portal.secure_cookies;
    let Some(id) = cookie_value(cookie_header, cookie_name(secure)).filter(|v| !v.is_empty())
    else {
        return Ok(SessionStatus::SignedOut);
    };
    let store = state.store.as_ref();
    let hash = token_hash(&id);
    let Some(record) = store.session(&hash).await? else {
        return Ok(SessionStatus::Ended);
    };
    let limits: SessionLimits = state.portal.session_limits;
    let now = now();
    if record.ended_at.is_some() {
        return Ok(SessionStatus::Ended);
    }
    if limits.state(record.created_at, record.last_seen_at, now) != SessionState::Active {
        store.end_session(&hash, now).await?;
        return Ok(SessionStatus::Ended);
    }
    let Some(account) = store.account(record.account).await? else {
        return Ok(SessionStatus::Ended);
    };
    store.touch_session(&hash, now).await?;
    let delegations = store.delegations_for_delegate(account.id).await?;
    let today = today();
    let actor = resolve_actor(
        &account,
        record.assurance,
        record.acting_for,
        &delegations,
        today,
    );
    let acting_for = match actor.as_ref().and_then(Actor::person) {
        Some(person) => store.person(person).await?,
        None => None,
    };
    Ok(SessionStatus::SignedIn(Box::new(SignedIn {
        session_hash: hash,
        can_act_for: people_to_act_for(&account, &delegations, today),
        account,
        actor,
        acting_for,
        seconds_left: limits.idle,
    })))
}

/// The session status of the current request (set by the server's session layer).
pub fn status() -> SessionStatus {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<SessionStatus>().cloned())
        .unwrap_or(SessionStatus::SignedOut)
}

/// Who is signed in on the current request, if anyone.
pub fn signed_in() -> Option<SignedIn> {
    match status() {
        SessionStatus::SignedIn(signed_in) => Some(*signed_in),
        SessionStatus::SignedOut | SessionStatus::Ended => None,
    }
}

/// The signed-in member of staff allowed `action`, for server functions: anyone else is told
/// to sign in, or gets the same "not found" as a missing thing.
pub fn staff_allowed(
    action: candour_domain::access::StaffAction,
) -> Result<SignedIn, crate::errors::AppError> {
    let signed_in = signed_in().ok_or(crate::errors::AppError::SignInNeeded)?;
    if signed_in
        .actor
        .as_ref()
        .is_some_and(|actor| candour_domain::access::may(actor, action))
    {
        Ok(signed_in)
    } else {
        Err(crate::errors::AppError::NotFound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_cookies_are_http_only_lax_and_host_prefixed_over_https() {
        let secure = set_cookie(true, "abc");
        assert_eq!(
            secure,
            "__Host-candour_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure"
        );
        let plain = set_cookie(false, "abc");
        assert_eq!(plain, "candour_session=abc; Path=/; HttpOnly; SameSite=Lax");
        assert!(clear_cookie(true).contains("Max-Age=0"));
    }

    #[test]
    fn tokens_are_long_random_and_stored_only_as_hashes() {
        let a = random_token(32);
        assert_eq!(a.len(), 43);
        assert_ne!(a, random_token(32));
        assert_eq!(
            token_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
