//! What a person types into a form with a problem never travels in an address: without
//! JavaScript the form is answered by a redirect back to its page whose `__err` carries the
//! problems and a token; the words are kept on the server for the session that typed them
//! (`candour_app::kept_answers`). The page shows them again to that session only, and answers
//! written into an address by anyone else are never shown.

use crate::support::{Server, demo_session};
use base64::Engine as _;

/// The words typed: over the 1,000 characters a closed-case reason may have, with a marker.
fn too_long_reason() -> String {
    format!("Kept-words-marker {}", "x".repeat(1_000))
}

/// The form as a browser without JavaScript sends it, from the question page.
fn send_reason(
    server: &Server,
    cookie: &str,
    page: &str,
    reason: &str,
) -> crate::support::Response {
    let origin = format!("http://{}", server.addr);
    let referer = format!("{origin}{page}");
    let body = format!(
        "person=1&reason={}&return_to=%2Fstaff%2Fpeople%2F1",
        crate::support::form_encode(reason)
    );
    server.request(
        "POST",
        "/api/staff/closed-case/reason",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Accept", "text/html"),
            ("Origin", &origin),
            ("Referer", &referer),
            ("Cookie", cookie),
        ],
        body.as_bytes(),
    )
}

/// The decoded `__err` of an address.
fn travelling_error(location: &str) -> String {
    let encoded = location
        .split(['?', '&'])
        .find_map(|pair| pair.strip_prefix("__err="))
        .expect("an error in the address");
    let encoded = encoded.replace("%3D", "=");
    String::from_utf8(
        base64::engine::general_purpose::URL_SAFE
            .decode(encoded)
            .expect("base64"),
    )
    .expect("text")
}

#[test]
fn typed_words_stay_on_the_server_and_come_back_only_to_the_session_that_typed_them() {
    let server = Server::start(&[]);
    let caseworker = demo_session(&server, "staff:caseworker");
    let someone_else = demo_session(&server, "staff:privacy_officer");
    let page = "/staff/people/1/why?return_to=/staff/people/1";

    let sent = send_reason(&server, &caseworker, page, &too_long_reason());
    assert!(matches!(sent.status, 302 | 303), "{sent:?}");
    let location = sent.header("location").to_owned();
    assert!(location.contains("__err="), "{location}");
    let error = travelling_error(&location);
    assert!(
        !location.contains("Kept-words") && !error.contains("Kept-words"),
        "{error}"
    );
    assert!(error.contains("__kept"), "a token travels instead: {error}");

    // The same session sees the problem and its words again, twice (a reload).
    let back = location.trim_start_matches(&format!("http://{}", server.addr));
    for _ in 0..2 {
        let shown = server.get(back, &[("Accept", "text/html"), ("Cookie", &caseworker)]);
        assert_eq!(shown.status, 200);
        assert!(shown.body.contains("There is a problem"), "{}", shown.body);
        assert!(
            shown.body.contains("Kept-words-marker"),
            "the words typed are kept"
        );
    }
    // Another session given the same address sees the problem, not the words.
    let other = server.get(back, &[("Accept", "text/html"), ("Cookie", &someone_else)]);
    assert!(!other.body.contains("Kept-words-marker"));

    // Words written into an address by someone else are never put in the form.
    let forged = base64::engine::general_purpose::URL_SAFE.encode(
        r#"{"Invalid":{"problems":[{"field":"reason","message":"error-closed-reason-blank"}],"answers":[["reason","Forged-words"]]}}"#,
    );
    let crafted = format!("{page}&__path=/api/staff/closed-case/reason&__err={forged}");
    let shown = server.get(
        &crafted,
        &[("Accept", "text/html"), ("Cookie", &caseworker)],
    );
    assert_eq!(shown.status, 200);
    assert!(
        shown.body.contains("There is a problem"),
        "the problem is still shown"
    );
    assert!(!shown.body.contains("Forged-words"));
}
