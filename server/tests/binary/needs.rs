//! A person's recorded needs are applied without asking: their language when neither they nor
//! their browser picked one, and large print when their information format says so. Delegates see the pages
//! their own way.

use crate::support::{Server, demo_session};
use candour_domain::locale::Locale;
use candour_domain::person::InformationFormat;
use candour_domain::synthetic;

/// The demo council's seed (`candour serve --demo`).
const DEMO_SEED: u64 = 1;

fn html_tag(body: &str) -> String {
    body.split("<html")
        .nth(1)
        .and_then(|h| h.split('>').next())
        .unwrap_or("")
        .to_owned()
}

#[test]
fn a_persons_language_and_large_print_come_from_their_record() {
    let server = Server::start(&[]);
    let (mut saw_welsh, mut saw_large_print) = (false, false);
    for index in 0..40 {
        let details = synthetic::person(DEMO_SEED, index);
        let cookie = demo_session(&server, &format!("person:{}", index + 1));
        let page = server.get("/account", &[("Accept", "text/html"), ("Cookie", &cookie)]);
        assert_eq!(page.status, 200);
        let tag = html_tag(&page.body);
        let welsh = details.preferred_locale == Locale::Cy;
        let large = details.communication.information_format == Some(InformationFormat::LargePrint);
        assert_eq!(tag.contains("lang=\"cy\""), welsh, "person {index}: {tag}");
        assert_eq!(
            tag.contains("candour-large-print"),
            large,
            "person {index}: {tag}"
        );
        saw_welsh |= welsh;
        saw_large_print |= large;

        // The browser's own language setting wins over the record.
        let browser = server.get(
            "/account",
            &[
                ("Accept", "text/html"),
                ("Accept-Language", "cy"),
                ("Cookie", &cookie),
            ],
        );
        assert!(
            html_tag(&browser.body).contains("lang=\"cy\""),
            "person {index}"
        );

        // A language picked with the switcher wins over both.
        let picked = server.get(
            "/account",
            &[
                ("Accept", "text/html"),
                ("Cookie", &format!("{cookie}; candour_lang=en-GB")),
            ],
        );
        assert!(
            html_tag(&picked.body).contains("lang=\"en-GB\""),
            "person {index}"
        );
    }
    assert!(
        saw_welsh && saw_large_print,
        "the first 40 demo people include both"
    );
}

#[test]
fn easy_read_summaries_come_first_for_a_person_who_needs_easy_read() {
    let server = Server::start(&[]);
    let easy_read = |index: u64| {
        synthetic::person(DEMO_SEED, index)
            .communication
            .information_format
            == Some(InformationFormat::EasyRead)
    };
    let with_summary = |index: u64| {
        synthetic::entries(DEMO_SEED, index, candour_domain::person::PersonId(0))
            .iter()
            .any(|e| e.summary.is_some())
    };
    let reader = (0..200)
        .find(|i| easy_read(*i) && with_summary(*i))
        .expect("a demo person who needs Easy Read");
    let other = (0..200)
        .find(|i| !easy_read(*i) && with_summary(*i))
        .expect("a demo person who does not");
    for (index, first) in [(reader, true), (other, false)] {
        let cookie = demo_session(&server, &format!("person:{}", index + 1));
        let headers = [
            ("Accept", "text/html"),
            ("Accept-Language", "en-GB"),
            ("Cookie", cookie.as_str()),
        ];
        let list = server.get("/record", &headers).body;
        let summary = synthetic::entries(DEMO_SEED, index, candour_domain::person::PersonId(0))
            .into_iter()
            .find_map(|e| e.summary)
            .expect("a summary");
        assert_eq!(list.contains(&summary), first, "person {index}: list");
        let entry_link = list
            .split("href=\"/record/")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .map(str::to_owned)
            .collect::<Vec<_>>();
        let page = entry_link
            .iter()
            .map(|id| server.get(&format!("/record/{id}"), &headers).body)
            .find(|body| body.contains("In short"))
            .expect("an entry with a summary");
        let in_short = page.find("In short").expect("summary");
        let dates = page.find("When it happened").expect("dates");
        assert_eq!(in_short < dates, first, "person {index}: entry page order");
    }
}
