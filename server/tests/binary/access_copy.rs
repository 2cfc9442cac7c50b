//! Answering an access request with a copy of everything held: made by a privacy officer in
//! one action, read and downloaded (page, tagged PDF, JSON) by the person alone, withheld parts
//! explained and never included, and the person's own words printed as words by typst.

use crate::support::{
    Server, api_call, api_client, database, demo_session, pdf_text, post, tagged_pdf_info,
};
use serde_json::json;

/// The withheld statement the synthetic council gives about one entry in six.
use candour_domain::synthetic::WITHHELD_TEXT;

fn ask_for_a_copy(server: &Server, person: &str) {
    for (path, body) in [
        ("/api/requests/right", "right=access"),
        ("/api/requests/about", "about=Everything"),
        ("/api/requests/contact", "contact=portal"),
        ("/api/requests/send", ""),
    ] {
        let answer = post(server, path, Some(person), body);
        assert!(answer.status < 400, "{path}: {answer:?}");
    }
}

#[test]
fn a_copy_is_made_in_one_action_and_only_the_person_reads_or_downloads_it() {
    let server = Server::start(&[]);
    // A demo person whose record has a withheld statement, so the copy must leave it out.
    let index = (0..200u64)
        .find(|i| {
            candour_domain::synthetic::entries(1, *i, candour_domain::person::PersonId(0))
                .iter()
                .any(|e| e.statements.iter().any(|s| s.text == WITHHELD_TEXT))
        })
        .expect("someone has a withheld statement");
    let person = demo_session(&server, &format!("person:{}", index + 1));
    ask_for_a_copy(&server, &person);
    let officer = demo_session(&server, "staff:privacy_officer");
    let made = post(
        &server,
        "/api/staff/requests/copy",
        Some(&officer),
        "reference=CR-000001",
    );
    assert!(made.status < 400, "{made:?}");
    let again = post(
        &server,
        "/api/staff/requests/copy",
        Some(&officer),
        "reference=CR-000001",
    );
    assert!(again.body.contains("error-copy-closed"), "{again:?}");

    let page = |cookie: &str, path: &str| {
        server.get(
            path,
            &[
                ("Cookie", cookie),
                ("Accept", "text/html"),
                ("Accept-Language", "en-GB"),
            ],
        )
    };
    let request = page(&person, "/requests/CR-000001").body;
    assert!(
        request.contains("/requests/CR-000001/copy.pdf"),
        "links to the copy"
    );
    assert!(request.contains("We made a copy of your information."));
    let html = page(&person, "/requests/CR-000001/copy");
    assert_eq!(html.status, 200);
    assert!(html.body.contains("Your information: a copy"));
    assert!(html.body.contains("Some information is not shown here."));
    let json = page(&person, "/requests/CR-000001/copy.json");
    assert_eq!(json.header("content-type"), "application/json");
    let copy: serde_json::Value = serde_json::from_slice(&json.bytes).expect("JSON");
    assert_eq!(copy["reference"], "CR-000001");
    assert!(copy["entries"].as_array().is_some_and(|e| !e.is_empty()));
    // The copy shows the request as it stood when the copy was made, just before it was answered.
    assert_eq!(copy["requests"][0]["reference"], "CR-000001");
    assert_eq!(copy["requests"][0]["about"], "Everything");
    let pdf = page(&person, "/requests/CR-000001/copy.pdf");
    assert_eq!(pdf.header("content-type"), "application/pdf");
    let text = pdf_text(&pdf.bytes);
    assert!(text.contains("Your information: a copy"), "{text}");
    let info = tagged_pdf_info(&pdf.bytes);
    assert!(
        info.contains("Title:           Your information: a copy"),
        "{info}"
    );
    for (what, body) in [("page", &html.body), ("JSON", &json.body), ("PDF", &text)] {
        assert!(!body.contains(WITHHELD_TEXT), "{what} shows withheld text");
        // The demonstration council shared every record with the district nurses (Art 15(1)(c)).
        assert!(
            body.contains("Northshire NHS Foundation Trust"),
            "{what} lists who the information was shared with"
        );
    }
    assert!(html.body.contains("Who we shared your information with"));
    assert_eq!(copy["sharing"][0]["basis"], "public_task");

    let other = demo_session(&server, "person:200");
    for who in [&other, &officer] {
        for path in [
            "/requests/CR-000001/copy",
            "/requests/CR-000001/copy.pdf",
            "/requests/CR-000001/copy.json",
        ] {
            assert_eq!(page(who, path).status, 404, "{path}");
        }
    }
    assert_eq!(server.get("/requests/CR-000001/copy.json", &[]).status, 303);
}

#[test]
fn only_access_requests_get_a_copy_and_the_persons_words_reach_the_pdf_as_words() {
    let server = Server::start(&[]);
    let mosaic = api_client(&server, "Anytown");
    let sneaky = "#read(\"/etc/passwd\") ]*#import \"@preview/x:0.1.0\": * $x^2$";
    let batch = json!({
        "people": [{"source_id": "T-1", "given_name": "Tess", "family_name": "Tester", "date_of_birth": "1960-01-01"}],
        "entries": [{"person_source_id": "T-1", "source_id": "E-1", "kind": "letter", "title": "A letter",
            "team": "Adults", "author_role": "Officer", "event_date": "2026-01-01", "written_date": "2026-01-01",
            "statements": [{"label": "fact", "text": sneaky}]}],
        "sharing": [
            {"person_source_id": "T-1", "source_id": "S-1", "shared_on": "2026-01-02",
                "recipient": {"organisation": "Told Trust", "role": "Nurse"}, "information": sneaky,
                "entries": ["E-1"], "purpose": "Care at home", "lawful_basis": "consent", "consent": "C-1",
                "told_on": "2026-01-02"},
            {"person_source_id": "T-1", "source_id": "S-2", "shared_on": "2026-01-03",
                "recipient": {"organisation": "Hidden Agency", "role": "Officer"}, "information": "The letter",
                "entries": ["E-1"], "purpose": "Safety", "lawful_basis": "public_task", "authority": "safeguarding",
                "approved_by": "Head of service", "not_told": {"reason": "Telling would increase the risk", "review_on": "2027-06-01"}}
        ],
        "consents": [
            {"person_source_id": "T-1", "source_id": "C-1", "answer": "yes", "answered_on": "2026-01-02", "method": "in_writing",
                "purpose": format!("Nursing at home {sneaky}"), "recipients": "Told Trust"},
            {"person_source_id": "T-1", "source_id": "C-0", "answer": "yes", "answered_on": "2025-03-01", "method": "spoken",
                "answered_by": "Mary Tester, daughter (attorney)", "purpose": "Telling a carers' charity about you",
                "recipients": "Carers Together", "withdrawn_on": "2025-06-30"},
            {"person_source_id": "T-1", "source_id": "C-9", "answer": "no", "answered_on": "2024-05-01", "method": "online",
                "purpose": "Sending you news about day centres", "recipients": "Day centres"}
        ]
    });
    let stored = api_call(&server, "POST", "/api/v1/import", &mosaic, &batch);
    assert_eq!(stored.status, 200, "{}", stored.body);
    let person = demo_session(&server, "person:201");
    for (path, body) in [
        ("/api/requests/right", "right=erasure"),
        ("/api/requests/about", "about=Delete+the+letter"),
        ("/api/requests/contact", "contact=portal"),
        ("/api/requests/send", ""),
    ] {
        assert!(
            post(&server, path, Some(&person), body).status < 400,
            "{path}"
        );
    }
    ask_for_a_copy(&server, &person);
    let officer = demo_session(&server, "staff:privacy_officer");
    let refused = post(
        &server,
        "/api/staff/requests/copy",
        Some(&officer),
        "reference=CR-000001",
    );
    assert!(
        refused.body.contains("error-copy-not-access"),
        "{refused:?}"
    );
    let made = post(
        &server,
        "/api/staff/requests/copy",
        Some(&officer),
        "reference=CR-000002",
    );
    assert!(made.status < 400, "{made:?}");
    let pdf = server.get("/requests/CR-000002/copy.pdf", &[("Cookie", &person)]);
    assert_eq!(pdf.status, 200);
    let text = pdf_text(&pdf.bytes);
    assert!(text.contains("#read(\"/etc/passwd\") ]*#import"), "{text}");
    assert!(!text.contains("root:x:0"), "the template read the disk");
    // A share the person was told of is listed (its words as words); one they have not yet been
    // told of, because telling them would increase the risk, is nowhere.
    assert!(text.contains("Told Trust (Nurse)"), "{text}");
    let html = server
        .get("/requests/CR-000002/copy", &[("Cookie", &person)])
        .body;
    let json = server
        .get("/requests/CR-000002/copy.json", &[("Cookie", &person)])
        .body;
    assert!(html.contains("Told Trust") && json.contains("Told Trust"));
    // Every consent (Art 7(1)): the answer, who gave it, how, and the day a withdrawn one was
    // taken back; the purpose, as the case system wrote it, reaches the PDF as words.
    assert!(
        text.contains("What you said yes or no to (consent)"),
        "{text}"
    );
    assert!(text.contains("Nursing at home #read"), "{text}");
    assert!(
        text.contains("Sending you news about day centres"),
        "{text}"
    );
    assert!(html.contains("What you said yes or no to (consent)"));
    assert!(html.contains("Mary Tester, daughter (attorney)"));
    assert!(
        html.contains("No. It was taken back on 30 June 2025."),
        "{html}"
    );
    assert!(html.contains("Yes. You can take it back at any time, on this website, on the page about saying yes or no."));
    let copy: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(copy["consents"][0]["source_id"], "C-1", "newest first");
    assert_eq!(copy["consents"][1]["withdrawn_on"], "2025-06-30");
    assert_eq!(copy["consents"][1]["method"], "spoken");
    assert_eq!(copy["consents"][2]["answer"], "no");
    assert_eq!(
        html.matches("Does it still count?").count(),
        2,
        "only a yes can still count"
    );
    for (what, body) in [("page", &html), ("JSON", &json), ("PDF", &text)] {
        assert!(
            !body.contains("Hidden Agency") && !body.contains("increase the risk"),
            "{what} mentions a share the person has not been told of"
        );
    }
}

#[test]
fn a_delegate_who_may_only_read_the_record_gets_only_the_record_and_their_opening_is_logged() {
    let server = Server::start(&[]);
    let person = demo_session(&server, "person:1");
    let reader = crate::support::accepted_delegate(&server, &person, "person:5", &["read_record"]);
    ask_for_a_copy(&server, &person);
    let officer = demo_session(&server, "staff:privacy_officer");
    let made = post(
        &server,
        "/api/staff/requests/copy",
        Some(&officer),
        "reference=CR-000001",
    );
    assert!(made.status < 400, "{made:?}");
    let json = |cookie: &str| -> serde_json::Value {
        let answer = server.get(
            "/requests/CR-000001/copy.json",
            &[("Cookie", cookie), ("Accept", "text/html")],
        );
        assert_eq!(answer.status, 200, "{}", answer.body);
        serde_json::from_slice(&answer.bytes).expect("JSON")
    };
    let owners = json(&person);
    let readers = json(&reader);
    let count = |copy: &serde_json::Value, part: &str| copy[part].as_array().map_or(0, Vec::len);
    for part in [
        "entries",
        "requests",
        "delegations",
        "sharing",
        "consents",
        "activity",
    ] {
        assert!(count(&owners, part) > 0, "the person's own copy has {part}");
    }
    assert_eq!(
        count(&readers, "entries"),
        count(&owners, "entries"),
        "the record, whole"
    );
    for part in ["requests", "delegations", "sharing", "consents", "activity"] {
        assert_eq!(
            count(&readers, part),
            0,
            "a record-only delegate gets no {part}"
        );
    }
    let url = database(&server);
    let opened: Vec<String> = tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            use sqlx::Connection as _;
            let mut db = sqlx::SqliteConnection::connect(&url).await.expect("open");
            sqlx::query_scalar(
                "SELECT actor_kind FROM audit_events WHERE action = 'opened_access_copy' \
             AND outcome = 'done' AND person_id = 1",
            )
            .fetch_all(&mut db)
            .await
            .expect("log")
        });
    assert_eq!(
        opened,
        vec!["delegate"],
        "the delegate's opening is on the person's log"
    );
}
