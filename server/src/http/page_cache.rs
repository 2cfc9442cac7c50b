//! A rendered copy of the unchanging public pages, for anonymous visitors.
//!
//! The start page, accessibility statement, cookies, privacy and contact pages depend only on the
//! configuration and the visitor's language, so rendering them again for every visitor is wasted
//! work. Each copy is keyed by the exact path, query, `Accept-Language` and `Cookie` headers, is
//! kept only when the visitor has no cookie but the language one (anyone signed in is always
//! rendered afresh), and is served with a fresh CSP nonce swapped into both the header and the
//! HTML, so no two responses share a nonce. The number of copies is capped. Every copy is thrown
//! away when the council's details change (`Branding::generation`), since every page shows them.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine as _;
use bytes::Bytes;
use candour_app::branding::Branding;
use candour_app::pages::UNCHANGING_PAGES;
use candour_app::request::LANGUAGE_COOKIE;
use http::header::{ACCEPT_LANGUAGE, CONTENT_SECURITY_POLICY, CONTENT_TYPE, COOKIE, SET_COOKIE};
use http::{HeaderMap, HeaderValue, Method, StatusCode};
use http_body_util::BodyExt as _;
use rand::RngCore as _;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// The most copies kept; beyond this, pages are rendered as usual.
const CAPACITY: usize = 256;

/// The largest page worth keeping.
const LARGEST_PAGE: usize = 256 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Key {
    path_and_query: String,
    accept_language: Vec<u8>,
    cookie: Vec<u8>,
}

#[derive(Clone, Debug)]
struct Copy {
    headers: HeaderMap,
    body: String,
    nonce: String,
}

/// The copies, shared by all requests, with the details they were rendered with.
#[derive(Clone, Debug)]
pub struct PageCache {
    copies: Arc<Mutex<Copies>>,
    branding: Branding,
}

#[derive(Debug, Default)]
struct Copies {
    generation: u64,
    pages: HashMap<Key, Arc<Copy>>,
}

impl PageCache {
    /// An empty cache for pages showing these details.
    pub fn new(branding: Branding) -> Self {
        PageCache {
            copies: Arc::new(Mutex::new(Copies {
                generation: branding.generation(),
                pages: HashMap::new(),
            })),
            branding,
        }
    }

    /// The copies, emptied first if the council's details changed since they were made.
    fn copies(&self) -> Option<std::sync::MutexGuard<'_, Copies>> {
        let mut copies = self.copies.lock().ok()?;
        let generation = self.branding.generation();
        if copies.generation != generation {
            copies.pages.clear();
            copies.generation = generation;
        }
        Some(copies)
    }
}

/// Serves a kept copy when there is one; otherwise renders and perhaps keeps a copy.
pub async fn serve(State(cache): State<PageCache>, request: Request, next: Next) -> Response {
    let Some(key) = key(&request) else {
        return next.run(request).await;
    };
    let kept = cache
        .copies()
        .and_then(|copies| copies.pages.get(&key).cloned());
    if let Some(copy) = kept {
        return copy.fresh();
    }
    let response = next.run(request).await;
    if !worth_keeping(&response) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(collected) = body.collect().await else {
        return Response::from_parts(parts, Body::empty());
    };
    let bytes: Bytes = collected.to_bytes();
    let nonce = parts
        .headers
        .get(CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .and_then(|csp| csp.split("'nonce-").nth(1))
        .and_then(|rest| rest.split('\'').next())
        .map(str::to_owned);
    if let (Some(nonce), Ok(text)) = (nonce, std::str::from_utf8(&bytes))
        && bytes.len() <= LARGEST_PAGE
        && let Some(mut copies) = cache.copies()
        && copies.pages.len() < CAPACITY
    {
        let copy = Copy {
            headers: parts.headers.clone(),
            body: text.to_owned(),
            nonce,
        };
        copies.pages.insert(key, Arc::new(copy));
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// The key for a request that may be served from a copy, or `None`.
fn key(request: &Request) -> Option<Key> {
    if request.method() != Method::GET || !UNCHANGING_PAGES.contains(&request.uri().path()) {
        return None;
    }
    let cookie = request
        .headers()
        .get(COOKIE)
        .map(|v| v.as_bytes().to_vec())
        .unwrap_or_default();
    let only_language = String::from_utf8_lossy(&cookie)
        .split(';')
        .map(str::trim)
        .filter(|pair| !pair.is_empty())
        .all(|pair| pair.split('=').next() == Some(LANGUAGE_COOKIE));
    if !only_language {
        return None;
    }
    Some(Key {
        path_and_query: request
            .uri()
            .path_and_query()
            .map(|p| p.as_str().to_owned())?,
        accept_language: request
            .headers()
            .get(ACCEPT_LANGUAGE)
            .map(|v| v.as_bytes().to_vec())
            .unwrap_or_default(),
        cookie,
    })
}

fn worth_keeping(response: &Response) -> bool {
    response.status() == StatusCode::OK
        && !response.headers().contains_key(SET_COOKIE)
        && response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html"))
}

impl Copy {
    /// The copy with a new nonce in place of the old one, in the header and the HTML.
    fn fresh(&self) -> Response {
        let mut bytes = [0u8; 16];
        rand::rng().fill_bytes(&mut bytes);
        let nonce = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        let mut response = Response::new(Body::from(self.body.replace(&self.nonce, &nonce)));
        *response.headers_mut() = self.headers.clone();
        if let Some(csp) = self
            .headers
            .get(CONTENT_SECURITY_POLICY)
            .and_then(|v| v.to_str().ok())
            .and_then(|csp| HeaderValue::from_str(&csp.replace(&self.nonce, &nonce)).ok())
        {
            response.headers_mut().insert(CONTENT_SECURITY_POLICY, csp);
        }
        response
    }
}
