//! `candour serve` as a black box: the real binary on port 0, spoken to over HTTP.

use crate::support::{Server, run};

#[test]
fn health_and_readiness_answer() {
    let server = Server::start(&[]);
    let health = server.get("/healthz", &[]);
    assert_eq!((health.status, health.body.as_str()), (200, "ok"));
    let ready = server.get("/readyz", &[]);
    assert_eq!((ready.status, ready.body.as_str()), (200, "ready"));
}

#[test]
fn pages_carry_a_nonce_csp_without_unsafe_inline_and_the_security_headers() {
    let server = Server::start(&[]);
    let page = server.get("/", &[("Accept", "text/html")]);
    assert_eq!(page.status, 200);
    let csp = page.header("content-security-policy");
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in the CSP");
    assert!(nonce.len() >= 16, "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(
        page.body.contains(&format!("nonce=\"{nonce}\"")),
        "the inline script carries the nonce"
    );
    assert_eq!(page.header("x-content-type-options"), "nosniff");
    assert_eq!(page.header("referrer-policy"), "same-origin");
    assert_eq!(page.header("cache-control"), "no-store");
    assert!(!page.header("x-request-id").is_empty());
    assert!(
        page.header("strict-transport-security").is_empty(),
        "no HSTS over plain HTTP"
    );
    let again = server.get("/", &[]);
    assert_ne!(
        again.header("content-security-policy"),
        csp,
        "a fresh nonce every response"
    );
}

#[test]
fn the_language_comes_from_the_browser_the_switcher_and_the_cookie() {
    let server = Server::start(&[]);
    let welsh = server.get("/", &[("Accept-Language", "cy-GB,cy;q=0.9,en;q=0.5")]);
    assert!(
        welsh.body.contains("<html lang=\"cy\" dir=\"ltr\""),
        "{}",
        &welsh.body[..200]
    );

    let switched = server.get("/?lang=cy", &[("Accept-Language", "en-GB")]);
    assert!(switched.body.contains("<html lang=\"cy\""));
    assert!(
        switched.header("set-cookie").contains("candour_lang=cy"),
        "{:?}",
        switched.headers
    );
    assert!(switched.header("set-cookie").contains("SameSite=Lax"));

    let remembered = server.get(
        "/cookies",
        &[("Cookie", "candour_lang=cy"), ("Accept-Language", "en-GB")],
    );
    assert!(remembered.body.contains("<html lang=\"cy\""));

    let broken = server.get(
        "/",
        &[("Cookie", "candour_lang=zz"), ("Accept-Language", "en")],
    );
    assert!(broken.body.contains("<html lang=\"en-GB\""));
    assert!(
        broken.header("set-cookie").contains("Max-Age=0"),
        "an unknown language cookie is cleared"
    );

    let unknown = server.get("/?lang=%3Cscript%3E", &[]);
    assert_eq!(unknown.status, 200);
    assert!(
        unknown.body.contains("&lt;script&gt;"),
        "the asked-for tag is shown escaped"
    );
    assert!(!unknown.body.contains("<script>\u{201d}"));
}

#[test]
fn an_unknown_address_gets_the_not_found_page_with_status_404() {
    let server = Server::start(&[]);
    let page = server.get("/no-such-page/12345", &[("Accept", "text/html")]);
    assert_eq!(page.status, 404);
    assert!(page.body.contains("Page not found"));
}

#[test]
fn a_cross_site_form_is_refused_with_a_page_for_browsers_and_text_for_programs() {
    let server = Server::start(&[]);
    let browser = server.request(
        "POST",
        "/api/anything",
        &[
            ("Accept", "text/html"),
            ("Sec-Fetch-Site", "cross-site"),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        b"a=1",
    );
    assert_eq!(browser.status, 403);
    assert!(
        browser.body.contains("We could not accept that form"),
        "{}",
        browser.body
    );
    let program = server.request(
        "POST",
        "/api/anything",
        &[("Origin", "https://evil.example")],
        b"a=1",
    );
    assert_eq!(program.status, 403);
    assert_eq!(program.body, "This request came from another website.");
}

#[test]
fn an_oversized_body_is_refused_before_it_is_read() {
    let server = Server::start(&[]);
    let body = vec![b'a'; 3 * 1024 * 1024];
    let response = server.request(
        "POST",
        "/api/anything",
        &[
            ("Accept", "text/html"),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        &body,
    );
    assert_eq!(response.status, 413);
    assert!(
        response.body.contains("What you sent is too large"),
        "{}",
        response.body
    );
}

#[test]
fn with_no_configuration_the_database_is_created_under_data_in_wal_mode() {
    let dir = tempfile::tempdir().expect("dir");
    let mut command = crate::support::binary();
    command
        .args(["serve", "--addr", "127.0.0.1:0"])
        .current_dir(dir.path());
    let server = Server::spawn(command, tempfile::tempdir().expect("dir"));
    assert_eq!(server.get("/readyz", &[]).status, 200);
    assert!(dir.path().join("data/candour.db").exists());
    assert!(
        dir.path().join("data/candour.db-wal").exists(),
        "the database is in WAL mode"
    );
    let page = server.get("/", &[]);
    assert!(
        page.body.contains("Not set up"),
        "an unconfigured portal says so"
    );
    assert!(
        !page.body.contains("This is a demonstration"),
        "no demo banner without --demo"
    );
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    let server = Server::start(&[]);
    assert_eq!(server.get("/healthz", &[]).status, 200);
    let status = server.terminate();
    assert!(status.success(), "{status:?}");
}

#[test]
fn a_mistake_in_the_configuration_stops_start_up_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("dir");
    let keys = tempfile::tempdir().expect("dir");
    let key = crate::support::write_audit_key(keys.path());
    let junk = keys.path().join("junk.pem");
    std::fs::write(&junk, "not a key").expect("write");
    let junk = junk.display().to_string();
    let missing = keys.path().join("missing.pem").display().to_string();
    let cases: &[(&[(&str, &str)], &str)] = &[
        (
            &[("CANDOUR_DATABSE_URL", "sqlite:x.db")],
            "Did you mean CANDOUR_DATABASE_URL?",
        ),
        (
            &[(
                "CANDOUR_DATABASE_URL",
                "postgres://candour@127.0.0.1:1/none",
            )],
            "CANDOUR_AUDIT_KEY must name the audit key file",
        ),
        (
            &[("CANDOUR_AUDIT_KEY", junk.as_str())],
            "junk.pem is not an Ed25519 private key",
        ),
        (
            &[("CANDOUR_AUDIT_KEY", missing.as_str())],
            "missing.pem does not exist",
        ),
        (
            &[("CANDOUR_BASE_URL", "http://care.example.gov.uk")],
            "not HTTPS",
        ),
        (
            &[
                (
                    "CANDOUR_DATABASE_URL",
                    "postgres://candour:pw@127.0.0.1:1/none",
                ),
                ("CANDOUR_AUDIT_KEY", key.as_str()),
            ],
            "cannot reach the database at postgres://candour:[REDACTED]@127.0.0.1:1/none",
        ),
        (
            &[("CANDOUR_DATABASE_URL", "sqlite:/proc/candour/c.db")],
            "cannot create the data folder /proc/candour",
        ),
    ];
    for (env, expected) in cases {
        let (code, _, stderr) = run(&["serve", "--addr", "127.0.0.1:0"], env, dir.path());
        assert_ne!(code, 0, "{env:?}");
        assert!(stderr.contains(expected), "{env:?}: {stderr}");
        assert!(!stderr.contains("pw@"), "no password in messages: {stderr}");
    }
    assert!(!dir.path().join("data").exists(), "nothing was written");
}

#[test]
fn every_subcommand_has_help() {
    let dir = tempfile::tempdir().expect("dir");
    let (code, stdout, _) = run(&["--help"], &[], dir.path());
    assert_eq!(code, 0);
    for subcommand in ["serve", "demo-data", "deadline", "audit"] {
        assert!(stdout.contains(subcommand), "{stdout}");
        let (code, help, _) = run(&[subcommand, "--help"], &[], dir.path());
        assert_eq!(code, 0, "{subcommand}");
        assert!(help.contains("Usage: candour"), "{help}");
    }
    for action in ["verify", "head"] {
        let (code, help, _) = run(&["audit", action, "--help"], &[], dir.path());
        assert_eq!(code, 0, "audit {action}");
        assert!(help.contains("Usage: candour audit"), "{help}");
    }
}

#[test]
fn demo_mode_refuses_a_database_that_holds_real_people() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("sqlite:{}", dir.path().join("real.db").display());
    let batch = dir.path().join("batch.json");
    std::fs::write(
        &batch,
        r#"{"people": [{"source_id": "REAL-1", "given_name": "Real", "family_name": "Person", "date_of_birth": "1950-01-01"}]}"#,
    )
    .expect("write");
    let (code, _, err) = run(
        &["import", batch.to_str().expect("path"), "--org", "Anytown"],
        &[("CANDOUR_DATABASE_URL", &url)],
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(
        &["serve", "--demo", "--addr", "127.0.0.1:0"],
        &[("CANDOUR_DATABASE_URL", &url)],
        dir.path(),
    );
    assert_ne!(code, 0);
    assert!(err.contains("refusing --demo"), "{err}");
}
