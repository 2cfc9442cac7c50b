//! Sessions from outside: demo sign-in only with `--demo`, a new id at every sign-in, sign-out
//! and timeouts that end the session on the server, and "you were signed out" keeping the page.

use crate::support::{Response, Server, database};

/// Signs in through the demo form as a browser would; returns the session cookie pair.
fn demo_sign_in(server: &Server, choice: &str, cookie: Option<&str>) -> (Response, String) {
    let origin = format!("http://{}", server.addr);
    let referer = format!("{origin}/demo/sign-in");
    let mut headers = vec![
        ("Content-Type", "application/x-www-form-urlencoded"),
        ("Accept", "text/html"),
        ("Origin", origin.as_str()),
        ("Referer", referer.as_str()),
    ];
    if let Some(cookie) = cookie {
        headers.push(("Cookie", cookie));
    }
    let body = format!("choice={}", choice.replace(':', "%3A"));
    let response = server.request("POST", "/api/demo/sign-in", &headers, body.as_bytes());
    let cookie = response
        .header("set-cookie")
        .lines()
        .find(|c| c.starts_with("candour_session="))
        .and_then(|c| c.split(';').next())
        .unwrap_or_default()
        .to_owned();
    (response, cookie)
}

#[test]
fn demo_sign_in_starts_a_session_with_a_new_id_each_time() {
    let server = Server::start(&[]);
    let (response, first) = demo_sign_in(&server, "person:1", None);
    assert_eq!(response.status, 302, "{response:?}");
    assert_eq!(response.header("location"), "/account");
    assert!(
        response
            .header("set-cookie")
            .contains("HttpOnly; SameSite=Lax")
    );
    assert_eq!(server.get("/account", &[("Cookie", &first)]).status, 200);

    let (_, second) = demo_sign_in(&server, "person:2", Some(&first));
    assert!(
        !second.is_empty() && second != first,
        "a new session id at every sign-in"
    );
    let old = server.get("/account", &[("Cookie", &first)]);
    assert_eq!(old.status, 302, "the previous session ended");
    assert!(
        old.header("location")
            .starts_with("/signed-out?reason=timeout")
    );
}

#[test]
fn signing_out_ends_the_session_on_the_server() {
    let server = Server::start(&[]);
    let (_, cookie) = demo_sign_in(&server, "staff:caseworker", None);
    let origin = format!("http://{}", server.addr);
    let referer = format!("{origin}/account");
    let out = server.request(
        "POST",
        "/api/auth/sign-out",
        &[
            ("Cookie", &cookie),
            ("Accept", "text/html"),
            ("Origin", &origin),
            ("Referer", &referer),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        b"",
    );
    assert_eq!((out.status, out.header("location")), (302, "/signed-out"));
    assert!(out.header("set-cookie").contains("Max-Age=0"));
    let reused = server.get("/account", &[("Cookie", &cookie)]);
    assert_eq!(
        reused.status, 302,
        "a copied cookie no longer works: {reused:?}"
    );
}

#[test]
fn an_idle_session_ends_and_the_next_page_says_so_keeping_the_way_back() {
    let server = Server::start(&[]);
    let (_, cookie) = demo_sign_in(&server, "person:3", None);
    assert_eq!(server.get("/account", &[("Cookie", &cookie)]).status, 200);
    let url = database(&server);
    tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            use sqlx::Connection as _;
            let mut db = sqlx::SqliteConnection::connect(&url).await.expect("open");
            sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - 1801")
                .execute(&mut db)
                .await
                .expect("age the session by 30 minutes and a second");
        });
    let page = server.get("/account", &[("Cookie", &cookie), ("Accept", "text/html")]);
    assert_eq!(page.status, 302);
    assert_eq!(
        page.header("location"),
        "/signed-out?reason=timeout&return_to=/account"
    );
    assert!(
        page.header("set-cookie").contains("Max-Age=0"),
        "the dead cookie is cleared"
    );
    let signed_out = server.get("/signed-out?reason=timeout&return_to=/account", &[]);
    assert!(
        signed_out.body.contains("/sign-in?return_to=/account"),
        "sign in again returns to the page"
    );
}

#[test]
fn without_demo_the_demo_sign_in_does_not_exist() {
    let server = Server::start_with(&["serve", "--addr", "127.0.0.1:0"], &[]);
    let page = server.get("/demo/sign-in", &[("Accept", "text/html")]);
    assert_eq!(page.status, 404);
    assert!(page.body.contains("Page not found"));
    let (response, cookie) = demo_sign_in(&server, "person:1", None);
    assert_eq!(response.status, 404);
    assert!(cookie.is_empty());
    let sign_in = server.get("/sign-in", &[]);
    assert!(!sign_in.body.contains("/demo/sign-in"));
}

#[test]
fn keep_alive_needs_a_live_session() {
    let server = Server::start(&[]);
    let origin = format!("http://{}", server.addr);
    let refused = server.request("POST", "/auth/keep-alive", &[("Origin", &origin)], b"");
    assert_eq!(refused.status, 401);
    let (_, cookie) = demo_sign_in(&server, "person:4", None);
    let kept = server.request(
        "POST",
        "/auth/keep-alive",
        &[("Origin", &origin), ("Cookie", &cookie)],
        b"",
    );
    assert_eq!(kept.status, 204);
}
