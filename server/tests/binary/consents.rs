//! Consent receipts: the person takes a consent back, then downloads a receipt as JSON (the
//! ISO/IEC TS 27560 fields) and as a tagged PDF, both naming the change, who made it and the
//! organisation that already had the information; someone else's receipt, or none signed in,
//! answers as a consent that does not exist. And the case system cannot share on a consent
//! from the day it was withdrawn: the API answers 422 at the share's `consent`.

use crate::support::{Server, api_call, api_client, demo_session, pdf_text, post, tagged_pdf_info};
use serde_json::json;

#[test]
fn a_person_downloads_both_receipts_of_a_consent_they_took_back_and_nobody_else_can() {
    let server = Server::start(&[]);
    // Demo person 2 (index 1) said yes to the housing share (consent 2), and it went out.
    let person = demo_session(&server, "person:2");
    let withdrawn = post(
        &server,
        "/api/consents/change",
        Some(&person),
        "consent=2&to=withdrawn",
    );
    assert!(withdrawn.status < 400, "{withdrawn:?}");
    let get = |cookie: Option<&str>, path: &str| {
        let mut headers = vec![("Accept-Language", "en-GB")];
        if let Some(cookie) = cookie {
            headers.push(("Cookie", cookie));
        }
        server.get(path, &headers)
    };

    let json = get(Some(&person), "/consents/2/receipt.json");
    assert_eq!(json.status, 200, "{}", json.body);
    assert_eq!(json.header("content-type"), "application/json");
    let receipt: serde_json::Value = serde_json::from_slice(&json.bytes).expect("JSON");
    assert_eq!(receipt["state"], "withdrawn");
    assert_eq!(receipt["pii_principal_id"], "DEMO-1-0000001");
    assert_eq!(receipt["controller"], "Demo Borough Council");
    assert!(
        receipt["lawful_basis"]
            .as_str()
            .is_some_and(|b| b.contains("6(1)(a)"))
    );
    let events = receipt["events"].as_array().expect("events");
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[0]["state"], "given");
    assert_eq!(events[0]["method"], "in_writing");
    assert_eq!(events[1]["state"], "withdrawn");
    assert_eq!(events[1]["by"], "person");
    assert_eq!(events[1]["method"], "online");
    let reference = events[1]["reference"]
        .as_str()
        .expect("a reference")
        .to_owned();
    assert!(reference.starts_with("CON-"));
    assert_eq!(
        receipt["shared_with"][0]["organisation"],
        "Northshire Council Housing"
    );

    let pdf = get(Some(&person), "/consents/2/receipt.pdf");
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.header("content-type"), "application/pdf");
    let text = pdf_text(&pdf.bytes);
    for words in [
        "Your consent receipt",
        "To tell the housing team what you need from a home",
        "You said yes, then took it back.",
        &reference,
        "Northshire Council Housing",
        "DEMO-1-0000001",
    ] {
        assert!(text.contains(words), "{words} not in: {text}");
    }
    tagged_pdf_info(&pdf.bytes);

    // Another person, and someone not signed in, get nothing of it.
    let other = demo_session(&server, "person:1");
    for path in ["/consents/2/receipt.json", "/consents/2/receipt.pdf"] {
        let theirs = get(Some(&other), path);
        let missing = get(Some(&other), &path.replace("/2/", "/987654/"));
        assert_eq!(
            (theirs.status, theirs.body.clone()),
            (missing.status, missing.body)
        );
        assert_eq!(theirs.status, 404);
        assert!(!theirs.body.contains("housing"));
        let nobody = get(None, path);
        assert!(nobody.header("location").starts_with("/sign-in"), "{path}");
    }
}

#[test]
fn the_api_refuses_a_share_under_a_consent_from_the_day_it_was_withdrawn() {
    let server = Server::start(&[]);
    let anytown = api_client(&server, "Anytown");
    let share = |id: &str, on: &str| {
        json!({
            "person_source_id": "MOSAIC-9", "source_id": id, "shared_on": on,
            "recipient": { "organisation": "Anytown Housing", "role": "Housing officer" },
            "information": "Housing needs", "purpose": "To find a home",
            "lawful_basis": "consent", "consent": "C-9", "told_on": on
        })
    };
    let batch = json!({
        "people": [{ "source_id": "MOSAIC-9", "given_name": "Ana", "family_name": "Price", "date_of_birth": "1960-01-01" }],
        "consents": [{
            "person_source_id": "MOSAIC-9", "source_id": "C-9", "answer": "yes",
            "answered_on": "2026-10-01", "method": "in_writing",
            "purpose": "To tell the housing team what you need", "recipients": "Anytown Housing",
            "withdrawn_on": "2026-11-10"
        }],
        "sharing": [share("SH-1", "2026-11-09")]
    });
    let stored = api_call(&server, "POST", "/api/v1/import", &anytown, &batch);
    assert_eq!(
        stored.status, 200,
        "a share the day before the withdrawal is kept: {}",
        stored.body
    );
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&stored.body).expect("JSON")["summary"]["sharing_saved"],
        1
    );
    for on in ["2026-11-10", "2026-11-12"] {
        let refused = api_call(
            &server,
            "POST",
            "/api/v1/import",
            &anytown,
            &json!({ "sharing": [share("SH-2", on)] }),
        );
        assert_eq!(refused.status, 422, "shared on {on}: {}", refused.body);
        let problems =
            serde_json::from_str::<serde_json::Value>(&refused.body).expect("JSON")["problems"]
                .clone();
        assert_eq!(problems[0]["path"], "$.sharing[0].consent", "{problems}");
        assert!(
            problems[0]["message"]
                .as_str()
                .is_some_and(|m| m.contains("withdrawn")),
            "{problems}"
        );
    }
}

#[test]
fn the_receipt_is_easy_read_for_someone_who_reads_easy_read() {
    use candour_domain::person::InformationFormat;
    // The first demo person whose recorded format is Easy Read, and one whose is not (each has
    // one consent, numbered as the person is).
    let format = |index: u64| {
        candour_domain::synthetic::person(1, index)
            .communication
            .information_format
    };
    let easy = (0..200u64)
        .find(|i| format(*i) == Some(InformationFormat::EasyRead))
        .expect("an Easy Read reader among the demo people")
        + 1;
    let plain = (0..200u64)
        .find(|i| format(*i).is_none())
        .expect("a reader with no recorded format")
        + 1;
    let server = Server::start(&[]);
    let text_of = |person: u64| {
        let cookie = demo_session(&server, &format!("person:{person}"));
        let pdf = server.get(
            &format!("/consents/{person}/receipt.pdf"),
            &[("Cookie", &cookie), ("Accept-Language", "en-GB")],
        );
        assert_eq!(pdf.status, 200, "person {person}: {}", pdf.body);
        tagged_pdf_info(&pdf.bytes);
        pdf_text(&pdf.bytes)
    };
    let easy_read = "This is your receipt. It says what you said yes or no to.";
    let text = text_of(easy);
    assert!(text.contains(easy_read), "{text}");
    assert!(text.contains("What it is for"), "{text}");
    assert!(!text_of(plain).contains(easy_read));
}
