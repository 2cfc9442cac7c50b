//! Pages for signed-in people ask here first. Someone not signed in is sent to sign in, and
//! someone whose session ended is told so; both keep where they were going (WCAG 2.2 SC 2.2.1:
//! after a timeout the person can carry on where they were).

use crate::session::{self, SessionStatus, SignedIn};
use leptos::prelude::*;

/// The signed-in visitor; otherwise redirects (302, whatever the client accepts) and returns
/// `None`.
pub fn require_signed_in() -> Option<SignedIn> {
    let here =
        use_context::<crate::request::CurrentPage>().map_or_else(|| "/".to_owned(), |p| p.path);
    let to = match session::status() {
        SessionStatus::SignedIn(signed_in) => return Some(*signed_in),
        SessionStatus::SignedOut => format!("/sign-in?return_to={}", encode(&here)),
        SessionStatus::Ended => format!("/signed-out?reason=timeout&return_to={}", encode(&here)),
    };
    send_to(&to);
    None
}

/// Answers the page with a redirect (302) to `to`, a path on this site. Not
/// `leptos_axum::redirect`, which answers 200 to clients that do not say they accept HTML; a
/// page for signed-in people must never answer 200 to anyone else. Pages rendered in full
/// before answering (`SsrMode::Async`) may call it after their reads.
pub fn send_to(to: &str) {
    if let (Some(response), Ok(location)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(to),
    ) {
        response.insert_header(http::header::LOCATION, location);
        response.set_status(http::StatusCode::FOUND);
    }
}

/// The signed-in staff member allowed `action`; otherwise the page to show instead: nothing
/// while the sign-in redirect happens, or the not-found page for anyone without the role.
pub fn require_staff(action: candour_domain::access::StaffAction) -> Result<SignedIn, AnyView> {
    let Some(signed_in) = require_signed_in() else {
        return Err(().into_any());
    };
    if signed_in
        .actor
        .as_ref()
        .is_some_and(|a| candour_domain::access::may(a, action))
    {
        Ok(signed_in)
    } else {
        Err(refused())
    }
}

/// The signed-in person themselves (not someone acting for them, not staff), if the access
/// policy lets them do `action` with their own information; otherwise the page to show instead,
/// as [`require_staff`] does. Delegations are the person's own choice, so their pages use this.
pub fn require_person(
    action: candour_domain::access::PersonAction,
) -> Result<(SignedIn, candour_domain::person::PersonId), AnyView> {
    use candour_domain::access::{Actor, Decision, decide};
    let Some(signed_in) = require_signed_in() else {
        return Err(().into_any());
    };
    match signed_in.actor.clone() {
        Some(actor @ Actor::Person { person, .. })
            if decide(&actor, person, action) == Decision::Allow =>
        {
            Ok((signed_in, person))
        }
        _ => Err(refused()),
    }
}

/// Anyone signed in with a public account (a person, or someone who acts or will act for one);
/// staff get the not-found page: they never act for someone by a code.
pub fn require_public_account() -> Result<SignedIn, AnyView> {
    let Some(signed_in) = require_signed_in() else {
        return Err(().into_any());
    };
    if signed_in.account.details.is_staff() {
        Err(refused())
    } else {
        Ok(signed_in)
    }
}

/// The not-found page, answered to someone the policy refuses, with the refusal noted on the
/// audit log.
pub fn refused() -> AnyView {
    crate::refusals::note(
        candour_domain::audit::AuditAction::OpenedPage,
        crate::refusals::this_page(),
    );
    view! { <crate::pages::not_found::NotFound/> }.into_any()
}

/// A `return_to` value that is safe to redirect to: one of this site's pages
/// ([`crate::routes::may_return_to`]), else `/account`.
pub fn safe_return_to(value: Option<&str>) -> String {
    crate::routes::may_return_to(value)
}

/// Percent-encodes a path for use as a query value.
pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_encoded_for_a_query_value() {
        assert_eq!(encode("/a b?c=d"), "/a%20b%3Fc%3Dd");
    }
}
