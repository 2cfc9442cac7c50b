//! Abuse limits: a person told plainly how long to wait, with nothing lost, when sign-in,
//! invitation codes or online requests are tried too often.

use crate::support::{Server, demo_session, post};

fn make_request(server: &Server, cookie: &str) -> crate::support::Response {
    for (path, body) in [
        ("/api/requests/right", "right=access"),
        ("/api/requests/about", "about=Everything+you+hold"),
        ("/api/requests/contact", "contact=portal"),
    ] {
        let answer = post(server, path, Some(cookie), body);
        assert!(answer.status < 400, "{path}: {answer:?}");
    }
    post(server, "/api/requests/send", Some(cookie), "")
}

#[test]
fn online_requests_past_the_daily_limit_wait_and_keep_the_answers() {
    let server = Server::start(&[("CANDOUR_LIMIT_REQUESTS", "2")]);
    let person = demo_session(&server, "person:1");
    for n in 1..=2 {
        let sent = make_request(&server, &person);
        assert!(
            sent.header("location").starts_with("/requests/CR-"),
            "request {n}: {sent:?}"
        );
    }
    let third = make_request(&server, &person);
    let location = third.header("location").to_owned();
    assert!(
        location.starts_with("/problem/too-many?what=requests&minutes="),
        "{third:?}"
    );
    let page = server.get(&location, &[("Accept", "text/html")]);
    assert_eq!(page.status, 429);
    assert!(
        page.body
            .contains("A lot of requests have been sent online for this person today.")
    );
    assert!(page.body.contains("Try again in"));
    let check = server.get(
        "/requests/new/check",
        &[("Cookie", &person), ("Accept", "text/html")],
    );
    assert!(
        check.body.contains("Everything you hold"),
        "the answers are kept"
    );
    let list = server.get("/requests", &[("Cookie", &person), ("Accept", "text/html")]);
    assert!(list.body.contains("CR-000002") && !list.body.contains("CR-000003"));
}

#[test]
fn typing_invitation_codes_is_limited_per_account() {
    let server = Server::start(&[]);
    let someone = demo_session(&server, "person:3");
    for n in 1..=5 {
        let wrong = post(
            &server,
            "/api/delegates/accept",
            Some(&someone),
            "code=ACDE-FGHJ-KMNP-QRTU-VWXY",
        );
        assert!(
            wrong.body.contains("error-code-unknown"),
            "try {n}: {wrong:?}"
        );
    }
    let sixth = post(
        &server,
        "/api/delegates/accept",
        Some(&someone),
        "code=ACDE-FGHJ-KMNP-QRTU-VWXY",
    );
    assert!(
        sixth
            .header("location")
            .starts_with("/problem/too-many?what=codes&minutes="),
        "{sixth:?}"
    );
    let other = demo_session(&server, "person:4");
    let theirs = post(
        &server,
        "/api/delegates/accept",
        Some(&other),
        "code=ACDE-FGHJ-KMNP-QRTU-VWXY",
    );
    assert!(
        theirs.body.contains("error-code-unknown"),
        "another account has its own allowance"
    );
}

#[test]
fn starting_sign_in_is_limited_per_network_address() {
    let server = Server::start(&[
        ("CANDOUR_LIMIT_SIGN_IN", "2"),
        // Nothing listens here: each allowed start finds the provider down.
        ("CANDOUR_OIDC_PUBLIC_ISSUER", "http://127.0.0.1:9"),
        ("CANDOUR_OIDC_PUBLIC_CLIENT_ID", "candour"),
        ("CANDOUR_OIDC_PUBLIC_CLIENT_SECRET", "test-only"),
    ]);
    for n in 1..=2 {
        let start = server.get("/auth/public/sign-in", &[]);
        assert_eq!(
            start.header("location"),
            "/sign-in/problem?reason=unavailable",
            "try {n}"
        );
    }
    let third = server.get("/auth/public/sign-in", &[]);
    assert!(
        third
            .header("location")
            .starts_with("/problem/too-many?what=sign-in&minutes="),
        "{third:?}"
    );
}

#[test]
fn behind_a_trusted_proxy_sign_in_is_limited_per_client_and_otherwise_per_peer() {
    let provider = [
        ("CANDOUR_LIMIT_SIGN_IN", "2"),
        ("CANDOUR_OIDC_PUBLIC_ISSUER", "http://127.0.0.1:9"),
        ("CANDOUR_OIDC_PUBLIC_CLIENT_ID", "candour"),
        ("CANDOUR_OIDC_PUBLIC_CLIENT_SECRET", "test-only"),
    ];
    let start = |server: &Server, client: &str| {
        server
            .get("/auth/public/sign-in", &[("X-Forwarded-For", client)])
            .header("location")
            .to_owned()
    };
    let limited = |location: &str| location.starts_with("/problem/too-many?what=sign-in");
    // Behind a proxy on this computer: each client has its own allowance.
    let mut behind = provider.to_vec();
    behind.push(("CANDOUR_TRUSTED_PROXIES", "127.0.0.1/32, ::1"));
    let server = Server::start(&behind);
    for _ in 0..2 {
        assert!(!limited(&start(&server, "198.51.100.1")));
    }
    assert!(
        limited(&start(&server, "198.51.100.1")),
        "the first client used its two"
    );
    assert!(
        !limited(&start(&server, "198.51.100.2")),
        "another client behind the same proxy is not locked out"
    );
    // No trusted proxy: the header is anyone's to write, so it is ignored.
    let server = Server::start(&provider);
    assert!(!limited(&start(&server, "198.51.100.1")));
    assert!(!limited(&start(&server, "198.51.100.2")));
    assert!(
        limited(&start(&server, "198.51.100.3")),
        "a forged header does not buy a new allowance"
    );
}

#[test]
fn emailed_invitations_are_limited_per_person_and_handed_over_ones_are_not() {
    let server = Server::start(&[]);
    let person = demo_session(&server, "person:2");
    let invite = |email: &str| {
        post(
            &server,
            "/api/delegates/invite",
            Some(&person),
            &format!("name=Sam&email={email}&scopes%5B%5D=read_record"),
        )
        .header("location")
        .to_owned()
    };
    for n in 1..=5 {
        assert!(
            invite(&format!("sam{n}%40example.test")).starts_with("/account/delegates/invited"),
            "emailed invitation {n}"
        );
    }
    assert!(
        invite("sam6%40example.test").starts_with("/problem/too-many?what=invitations&minutes="),
        "the sixth email in a day waits"
    );
    assert!(
        invite("").starts_with("/account/delegates/invited"),
        "a code handed over is never limited"
    );
}
