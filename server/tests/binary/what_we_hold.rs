//! "What we hold about you": the page and its printable PDF say the same things for the person
//! (their consent's purpose, whom it went to, how long it is kept by the council's own schedule),
//! the PDF is tagged, a share not yet told is never named, and nobody else gets either.

use crate::support::{Server, demo_session, pdf_text, tagged_pdf_info};

#[test]
fn a_person_reads_and_prints_what_we_hold_by_the_councils_schedule_and_nobody_else_can() {
    // Every class kept 3 years, so whichever class the demo gave, the sentence is known.
    let server = Server::start(&[("CANDOUR_RETENTION", "standard=3,safeguarding-enquiry=3")]);
    let get = |cookie: Option<&str>, path: &str| {
        let mut headers = vec![("Accept-Language", "en-GB"), ("Accept", "text/html")];
        if let Some(cookie) = cookie {
            headers.push(("Cookie", cookie));
        }
        server.get(path, &headers)
    };
    // Demo person 2 (index 1) said yes to a housing share, which went out.
    let person = demo_session(&server, "person:2");
    let page = get(Some(&person), "/what-we-hold");
    assert_eq!(page.status, 200);
    let pdf = get(Some(&person), "/what-we-hold.pdf");
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.header("content-type"), "application/pdf");
    let text = pdf_text(&pdf.bytes);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for words in [
        "What we hold about you",
        "To tell the housing team what you need from a home.",
        "Northshire Council Housing",
        "3 years after",
        "Decisions made by a computer",
        "0303 123 1113",
    ] {
        assert!(page.body.contains(words), "{words} not on the page");
        assert!(flat.contains(words), "{words} not in the PDF: {flat}");
    }
    tagged_pdf_info(&pdf.bytes);

    // Demo person 3 (index 2) has a share with the police they have not been told of.
    let three = demo_session(&server, "person:3");
    let page = get(Some(&three), "/what-we-hold");
    let pdf = pdf_text(&get(Some(&three), "/what-we-hold.pdf").bytes);
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Northshire NHS Foundation Trust"));
    for shown in [&page.body, &pdf] {
        assert!(
            !shown.contains("Northshire Police"),
            "an untold share is never named"
        );
    }

    // Staff and nobody signed in get nothing of it.
    let staff = demo_session(&server, "staff:caseworker");
    assert_eq!(get(Some(&staff), "/what-we-hold.pdf").status, 404);
    let nobody = get(None, "/what-we-hold.pdf");
    assert!(nobody.header("location").starts_with("/sign-in"));
}
