//! Staff register attorneys and deputies after checking the document; a second member of staff
//! approves (never the one who registered); the person is told and sees what was checked and by
//! whom; the attorney starts with the code they were given, and only once it is approved.

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
        // What was typed is kept on the server (`typed_answers`): the error carries a token.
        "__kept",
    ] {
        assert!(bad.body.contains(expected), "{expected}: {}", bad.body);
    }
    assert!(!bad.body.contains("Original LPA seen"), "{}", bad.body);
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
    let code = crate::support::code_in(&handed);
    // Neither code works until a second member of staff approves the registration.
    let early = post(
        &server,
        "/api/delegates/accept",
        Some(&attorney),
        &format!("code={code}"),
    );
    assert!(
        early.body.contains("error-code-awaiting-approval"),
        "{early:?}"
    );
    let delegates = page(&person, "/account/delegates");
    assert!(
        delegates.contains("Registered, waiting for a second member of staff to check it"),
        "the person sees it waiting"
    );

    // The caseworker who registered them sees both waiting, and may approve neither.
    let approvals = "/staff/delegates/approvals";
    let own = page(&caseworker, approvals);
    assert_eq!(
        own.matches("You registered this. Another member of staff must approve it.")
            .count(),
        2,
        "{own}"
    );
    assert!(!own.contains("Approve the registration of"), "{own}");
    // A privacy officer sees the same two with a button each.
    let officer = demo_session(&server, "staff:privacy_officer");
    let theirs = page(&officer, approvals);
    assert_eq!(
        theirs
            .matches("Approve the registration of Pat Jones")
            .count(),
        2
    );
    assert!(theirs.contains("7000-1234-5678") && theirs.contains("DEMO-1-0000001"));
    let ids: Vec<String> = theirs
        .split("name=\"delegation\" value=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next().map(str::to_owned))
        .collect();
    assert_eq!(ids.len(), 2, "{theirs}");
    let approve = |cookie: &str, id: &str| {
        post(
            &server,
            "/api/staff/delegates/approve",
            Some(cookie),
            &format!("delegation={id}"),
        )
    };
    // Nobody approves their own: refused exactly as a registration that does not exist.
    let refused = approve(&caseworker, &ids[0]);
    let missing = approve(&caseworker, "987654");
    assert!(refused.status >= 400, "{refused:?}");
    assert_eq!(
        (refused.status, &refused.body),
        (missing.status, &missing.body)
    );
    assert!(early.status >= 400);
    for id in &ids {
        let approved = approve(&officer, id);
        assert!(approved.status < 400, "{approved:?}");
        assert!(
            approved
                .header("location")
                .starts_with("/staff/delegates/approvals?approved=1"),
            "{approved:?}"
        );
        let twice = approve(&officer, id);
        assert!(twice.status >= 400, "approved once only: {twice:?}");
    }
    assert!(page(&officer, approvals).contains("There are no registrations waiting for approval."));
    assert!(
        page(&person, "/account")
            .contains("A second member of staff has checked the legal document of Pat Jones"),
        "the person is told of the approval"
    );
    assert!(
        page(&person, "/account/delegates").contains("Approved by"),
        "and sees who approved it"
    );

    // Staff never act for someone by a code, though they hold it.
    let by_staff = post(
        &server,
        "/api/delegates/accept",
        Some(&officer),
        &format!("code={code}"),
    );
    assert!(
        by_staff.status >= 400 && !by_staff.body.contains("error-code"),
        "{by_staff:?}"
    );
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
