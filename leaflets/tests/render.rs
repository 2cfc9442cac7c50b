//! Every leaflet in every language and print size renders as PDF/UA-1 within budget, its text
//! comes out of `pdftotext` in reading order, and nothing a council types is read as markup.

use std::process::Command;

use candour_leaflets::{
    Engine, LEAFLETS, LOCALES, LeafletError, Logo, LogoProblem, Organisation, Personal,
    PersonalRequest, RenderRequest, content,
};
use chrono::NaiveDate;

fn request(leaflet: &str, locale: &str) -> RenderRequest {
    RenderRequest {
        leaflet: leaflet.into(),
        locale: locale.into(),
        large_print: false,
        organisation: Organisation::demo(),
        logo: None,
        issued: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        personal: None,
    }
}

/// The text `pdftotext` extracts, with runs of white space made single spaces.
fn text_of(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("leaflet.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by the test command");
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn pdfinfo(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("leaflet.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdfinfo").arg(&path).output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn every_leaflet_renders_in_every_language_and_size_as_tagged_pdf_ua() {
    let engine = Engine::new();
    for leaflet in LEAFLETS {
        for locale in LOCALES {
            for large_print in [false, true] {
                let mut req = request(leaflet, locale.tag);
                req.large_print = large_print;
                let rendered = engine
                    .render(&req)
                    .unwrap_or_else(|e| panic!("{leaflet} {} {large_print}: {e}", locale.tag));
                let what = format!("{leaflet} in {} (large print {large_print})", locale.tag);
                assert!(
                    rendered.pages <= 20,
                    "{what}: Easy Read leaflets are at most 20 pages"
                );
                if rendered.pages <= 4 {
                    assert!(
                        rendered.pdf.len() <= 300 * 1024,
                        "{what}: {} bytes",
                        rendered.pdf.len()
                    );
                }
                let info = pdfinfo(&rendered.pdf);
                assert!(
                    info.lines()
                        .any(|l| l.starts_with("Tagged:") && l.trim_end().ends_with("yes")),
                    "{what}: {info}"
                );
                let words = content::Leaflet::load(leaflet, locale).unwrap();
                let title_line = info.lines().find(|l| l.starts_with("Title:")).unwrap();
                assert!(title_line.contains(&words.title), "{what}: {title_line}");
                // Latin and Gurmukhi text extracts as typed; Urdu is checked for its
                // words because poppler returns right-to-left runs in visual order.
                let text = text_of(&rendered.pdf);
                let first_point = content::plain(&words.sections[0].points[0].text);
                let first_sentence = &content::sentences(&first_point)[0];
                if locale.right_to_left {
                    for word in first_sentence.split_whitespace() {
                        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                        assert!(text.contains(word), "{what}: {word} missing from {text}");
                    }
                } else {
                    assert!(
                        text.contains(&words.title),
                        "{what}: title missing from {text}"
                    );
                    assert!(
                        text.contains(first_sentence.as_str()),
                        "{what}: {first_sentence} missing from {text}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_pdf_declares_pdf_ua_and_its_language() {
    let rendered = Engine::new().render(&request("your-rights", "cy")).unwrap();
    let raw = String::from_utf8_lossy(&rendered.pdf);
    assert!(raw.contains("pdfuaid:part"), "PDF/UA identifier missing");
    assert!(
        raw.contains("/Lang (cy)") || raw.contains("/Lang(cy)"),
        "language missing"
    );
}

#[test]
fn english_points_come_out_in_reading_order_with_the_contact_details() {
    let rendered = Engine::new()
        .render(&request("your-rights", "en-GB"))
        .unwrap();
    let text = text_of(&rendered.pdf);
    let order = [
        "Your rights over your information",
        "We keep information about you. This is called your record.",
        "You can ask us to correct information that is wrong.",
        "We must answer you within 1 month.",
        "Hard words",
        "How to contact us",
        "Phone: 01632 960 001",
        "Date of issue: 23 November 2026",
    ];
    let mut from = 0;
    for sentence in order {
        let at = text[from..]
            .find(sentence)
            .unwrap_or_else(|| panic!("\"{sentence}\" not found after byte {from} in {text}"));
        from += at + sentence.len();
    }
    assert!(text.contains("Page 1 of "), "page numbers missing");
    assert!(text.contains("OpenMoji"), "picture credit missing");
}

#[test]
fn organisation_details_are_printed_as_text_never_run_as_typst() {
    let mut req = request("who-can-see", "en-GB");
    req.organisation.name = "#read(\"/etc/passwd\")".into();
    req.organisation.address = "]*#import \"@preview/x:0.1.0\": * $x^2$ #panic(\"boom\")".into();
    req.organisation.website = "https://x.example/\\u{41} // not a comment /* nor this */".into();
    req.personal = Some(Personal {
        worker: Some(("#set page(width: 1pt)".into(), "<script>".into())),
        requests: vec![PersonalRequest {
            what: "**not bold** `raw`".into(),
            due: NaiveDate::from_ymd_opt(2026, 12, 23).unwrap(),
        }],
    });
    let rendered = Engine::new()
        .render(&req)
        .expect("hostile text still renders");
    let text = text_of(&rendered.pdf);
    for literal in [
        "#read(\"/etc/passwd\")",
        "]*#import \"@preview/x:0.1.0\": * $x^2$ #panic(\"boom\")",
        "https://x.example/\\u{41} // not a comment /* nor this */",
        "#set page(width: 1pt)",
        "<script>",
        "**not bold** `raw`. We will answer by 23 December 2026.",
    ] {
        assert!(
            text.contains(literal),
            "{literal} not printed literally in {text}"
        );
    }
    assert!(!text.contains("root:"), "a file was read");
}

#[test]
fn the_personal_part_lists_the_worker_and_open_requests_in_the_readers_language() {
    let mut req = request("your-rights", "cy");
    req.personal = Some(Personal {
        worker: Some(("Sam Jones".into(), "0300 123 4567".into())),
        requests: vec![PersonalRequest {
            what: "Copi o'ch gwybodaeth (CR-000123)".into(),
            due: NaiveDate::from_ymd_opt(2027, 1, 4).unwrap(),
        }],
    });
    let text = text_of(&Engine::new().render(&req).unwrap().pdf);
    assert!(
        text.contains("Y person sy'n eich helpu yw Sam Jones."),
        "{text}"
    );
    assert!(
        text.contains("Copi o'ch gwybodaeth (CR-000123). Byddwn yn ateb erbyn 4 Ionawr 2027."),
        "{text}"
    );
}

#[test]
fn a_logo_is_drawn_with_alt_text_and_a_broken_one_is_refused_with_a_reason() {
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg' width='200' height='80'><rect width='200' height='80' fill='#005ea5'/></svg>".to_vec();
    let mut req = request("your-rights", "en-GB");
    req.logo = Some(Logo::from_bytes(svg).unwrap());
    let rendered = Engine::new().render(&req).unwrap();
    assert!(String::from_utf8_lossy(&rendered.pdf).contains("Logo of Demo Borough Council"));

    // A damaged SVG is refused as it arrives (it is redrawn then); a PNG whose header reads
    // but whose picture is missing, when typst draws it.
    let broken = b"<svg xmlns='http://www.w3.org/2000/svg'><rect width='10' height=</svg>".to_vec();
    assert!(matches!(
        Logo::from_bytes(broken),
        Err(LeafletError::Logo(LogoProblem::DoesNotDraw(_)))
    ));
    let mut header_only = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    header_only.extend(200u32.to_be_bytes());
    header_only.extend(80u32.to_be_bytes());
    header_only.extend([8, 6, 0, 0, 0]);
    req.logo = Some(Logo::from_bytes(header_only).unwrap());
    let error = Engine::new().render(&req).unwrap_err();
    assert!(
        matches!(error, LeafletError::Logo(LogoProblem::DoesNotDraw(_))),
        "{error}"
    );
    assert_eq!(
        LeafletError::Logo(LogoProblem::DoesNotDraw(String::new()))
            .to_string()
            .split(" (")
            .next(),
        Some("The logo cannot be used: it could not be drawn")
    );
}

#[test]
fn unknown_leaflets_and_languages_are_named_with_the_choices() {
    let engine = Engine::new();
    let error = engine.render(&request("your-wrongs", "en-GB")).unwrap_err();
    assert_eq!(
        error.to_string(),
        "There is no leaflet called \"your-wrongs\". The leaflets are: your-rights, how-we-share, who-can-see."
    );
    let error = engine.render(&request("your-rights", "fr")).unwrap_err();
    assert_eq!(
        error.to_string(),
        "There is no leaflet content in the language \"fr\". The languages are: en-GB, cy, ur, pa."
    );
}

#[test]
fn a_council_can_use_its_own_pictures_and_a_wrong_set_is_refused_with_a_reason() {
    let own = tempfile::tempdir().unwrap();
    let marker = "<svg xmlns='http://www.w3.org/2000/svg' width='72' height='72'><circle cx='36' cy='36' r='30' fill='#005ea5'/></svg>";
    std::fs::write(own.path().join("see.svg"), marker).unwrap();
    let engine = Engine::new()
        .with_pictures(own.path())
        .expect("a good set is taken");
    let theirs = engine.render(&request("your-rights", "en-GB")).unwrap();
    let ours = Engine::new()
        .render(&request("your-rights", "en-GB"))
        .unwrap();
    assert_ne!(theirs.pdf, ours.pdf, "the council's picture was not used");

    let typo = tempfile::tempdir().unwrap();
    std::fs::write(typo.path().join("sea.svg"), marker).unwrap();
    let error = Engine::new().with_pictures(typo.path()).err().unwrap();
    assert!(
        error
            .to_string()
            .contains("sea.svg is not a picture Candour uses"),
        "{error}"
    );

    let broken = tempfile::tempdir().unwrap();
    std::fs::write(broken.path().join("see.svg"), "<svg><circle").unwrap();
    let error = Engine::new().with_pictures(broken.path()).err().unwrap();
    assert!(error.to_string().contains("could not be drawn"), "{error}");
}
