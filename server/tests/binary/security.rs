//! Leaks a security review found, each shown fixed against the real binary: stored words that
//! try to break out of the page's `<title>`.

use crate::support::{Server, api_call, api_client, database, demo_session};
use serde_json::json;

/// An entry title that closes the `<title>` and adds a refresh to another site and an image
/// with a script.
const BREAKOUT: &str = "</title><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\"><img src=x onerror=alert(1)>";

/// The document's head, up to `</head>`.
fn head(body: &str) -> &str {
    body.split("</head>").next().unwrap_or(body)
}

#[test]
fn stored_words_never_break_out_of_the_page_title() {
    let server = Server::start(&[]);
    let database = database(&server);
    let mosaic = api_client(&server, "Anytown");
    let batch = json!({
        "people": [{ "source_id": "SEC-1", "given_name": "Pat", "family_name": "Head",
                     "date_of_birth": "1950-01-01" }],
        "entries": [{
            "person_source_id": "SEC-1", "source_id": "E-1", "kind": "case_note",
            "title": BREAKOUT, "team": "Adults", "author_role": "Social worker",
            "event_date": "2026-11-02", "written_date": "2026-11-02",
            "statements": [{ "label": "fact", "text": "We talked." }]
        }]
    });
    let stored = api_call(&server, "POST", "/api/v1/import", &mosaic, &batch);
    assert_eq!(stored.status, 200, "{}", stored.body);
    let ids = tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            use sqlx::Connection as _;
            let mut db = sqlx::SqliteConnection::connect(&database)
                .await
                .expect("open");
            sqlx::query_as::<_, (i64, i64)>(
                "SELECT p.id, e.id FROM people p JOIN record_entries e ON e.person_id = p.id \
             WHERE p.source_id = 'SEC-1'",
            )
            .fetch_one(&mut db)
            .await
            .expect("stored")
        });
    let (person, entry) = ids;
    let reader = demo_session(&server, &format!("person:{person}"));
    let caseworker = demo_session(&server, "staff:caseworker");
    crate::support::open_entry(&server, &caseworker, person, entry, "accuracy");
    for (address, cookie) in [
        (format!("/record/{entry}"), &reader),
        (
            format!("/staff/people/{person}/record/{entry}?why=accuracy"),
            &caseworker,
        ),
    ] {
        let page = server.get(&address, &[("Accept", "text/html"), ("Cookie", cookie)]);
        assert_eq!(page.status, 200, "{address}");
        let head = head(&page.body);
        assert!(
            head.contains("&lt;/title&gt;"),
            "{address}: the title is escaped: {head}"
        );
        for forbidden in ["<meta http-equiv", "<img", "onerror=alert(1)>"] {
            assert!(
                !head.contains(forbidden),
                "{address}: {forbidden} in the head: {head}"
            );
        }
        assert_eq!(head.matches("<title>").count(), 1, "{address}: one title");
    }
}
