//! Every staff view of a person's record writes an access event. The staff record pages are
//! read from the app's route table, so a new one that this test does not visit fails it until
//! someone adds it here (and so checks that it logs).

use crate::support::{Server, demo_session, post};

/// Each staff record route, an address that shows it for person 1 (their first entry), the
/// reason the event keeps, and, when fetching the address must record nothing, the form that
/// opens it (its address then needs that reason: without it, not found and no view).
const VISITS: &[(&str, &str, &str, Option<&str>)] = &[
    (
        "/staff/people/:person/record/:entry",
        "/staff/people/1/record/1?why=accuracy",
        "accuracy",
        Some("person=1&entry=1&why=accuracy"),
    ),
    // The person's summary: always for casework.
    ("/staff/people/:person", "/staff/people/1", "casework", None),
];

/// Staff pages under `/staff/people` that open no one's record, and why.
const NOT_VIEWS: &[(&str, &str)] = &[
    (
        "/staff/people",
        "a search lists names, dates of birth and case references only",
    ),
    (
        "/staff/people/:person/why",
        "asks why a closed case is opened, showing only the day it closed; the reason is on the person's trail (`gave_closed_case_reason`)",
    ),
    // Recording a share: the share itself is on the person's trail (`recorded_share`), in the
    // transaction that stores it; the question pages are the member of staff's own answers.
    ("/staff/people/:person/sharing/new", "recording a share"),
    (
        "/staff/people/:person/sharing/new/information",
        "recording a share",
    ),
    (
        "/staff/people/:person/sharing/new/purpose",
        "recording a share",
    ),
    (
        "/staff/people/:person/sharing/new/basis",
        "recording a share",
    ),
    (
        "/staff/people/:person/sharing/new/grounds",
        "recording a share",
    ),
    (
        "/staff/people/:person/sharing/new/telling",
        "recording a share",
    ),
    (
        "/staff/people/:person/sharing/new/check",
        "recording a share",
    ),
    (
        "/staff/people/:person/sharing/recorded/:id",
        "the share just recorded",
    ),
];

fn staff_record_routes() -> Vec<String> {
    include_str!("../../../app/src/lib.rs")
        .split("path!(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|path| path.starts_with("/staff/people"))
        .map(str::to_owned)
        .collect()
}

fn html(cookie: &str) -> Vec<(&'static str, &str)> {
    vec![("Accept", "text/html"), ("Cookie", cookie)]
}

fn views_of_person_1(server: &Server) -> Vec<(i64, String)> {
    let url = crate::support::database(server);
    tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            use sqlx::Connection as _;
            let mut db = sqlx::SqliteConnection::connect(&url).await.expect("open");
            sqlx::query_as::<_, (String, String)>(
                "SELECT a.actor_id, d.reason FROM audit_events a \
                 JOIN audit_details d ON d.seq = a.seq \
                 WHERE a.action = 'staff_viewed_entry' AND a.person_id = 1 AND a.outcome = 'done' \
                 ORDER BY a.seq",
            )
            .fetch_all(&mut db)
            .await
            .expect("read the audit log")
            .into_iter()
            .map(|(account, reason)| (account.parse().expect("an account number"), reason))
            .collect()
        })
}

#[test]
fn every_staff_view_of_a_record_writes_an_access_event_with_who_and_why() {
    let routes = staff_record_routes();
    assert!(!routes.is_empty(), "the route table has staff record pages");
    for route in &routes {
        assert!(
            VISITS.iter().any(|(r, ..)| r == route) || NOT_VIEWS.iter().any(|(r, _)| r == route),
            "{route} is a staff record page this test does not visit"
        );
    }
    let server = Server::start(&[]);
    let caseworker = demo_session(&server, "staff:caseworker");
    crate::support::say_why(&server, &caseworker, 1);
    let person = demo_session(&server, "person:1");
    for (route, address, why, opened_by) in VISITS {
        let before = views_of_person_1(&server).len();
        if let Some(form) = opened_by {
            // Fetched on its own (a prefetch, a link checker): nothing of the entry, no view.
            let asked = server.get(address, &html(&caseworker));
            assert_eq!(asked.status, 200, "{route}: {}", asked.body);
            assert!(asked.body.contains("Open the entry"), "{}", asked.body);
            assert!(
                !asked.body.contains("Mark as checked"),
                "{route}: nothing of it"
            );
            assert_eq!(views_of_person_1(&server).len(), before, "{route}: no view");
            let opened = post(&server, "/api/staff/records/open", Some(&caseworker), form);
            assert!(opened.status < 400, "{opened:?}");
        }
        let page = server.get(address, &html(&caseworker));
        assert_eq!(page.status, 200, "{route}: {}", page.body);
        if opened_by.is_some() {
            assert!(
                page.body.contains("Mark as checked"),
                "{route}: the entry shows"
            );
            let again = server.get(address, &html(&caseworker));
            assert_eq!(again.status, 200);
        }
        let views = views_of_person_1(&server);
        assert_eq!(
            views.len(),
            before + 1,
            "{route} wrote one access event (showing it again wrote none)"
        );
        assert_eq!(
            views.last().expect("one").1,
            *why,
            "the event keeps why: {views:?}"
        );

        if opened_by.is_some() {
            let without_reason = address.split('?').next().expect("path");
            assert_eq!(server.get(without_reason, &html(&caseworker)).status, 404);
        }
        assert_eq!(server.get(address, &html(&person)).status, 404);
        assert_eq!(
            views_of_person_1(&server).len(),
            before + 1,
            "{route}: no reason, or not staff, is not found and is no view"
        );
    }
}

/// The accuracy list shows entries' titles from many people's records: each page read is on
/// the audit log with who read it, which page and the entries it listed; someone without the
/// role reads nothing and is recorded as refused.
#[test]
fn each_page_of_the_accuracy_list_is_recorded_with_who_read_it_and_what_it_listed() {
    let server = Server::start(&[]);
    let caseworker = demo_session(&server, "staff:caseworker");
    let comms = demo_session(&server, "staff:comms_officer");
    let reads = || -> Vec<(String, String, String, Option<String>)> {
        let url = crate::support::database(&server);
        tokio::runtime::Runtime::new()
            .expect("runtime")
            .block_on(async {
                use sqlx::Connection as _;
                let mut db = sqlx::SqliteConnection::connect(&url).await.expect("open");
                sqlx::query_as(
                    "SELECT a.actor_role, a.object, a.outcome, d.detail FROM audit_events a \
                     LEFT JOIN audit_details d ON d.seq = a.seq \
                     WHERE a.object LIKE 'accuracy-list:%' OR a.object LIKE '/staff/accuracy%' \
                     ORDER BY a.seq",
                )
                .fetch_all(&mut db)
                .await
                .expect("read the audit log")
            })
    };
    let page = server.get("/staff/accuracy?page=2", &html(&caseworker));
    assert_eq!(page.status, 200);
    let listed: Vec<String> = page
        .body
        .split("/record/")
        .skip(1)
        .filter_map(|rest| rest.split('?').next())
        .map(|id| format!("entry:{id}"))
        .collect();
    assert_eq!(listed.len(), 50, "a full page of entries due");
    assert_eq!(server.get("/staff/accuracy", &html(&comms)).status, 404);

    // A page's refusal is written without holding the page up: wait for it to be placed.
    let mut events = reads();
    for _ in 0..50 {
        if events.len() >= 2 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        events = reads();
    }
    assert_eq!(events.len(), 2, "{events:?}");
    let (role, object, outcome, detail) = &events[0];
    assert_eq!(
        (role.as_str(), object.as_str(), outcome.as_str()),
        ("caseworker", "accuracy-list:page:2", "done")
    );
    assert_eq!(
        detail.as_deref(),
        Some(listed.join(" ").as_str()),
        "the entries it listed, in order"
    );
    assert_eq!(events[1].2, "refused", "the comms officer was refused");
}

/// The looks on one page of `/access-log` (each by its number on the audit log, from its "Ask
/// why" link), the page's "Page N of M" words, and its "Previous" and "Next" addresses.
fn access_log_page(body: &str) -> (Vec<String>, String, Option<String>, Option<String>) {
    let looks = body
        .split("href=\"/access-log/")
        .skip(1)
        .filter_map(|rest| rest.split_once("/ask\"").map(|(seq, _)| seq.to_owned()))
        .collect();
    let label = body
        .split("govuk-pagination")
        .find_map(|part| part.split_once("Page ").map(|(_, rest)| rest))
        .and_then(|rest| rest.split('<').next())
        .map(|words| format!("Page {words}"))
        .unwrap_or_default();
    let link = |rel: &str| {
        body.split("<a ")
            .find(|a| a.contains(&format!("rel=\"{rel}\"")))
            .and_then(|a| a.split_once("href=\""))
            .and_then(|(_, rest)| rest.split('"').next())
            .map(|href| href.replace("&amp;", "&"))
    };
    (looks, label, link("prev"), link("next"))
}

/// "Who looked at your record" pages by where the page before ended: following "Next" to the
/// end and "Previous" back to the start shows every look once, in the same pages both ways,
/// and the links carry the edge of the page (a deep page reads from there, not by counting).
#[test]
fn the_access_log_pages_forwards_and_back_from_the_edge_of_each_page() {
    let data = tempfile::tempdir().expect("dir");
    let url = format!("sqlite:{}", data.path().join("c.db").display());
    // The demo's own seed, so its first person is the demo's person 1.
    let (code, stdout, stderr) = crate::support::run(
        &[
            "demo-data",
            "--people",
            "3",
            "--seed",
            "1",
            "--entries",
            "--staff-views",
            "45",
        ],
        &[("CANDOUR_DATABASE_URL", url.as_str())],
        data.path(),
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("Gave person 1 45 staff views"), "{stdout}");
    let server = Server::start_in(data, &["serve", "--demo", "--addr", "127.0.0.1:0"], &[]);
    let me = demo_session(&server, "person:1");

    let mut pages = Vec::new();
    let mut address = Some("/access-log".to_owned());
    while let Some(here) = address {
        let page = server.get(&here, &html(&me));
        assert_eq!(page.status, 200, "{here}");
        let (looks, label, _, next) = access_log_page(&page.body);
        if let Some(next) = &next {
            assert!(
                next.contains("&older="),
                "Next carries this page's last look: {next}"
            );
        }
        pages.push((looks, label));
        address = next;
    }
    let seen: Vec<&String> = pages.iter().flat_map(|(looks, _)| looks).collect();
    let unique: std::collections::HashSet<_> = seen.iter().collect();
    assert!(seen.len() >= 45, "every look, {} of them", seen.len());
    assert_eq!(unique.len(), seen.len(), "none twice");
    let count = pages.len();
    assert!(count >= 3, "{count} pages");
    for (n, (looks, label)) in pages.iter().enumerate() {
        assert_eq!(label, &format!("Page {} of {count}", n + 1));
        assert!(
            n + 1 == count || looks.len() == 20,
            "full pages but the last"
        );
    }

    // And back again from the last page.
    let last = {
        let mut address = "/access-log".to_owned();
        for _ in 1..count {
            let page = server.get(&address, &html(&me));
            address = access_log_page(&page.body).3.expect("a next page");
        }
        address
    };
    let mut address = Some(last);
    let mut back = Vec::new();
    while let Some(here) = address {
        let page = server.get(&here, &html(&me));
        let (looks, label, previous, _) = access_log_page(&page.body);
        if let Some(previous) = &previous {
            let to_first = previous.ends_with("&page=1");
            assert!(
                to_first || previous.contains("&newer="),
                "Previous carries this page's first look: {previous}"
            );
        }
        back.push((looks, label));
        address = previous;
    }
    back.reverse();
    assert_eq!(back, pages, "the same pages both ways");
}
