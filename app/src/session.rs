//! Signed-in sessions, kept in the database so several app servers can share them.
//!
//! The cookie holds 32 random bytes; the database holds only their SHA-256. The cookie is
//! `HttpOnly`, `SameSite=Lax`, `Path=/`, and over HTTPS `Secure` with the `__Host-` prefix (so no
//! other host can set it). A new id is issued at every sign-in (OWASP ASVS V3.2.1); sign-out and
//! the time limits in `candour_domain::session` end the session in the database, not just in the
//! browser.

use crate::state::AppState;
use candour_domain::access::Actor;
use candour_domain::account::Account;
use candour_domain::person::{Person, PersonId};
use candour_services::sessions::{Resumed, resume};
use candour_services::{Caller, ServiceResult};
use chrono::NaiveDate;

pub use candour_services::sessions::{random_token, token_hash};

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
    /// How well their identity was checked at sign-in.
    pub assurance: candour_domain::access::Assurance,
    /// How many of their own messages they have not read (0 for anyone but the person).
    pub unread_messages: u64,
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

/// Seconds since the Unix epoch, by the workflows' clock.
pub fn now() -> i64 {
    crate::state::app_state().services.now()
}

/// Today's date in Europe/London (the date every legal clock uses), by the workflows' clock.
pub fn today() -> NaiveDate {
    crate::state::app_state().services.today()
}

/// Finds the session named by the cookie, ends it if its time is up, touches it otherwise, and
/// establishes the actor (`candour_services::sessions::resume`).
pub async fn load(state: &AppState, cookie_header: &str) -> ServiceResult<SessionStatus> {
    let secure = state.portal.secure_cookies;
    let Some(id) = cookie_value(cookie_header, cookie_name(secure)).filter(|v| !v.is_empty())
    else {
        return Ok(SessionStatus::SignedOut);
    };
    let limits = state.portal.session_limits;
    Ok(
        match resume(&state.services, &token_hash(&id), limits).await? {
            Resumed::Ended => SessionStatus::Ended,
            Resumed::Live(live) => SessionStatus::SignedIn(Box::new(SignedIn {
                session_hash: live.session,
                account: live.account,
                actor: live.actor,
                acting_for: live.acting_for,
                can_act_for: live.can_act_for,
                seconds_left: live.seconds_left,
                assurance: live.assurance,
                unread_messages: live.unread_messages,
            })),
        },
    )
}

impl SignedIn {
    /// Who is asking, for the workflows.
    pub fn caller(&self) -> Caller {
        Caller::SignedIn {
            session: self.session_hash.clone(),
            account: self.account.id,
            actor: self.actor.clone(),
            assurance: self.assurance,
        }
    }
}

/// The current request's caller: whoever is signed in, or a visitor.
pub fn caller() -> Caller {
    signed_in().map_or(Caller::Visitor { address: None }, |s| s.caller())
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
    fn session_tokens_are_long_random_and_stored_only_as_hashes() {
        let a = random_token(32);
        assert_eq!(a.len(), 43);
        assert_ne!(a, random_token(32));
        assert_eq!(
            token_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
