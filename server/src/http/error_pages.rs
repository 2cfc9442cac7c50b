//! Turns a bare refusal or failure into a plain-English page for people using a browser.
//!
//! Layers below (the cross-site check, the body limit, panic capture) answer with a status and a
//! short text. When the request came from a browser page (it accepts `text/html`) and the answer
//! is not already a page, this renders the matching Leptos page in the visitor's language and
//! keeps the original status. Programs calling the API get the short text unchanged.

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use http::header::{ACCEPT, ACCEPT_LANGUAGE, CONTENT_TYPE, COOKIE};
use tower::ServiceExt as _;

/// Replaces a non-HTML 403, 413 or 5xx answer to a browser with a page.
pub async fn render(State(pages): State<Router>, request: Request, next: Next) -> Response {
    let wants_html = request
        .headers()
        .get(ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"));
    let carried: Vec<_> = [COOKIE, ACCEPT_LANGUAGE]
        .into_iter()
        .filter_map(|name| request.headers().get(&name).map(|v| (name, v.clone())))
        .collect();
    let response = next.run(request).await;
    let status = response.status();
    let is_page = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    if !wants_html || is_page {
        return response;
    }
    let path = match status {
        StatusCode::FORBIDDEN => "/problem/cross-site",
        StatusCode::PAYLOAD_TOO_LARGE => "/problem/too-large",
        s if s.is_server_error() => "/problem",
        _ => return response,
    };
    let mut page_request = http::Request::builder()
        .uri(path)
        .header(ACCEPT, "text/html");
    for (name, value) in carried {
        page_request = page_request.header(name, value);
    }
    let Ok(page_request) = page_request.body(Body::empty()) else {
        return response;
    };
    match pages.oneshot(page_request).await {
        Ok(mut page) => {
            *page.status_mut() = status;
            page
        }
        Err(never) => match never {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::get;

    /// Stands in for the Leptos pages: answers each problem path with a recognisable page.
    fn pages() -> Router {
        let page = |text: &'static str| {
            get(move || async move { ([(CONTENT_TYPE, "text/html; charset=utf-8")], text) })
        };
        Router::new()
            .route("/problem", page("problem page"))
            .route("/problem/too-large", page("too large page"))
            .route("/problem/cross-site", page("cross-site page"))
    }

    async fn answer(status: StatusCode, accept: &str) -> (StatusCode, String) {
        let app = Router::new()
            .route("/thing", get(move || async move { (status, "short text") }))
            .layer(axum::middleware::from_fn_with_state(pages(), render));
        let request = http::Request::builder()
            .uri("/thing")
            .header(ACCEPT, accept)
            .body(Body::empty())
            .expect("request");
        let response = app.oneshot(request).await.expect("response");
        let status = response.status();
        let body = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .expect("body");
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    #[tokio::test]
    async fn browsers_get_a_page_in_place_of_a_bare_failure_with_the_status_kept() {
        let cases = [
            (StatusCode::INTERNAL_SERVER_ERROR, "problem page"),
            (StatusCode::SERVICE_UNAVAILABLE, "problem page"),
            (StatusCode::PAYLOAD_TOO_LARGE, "too large page"),
            (StatusCode::FORBIDDEN, "cross-site page"),
        ];
        for (status, page) in cases {
            assert_eq!(
                answer(status, "text/html,*/*").await,
                (status, page.to_owned())
            );
        }
    }

    #[tokio::test]
    async fn programs_and_other_statuses_keep_the_original_answer() {
        let program = answer(StatusCode::INTERNAL_SERVER_ERROR, "application/json").await;
        assert_eq!(
            program,
            (StatusCode::INTERNAL_SERVER_ERROR, "short text".to_owned())
        );
        let conflict = answer(StatusCode::CONFLICT, "text/html").await;
        assert_eq!(conflict, (StatusCode::CONFLICT, "short text".to_owned()));
    }
}
