//! Headers on every response that make the browser refuse whole classes of attack (OWASP ASVS
//! V14.4): no MIME sniffing, no framing, no referrer leaking record URLs to other sites (the
//! referrer is kept within the site, where a form without JavaScript needs it to come back to
//! its page), no
//! powerful features, and HSTS once served over HTTPS. HTML pages set their own Content
//! Security Policy with a fresh nonce (see `candour_app::request`); any other response gets a
//! policy that allows nothing.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::HeaderValue;
use http::header;

/// Which optional headers apply.
#[derive(Clone, Copy, Debug)]
pub struct Policy {
    /// Send `Strict-Transport-Security` (only when the public address is HTTPS).
    pub hsts: bool,
}

/// Adds the headers to the response.
pub async fn apply(State(policy): State<Policy>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    );
    headers.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'; base-uri 'none'"),
        );
    }
    if policy.hsts {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::Router;
    use axum::body::Body;
    use axum::routing::get;
    use tower::ServiceExt as _;

    async fn headers(hsts: bool) -> http::HeaderMap {
        let app = Router::new()
            .route("/", get(|| async { "ok" }))
            .layer(axum::middleware::from_fn_with_state(Policy { hsts }, apply));
        let request = http::Request::builder()
            .uri("/")
            .body(Body::empty())
            .expect("request");
        app.oneshot(request)
            .await
            .expect("response")
            .headers()
            .clone()
    }

    #[tokio::test]
    async fn hsts_is_sent_only_when_served_over_https() {
        let secure = headers(true).await;
        assert_eq!(
            secure[header::STRICT_TRANSPORT_SECURITY],
            "max-age=31536000; includeSubDomains"
        );
        assert!(
            !headers(false)
                .await
                .contains_key(header::STRICT_TRANSPORT_SECURITY)
        );
    }

    #[tokio::test]
    async fn responses_without_their_own_policy_get_one_that_allows_nothing() {
        let plain = headers(false).await;
        assert_eq!(
            plain[header::CONTENT_SECURITY_POLICY],
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
        );
        assert_eq!(plain[header::X_FRAME_OPTIONS], "DENY");
        assert_eq!(plain[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    }
}
