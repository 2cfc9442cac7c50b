//! The access matrix: every page in the router (`candour_app::routes::PAGE_ROUTES`, which a unit
//! test keeps equal to the router), opened by every kind of actor, answers as the access policy
//! says: the page itself, the sign-in page, or "page not found". A page added to the router and
//! not to [`expected`] fails this test until someone decides who may open it, and every page
//! that someone may open is shown opening for them (a row where everyone is refused proves
//! nothing).
//!
//! Pages with ids in their address are opened with person 1's own things (a request answered
//! with a copy, a correction refused), so the owner's success is shown on the same address as
//! everyone else's refusal.
//!
//! Beyond the actors of each row, [`DELEGATES`] are delegates of person 1 holding one scope
//! each, and one whose delegation person 1 ended: what they get is worked out from the row's
//! "delegate with every scope" and the scopes the page needs ([`needs`]), so a page that shows a
//! delegate more than their scopes allow, or shows an ended delegate anything of person 1's,
//! fails here.

use crate::support::{Server, demo_session, post, say_why};
use candour_domain::access::DelegateScope;

/// What an actor gets when they open a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// The page itself (status 200, not the not-found page).
    Page,
    /// Sent to sign in first.
    SignIn,
    /// The not-found page, status 404: as if the page did not exist.
    NotFound,
    /// A problem page, shown to anyone with the status of the problem it explains.
    Problem(u16),
}

use Outcome::{NotFound, Page, Problem, SignIn};

/// How many actors each row names.
const N: usize = 8;

/// The actors, in the order of each row of [`expected`]: nobody signed in, the person whose
/// things the addresses name, another person, a delegate of the first person, and each staff
/// role.
const ACTORS: [&str; N] = [
    "visitor",
    "person:1",
    "person:2",
    "delegate:1",
    "staff:caseworker",
    "staff:privacy_officer",
    "staff:comms_officer",
    "staff:administrator",
];

/// Everyone sees it.
const ANYONE: [Outcome; N] = [Page; N];
/// Anyone signed in sees it.
const SIGNED_IN: [Outcome; N] = [SignIn, Page, Page, Page, Page, Page, Page, Page];
/// A person's own pages, showing whoever is signed in their own information: the person,
/// another person (their own), and a delegate acting for the person (the demo delegate holds
/// every scope).
const OWN: [Outcome; N] = [
    SignIn, Page, Page, Page, NotFound, NotFound, NotFound, NotFound,
];
/// One of person 1's own things, by its id: person 1 and their delegate; another person gets
/// "not found", as for an id that does not exist.
const PERSON_1S: [Outcome; N] = [
    SignIn, Page, NotFound, Page, NotFound, NotFound, NotFound, NotFound,
];
/// Only a person themselves (delegations are the person's own choice).
const PERSON_ONLY: [Outcome; N] = [
    SignIn, Page, Page, NotFound, NotFound, NotFound, NotFound, NotFound,
];
/// Caseworkers and privacy officers, who work with people's records.
const CASEWORK: [Outcome; N] = [
    SignIn, NotFound, NotFound, NotFound, Page, Page, NotFound, NotFound,
];
/// Privacy officers, who work the rights-request queue.
const PRIVACY: [Outcome; N] = [
    SignIn, NotFound, NotFound, NotFound, NotFound, Page, NotFound, NotFound,
];
/// Comms officers, who brand and print leaflets.
const COMMS: [Outcome; N] = [
    SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, Page, NotFound,
];

/// Delegates of person 1 made for the run (each a demo person who accepted person 1's invitation
/// for these scopes), and one whose delegation person 1 then ended (`None`).
const DELEGATES: [(&str, Option<DelegateScope>); 5] = [
    ("person:5", Some(DelegateScope::ReadRecord)),
    ("person:6", Some(DelegateScope::SharingAndAccess)),
    ("person:7", Some(DelegateScope::ManageConsent)),
    ("person:8", Some(DelegateScope::MakeRequests)),
    ("person:9", None),
];

/// The scopes a delegate needs for a page person 1's delegate with every scope may open (the
/// access policy's `PersonAction`s: `candour_domain::access::policy`).
fn needs(route: &str) -> &'static [DelegateScope] {
    use DelegateScope::*;
    match route {
        // The access copy's page shows the copy cut to the delegate's scopes, from the record.
        "/record" | "/record/:id" | "/requests/:reference/copy" => &[ReadRecord],
        "/sharing" | "/sharing/:id" | "/access-log" | "/access-log/:look/ask" => {
            &[SharingAndAccess]
        }
        // Kinds of record and who it is shared with.
        "/what-we-hold" => &[ReadRecord, SharingAndAccess],
        "/consents" | "/consents/:id/change" | "/consents/:id/changed" => &[ManageConsent],
        r if r.starts_with("/requests") => &[MakeRequests],
        // Pages of anyone signed in, or anyone at all.
        _ => &[],
    }
}

/// What delegate `scope` (or, `None`, an ended delegate) gets on `route`, from what the row
/// says of another person (`another`) and of a delegate with every scope (`every`).
fn delegate_outcome(
    route: &str,
    scope: Option<DelegateScope>,
    another: Outcome,
    every: Outcome,
) -> Outcome {
    match scope {
        // An ended delegate acts for nobody until they choose again on their account page
        // (`candour_domain::access::resolve`): every page about a person is not found, never
        // their own information in place of the person's they were reading.
        None if another == Page && about_a_person(route) => NotFound,
        None => another,
        Some(scope) if every == Page => {
            if needs(route).iter().all(|needed| *needed == scope) {
                Page
            } else {
                NotFound
            }
        }
        Some(_) => every,
    }
}

/// Whether `route` shows the information of the person the signed-in account acts for.
fn about_a_person(route: &str) -> bool {
    [
        "/record",
        "/sharing",
        "/access-log",
        "/what-we-hold",
        "/consents",
        "/requests",
        "/account/delegates",
        "/notifications",
        "/messages",
    ]
    .iter()
    .any(|start| route.starts_with(start))
}

/// Person 1 invites the demo person `who` as a delegate with `scopes` and they accept; their
/// session and the delegation's number.
fn delegate_of_person_1(server: &Server, who: &str, scopes: &[DelegateScope]) -> (String, i64) {
    let person = demo_session(server, "person:1");
    let keys: Vec<&str> = scopes.iter().map(|s| s.key()).collect();
    let cookie = crate::support::accepted_delegate(server, &person, who, &keys);
    let url = crate::support::database(server);
    let id = tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            use sqlx::Connection as _;
            let mut db = sqlx::SqliteConnection::connect(&url).await.expect("open");
            sqlx::query_scalar::<_, i64>("SELECT max(id) FROM delegations WHERE person_id = 1")
                .fetch_one(&mut db)
                .await
                .expect("the delegation")
        });
    (cookie, id)
}

/// For each route: the address opened, and what each actor in [`ACTORS`] gets.
fn expected(route: &str) -> Option<(&'static str, [Outcome; N])> {
    Some(match route {
        "/" => ("/", ANYONE),
        "/accessibility" => ("/accessibility", ANYONE),
        "/cookies" => ("/cookies", ANYONE),
        "/privacy" => ("/privacy", ANYONE),
        "/contact" => ("/contact", ANYONE),
        "/leaflets" => ("/leaflets", ANYONE),
        "/leaflets/:name" => ("/leaflets/your-rights", ANYONE),
        "/sign-in" => ("/sign-in", ANYONE),
        "/signed-out" => ("/signed-out", ANYONE),
        "/sign-in/problem" => ("/sign-in/problem", ANYONE),
        "/demo/sign-in" => ("/demo/sign-in", ANYONE),
        "/problem" => ("/problem", [Problem(500); N]),
        "/problem/cross-site" => ("/problem/cross-site", [Problem(403); N]),
        "/problem/too-many" => ("/problem/too-many", [Problem(429); N]),
        "/problem/too-large" => ("/problem/too-large", [Problem(413); N]),
        "/account" => ("/account", SIGNED_IN),
        // Staff never act for someone by code.
        "/account/accept" => ("/account/accept", OWN),
        "/record" => ("/record", OWN),
        "/record/:id" => ("/record/1", PERSON_1S),
        "/sharing" => ("/sharing", OWN),
        // Person 1's first share (stored first: the demo loads people in order).
        "/sharing/:id" => ("/sharing/1", PERSON_1S),
        "/access-log" => ("/access-log", OWN),
        // A caseworker's look at person 1's summary (its number on the log is found at run time).
        "/access-log/:look/ask" => ("/access-log/LOOK/ask", PERSON_1S),
        "/what-we-hold" => ("/what-we-hold", OWN),
        "/consents" => ("/consents", OWN),
        // Person 1's consent (stored first), which person 1 said yes to again before the run.
        "/consents/:id/change" => ("/consents/1/change", PERSON_1S),
        "/consents/:id/changed" => ("/consents/1/changed", PERSON_1S),
        "/requests" => ("/requests", OWN),
        "/requests/new" => ("/requests/new", OWN),
        "/requests/new/about" => ("/requests/new/about", OWN),
        "/requests/new/contact" => ("/requests/new/contact", OWN),
        "/requests/new/check" => ("/requests/new/check", OWN),
        "/requests/:reference" => ("/requests/CR-000001", PERSON_1S),
        "/requests/:reference/copy" => ("/requests/CR-000001/copy", PERSON_1S),
        "/requests/:reference/disagree" => ("/requests/CR-000002/disagree", PERSON_1S),
        "/account/delegates" => ("/account/delegates", PERSON_ONLY),
        "/account/delegates/invite" => ("/account/delegates/invite", PERSON_ONLY),
        "/account/delegates/invited" => ("/account/delegates/invited", PERSON_ONLY),
        "/notifications" => ("/notifications", PERSON_ONLY),
        "/messages" => ("/messages", PERSON_ONLY),
        "/staff/requests" => ("/staff/requests", PRIVACY),
        "/staff/requests/new" => ("/staff/requests/new", CASEWORK),
        "/staff/requests/:reference" => ("/staff/requests/CR-000001", PRIVACY),
        "/staff/accuracy" => ("/staff/accuracy", CASEWORK),
        "/staff/delegates/new" => ("/staff/delegates/new", CASEWORK),
        "/staff/delegates/registered" => ("/staff/delegates/registered", CASEWORK),
        "/staff/delegates/approvals" => ("/staff/delegates/approvals", CASEWORK),
        "/staff/consents" => ("/staff/consents", CASEWORK),
        "/staff/people" => ("/staff/people?q=a", CASEWORK),
        "/staff/people/:person" => ("/staff/people/1", CASEWORK),
        "/staff/sharing/not-told" => ("/staff/sharing/not-told", CASEWORK),
        "/staff/questions" => ("/staff/questions", PRIVACY),
        // Person 1's question about that look.
        "/staff/questions/:id" => ("/staff/questions/1", PRIVACY),
        "/staff/alerts" => ("/staff/alerts", PRIVACY),
        "/staff/alerts/:id" => ("/staff/alerts/1", PRIVACY),
        // Person 2's case closed long ago and the matrix's staff have not said why (they have
        // for person 1, whose pages are the rows above and below).
        "/staff/people/:person/why" => ("/staff/people/2/why", CASEWORK),
        "/staff/people/:person/record/:entry" => {
            ("/staff/people/1/record/1?why=accuracy", CASEWORK)
        }
        // Recording a share: each question, and the check page (which, with nothing answered
        // yet, says which question is next).
        "/staff/people/:person/sharing/new" => ("/staff/people/1/sharing/new", CASEWORK),
        "/staff/people/:person/sharing/new/information" => {
            ("/staff/people/1/sharing/new/information", CASEWORK)
        }
        "/staff/people/:person/sharing/new/purpose" => {
            ("/staff/people/1/sharing/new/purpose", CASEWORK)
        }
        "/staff/people/:person/sharing/new/basis" => {
            ("/staff/people/1/sharing/new/basis", CASEWORK)
        }
        "/staff/people/:person/sharing/new/grounds" => {
            ("/staff/people/1/sharing/new/grounds", CASEWORK)
        }
        "/staff/people/:person/sharing/new/telling" => {
            ("/staff/people/1/sharing/new/telling", CASEWORK)
        }
        "/staff/people/:person/sharing/new/check" => {
            ("/staff/people/1/sharing/new/check", CASEWORK)
        }
        // Person 1's first share, as staff see it once recorded.
        "/staff/people/:person/sharing/recorded/:id" => {
            ("/staff/people/1/sharing/recorded/1", CASEWORK)
        }
        "/staff/leaflets" => ("/staff/leaflets", COMMS),
        "/staff/organisation" => ("/staff/organisation", COMMS),
        "/staff/organisation/logo" => ("/staff/organisation/logo", COMMS),
        _ => return None,
    })
}

/// The not-found page's heading, as every refused page shows it.
const NOT_FOUND_HEADING: &str = "Page not found";

/// The outcome, or what came instead (status and where it sent the browser).
fn outcome(response: &crate::support::Response) -> Result<Outcome, String> {
    let location = response.header("location");
    if (300..400).contains(&response.status) && location.starts_with("/sign-in") {
        Ok(SignIn)
    } else if response.status == 404 && response.body.contains(NOT_FOUND_HEADING) {
        Ok(NotFound)
    } else if response.status == 200 && !response.body.contains(NOT_FOUND_HEADING) {
        Ok(Page)
    } else if response.status >= 400 && response.body.contains("<h1") {
        Ok(Problem(response.status))
    } else {
        Err(format!("status {} {location}", response.status))
    }
}

/// A caseworker looks at person 1's summary, and person 1 asks why (question 1); the look's
/// number on the audit log.
fn person_1_asks_why_someone_looked(server: &Server) -> String {
    let caseworker = demo_session(server, "staff:caseworker");
    say_why(server, &caseworker, 1);
    let person = demo_session(server, "person:1");
    let summary = server.get(
        "/staff/people/1",
        &[("Accept", "text/html"), ("Cookie", &caseworker)],
    );
    assert_eq!(summary.status, 200);
    let log = server.get(
        "/access-log",
        &[("Accept", "text/html"), ("Cookie", &person)],
    );
    let look = log
        .body
        .split("/access-log/")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .filter(|n| n.parse::<i64>().is_ok())
        .expect("a look to ask about")
        .to_owned();
    let asked = post(
        server,
        "/api/access-log/ask",
        Some(&person),
        &format!("look={look}&words=Why+did+you+look%3F"),
    );
    assert!(asked.status < 400, "{asked:?}");
    look
}

/// Person 1 asks for a copy (answered by a privacy officer: CR-000001) and a correction (refused:
/// CR-000002), so their request pages exist for them, and says yes again to their consent.
fn person_1_has_requests(server: &Server) {
    let person = demo_session(server, "person:1");
    let officer = demo_session(server, "staff:privacy_officer");
    let ask = |steps: &[(&str, &str)]| {
        for (path, body) in steps {
            let answer = post(server, path, Some(&person), body);
            assert!(answer.status < 400, "{path}: {answer:?}");
        }
    };
    ask(&[
        ("/api/requests/right", "right=access"),
        ("/api/requests/about", "about=Everything"),
        ("/api/requests/contact", "contact=portal"),
        ("/api/requests/send", ""),
    ]);
    let copy = post(
        server,
        "/api/staff/requests/copy",
        Some(&officer),
        "reference=CR-000001",
    );
    assert!(copy.status < 400, "{copy:?}");
    ask(&[
        ("/api/requests/right", "right=rectification"),
        (
            "/api/requests/about",
            "wrong=It+says+I+have+two+cats&should_say=One+cat",
        ),
        ("/api/requests/contact", "contact=portal"),
        ("/api/requests/send", ""),
    ]);
    // Person 1 (demo index 0) took back a consent; they say yes again, so it has a change to
    // confirm.
    let given = post(
        server,
        "/api/consents/change",
        Some(&person),
        "consent=1&to=given",
    );
    assert!(given.status < 400, "{given:?}");
    let today = candour_domain::clock::london_date(chrono::Utc::now().timestamp());
    let refused = post(
        server,
        "/api/staff/requests/event",
        Some(&officer),
        &today.format("reference=CR-000002&kind=refused&on_day=%-d&on_month=%-m&on_year=%Y&note=The+record+is+right").to_string(),
    );
    assert!(refused.status < 400, "{refused:?}");
}

#[test]
fn every_page_in_the_router_answers_each_actor_as_the_access_policy_says() {
    let routes = candour_app::routes::PAGE_ROUTES;
    let unlisted: Vec<&&str> = routes.iter().filter(|r| expected(r).is_none()).collect();
    assert!(
        unlisted.is_empty(),
        "pages missing from the access matrix: {unlisted:?}"
    );
    let server = Server::start(&[]);
    person_1_has_requests(&server);
    let look = person_1_asks_why_someone_looked(&server);
    let cookies: Vec<Option<String>> = ACTORS
        .iter()
        .map(|actor| (*actor != "visitor").then(|| demo_session(&server, actor)))
        .collect();
    // Caseworkers and privacy officers say why they open person 1's closed case and open their
    // first entry; the others may not (and are refused).
    for (actor, cookie) in ACTORS.iter().zip(&cookies) {
        if let (Some(cookie), true) = (
            cookie,
            actor.contains("caseworker") || actor.contains("privacy"),
        ) {
            say_why(&server, cookie, 1);
            // And open person 1's first entry, so its page shows the entry itself.
            crate::support::open_entry(&server, cookie, 1, 1, "accuracy");
        }
    }

    let person_1 = demo_session(&server, "person:1");
    let delegates: Vec<(&str, Option<DelegateScope>, String)> = DELEGATES
        .iter()
        .map(|(who, scope)| {
            let scopes = scope.map_or(DelegateScope::ALL.to_vec(), |s| vec![s]);
            let (cookie, id) = delegate_of_person_1(&server, who, &scopes);
            if scope.is_none() {
                let ended = post(
                    &server,
                    "/api/delegates/end",
                    Some(&person_1),
                    &format!("delegation={id}"),
                );
                assert!(ended.status < 400, "{ended:?}");
            }
            (*who, *scope, cookie)
        })
        .collect();

    let mut wrong = Vec::new();
    let mut checked = 0;
    for route in routes {
        let (address, want) = expected(route).expect("listed");
        assert!(
            want.iter().any(|w| matches!(w, Page | Problem(_))),
            "{route}: somebody must be shown opening it"
        );
        for ((actor, cookie), want) in ACTORS.iter().zip(&cookies).zip(want) {
            let mut headers = vec![("Accept", "text/html"), ("Accept-Language", "en-GB")];
            if let Some(cookie) = cookie {
                headers.push(("Cookie", cookie));
            }
            let got = outcome(&server.get(&address.replace("LOOK", &look), &headers));
            if got != Ok(want) {
                wrong.push(format!("{address} as {actor}: {got:?}, expected {want:?}"));
            }
            checked += 1;
        }
        for (who, scope, cookie) in &delegates {
            let want = delegate_outcome(route, *scope, want[2], want[3]);
            let headers = [
                ("Accept", "text/html"),
                ("Accept-Language", "en-GB"),
                ("Cookie", cookie.as_str()),
            ];
            let got = outcome(&server.get(&address.replace("LOOK", &look), &headers));
            if got != Ok(want) {
                let actor = scope.map_or("ended".to_owned(), |s| s.key().to_owned());
                wrong.push(format!(
                    "{address} as {who}, delegate ({actor}): {got:?}, expected {want:?}"
                ));
            }
            checked += 1;
        }
    }
    println!(
        "{} routes, {} actors each, {checked} answers checked",
        routes.len(),
        N + DELEGATES.len()
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
