//! Closed-case access alerts over HTTP, without JavaScript: a caseworker opening a case closed
//! long ago is sent to the question first (from the summary and from an entry, keeping where
//! they were going), sees nothing of the person there, gives a reason and goes on; a privacy
//! officer finds the alert and records "not legitimate"; the person sees the reason and the
//! breach record on their access log and a message. The reason is shown as text everywhere.

use crate::support::{Server, demo_session, post};

fn html(cookie: &str) -> Vec<(&'static str, &str)> {
    vec![("Accept", "text/html"), ("Cookie", cookie)]
}

/// The alert whose reason contains `words`.
fn alert_with(server: &Server, words: &str) -> i64 {
    let url = crate::support::database(server);
    tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            use sqlx::Connection as _;
            let mut db = sqlx::SqliteConnection::connect(&url).await.expect("open");
            sqlx::query_scalar::<_, i64>("SELECT id FROM closed_case_alerts WHERE reason LIKE $1")
                .bind(format!("%{words}%"))
                .fetch_one(&mut db)
                .await
                .expect("the alert")
        })
}

#[test]
fn staff_say_why_before_a_closed_case_opens_and_a_breach_reaches_the_person() {
    let server = Server::start(&[]);
    let caseworker = demo_session(&server, "staff:caseworker");
    let officer = demo_session(&server, "staff:privacy_officer");
    let person = demo_session(&server, "person:1");
    let comms = demo_session(&server, "staff:comms_officer");

    // Person 1's case closed long ago: the summary and an entry send the caseworker to the
    // question, keeping where they were going.
    for (address, back) in [
        ("/staff/people/1", "/staff/people/1"),
        (
            "/staff/people/1/record/1?why=casework",
            "/staff/people/1/record/1%3Fwhy%3Dcasework",
        ),
    ] {
        let sent = server.get(address, &html(&caseworker));
        assert_eq!(sent.status, 302, "{address}");
        assert_eq!(
            sent.header("location"),
            format!("/staff/people/1/why?return_to={back}")
        );
        assert!(
            !sent.body.contains("DEMO-1-0000000"),
            "nothing of the person"
        );
    }
    let question = server.get(
        "/staff/people/1/why?return_to=/staff/people/1",
        &html(&caseworker),
    );
    assert_eq!(question.status, 200);
    assert!(
        question
            .body
            .contains("Why do you need to open this closed case?")
    );
    assert!(
        !question.body.contains("DEMO-1-0000000"),
        "nothing of the person"
    );
    for refused in [&person, &comms] {
        assert_eq!(
            server.get("/staff/people/1/why", &html(refused)).status,
            404
        );
    }

    // A blank reason is refused and nothing opens; a reason goes on to the entry.
    let blank = post(
        &server,
        "/api/staff/closed-case/reason",
        Some(&caseworker),
        "person=1&reason=+&return_to=/staff/people/1",
    );
    assert!(blank.status >= 400, "{blank:?}");
    assert_eq!(
        server.get("/staff/people/1", &html(&caseworker)).status,
        302
    );
    let reason = "<script>alert(1)</script> A complaint about past care";
    let given = post(
        &server,
        "/api/staff/closed-case/reason",
        Some(&caseworker),
        &format!(
            "person=1&reason={}&return_to=%2Fstaff%2Fpeople%2F1%2Frecord%2F1%3Fwhy%3Dcasework",
            crate::support::form_encode(reason)
        ),
    );
    assert!(given.status < 400, "{given:?}");
    assert_eq!(
        given.header("location"),
        "/staff/people/1/record/1?why=casework"
    );
    let summary = server.get("/staff/people/1", &html(&caseworker));
    assert_eq!(summary.status, 200);
    assert!(summary.body.contains("DEMO-1-0000000"));

    // The privacy officer sees the alert, the reason as text, and records a breach.
    let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; A complaint about past care";
    let alerts = server.get("/staff/alerts", &html(&officer));
    assert_eq!(alerts.status, 200);
    assert!(alerts.body.contains(escaped) && !alerts.body.contains(reason));
    assert_eq!(server.get("/staff/alerts", &html(&caseworker)).status, 404);
    let id = alert_with(&server, "A complaint about past care");
    let page = server.get(&format!("/staff/alerts/{id}"), &html(&officer));
    assert!(page.body.contains(escaped) && page.body.contains("Did they have a good reason?"));
    // What they opened after giving the reason, from the audit log: the summary.
    assert!(
        page.body.contains("What they opened")
            && page.body.contains("A summary of your information")
    );
    let no_notes = post(
        &server,
        "/api/staff/alerts/decide",
        Some(&officer),
        &format!("id={id}&finding=not-legitimate&notes="),
    );
    assert!(no_notes.status >= 400, "{no_notes:?}");
    let decided = post(
        &server,
        "/api/staff/alerts/decide",
        Some(&officer),
        &format!("id={id}&finding=not-legitimate&notes=No+complaint+was+received"),
    );
    assert!(decided.status < 400, "{decided:?}");
    let location = decided.header("location").to_owned();
    assert!(
        location.starts_with(&format!(
            "/staff/alerts?decided=ALERT-{id:06}&breach=BREACH-"
        )),
        "{location}"
    );
    let breach = location.split("breach=").nth(1).expect("a breach record");

    // The person sees who opened their closed case, why, and that it was a breach.
    let log = server.get("/access-log", &html(&person));
    assert!(log.body.contains("When staff opened your closed case"));
    assert!(log.body.contains(escaped) && !log.body.contains(reason));
    assert!(log.body.contains(breach), "names {breach}");
    let messages = server.get("/messages", &html(&person));
    assert!(
        messages
            .body
            .contains("Someone looked at your closed case without a good reason")
    );
    server.stop();
}
