//! The council's details and logo, changed by comms officers on the comms page: what they save
//! is printed on every leaflet and shown on every page at once; anything wrong saves nothing.

use crate::support::{Response, Server, demo_session, pdf_text, post};

const DETAILS: &str = "name=Othertown+Council&address=Town+Hall%0D%0AOthertown+OT1+1AA&phone=01632+960+123&email=care%40othertown.example&website=https%3A%2F%2Fothertown.example&dpo_email=dpo%40othertown.example";

/// A `multipart/form-data` POST of one file in the field `logo`.
fn upload(server: &Server, cookie: &str, file_name: &str, bytes: &[u8]) -> Response {
    let boundary = "candour-test-boundary-7d1f";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let origin = format!("http://{}", server.addr);
    let content_type = format!("multipart/form-data; boundary={boundary}");
    server.request(
        "POST",
        "/staff/organisation/logo/upload",
        &[
            ("Content-Type", content_type.as_str()),
            ("Origin", origin.as_str()),
            ("Cookie", cookie),
        ],
        &body,
    )
}

fn leaflet_text(server: &Server) -> String {
    pdf_text(
        &server
            .get("/leaflets/your-rights/download?in=en-GB", &[])
            .bytes,
    )
}

#[test]
fn saved_details_show_on_every_page_and_leaflet_at_once_and_bad_ones_save_nothing() {
    let server = Server::start(&[]);
    assert!(server.get("/", &[]).body.contains("Demo Borough Council"));
    let comms = demo_session(&server, "staff:comms_officer");

    let bad = post(
        &server,
        "/api/organisation/details",
        Some(&comms),
        &DETAILS
            .replace("name=Othertown+Council", "name=+")
            .replace("dpo%40othertown.example", "nobody"),
    );
    assert!(bad.status >= 400, "{bad:?}");
    // The answers typed are kept on the server (`typed_answers`): the error carries a token.
    for expected in [
        "error-organisation-name-empty",
        "error-organisation-dpo-email-not-email",
        "__kept",
    ] {
        assert!(bad.body.contains(expected), "{expected}: {}", bad.body);
    }
    assert!(!bad.body.contains("Town Hall"), "{}", bad.body);
    let form = server.get("/staff/organisation", &[("Cookie", &comms)]);
    assert!(
        form.body.contains("value=\"Demo Borough Council\""),
        "nothing saved"
    );

    for (who, actor) in [("caseworker", "staff:caseworker"), ("person", "person:1")] {
        let cookie = demo_session(&server, actor);
        let refused = post(&server, "/api/organisation/details", Some(&cookie), DETAILS);
        assert!(refused.body.contains("NotFound"), "{who}: {refused:?}");
        assert_eq!(
            server
                .get("/staff/organisation", &[("Cookie", &cookie)])
                .status,
            404,
            "{who}"
        );
    }
    assert!(server.get("/", &[]).body.contains("Demo Borough Council"));

    let saved = post(&server, "/api/organisation/details", Some(&comms), DETAILS);
    assert!(saved.status < 400, "{saved:?}");
    // The start page was kept as a rendered copy; the copy must not outlive the change.
    let start = server.get("/", &[]).body;
    assert!(start.contains("Othertown Council"), "{start}");
    assert!(!start.contains("Demo Borough Council"));
    assert!(
        server
            .get("/contact", &[])
            .body
            .contains("dpo@othertown.example")
    );
    let leaflet = leaflet_text(&server);
    assert!(leaflet.contains("Othertown Council"), "{leaflet}");
    assert!(leaflet.contains("01632 960 123"), "{leaflet}");
    let comms_page = server.get("/staff/leaflets?saved=details", &[("Cookie", &comms)]);
    assert!(
        comms_page
            .body
            .contains("The new details are now on every leaflet and page.")
    );
}

#[test]
fn a_logo_is_checked_drawn_once_then_printed_and_can_be_removed() {
    let server = Server::start(&[]);
    let caseworker = demo_session(&server, "staff:caseworker");
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg' width='200' height='80'><rect width='200' height='80' fill='#0b5e55'/></svg>";
    assert_eq!(upload(&server, &caseworker, "logo.svg", svg).status, 404);
    assert_eq!(server.get("/organisation/logo", &[]).status, 404);

    let comms = demo_session(&server, "staff:comms_officer");
    let too_big = {
        let mut big = b"<svg xmlns='http://www.w3.org/2000/svg'>".to_vec();
        big.resize(1024 * 1024 + 10, b' ');
        big.extend_from_slice(b"</svg>");
        big
    };
    let cases: &[(&str, &[u8], &str)] = &[
        (
            "logo.gif",
            b"GIF89a\x01\x00\x01\x00",
            "error-logo-not-png-or-svg",
        ),
        ("logo.svg", b"", "error-logo-missing"),
        ("logo.svg", &too_big, "error-logo-too-big"),
        (
            "logo.svg",
            b"<svg xmlns='http://www.w3.org/2000/svg'><rect width='10' height=</svg>",
            "error-logo-damaged",
        ),
    ];
    for (name, bytes, problem) in cases {
        let refused = upload(&server, &comms, name, bytes);
        assert_eq!(refused.status, 303, "{problem}");
        let location = refused.header("location").to_owned();
        assert_eq!(
            location,
            format!("/staff/organisation/logo?problem={problem}")
        );
        let page = server.get(&location, &[("Cookie", &comms)]);
        assert!(
            page.body.contains("govuk-error-summary"),
            "{problem}: no summary"
        );
        assert!(page.body.contains("<title>Error:"), "{problem}: title");
        assert_eq!(server.get("/organisation/logo", &[]).status, 404, "saved");
    }
    let made_up = server.get(
        "/staff/organisation/logo?problem=You+have+won",
        &[("Cookie", &comms)],
    );
    assert!(!made_up.body.contains("You have won"));
    assert!(!made_up.body.contains("govuk-error-summary"));

    let good = upload(&server, &comms, "logo.svg", svg);
    assert_eq!(good.status, 303);
    assert_eq!(
        good.header("location"),
        "/staff/leaflets?saved=changed_logo"
    );
    let shown = server.get("/organisation/logo", &[]);
    assert_eq!(shown.status, 200);
    assert_eq!(shown.header("content-type"), "image/svg+xml");
    assert!(
        shown
            .header("content-security-policy")
            .starts_with("default-src 'none'")
    );
    // The drawing as redrawn from its shapes (leaflets::organisation), its colour kept.
    let drawn = String::from_utf8_lossy(&shown.bytes);
    assert!(
        drawn.starts_with("<svg") && drawn.contains("#0b5e55"),
        "{drawn}"
    );
    let leaflet = server.get("/leaflets/your-rights/download?in=en-GB", &[]);
    assert!(String::from_utf8_lossy(&leaflet.bytes).contains("Logo of Demo Borough Council"));

    let origin = format!("http://{}", server.addr);
    let removed = server.request(
        "POST",
        "/staff/organisation/logo/remove",
        &[("Origin", origin.as_str()), ("Cookie", &comms)],
        b"",
    );
    assert_eq!(removed.status, 303);
    assert_eq!(server.get("/organisation/logo", &[]).status, 404);
    let leaflet = server.get("/leaflets/your-rights/download?in=en-GB", &[]);
    assert!(!String::from_utf8_lossy(&leaflet.bytes).contains("Logo of"));
}
