//! The IDOR matrix: every registered server function, and every page with an id in its address,
//! called by every kind of actor with another person's ids, must answer exactly as it does for an
//! id that does not exist. The list of server functions comes from the running registry, so a new
//! one that is not in the table below fails this test until someone decides how it is scoped.

use crate::support::{Server, demo_session, post};

/// How a server function relates to people's data.
enum Scope {
    /// Takes an id belonging to a person: `other` calls it with someone else's, `missing` with
    /// one that does not exist.
    PersonScoped {
        other: fn(&Ids) -> String,
        missing: &'static str,
    },
    /// Touches no other person's data, for the reason given.
    NotPersonScoped(&'static str),
}

/// Ids of another person's things, set up before the matrix runs.
struct Ids {
    other_person: i64,
    other_delegation: i64,
    other_request: &'static str,
    other_look: i64,
    other_question: i64,
    other_alert: i64,
}

fn table(path: &str) -> Option<Scope> {
    Some(match path {
        "/api/access-log/ask" => Scope::PersonScoped {
            other: |ids| format!("look={}&words=Why", ids.other_look),
            missing: "look=987654&words=Why",
        },
        "/api/staff/closed-case/reason" => Scope::PersonScoped {
            other: |ids| format!("person={}&reason=Curious", ids.other_person),
            missing: "person=987654&reason=Curious",
        },
        "/api/staff/alerts/decide" => Scope::PersonScoped {
            other: |ids| format!("id={}&finding=legitimate&notes=Fine", ids.other_alert),
            missing: "id=987654&finding=legitimate&notes=Fine",
        },
        "/api/staff/questions/answer" => Scope::PersonScoped {
            other: |ids| format!("id={}&words=Because", ids.other_question),
            missing: "id=987654&words=Because",
        },
        "/api/auth/act-for" => Scope::PersonScoped {
            other: |ids| format!("person={}", ids.other_person),
            missing: "person=987654",
        },
        "/api/staff/delegates/approve" => Scope::PersonScoped {
            other: |ids| format!("delegation={}", ids.other_delegation),
            missing: "delegation=987654",
        },
        "/api/delegates/end" => Scope::PersonScoped {
            other: |ids| format!("delegation={}", ids.other_delegation),
            missing: "delegation=987654",
        },
        "/api/staff/requests/event" => Scope::PersonScoped {
            other: |ids| {
                format!(
                    "reference={}&kind=completed&on_day=1&on_month=1&on_year=2026",
                    ids.other_request
                )
            },
            missing: "reference=CR-987654&kind=completed&on_day=1&on_month=1&on_year=2026",
        },
        "/api/staff/requests/new" => Scope::PersonScoped {
            other: |_| {
                "person_ref=DEMO-1-0000001&right=access&channel=phone&received_day=1&received_month=3&received_year=2026&about=x".to_owned()
            },
            missing: "person_ref=NOBODY-1&right=access&channel=phone&received_day=1&received_month=3&received_year=2026&about=x",
        },
        "/api/staff/delegates/register" => Scope::PersonScoped {
            other: |_| {
                "person_ref=DEMO-1-0000001&name=Pat&authority=lasting_power_of_attorney&reference=7000-1&checked=seen&scopes%5B%5D=read_record".to_owned()
            },
            missing: "person_ref=NOBODY-1&name=Pat&authority=lasting_power_of_attorney&reference=7000-1&checked=seen&scopes%5B%5D=read_record",
        },
        "/api/staff/requests/copy" => Scope::PersonScoped {
            other: |ids| format!("reference={}", ids.other_request),
            missing: "reference=CR-987654",
        },
        "/api/staff/requests/assign" => Scope::PersonScoped {
            other: |ids| format!("reference={}&assignee=", ids.other_request),
            missing: "reference=CR-987654&assignee=",
        },
        "/api/staff/records/checked" => Scope::PersonScoped {
            other: |ids| format!("person={}&entry=9", ids.other_person),
            missing: "person=987654&entry=987654",
        },
        "/api/staff/records/open" => Scope::PersonScoped {
            other: |ids| format!("person={}&entry=9&why=accuracy", ids.other_person),
            missing: "person=987654&entry=987654&why=accuracy",
        },
        "/api/staff/requests/correct" => Scope::PersonScoped {
            other: |ids| format!("reference={}&corrected=x", ids.other_request),
            missing: "reference=CR-987654&corrected=x",
        },
        "/api/requests/disagree" => Scope::PersonScoped {
            other: |ids| format!("reference={}&disagreement=x", ids.other_request),
            missing: "reference=CR-987654&disagreement=x",
        },
        // Pointing a correction at an entry: entry 9 is someone else's (see PAGES).
        "/api/requests/about" => Scope::PersonScoped {
            other: |_| "entry=9&statement=0&wrong=x&should_say=y".to_owned(),
            missing: "entry=987654&statement=0&wrong=x&should_say=y",
        },
        // Person 2's consent (stored second), which they said yes to.
        "/api/consents/change" => Scope::PersonScoped {
            other: |_| "consent=2&to=withdrawn".to_owned(),
            missing: "consent=987654&to=withdrawn",
        },
        // Person 4's consent (demo index 3: the carers' consent, taken back, its first
        // organisation told): confirming it would change their consent's record.
        "/api/staff/consents/record" => Scope::PersonScoped {
            other: |_| {
                "consent=4&organisation=Northshire+Carers+Together&step=confirmed".to_owned()
            },
            missing: "consent=987654&organisation=Northshire+Carers+Together&step=confirmed",
        },
        "/api/staff/sharing/answer" => Scope::PersonScoped {
            other: |ids| {
                format!(
                    "person={}&question=recipient&organisation=Anytown+Housing&role=Officer",
                    ids.other_person
                )
            },
            missing: "person=987654&question=recipient&organisation=Anytown+Housing&role=Officer",
        },
        "/api/staff/sharing/record" => Scope::PersonScoped {
            other: |ids| format!("person={}", ids.other_person),
            missing: "person=987654",
        },
        "/api/consents/object" => Scope::NotPersonScoped(
            "acts only on the caller's own person and session draft; takes the name of a council use, not an id",
        ),
        "/api/requests/right" | "/api/requests/contact" | "/api/requests/send" => {
            Scope::NotPersonScoped("acts only on the caller's own person and session draft")
        }
        "/api/auth/sign-out" => Scope::NotPersonScoped("ends only the caller's own session"),
        "/api/demo/sign-in" => {
            Scope::NotPersonScoped("demo only: choosing anyone is its purpose; 404 without --demo")
        }
        "/api/account/notifications" => Scope::NotPersonScoped(
            "acts only on the caller's own person, taken from the session; takes a choice and an address, not an id",
        ),
        "/api/delegates/invite" => {
            Scope::NotPersonScoped("acts only on the caller's own person, taken from the session")
        }
        "/api/organisation/details" => Scope::NotPersonScoped(
            "the council's own contact details, for comms officers only; no person's data",
        ),
        "/api/delegates/accept" => {
            Scope::NotPersonScoped("takes a secret code, not an id; a wrong code is refused")
        }
        _ => return None,
    })
}

/// Pages with an id in the address: (someone else's, missing).
const PAGES: &[(&str, &str)] = &[
    ("/requests/CR-000001", "/requests/CR-987654"),
    ("/requests/CR-000001/copy", "/requests/CR-987654/copy"),
    (
        "/requests/CR-000001/disagree",
        "/requests/CR-987654/disagree",
    ),
    (
        "/requests/new/about?entry=9&statement=0",
        "/requests/new/about?entry=987654&statement=0",
    ),
    (
        "/requests/CR-000001/copy.pdf",
        "/requests/CR-987654/copy.pdf",
    ),
    (
        "/requests/CR-000001/copy.json",
        "/requests/CR-987654/copy.json",
    ),
    // Person 1 (index 0) has fewer than 9 entries (checked in the test), so entry 9 is someone
    // else's.
    ("/record/9", "/record/987654"),
    ("/consents/2/change", "/consents/987654/change"),
    ("/consents/2/changed", "/consents/987654/changed"),
    ("/consents/2/receipt.json", "/consents/987654/receipt.json"),
    ("/consents/2/receipt.pdf", "/consents/987654/receipt.pdf"),
    ("/staff/requests/CR-000001", "/staff/requests/CR-987654"),
    (
        "/staff/people/1/record/1?why=accuracy",
        "/staff/people/987654/record/987654?why=accuracy",
    ),
    ("/staff/people/2", "/staff/people/987654"),
    (
        "/staff/people/2/sharing/new",
        "/staff/people/987654/sharing/new",
    ),
    (
        "/staff/people/2/sharing/new/check",
        "/staff/people/987654/sharing/new/check",
    ),
    (
        "/staff/people/2/sharing/recorded/1",
        "/staff/people/987654/sharing/recorded/987654",
    ),
];

/// The newest closed-case alert about person `person`'s case.
fn alert_about(server: &Server, person: i64) -> i64 {
    let url = crate::support::database(server);
    tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            use sqlx::Connection as _;
            let mut db = sqlx::SqliteConnection::connect(&url).await.expect("open");
            sqlx::query_scalar::<_, i64>(
                "SELECT id FROM closed_case_alerts WHERE person_id = $1 ORDER BY id DESC LIMIT 1",
            )
            .bind(person)
            .fetch_one(&mut db)
            .await
            .expect("an alert about the case")
        })
}

fn heading(body: &str) -> Option<String> {
    body.split("<h1")
        .nth(1)
        .map(|h| h.split("</h1>").next().unwrap_or("").to_owned())
}

#[test]
fn someone_elses_ids_answer_exactly_as_missing_ids_for_every_server_function_and_page() {
    let first = candour_domain::synthetic::entries(1, 0, candour_domain::person::PersonId(1));
    assert!(first.len() < 9, "entry 9 must be another person's");
    let server = Server::start(&[]);
    // Person 2 invites someone and makes a request: those are "another person's".
    let owner = demo_session(&server, "person:2");
    for (path, body) in [
        ("/api/delegates/invite", "name=Kim&scopes%5B%5D=read_record"),
        ("/api/requests/right", "right=access"),
        ("/api/requests/about", "about=Everything%20about%20Kim"),
        ("/api/requests/contact", "contact=portal"),
        ("/api/requests/send", ""),
    ] {
        let answer = post(&server, path, Some(&owner), body);
        assert!(answer.status < 400, "{path}: {answer:?}");
    }
    // A caseworker looks at person 2's summary, and person 2 asks why (question 1).
    let caseworker = demo_session(&server, "staff:caseworker");
    crate::support::say_why(&server, &caseworker, 2);
    let summary = server.get(
        "/staff/people/2",
        &[("Accept", "text/html"), ("Cookie", &caseworker)],
    );
    assert_eq!(summary.status, 200);
    let log = server.get(
        "/access-log",
        &[("Accept", "text/html"), ("Cookie", &owner)],
    );
    let other_look: i64 = log
        .body
        .split("/access-log/")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|n| n.parse().ok())
        .expect("a look to ask about");
    let asked = post(
        &server,
        "/api/access-log/ask",
        Some(&owner),
        &format!("look={other_look}&words=Why"),
    );
    assert!(asked.status < 400, "{asked:?}");
    let ids = Ids {
        other_person: 2,
        other_delegation: 1,
        other_request: "CR-000001",
        other_look,
        other_question: 1,
        other_alert: alert_about(&server, 2),
    };

    // The actors: a person, a delegate of person 1 with every scope, staff without the queue
    // role, and nobody.
    let person = demo_session(&server, "person:1");
    let delegate = demo_session(&server, "delegate:1");
    let staff = demo_session(&server, "staff:comms_officer");
    let actors: [(&str, Option<&str>); 4] = [
        ("person 1", Some(&person)),
        ("delegate for 1", Some(&delegate)),
        ("comms officer", Some(&staff)),
        ("no one", None),
    ];

    // Linking the server's entry point links every server function the binary has, so the
    // registry seen here is the binary's.
    std::hint::black_box(candour_server::main as fn() -> std::process::ExitCode);
    let registered: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect();
    assert!(!registered.is_empty());
    let unlisted: Vec<&String> = registered.iter().filter(|p| table(p).is_none()).collect();
    assert!(
        unlisted.is_empty(),
        "server functions missing from the IDOR table: {unlisted:?}"
    );

    for path in &registered {
        let (other, missing) = match table(path) {
            Some(Scope::PersonScoped { other, missing }) => (other, missing),
            Some(Scope::NotPersonScoped(reason)) => {
                assert!(
                    !reason.is_empty(),
                    "{path}: say why it is not person-scoped"
                );
                continue;
            }
            None => continue,
        };
        for (actor, cookie) in actors {
            let theirs = post(&server, path, cookie, &other(&ids));
            let absent = post(&server, path, cookie, missing);
            assert_eq!(
                (theirs.status, &theirs.body),
                (absent.status, &absent.body),
                "{path} as {actor}"
            );
            assert!(
                theirs.status >= 400,
                "{path} as {actor} did something: {theirs:?}"
            );
        }
    }

    for (theirs, absent) in PAGES {
        for (actor, cookie) in actors {
            let headers = match cookie {
                Some(c) => vec![("Accept", "text/html"), ("Cookie", c)],
                None => vec![("Accept", "text/html")],
            };
            let a = server.get(theirs, &headers);
            let b = server.get(absent, &headers);
            assert_eq!(
                (a.status, heading(&a.body)),
                (b.status, heading(&b.body)),
                "{theirs} as {actor}"
            );
            assert!(
                !a.body.contains("Everything about Kim"),
                "{theirs} as {actor} showed the request"
            );
        }
    }

    // And nothing happened to person 2's consent, delegation or request.
    let consents = server.get("/consents", &[("Cookie", &owner), ("Accept", "text/html")]);
    assert!(
        consents.body.contains("You said yes.") && !consents.body.contains("took it back"),
        "the consent is still given"
    );
    let page = server.get(
        "/account/delegates",
        &[("Cookie", &owner), ("Accept", "text/html")],
    );
    assert!(
        page.body.contains("Kim") && page.body.contains("Invited"),
        "the delegation is still open"
    );
    let request = server.get(
        "/requests/CR-000001",
        &[("Cookie", &owner), ("Accept", "text/html")],
    );
    assert!(
        request.body.contains("Everything about Kim")
            && !request.body.contains("We answered your request")
    );
}
