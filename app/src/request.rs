//! What the shell learns from each request before rendering: the visitor's language, and the
//! response headers that depend on it (the language cookie, the CSP carrying this response's
//! nonce).
//!
//! Language: `?lang=` (the switcher's links) wins and is remembered in the `candour_lang`
//! cookie; then that cookie; then `Accept-Language` (the browser's setting is the person's own
//! choice on this device); then, for a person signed in as themselves, the language in their
//! record (when the browser asks for nothing Candour has). An unknown `?lang=` shows the page in the
//! visitor's usual language with a banner saying so; an unknown cookie is ignored and cleared.
//! A language preference is not a state change that needs CSRF defence: it reveals and alters
//! no data, and a cross-site link can at worst show a page in Welsh.

use crate::i18n::CurrentLocale;
use crate::session::cookie_value;
use crate::state::app_state;
use candour_domain::locale::{Locale, negotiate};
use http::HeaderValue;
use http::header::{
    ACCEPT_LANGUAGE, CACHE_CONTROL, CONTENT_SECURITY_POLICY, COOKIE, SET_COOKIE, VARY,
};
use leptos::prelude::*;
use leptos_axum::ResponseOptions;

/// The cookie that remembers a language picked with the switcher.
pub const LANGUAGE_COOKIE: &str = "candour_lang";

/// The query parameter the language switcher sets.
pub const LANGUAGE_PARAMETER: &str = "lang";

/// Set when the visitor asked for a language Candour does not have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnavailableLanguage(pub String);

/// The current page's address, for building links that keep it (the language switcher).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CurrentPage {
    /// The path, always starting with `/`.
    pub path: String,
    /// Query pairs other than `lang`, still percent-encoded.
    pub query: Vec<String>,
}

impl CurrentPage {
    /// This page's address in another language.
    pub fn in_locale(&self, locale: Locale) -> String {
        let mut query = self.query.clone();
        query.push(format!("{LANGUAGE_PARAMETER}={}", locale.tag()));
        format!("{}?{}", self.path, query.join("&"))
    }
}

/// What the shell needs to render.
pub struct PageRequest {
    /// The language to render in.
    pub locale: Locale,
    /// True when the person reading asked for large print (their recorded information format).
    pub large_print: bool,
}

/// The recorded language and whether large print is needed, when a person is signed in as
/// themselves (Accessible Information Standard: their needs are applied without asking). A
/// delegate sees the pages in their own way: the needs are the person's, not theirs.
fn own_needs() -> Option<(Locale, bool)> {
    use candour_domain::access::Actor;
    use candour_domain::person::InformationFormat;
    let crate::session::SessionStatus::SignedIn(signed_in) = crate::session::status() else {
        return None;
    };
    if !matches!(signed_in.actor, Some(Actor::Person { .. })) {
        return None;
    }
    signed_in.acting_for.as_ref().map(|person| {
        (
            person.details.preferred_locale,
            person.details.communication.information_format == Some(InformationFormat::LargePrint),
        )
    })
}

/// Reads the request, provides [`CurrentLocale`], [`CurrentPage`] and possibly
/// [`UnavailableLanguage`] as context, and sets the headers that depend on them.
pub fn establish() -> PageRequest {
    let parts = use_context::<http::request::Parts>();
    let response = use_context::<ResponseOptions>();
    let portal = app_state().portal;

    let (path, query) = parts
        .as_ref()
        .map(|p| {
            (
                p.uri.path().to_owned(),
                p.uri.query().unwrap_or("").to_owned(),
            )
        })
        .unwrap_or_else(|| ("/".to_owned(), String::new()));
    let mut asked = None;
    let mut kept = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some((LANGUAGE_PARAMETER, value)) => asked = Some(value.to_owned()),
            _ => kept.push(pair.to_owned()),
        }
    }
    let header = |name| {
        parts
            .as_ref()
            .and_then(|p| p.headers.get(name))
            .and_then(|v: &HeaderValue| v.to_str().ok())
            .unwrap_or("")
            .to_owned()
    };
    let cookie = cookie_value(&header(COOKIE), LANGUAGE_COOKIE);
    let from_cookie = cookie.as_deref().and_then(|c| c.parse::<Locale>().ok());
    let own = own_needs();
    let usual = from_cookie
        .or_else(|| negotiate(&header(ACCEPT_LANGUAGE)))
        .or(own.map(|(language, _)| language))
        .unwrap_or(Locale::DEFAULT);

    let secure = if portal.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    let mut set_cookie = None;
    let locale = match asked.map(|tag| (tag.parse::<Locale>(), tag)) {
        Some((Ok(locale), _)) => {
            set_cookie = Some(format!(
                "{LANGUAGE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
                locale.tag()
            ));
            locale
        }
        Some((Err(_), tag)) => {
            provide_context(UnavailableLanguage(decoded_tag(&tag)));
            usual
        }
        None => {
            if cookie.is_some() && from_cookie.is_none() {
                set_cookie = Some(format!(
                    "{LANGUAGE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly{secure}"
                ));
            }
            usual
        }
    };

    provide_context(CurrentLocale(locale));
    provide_context(CurrentPage { path, query: kept });

    if let Some(response) = response {
        if let Some(cookie) = set_cookie.and_then(|c| HeaderValue::from_str(&c).ok()) {
            response.append_header(SET_COOKIE, cookie);
        }
        response.insert_header(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
        // Pages can show personal information: never keep them in shared or browser caches.
        response.insert_header(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if let Some(policy) = content_security_policy().and_then(|p| HeaderValue::from_str(&p).ok())
        {
            response.insert_header(CONTENT_SECURITY_POLICY, policy);
        }
    }
    PageRequest {
        locale,
        large_print: own.is_some_and(|(_, large)| large),
    }
}

/// The CSP for an HTML page: scripts only from this origin or carrying this response's nonce
/// (no `unsafe-inline`), WebAssembly allowed to compile, no framing, forms only to this origin.
fn content_security_policy() -> Option<String> {
    let nonce = leptos::nonce::use_nonce()?;
    Some(format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ))
}

/// A requested tag, percent-decoded, without control characters and at most 35 characters,
/// so it is safe and short to show back (Leptos escapes it as text).
fn decoded_tag(tag: &str) -> String {
    let bytes = tag.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (escaped, bytes[i]) {
            (Some(byte), _) => {
                decoded.push(byte);
                i += 3;
            }
            (None, b'+') => {
                decoded.push(b' ');
                i += 1;
            }
            (None, byte) => {
                decoded.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded)
        .chars()
        .filter(|c| !c.is_control())
        .take(35)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_values_are_found_among_others() {
        assert_eq!(
            cookie_value("a=1; candour_lang=cy; b=2", LANGUAGE_COOKIE).as_deref(),
            Some("cy")
        );
        assert_eq!(cookie_value("candour_language=cy", LANGUAGE_COOKIE), None);
        assert_eq!(cookie_value("", LANGUAGE_COOKIE), None);
    }

    #[test]
    fn requested_tags_are_decoded_and_kept_short() {
        assert_eq!(decoded_tag("fr"), "fr");
        assert_eq!(decoded_tag("zh%2DHant"), "zh-Hant");
        assert_eq!(decoded_tag("a+b"), "a b");
        assert_eq!(decoded_tag("%0Aevil"), "evil");
        assert_eq!(decoded_tag("%zz"), "%zz");
        assert_eq!(decoded_tag(&"x".repeat(100)).len(), 35);
    }

    #[test]
    fn links_to_other_languages_keep_the_rest_of_the_query() {
        let page = CurrentPage {
            path: "/record".into(),
            query: vec!["page=2".into()],
        };
        assert_eq!(page.in_locale(Locale::Cy), "/record?page=2&lang=cy");
        let bare = CurrentPage {
            path: "/".into(),
            query: vec![],
        };
        assert_eq!(bare.in_locale(Locale::EnGb), "/?lang=en-GB");
    }
}
