//! CSRF defence for every state change: a request that is not GET, HEAD or OPTIONS is refused
//! when the browser says it came from another site.
//!
//! Browsers mark every request with `Sec-Fetch-Site`; anything but `same-origin` (or `none`,
//! typed by the user) is refused. Older browsers send only `Origin`, which must be Candour's own
//! public origin or match the `Host` the request was sent to. Requests with neither come from
//! programs, not browsers, and carry no session cookie an attacker could borrow, so they pass to
//! the API's own authentication. Session cookies are also `SameSite=Lax`. Together these are
//! the defence the OWASP CSRF cheat sheet calls "Fetch Metadata" plus origin verification.

use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// The origin that counts as this site.
#[derive(Clone, Debug)]
pub struct Allowed(Arc<str>);

impl Allowed {
    /// From the public base URL's origin.
    pub fn new(origin: &str) -> Self {
        Allowed(Arc::from(origin))
    }
}

/// Refuses cross-site state changes with 403.
pub async fn refuse_cross_site(
    State(allowed): State<Allowed>,
    request: Request,
    next: Next,
) -> Response {
    if is_cross_site(&allowed, &request) {
        tracing::warn!(path = %request.uri().path(), "refused a cross-site request");
        return (
            StatusCode::FORBIDDEN,
            "This request came from another website.",
        )
            .into_response();
    }
    next.run(request).await
}

fn is_cross_site(allowed: &Allowed, request: &Request) -> bool {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return false;
    }
    let header = |name: &str| request.headers().get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = header("sec-fetch-site") {
        return !matches!(site, "same-origin" | "none");
    }
    match header("origin") {
        None => false,
        Some(origin) => {
            let same_host = header("host").is_some_and(|host| {
                origin
                    .split_once("://")
                    .is_some_and(|(_, rest)| rest.eq_ignore_ascii_case(host))
            });
            !(origin.eq_ignore_ascii_case(&allowed.0) || same_host)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn request(method: &str, headers: &[(&str, &str)]) -> Request {
        let mut builder = http::Request::builder().method(method).uri("/api/anything");
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        builder.body(Body::empty()).expect("request")
    }

    /// Cases from the Fetch Metadata spec (W3C) and OWASP's CSRF cheat sheet.
    #[test]
    fn cross_site_state_changes_are_refused_and_everything_else_passes() {
        let allowed = Allowed::new("https://care.example.gov.uk");
        type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], bool);
        let cases: &[Case<'_>] = &[
            ("GET", &[("sec-fetch-site", "cross-site")], false),
            ("POST", &[("sec-fetch-site", "same-origin")], false),
            ("POST", &[("sec-fetch-site", "none")], false),
            ("POST", &[("sec-fetch-site", "cross-site")], true),
            ("POST", &[("sec-fetch-site", "same-site")], true),
            ("POST", &[("origin", "https://care.example.gov.uk")], false),
            ("POST", &[("origin", "https://evil.example")], true),
            (
                "POST",
                &[
                    ("origin", "http://127.0.0.1:4000"),
                    ("host", "127.0.0.1:4000"),
                ],
                false,
            ),
            (
                "POST",
                &[
                    ("origin", "http://127.0.0.1:4001"),
                    ("host", "127.0.0.1:4000"),
                ],
                true,
            ),
            ("POST", &[("origin", "null")], true),
            ("DELETE", &[("origin", "https://evil.example")], true),
            ("POST", &[], false),
        ];
        for (method, headers, refused) in cases {
            assert_eq!(
                is_cross_site(&allowed, &request(method, headers)),
                *refused,
                "{method} {headers:?}"
            );
        }
    }
}
