//! Staff register attorneys and deputies after checking the document; the person is told and
//! sees what was checked and by whom; the attorney starts with the code they were given.

use crate::support::{Server, demo_session, post};

const REGISTRATION: &str = "person_ref=DEMO-1-0000001&name=Pat+Jones&email=pat%40example.test&authority=lasting_power_of_attorney&reference=7000-1234-5678&checked=Original+LPA+seen%2C+covers+health+and+welfare&scopes%5B%5D=read_record&scopes%5B%5D=make_requests";

#[test]
fn staff_register_an_attorney_the_person_is_told_and_the_attorney_starts_with_the_code() {
    let server = Server::start(&[]);
    let caseworker = demo_session(&server, "staff:caseworker");

    let bad = post(
        &server,
        "/api/staff/delegates/register",
        Some(&caseworker),
        &REGISTRATION
            .replace("reference=7000-1234-5678", "reference=")
            .replace(
                "authority=lasting_power_of_attorney",
                "authority=persons_authority",
            )
            .replace("email=pat%40example.test", "email=pat"),
    );
    assert!(bad.status >= 400, "{bad:?}");
    for expected in [
        "error-register-reference-missing",
        "error-register-authority-missing",
        "error-delegate-email-shape",
        "Original LPA seen",
    ] {
        assert!(bad.body.contains(expected), "{expected}: {}", bad.body);
    }
    // DEMO-1-0000001 is the second synthetic person: demo person 2.
    let person = demo_session(&server, "person:2");
    let page = |cookie: &str, path: &str| {
        server
            .get(path, &[("Cookie", cookie), ("Accept", "text/html")])
            .body
    };
    assert!(
        !page(&person, "/account/delegates").contains("Pat Jones"),
        "a refused registration saves nothing"
    );

    let registered = post(
        &server,
        "/api/staff/delegates/register",
        Some(&caseworker),
        REGISTRATION,
    );
    assert!(registered.status < 400, "{registered:?}");
    let location = registered.header("location").to_owned();
    assert!(
        location.starts_with("/staff/delegates/registered?code=")
            && location.ends_with("&emailed=1"),
        "{location}"
    );
    let code = location
        .split("code=")
        .nth(1)
        .and_then(|rest| rest.split('&').next())
        .expect("a code")
        .to_owned();
    assert!(page(&caseworker, &location).contains(&code));

    let account = page(&person, "/account");
    assert!(
        account.contains("We have registered Pat Jones to act for you"),
        "the person is told"
    );
    let delegates = page(&person, "/account/delegates");
    for expected in [
        "Pat Jones",
        "Lasting power of attorney for health and welfare",
        "7000-1234-5678: Original LPA seen, covers health and welfare",
        "Checked by",
    ] {
        assert!(delegates.contains(expected), "{expected}");
    }

    // The emailed code works only for an account signed in with that address; this demo
    // account has none.
    let attorney = demo_session(&server, "person:5");
    let elsewhere = post(
        &server,
        "/api/delegates/accept",
        Some(&attorney),
        &format!("code={code}"),
    );
    assert!(
        elsewhere.body.contains("error-code-other-email"),
        "{elsewhere:?}"
    );
    // Registered again with the code handed over instead of emailed, the attorney types it.
    let handed = post(
        &server,
        "/api/staff/delegates/register",
        Some(&caseworker),
        &REGISTRATION.replace("email=pat%40example.test", "email="),
    );
    let code = handed
        .header("location")
        .split("code=")
        .nth(1)
        .and_then(|rest| rest.split('&').next())
        .expect("a code")
        .to_owned();
    let accepted = post(
        &server,
        "/api/delegates/accept",
        Some(&attorney),
        &format!("code={code}"),
    );
    assert!(accepted.status < 400, "{accepted:?}");
    assert!(
        page(&person, "/account").contains("Pat Jones can now act for you"),
        "told again when the attorney starts"
    );
    let again = post(
        &server,
        "/api/delegates/accept",
        Some(&demo_session(&server, "person:6")),
        &format!("code={code}"),
    );
    assert!(
        again.body.contains("error-code-unknown"),
        "a code works once"
    );
}

#[test]
fn only_caseworkers_and_privacy_officers_register_and_only_for_someone_who_exists() {
    let server = Server::start(&[]);
    for (who, choice) in [
        ("comms officer", "staff:comms_officer"),
        ("person", "person:1"),
    ] {
        let cookie = demo_session(&server, choice);
        let refused = post(
            &server,
            "/api/staff/delegates/register",
            Some(&cookie),
            REGISTRATION,
        );
        assert!(refused.body.contains("NotFound"), "{who}: {refused:?}");
        assert_eq!(
            server
                .get("/staff/delegates/new", &[("Cookie", &cookie)])
                .status,
            404,
            "{who}"
        );
    }
    let officer = demo_session(&server, "staff:privacy_officer");
    let nobody = post(
        &server,
        "/api/staff/delegates/register",
        Some(&officer),
        &REGISTRATION.replace("DEMO-1-0000001", "DEMO-9-9999999"),
    );
    assert!(
        nobody.body.contains("error-record-person-unknown"),
        "{nobody:?}"
    );
}
