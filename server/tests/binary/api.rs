//! The ingestion API and its command-line twins, against the real binary: credentials made by
//! `candour api-client create`, batches stored all or nothing, every problem at its JSON path,
//! and each client confined to its own organisation's people.

use crate::support::{Response, Server, api_call, api_client, database, demo_session, run};
use base64::Engine as _;
use serde_json::{Value, json};

fn json_of(response: &Response) -> Value {
    serde_json::from_str(&response.body)
        .unwrap_or_else(|e| panic!("{e}: {} {}", response.status, response.body))
}

fn batch() -> Value {
    json!({
        "people": [{
            "source_id": "MOSAIC-1",
            "given_name": "Ifeoma",
            "family_name": "Test",
            "date_of_birth": "1948-05-17",
            "communication_needs": { "information_format": "easy_read" },
            "allocated_worker": { "name": "Sam Patel", "role": "Social worker" }
        }],
        "entries": [{
            "person_source_id": "MOSAIC-1",
            "source_id": "CN-77",
            "kind": "case_note",
            "title": "Phone call with Ifeoma",
            "summary": "We talked on the phone.",
            "team": "Adults North",
            "author_role": "Social worker",
            "event_date": "2026-11-02",
            "written_date": "2026-11-02",
            "statements": [
                { "label": "fact", "text": "Ifeoma phoned about her visits." },
                { "label": "opinion", "whose": "the social worker", "text": "She sounded worried." }
            ]
        }]
    })
}

#[test]
fn a_batch_is_stored_once_shown_to_the_person_and_only_the_clients_organisation_sees_it() {
    let server = Server::start(&[]);
    let anytown = api_client(&server, "Anytown");
    let stored = api_call(&server, "POST", "/api/v1/import", &anytown, &batch());
    assert_eq!(stored.status, 200, "{}", stored.body);
    assert_eq!(
        json_of(&stored)["summary"],
        json!({"people_added": 1, "people_updated": 0, "entries_added": 1, "entries_changed": 0, "entries_unchanged": 0, "sharing_saved": 0, "consents_saved": 0, "access_events_added": 0, "access_events_repeated": 0})
    );
    let again = api_call(&server, "POST", "/api/v1/import", &anytown, &batch());
    assert_eq!(
        json_of(&again)["summary"]["entries_unchanged"],
        1,
        "idempotent"
    );

    let report = server.request(
        "GET",
        "/api/v1/people/MOSAIC-1/entries/CN-77/readability",
        &[(
            "Authorization",
            &format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD
                    .encode(format!("{}:{}", anytown.0, anytown.1))
            ),
        )],
        b"",
    );
    assert_eq!(report.status, 200, "{}", report.body);
    assert_eq!(json_of(&report)["readability"]["passes"], true);

    // Withheld text is never echoed back, not even in the plain-English report.
    let mut secret = batch()["entries"][0].clone();
    secret["statements"][1]["text"] = json!(
        "These withheld words about a neighbour must never come back out of the portal in any answer at all, whatever is asked."
    );
    secret["statements"][1]["withheld"] = json!({ "reason": "third_party" });
    secret["source_id"] = json!("CN-78");
    let put = api_call(
        &server,
        "PUT",
        "/api/v1/people/MOSAIC-1/entries/CN-78",
        &anytown,
        &secret,
    );
    assert_eq!(put.status, 200, "{}", put.body);
    assert!(!put.body.contains("withheld words"), "{}", put.body);

    // Another organisation's client can neither read nor write Anytown's person.
    let othertown = api_client(&server, "Othertown");
    let theirs = api_call(
        &server,
        "GET",
        "/api/v1/people/MOSAIC-1/entries/CN-77/readability",
        &othertown,
        &Value::Null,
    );
    assert_eq!(theirs.status, 404);
    let mut overwrite = batch();
    overwrite["entries"][0]["statements"][0]["text"] = json!("Overwritten");
    let refused = api_call(&server, "POST", "/api/v1/import", &othertown, &overwrite);
    assert_eq!(refused.status, 422, "{}", refused.body);
    let paths: Vec<String> = json_of(&refused)["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| p["path"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(
        paths,
        vec!["$.people[0].source_id", "$.entries[0].person_source_id"]
    );

    // The person (demo sign-in lists everyone: the 200 demo people, then this one) reads it.
    let person = demo_session(&server, "person:201");
    let record = server.get("/record", &[("Cookie", &person), ("Accept", "text/html")]);
    assert!(
        record.body.contains("Phone call with Ifeoma"),
        "{}",
        record.body
    );
    assert!(!record.body.contains("Overwritten"));
}

#[test]
fn a_bad_batch_lists_every_problem_by_path_and_stores_nothing() {
    let server = Server::start(&[("CANDOUR_INGEST_STATEMENT_LIMIT", "100")]);
    let anytown = api_client(&server, "Anytown");
    let mut bad = batch();
    bad["people"][0]["date_of_birth"] = json!("1948-02-30");
    bad["entries"][0]["statements"][0]["text"] = json!("<script>alert(1)</script>");
    bad["entries"][0]["statements"][1]["text"] = json!("x".repeat(101));
    bad["entries"][0]["statements"][1]["label"] = json!("rumour");
    bad["entries"].as_array_mut().expect("entries").push(json!({
        "person_source_id": "NOBODY",
        "source_id": "X-1",
        "kind": "letter",
        "title": "A letter",
        "team": "Adults",
        "author_role": "Officer",
        "event_date": "2026-01-01",
        "written_date": "2026-01-01",
        "statements": []
    }));
    let refused = api_call(&server, "POST", "/api/v1/import", &anytown, &bad);
    assert_eq!(refused.status, 422);
    let body = json_of(&refused);
    assert_eq!(body["error"], "invalid");
    let paths: Vec<&str> = body["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter_map(|p| p["path"].as_str())
        .collect();
    for expected in [
        "$.people[0].date_of_birth",
        "$.entries[0].statements[0].text",
        "$.entries[0].statements[1].text",
        "$.entries[0].statements[1].label",
    ] {
        assert!(paths.contains(&expected), "{expected}: {paths:?}");
    }
    // Fixing the field problems leaves the one only the database finds: still nothing stored.
    let mut nearly = batch();
    nearly["entries"][0]["person_source_id"] = json!("NOBODY");
    let refused = api_call(&server, "POST", "/api/v1/import", &anytown, &nearly);
    assert_eq!(refused.status, 422);
    assert_eq!(
        json_of(&refused)["problems"][0]["path"],
        "$.entries[0].person_source_id"
    );
    let put = api_call(
        &server,
        "PUT",
        "/api/v1/people/MOSAIC-1/entries/CN-77",
        &anytown,
        &batch()["entries"][0],
    );
    assert_eq!(
        put.status, 422,
        "the person was not stored by the refused batch"
    );
    let not_json = server.request(
        "POST",
        "/api/v1/import",
        &[(
            "Authorization",
            &format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD
                    .encode(format!("{}:{}", anytown.0, anytown.1))
            ),
        )],
        b"{not json",
    );
    assert_eq!(not_json.status, 422);
    assert!(
        json_of(&not_json)["problems"][0]["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("is not valid JSON"))
    );
}

#[test]
fn wrong_missing_or_revoked_credentials_get_401_and_the_document_describes_every_route() {
    let server = Server::start(&[]);
    let anytown = api_client(&server, "Anytown");
    let wrong = (anytown.0.clone(), "not-the-secret".to_owned());
    let refused = api_call(&server, "POST", "/api/v1/import", &wrong, &batch());
    assert_eq!(refused.status, 401);
    assert!(refused.header("www-authenticate").starts_with("Basic"));
    assert!(!refused.body.contains(&anytown.1));
    let none = server.request(
        "POST",
        "/api/v1/import",
        &[],
        batch().to_string().as_bytes(),
    );
    assert_eq!(none.status, 401);

    let (code, _, err) = run(
        &["api-client", "revoke", "--client-id", &anytown.0],
        &[("CANDOUR_DATABASE_URL", &database(&server))],
        server.data_dir(),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        api_call(&server, "POST", "/api/v1/import", &anytown, &batch()).status,
        401
    );
    let (code, out, _) = run(
        &["api-client", "list"],
        &[("CANDOUR_DATABASE_URL", &database(&server))],
        server.data_dir(),
    );
    assert_eq!(code, 0);
    assert!(out.contains(&anytown.0) && out.contains("revoked") && !out.contains(&anytown.1));

    let document = server.get("/api/v1/openapi.json", &[]);
    assert_eq!(document.status, 200);
    let document = json_of(&document);
    assert_eq!(document["openapi"], "3.1.0");
    let live = api_client(&server, "Anytown");
    for (path, item) in document["paths"].as_object().expect("paths") {
        let concrete = path
            .replace("{person}", "MOSAIC-1")
            .replace("{entry}", "CN-77");
        for method in item.as_object().expect("operations").keys() {
            let answer = api_call(
                &server,
                &method.to_uppercase(),
                &concrete,
                &live,
                &json!({}),
            );
            assert!(
                answer.status != 404 || answer.body.contains("not_found"),
                "{method} {path} is in the document but not served: {}",
                answer.status
            );
            assert_ne!(answer.status, 405, "{method} {path}");
        }
    }
}

#[test]
fn candour_import_stores_a_file_all_or_nothing_and_names_each_problem() {
    let dir = tempfile::tempdir().expect("dir");
    let db = format!("sqlite:{}", dir.path().join("i.db").display());
    let good = dir.path().join("good.json");
    std::fs::write(&good, batch().to_string()).expect("write");
    let (code, out, err) = run(
        &["import", good.to_str().expect("path"), "--org", "Anytown"],
        &[("CANDOUR_DATABASE_URL", &db)],
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("people added 1"), "{out}");
    assert!(out.contains("entries added 1"), "{out}");
    let looks = dir.path().join("looks.json");
    std::fs::write(
        &looks,
        json!({ "access_events": [access_event("AE-1", "2026-11-03T09:30:00Z")] }).to_string(),
    )
    .expect("write");
    let (code, out, err) = run(
        &["import", looks.to_str().expect("path"), "--org", "Anytown"],
        &[("CANDOUR_DATABASE_URL", &db)],
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("access events added 1"), "{out}");

    let mut bad = batch();
    bad["people"][0]["source_id"] = json!("MOSAIC-2");
    bad["entries"][0]["kind"] = json!("diary");
    let bad_file = dir.path().join("bad.json");
    std::fs::write(&bad_file, bad.to_string()).expect("write");
    let (code, _, err) = run(
        &[
            "import",
            bad_file.to_str().expect("path"),
            "--org",
            "Anytown",
        ],
        &[("CANDOUR_DATABASE_URL", &db)],
        dir.path(),
    );
    assert_eq!(code, 2);
    assert!(err.contains("nothing was stored"), "{err}");
    assert!(err.contains("$.entries[0].kind: must be one of"), "{err}");
    let (code, out, _) = run(
        &["import", good.to_str().expect("path"), "--org", "Anytown"],
        &[("CANDOUR_DATABASE_URL", &db)],
        dir.path(),
    );
    assert_eq!(code, 0);
    assert!(
        out.contains("people added 0, updated 1"),
        "MOSAIC-2 was not added: {out}"
    );
}

/// A share of CN-77 with the district nurses, as the case system sends it.
fn share() -> Value {
    json!({
        "person_source_id": "MOSAIC-1",
        "source_id": "SH-1",
        "shared_on": "2026-11-02",
        "recipient": { "organisation": "Northshire NHS Trust", "role": "District nurse" },
        "information": "The note of our phone call",
        "entries": ["CN-77"],
        "purpose": "To plan visits at home",
        "lawful_basis": "public_task",
        "authority": "individual_care",
        "approved_by": "Team manager",
        "told_on": "2026-11-02"
    })
}

#[test]
fn shares_are_stored_with_their_entries_and_every_problem_is_named() {
    let server = Server::start(&[]);
    let anytown = api_client(&server, "Anytown");
    let mut body = batch();
    body["sharing"] = json!([share()]);
    let stored = api_call(&server, "POST", "/api/v1/import", &anytown, &body);
    assert_eq!(stored.status, 200, "{}", stored.body);
    assert_eq!(json_of(&stored)["summary"]["sharing_saved"], 1);

    // Without consent and without an approver, about an entry the person does not have: each
    // problem at its path, and nothing stored (the person in the same batch included).
    let mut bad = share();
    bad["source_id"] = json!("SH-2");
    bad["entries"] = json!(["CN-77", "CN-404"]);
    bad["approved_by"] = Value::Null;
    let mut people = batch();
    people["people"][0]["source_id"] = json!("MOSAIC-2");
    people["entries"] = json!([]);
    people["sharing"] = json!([bad]);
    let refused = api_call(&server, "POST", "/api/v1/import", &anytown, &people);
    assert_eq!(refused.status, 422, "{}", refused.body);
    let problems = json_of(&refused)["problems"].clone();
    assert_eq!(
        problems[0]["path"], "$.sharing[0].approved_by",
        "{problems}"
    );
    assert!(
        problems[0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("senior member of staff")),
        "{problems}"
    );
    bad["approved_by"] = json!("Team manager");
    people["sharing"] = json!([bad]);
    let refused = api_call(&server, "POST", "/api/v1/import", &anytown, &people);
    assert_eq!(refused.status, 422, "{}", refused.body);
    let problems = json_of(&refused)["problems"].clone();
    assert_eq!(problems[0]["path"], "$.sharing[0].entries[1]", "{problems}");
    let mut later = share();
    later["person_source_id"] = json!("MOSAIC-2");
    later["entries"] = json!([]);
    let later = api_call(
        &server,
        "POST",
        "/api/v1/import",
        &anytown,
        &json!({ "sharing": [later] }),
    );
    assert_eq!(
        json_of(&later)["problems"][0]["path"],
        "$.sharing[0].person_source_id",
        "MOSAIC-2 was not kept: {}",
        later.body
    );

    // Another organisation cannot record a share of Anytown's person.
    let othertown = api_client(&server, "Othertown");
    let theirs = api_call(
        &server,
        "POST",
        "/api/v1/import",
        &othertown,
        &json!({ "sharing": [share()] }),
    );
    assert_eq!(theirs.status, 422, "{}", theirs.body);
    assert_eq!(
        json_of(&theirs)["problems"][0]["path"],
        "$.sharing[0].person_source_id"
    );
}

/// Checks that the OpenAPI schema `name` documents exactly the fields in `read`, and that each
/// of `enums` (a field, and the keys the domain accepts) lists exactly those keys; answers with
/// the whole document.
fn documented_exactly(name: &str, read: &[&str], enums: &[(&str, Vec<&str>)]) -> Value {
    let server = Server::start(&[]);
    let document = json_of(&server.get("/api/v1/openapi.json", &[]));
    let schema = &document["components"]["schemas"][name];
    let mut documented: Vec<&str> = schema["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .map(String::as_str)
        .collect();
    let mut read = read.to_vec();
    documented.sort_unstable();
    read.sort_unstable();
    assert_eq!(documented, read, "{name}");
    for (field, keys) in enums {
        let listed: Vec<&str> = schema["properties"][field]["enum"]
            .as_array()
            .expect("enum")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(&listed, keys, "{name}.{field}");
    }
    document
}

#[test]
fn the_documented_share_has_exactly_the_fields_the_api_reads() {
    use candour_domain::sharing::{Authority, LawfulBasis};
    documented_exactly(
        "Sharing",
        candour_domain::ingest::sharing::SHARING_FIELDS,
        &[
            ("lawful_basis", LawfulBasis::ALL.map(|b| b.key()).to_vec()),
            ("authority", Authority::ALL.map(|a| a.key()).to_vec()),
        ],
    );
}

#[test]
fn the_documented_consent_has_exactly_the_fields_the_api_reads() {
    use candour_domain::consent::{ConsentAnswer, ConsentMethod};
    let document = documented_exactly(
        "Consent",
        candour_domain::ingest::consent::CONSENT_FIELDS,
        &[
            ("method", ConsentMethod::ALL.map(|m| m.key()).to_vec()),
            ("answer", ConsentAnswer::ALL.map(|a| a.key()).to_vec()),
        ],
    );
    assert_eq!(
        document["components"]["schemas"]["Batch"]["properties"]["consents"]["items"]["$ref"],
        "#/components/schemas/Consent"
    );
}

/// A member of another organisation looking at CN-77 in the council's system, as the case system
/// reports it.
fn access_event(source_id: &str, at: &str) -> Value {
    json!({
        "person_source_id": "MOSAIC-1",
        "source_id": source_id,
        "at": at,
        "staff": {"name": "Sam Okafor", "role": "Occupational therapist", "organisation": "Northshire NHS Trust"},
        "opened": "Notes of a phone call",
        "entry": "CN-77",
        "reason": "Planning a visit"
    })
}

/// The person's "Who looked at your record", narrowed by `query`.
fn access_log(server: &Server, person: &str, query: &str) -> String {
    let page = server.get(
        &format!("/access-log{query}"),
        &[("Cookie", person), ("Accept", "text/html")],
    );
    assert_eq!(page.status, 200, "{}", page.body);
    page.body
}

#[test]
fn reported_access_events_reach_the_persons_log_once_and_every_problem_is_named() {
    let server = Server::start(&[]);
    let anytown = api_client(&server, "Anytown");
    assert_eq!(
        api_call(&server, "POST", "/api/v1/import", &anytown, &batch()).status,
        200
    );
    let looks = json!({ "access_events": [
        access_event("AE-1", "2026-11-03T09:30:00Z"),
        {
            "person_source_id": "MOSAIC-1",
            "source_id": "AE-2",
            "at": "2026-11-04T15:00:00+01:00",
            "staff": {"role": "Duty worker"},
            "opened": "Your address",
            "reason": "<b>To post a letter</b>"
        }
    ]});
    let sent = api_call(&server, "POST", "/api/v1/import", &anytown, &looks);
    assert_eq!(sent.status, 200, "{}", sent.body);
    assert_eq!(json_of(&sent)["summary"]["access_events_added"], 2);
    let again = api_call(&server, "POST", "/api/v1/import", &anytown, &looks);
    assert_eq!(
        (
            &json_of(&again)["summary"]["access_events_added"],
            &json_of(&again)["summary"]["access_events_repeated"]
        ),
        (&json!(0), &json!(2)),
        "sending them again changes nothing"
    );

    // The person sees both, newest first by when they looked, by role and organisation (not
    // by name: the council has not chosen names), what was opened, and why, escaped.
    let person = demo_session(&server, "person:201");
    let log = access_log(&server, &person, "");
    assert!(log.contains("Staff looked at your record 2 times"), "{log}");
    let duty = log.find("Duty worker at Anytown").expect("the duty worker");
    let therapist = log
        .find("Occupational therapist at Northshire NHS Trust")
        .expect("the therapist");
    assert!(duty < therapist, "4 November before 3 November");
    assert!(log.contains("Your address"));
    assert!(log.contains("&lt;b&gt;To post a letter&lt;/b&gt;"), "{log}");
    assert!(log.contains("Planning a visit"));
    assert!(
        log.contains(">Phone call with Ifeoma</a>"),
        "the entry opened is named by its title and linked: {log}"
    );
    assert!(!log.contains("Sam Okafor"), "names are not shown");
    assert!(
        log.contains(r#"<option value="Northshire NHS Trust""#),
        "the other organisation can be chosen"
    );
    let narrowed = access_log(&server, &person, "?organisation=Northshire+NHS+Trust");
    assert!(
        narrowed.contains("Staff looked at your record 1 time"),
        "{narrowed}"
    );
    assert!(!narrowed.contains("Duty worker"));

    // Every problem at its path, and nothing of the batch stored, not even its good event.
    let bad = json!({ "access_events": [
        access_event("AE-3", "2026-11-05T09:00:00Z"),
        access_event("AE-4", "2099-01-01T09:00:00Z"),
        { "person_source_id": "MOSAIC-1", "source_id": "AE-5", "at": "2026-11-05T09:00:00Z",
          "staff": {"role": "Duty worker"}, "opened": "A note", "entry": "CN-999" },
        { "person_source_id": "MOSAIC-1", "source_id": "AE-6", "at": "2026-11-05T09:00:00Z",
          "staff": {"name": "Sam"}, "opened": "" }
    ]});
    let refused = api_call(&server, "POST", "/api/v1/import", &anytown, &bad);
    assert_eq!(refused.status, 422, "{}", refused.body);
    let problems: Vec<(String, String)> = json_of(&refused)["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| {
            (
                p["path"].as_str().unwrap_or_default().to_owned(),
                p["message"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        problems,
        vec![
            (
                "$.access_events[1].at".to_owned(),
                "is in the future: send only what has happened".to_owned()
            ),
            (
                "$.access_events[3].staff.role".to_owned(),
                "is missing".to_owned()
            ),
            (
                "$.access_events[3].opened".to_owned(),
                "is empty".to_owned()
            ),
        ],
        "checked before the database"
    );
    let unknown_entry = json!({ "access_events": [bad["access_events"][0].clone(), bad["access_events"][2].clone()] });
    let refused = api_call(&server, "POST", "/api/v1/import", &anytown, &unknown_entry);
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(
        json_of(&refused)["problems"][0]["path"],
        "$.access_events[1].entry"
    );
    // Another organisation cannot say its staff looked at Anytown's person.
    let othertown = api_client(&server, "Othertown");
    let theirs = api_call(
        &server,
        "POST",
        "/api/v1/import",
        &othertown,
        &json!({ "access_events": [access_event("AE-9", "2026-11-05T09:00:00Z")] }),
    );
    assert_eq!(theirs.status, 422, "{}", theirs.body);
    assert_eq!(
        json_of(&theirs)["problems"][0]["path"],
        "$.access_events[0].person_source_id"
    );
    assert!(
        access_log(&server, &person, "").contains("Staff looked at your record 2 times"),
        "nothing of a refused batch was stored"
    );
}

#[test]
fn a_council_that_shows_names_shows_them_beside_the_role() {
    let server = Server::start(&[("CANDOUR_ACCESS_LOG_SHOWS", "name")]);
    let anytown = api_client(&server, "Anytown");
    assert_eq!(
        api_call(&server, "POST", "/api/v1/import", &anytown, &batch()).status,
        200
    );
    let sent = api_call(
        &server,
        "POST",
        "/api/v1/import",
        &anytown,
        &json!({ "access_events": [access_event("AE-1", "2026-11-03T09:30:00Z")] }),
    );
    assert_eq!(sent.status, 200, "{}", sent.body);
    let person = demo_session(&server, "person:201");
    let log = access_log(&server, &person, "");
    assert!(
        log.contains("Sam Okafor, Occupational therapist at Northshire NHS Trust"),
        "{log}"
    );

    // The demo people are the demo council's, so its case system can report on them too.
    let council = api_client(&server, "Demo Borough Council");
    let mut look = access_event("DEMO-LOOK-1", "2026-11-03T09:30:00Z");
    look["person_source_id"] = json!("DEMO-1-0000000");
    look["entry"] = Value::Null;
    let sent = api_call(
        &server,
        "POST",
        "/api/v1/import",
        &council,
        &json!({ "access_events": [look] }),
    );
    assert_eq!(sent.status, 200, "{}", sent.body);
    let first = demo_session(&server, "person:1");
    assert!(
        access_log(&server, &first, "").contains("Sam Okafor, Occupational therapist"),
        "the first demo person sees it"
    );
}

#[test]
fn the_documented_access_event_has_exactly_the_fields_the_api_reads() {
    let document = documented_exactly(
        "AccessEvent",
        candour_domain::ingest::access::ACCESS_FIELDS,
        &[],
    );
    assert_eq!(
        document["components"]["schemas"]["Batch"]["properties"]["access_events"]["items"]["$ref"],
        "#/components/schemas/AccessEvent"
    );
    let mut summary: Vec<&str> = document["components"]["schemas"]["Summary"]["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .map(String::as_str)
        .collect();
    summary.sort_unstable();
    let answered =
        serde_json::to_value(candour_services::data::ImportSummary::default()).expect("json");
    let mut answered: Vec<&str> = answered
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    answered.sort_unstable();
    assert_eq!(
        summary, answered,
        "the summary documented is the one answered"
    );
}
