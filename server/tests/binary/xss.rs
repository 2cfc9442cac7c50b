//! Stored cross-site scripting, tried with every filter-evasion payload in `xss_corpus.txt` in
//! every field a case system or a person can fill that a page shows: the person's name and
//! allocated worker, an entry's title, team, author, whose opinion and who reported, its summary
//! and statements (Markdown), and what a request is about. Each page that shows them, to the
//! person and to staff, is read with a real HTML tokenizer (html5ever) and must hold no markup
//! the payload made: no script or style without the page's nonce, no frame, object, embed, base,
//! SVG or MathML, no refresh, no event handler, no `javascript:`, `vbscript:` or `data:` address,
//! no form posting elsewhere and no CSS expression. The checker is shown to catch each kind of
//! injection first, so the crawl cannot pass by seeing nothing.
//!
//! The person's downloads are read too: the access copy as JSON (a download, the title kept
//! exactly, as data) and as PDF, and "what we hold about you" as PDF. Each PDF must show the
//! words as words (none lost off the edge of the page: a long run without spaces breaks) and
//! hold nothing that acts, as poppler reads it: no JavaScript, no address but `https:`,
//! `http:` or `mailto:`, no embedded file (the checker shown to catch them on a PDF made by
//! hand).
//!
//! Markdown fields may refuse a payload at ingestion (422, "contains an HTML tag", or a link
//! that is not `https://`, `http://` or `mailto:`); that is the case system's answer and the
//! batch stores nothing. Plain text fields must accept every payload (up to their length) and
//! show it as words.

use crate::support::{
    Response, Server, api_call, api_client, database, demo_session, form_encode, post,
};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, CharacterTokens, StartTag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer,
    TokenizerOpts,
};
use serde_json::{Value, json};
use std::cell::RefCell;

const CORPUS: &str = include_str!("xss_corpus.txt");

/// The payloads, comments left out, `\t` made a tab.
fn payloads() -> Vec<String> {
    CORPUS
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.replace("\\t", "\t"))
        .collect()
}

/// At most `n` characters of `text`, as the ingestion API allows in a field of that length.
fn cut(text: &str, n: usize) -> String {
    text.trim().chars().take(n).collect()
}

/// What a page holds that markup from stored words could have made; empty when nothing.
#[derive(Default)]
struct Findings {
    nonce: String,
    found: RefCell<Vec<String>>,
    text: RefCell<String>,
}

impl Findings {
    fn flag(&self, what: String) {
        self.found.borrow_mut().push(what);
    }

    fn check_start_tag(&self, name: &str, attrs: &[(String, String)]) {
        let attr = |wanted: &str| {
            attrs
                .iter()
                .find(|(n, _)| n == wanted)
                .map(|(_, v)| v.as_str())
        };
        match name {
            "script" | "style" if attr("nonce") != Some(self.nonce.as_str()) => {
                self.flag(format!("<{name}> without the page's nonce"));
            }
            "iframe" | "frame" | "frameset" | "object" | "embed" | "applet" | "base" | "svg"
            | "math" | "bgsound" | "marquee" => self.flag(format!("<{name}>")),
            "meta" if attr("http-equiv").is_some() => self.flag("<meta http-equiv>".into()),
            "link" if !attr("href").is_some_and(|h| h.starts_with('/')) => {
                self.flag("<link> to another site".into());
            }
            "form" if !attr("action").is_some_and(|a| a.starts_with('/')) => {
                self.flag("<form> posting elsewhere".into());
            }
            _ => {}
        }
        for (attribute, value) in attrs {
            let squeezed: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect::<String>()
                .to_lowercase();
            let address = matches!(
                attribute.as_str(),
                "href"
                    | "src"
                    | "action"
                    | "formaction"
                    | "background"
                    | "data"
                    | "dynsrc"
                    | "lowsrc"
                    | "poster"
                    | "cite"
                    | "srcset"
                    | "xlink:href"
            );
            if attribute.starts_with("on") || attribute == "srcdoc" {
                self.flag(format!("{attribute}= on <{name}>"));
            } else if address
                && ["javascript:", "vbscript:", "data:"]
                    .iter()
                    .any(|s| squeezed.starts_with(s))
            {
                self.flag(format!("{attribute}={value} on <{name}>"));
            } else if attribute == "style"
                && ["expression(", "javascript:", "url("]
                    .iter()
                    .any(|s| squeezed.contains(s))
            {
                self.flag(format!("style={value} on <{name}>"));
            }
        }
    }
}

impl TokenSink for Findings {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            TagToken(tag) if tag.kind == StartTag => {
                let name = tag.name.to_string();
                let attrs: Vec<(String, String)> = tag
                    .attrs
                    .iter()
                    .map(|a| {
                        let local = a.name.local.to_string();
                        let name = match &a.name.prefix {
                            Some(prefix) => format!("{prefix}:{local}"),
                            None => local,
                        };
                        (name, a.value.to_string())
                    })
                    .collect();
                self.check_start_tag(&name, &attrs);
                match name.as_str() {
                    "script" => return TokenSinkResult::RawData(RawKind::ScriptData),
                    "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                        return TokenSinkResult::RawData(RawKind::Rawtext);
                    }
                    "title" | "textarea" => return TokenSinkResult::RawData(RawKind::Rcdata),
                    _ => {}
                }
            }
            CharacterTokens(text) => self.text.borrow_mut().push_str(&text),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// What `html` holds that it should not, given the nonce its Content-Security-Policy names;
/// and its text, character references decoded.
fn inspect(html: &str, nonce: &str) -> (Vec<String>, String) {
    let tokenizer = Tokenizer::new(
        Findings {
            nonce: nonce.to_owned(),
            ..Findings::default()
        },
        TokenizerOpts::default(),
    );
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let findings = tokenizer.sink.found.take();
    let text = tokenizer.sink.text.take();
    (findings, text)
}

/// The nonce a page's Content-Security-Policy allows scripts with.
fn nonce_of(page: &Response) -> String {
    page.header("content-security-policy")
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn the_checker_catches_each_kind_of_injection_and_passes_a_plain_page() {
    let clean = r#"<!DOCTYPE html><html lang="en-GB"><head><title>Your record</title>
        <link rel="stylesheet" href="/pkg/candour.css"/><script nonce="n1" type="module">go()</script>
        </head><body><form method="post" action="/api/requests/send"><p class="govuk-body">
        &lt;script&gt;alert(1)&lt;/script&gt;</p><a href="/record/1">Entry</a></form></body></html>"#;
    let (found, text) = inspect(clean, "n1");
    assert_eq!(found, Vec::<String>::new());
    assert!(text.contains("<script>alert(1)</script>"), "{text}");
    for bad in [
        "<script>alert(1)</script>",
        "<script nonce=other>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\" jav\tascript:alert(1)\">x</a>",
        "<iframe srcdoc=x></iframe>",
        "<svg/onload=alert(1)>",
        "<meta http-equiv=refresh content=0>",
        "<link rel=stylesheet href=https://evil.example/x.css>",
        "<form action=https://evil.example></form>",
        "<div style=\"width: expression(alert(1))\">",
        "<object data=x>",
        "<a xlink:href=javascript:alert(1)>",
        "<base href=https://evil.example/>",
    ] {
        let (found, _) = inspect(&format!("<p>{bad}</p>"), "n1");
        assert!(!found.is_empty(), "missed {bad}");
    }
    // Inside a title or a script, markup is text, as a browser reads it.
    let (found, _) = inspect(
        "<title>&lt;/title&gt;<img src=x onerror=alert(1)></title>",
        "n1",
    );
    assert_eq!(found, Vec::<String>::new());
}

/// One person and one entry per payload, its plain fields holding the payload.
fn people_and_entries(payloads: &[String]) -> Value {
    let people: Vec<Value> = payloads
        .iter()
        .enumerate()
        .map(|(i, p)| {
            json!({
                "source_id": format!("XSS-{i}"), "given_name": "Pat", "family_name": cut(p, 100),
                "date_of_birth": "1950-01-01",
                "allocated_worker": { "name": cut(p, 100), "role": cut(p, 100) }
            })
        })
        .collect();
    let entries: Vec<Value> = payloads
        .iter()
        .enumerate()
        .map(|(i, p)| entry(i, p, "We talked.", "She seemed well."))
        .collect();
    json!({ "people": people, "entries": entries })
}

fn entry(i: usize, payload: &str, summary: &str, statement: &str) -> Value {
    json!({
        "person_source_id": format!("XSS-{i}"), "source_id": format!("E-{i}"),
        "kind": "case_note", "title": cut(payload, 200), "summary": summary,
        "team": cut(payload, 100), "author_role": cut(payload, 100),
        "event_date": "2026-11-02", "written_date": "2026-11-02",
        "statements": [
            { "label": "fact", "text": statement },
            { "label": "opinion", "whose": cut(payload, 100), "text": "She seemed well." },
            { "label": "reported", "by": cut(payload, 100), "text": "Her daughter visits." }
        ]
    })
}

/// Ids of the people and entries made, in payload order.
fn stored_ids(server: &Server, count: usize) -> Vec<(i64, i64)> {
    let database = database(server);
    let rows = tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            use sqlx::Connection as _;
            let mut db = sqlx::SqliteConnection::connect(&database)
                .await
                .expect("open");
            sqlx::query_as::<_, (String, i64, i64)>(
                "SELECT p.source_id, p.id, e.id FROM people p \
                 JOIN record_entries e ON e.person_id = p.id WHERE p.source_id LIKE 'XSS-%'",
            )
            .fetch_all(&mut db)
            .await
            .expect("stored")
        });
    (0..count)
        .map(|i| {
            rows.iter()
                .find(|(source, _, _)| *source == format!("XSS-{i}"))
                .map(|(_, person, entry)| (*person, *entry))
                .expect("each payload's person is stored")
        })
        .collect()
}

#[test]
fn no_payload_in_any_field_becomes_markup_on_any_page() {
    let server = Server::start(&[("CANDOUR_LIMIT_SIGN_IN", "100000")]);
    let anytown = api_client(&server, "Anytown");
    let payloads = payloads();
    assert_eq!(payloads.len(), 72, "the corpus");
    let stored = api_call(
        &server,
        "POST",
        "/api/v1/import",
        &anytown,
        &people_and_entries(&payloads),
    );
    assert_eq!(
        stored.status, 200,
        "plain fields take any words: {}",
        stored.body
    );
    let ids = stored_ids(&server, payloads.len());

    let mut markdown_accepted = 0;
    for (i, payload) in payloads.iter().enumerate() {
        let batch = json!({ "entries": [entry(i, payload, &cut(payload, 500), payload)] });
        let answer = api_call(&server, "POST", "/api/v1/import", &anytown, &batch);
        match answer.status {
            200 => markdown_accepted += 1,
            422 => assert!(
                answer.body.contains("HTML tag") || answer.body.contains("link"),
                "{payload}: refused for a reason the case system can act on: {}",
                answer.body
            ),
            other => panic!("{payload}: {other} {}", answer.body),
        }
    }
    // Some payloads are only words to Markdown (javascript:alert(1), a template expression),
    // so they are stored and must be shown as words.
    assert!(markdown_accepted >= 3, "{markdown_accepted} accepted");

    let caseworker = demo_session(&server, "staff:caseworker");
    let officer = demo_session(&server, "staff:privacy_officer");
    let (mut pages, mut files) = (0, 0);
    for (i, payload) in payloads.iter().enumerate() {
        let (person, entry) = ids[i];
        let reader = demo_session(&server, &format!("person:{person}"));
        for (path, body) in [
            ("/api/requests/right", "right=access".to_owned()),
            (
                "/api/requests/about",
                format!("about={}", form_encode(payload)),
            ),
            ("/api/requests/contact", "contact=portal".to_owned()),
        ] {
            let answer = post(&server, path, Some(&reader), &body);
            assert!(answer.status < 400, "{payload}: {path}: {answer:?}");
        }
        let check = page(&server, &reader, "/requests/new/check", payload);
        assert!(
            check.contains(payload.trim()),
            "{payload}: the check page shows the words typed"
        );
        let sent = post(&server, "/api/requests/send", Some(&reader), "");
        let reference = sent
            .header("location")
            .strip_prefix("/requests/")
            .and_then(|r| r.split('?').next())
            .unwrap_or_else(|| panic!("{payload}: sent {sent:?}"))
            .to_owned();
        let own = [
            "/record".to_owned(),
            format!("/record/{entry}"),
            "/record?q=alert".to_owned(),
            "/account".to_owned(),
            "/requests".to_owned(),
            format!("/requests/{reference}"),
        ];
        let text = page(&server, &reader, &format!("/record/{entry}"), payload);
        assert!(
            text.contains(&cut(payload, 200)),
            "{payload}: the entry's title is shown as words"
        );
        for path in &own {
            page(&server, &reader, path, payload);
            pages += 1;
        }
        // The files a person downloads hold the same words: the access copy (JSON and PDF,
        // made by a privacy officer) and "what we hold about you".
        let copied = post(
            &server,
            "/api/staff/requests/copy",
            Some(&officer),
            &format!("reference={reference}"),
        );
        assert!(copied.status < 400, "{payload}: the copy: {copied:?}");
        downloads(&server, &reader, &reference, payload);
        files += 3;
        crate::support::open_entry(&server, &caseworker, person, entry, "accuracy");
        for (cookie, path) in [
            (
                &caseworker,
                format!("/staff/people/{person}/record/{entry}?why=accuracy"),
            ),
            (&officer, format!("/staff/requests/{reference}")),
        ] {
            page(&server, cookie, &path, payload);
            pages += 1;
        }
    }
    for path in ["/staff/requests", "/staff/accuracy"] {
        page(&server, &officer, path, "every payload");
        pages += 1;
    }
    assert!(pages > 500, "{pages} pages read");
    assert_eq!(files, 3 * payloads.len(), "{files} files read");
}

/// The person's downloads with `payload` in their record and request: the JSON copy is JSON
/// sent as a download, holding the entry's title exactly, as data; each PDF shows the words as
/// words (typst is given them as data, never markup) and holds nothing that acts.
fn downloads(server: &Server, reader: &str, reference: &str, payload: &str) {
    let get = |path: &str| {
        let answer = server.get(path, &[("Cookie", reader)]);
        assert_eq!(answer.status, 200, "{payload}: {path}");
        assert!(
            answer
                .header("content-disposition")
                .starts_with("attachment"),
            "{payload}: {path} is a download"
        );
        answer
    };
    let json = get(&format!("/requests/{reference}/copy.json"));
    assert!(json.header("content-type").starts_with("application/json"));
    let copy: Value = serde_json::from_str(&json.body).expect("the copy is JSON");
    let title = cut(payload, 200);
    assert!(
        strings(&copy).iter().any(|s| *s == title),
        "{payload}: the title is in the copy as it was sent"
    );
    // The copy shows the entry's title; "what we hold" the person's name (the payload is
    // their family name, up to 100 characters). Letters and digits only: a long run of symbols
    // wraps, and a break may add a hyphen.
    for (path, shown_words) in [
        (format!("/requests/{reference}/copy.pdf"), title),
        ("/what-we-hold.pdf".to_owned(), cut(payload, 100)),
    ] {
        let pdf = get(&path);
        assert_eq!(pdf.header("content-type"), "application/pdf");
        let found = pdf_findings(&pdf.bytes);
        assert!(found.is_empty(), "{payload}: {path} holds {found:?}");
        let words = letters_and_digits(&shown_words);
        if words.len() >= 3 {
            let shown = letters_and_digits(&crate::support::pdf_text(&pdf.bytes));
            assert!(
                shown.contains(&words),
                "{payload}: {path} shows {words:?} as words"
            );
        }
    }
}

/// Every string in a JSON value.
fn strings(value: &Value) -> Vec<&str> {
    match value {
        Value::String(s) => vec![s.as_str()],
        Value::Array(items) => items.iter().flat_map(strings).collect(),
        Value::Object(fields) => fields.values().flat_map(strings).collect(),
        _ => Vec::new(),
    }
}

/// The letters and digits of `text`, in order, nothing between them.
fn letters_and_digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_alphanumeric).collect()
}

/// What a PDF holds that could act when opened, as poppler reads it (object streams included):
/// JavaScript, an address other than `https:`, `http:` or `mailto:`, or an embedded file. Empty
/// when nothing.
fn pdf_findings(pdf: &[u8]) -> Vec<String> {
    let file = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(file.path(), pdf).expect("write");
    let run = |tool: &str, option: &str| {
        let out = std::process::Command::new(tool)
            .arg(option)
            .arg(file.path())
            .output()
            .expect("poppler's tools run");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let mut found = Vec::new();
    let script = run("pdfinfo", "-js");
    if !script.trim().is_empty() {
        found.push(format!("JavaScript: {script}"));
    }
    // After the heading, one line per address: page, type, address.
    for line in run("pdfinfo", "-url").lines().skip(1) {
        let address = line.split_whitespace().nth(2).unwrap_or("");
        if !["https://", "http://", "mailto:"]
            .iter()
            .any(|scheme| address.starts_with(scheme))
        {
            found.push(format!("an address: {line}"));
        }
    }
    let attached = run("pdfdetach", "-list");
    if !attached.starts_with("0 embedded files") {
        found.push(format!("embedded files: {attached}"));
    }
    found
}

/// A PDF made by hand with a script that runs on opening and a `javascript:` link: the checker
/// finds both, so the downloads cannot pass by the checker seeing nothing.
#[test]
fn the_pdf_checker_catches_script_and_a_javascript_address() {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R /Names << /JavaScript << /Names [(x) 4 0 R] >> >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [5 0 R] >>",
        "<< /S /JavaScript /JS (app.alert(1)) >>",
        "<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /URI /URI (javascript:alert(1)) >> >>",
    ];
    let mut pdf = String::from("%PDF-1.7\n");
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.push_str(&format!("{} 0 obj\n{object}\nendobj\n", i + 1));
    }
    let xref = pdf.len();
    pdf.push_str(&format!(
        "xref\n0 {}\n0000000000 65535 f \n",
        objects.len() + 1
    ));
    for offset in offsets {
        pdf.push_str(&format!("{offset:010} 00000 n \n"));
    }
    pdf.push_str(&format!(
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    ));
    let found = pdf_findings(pdf.as_bytes());
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("app.alert(1)") && found[1].contains("javascript:alert(1)"));
}

/// Reads `path` as `cookie`, fails on anything markup-like the tokenizer finds; the page's text.
fn page(server: &Server, cookie: &str, path: &str, payload: &str) -> String {
    let answer = server.get(
        path,
        &[
            ("Cookie", cookie),
            ("Accept", "text/html"),
            ("Accept-Language", "en-GB"),
        ],
    );
    assert_eq!(answer.status, 200, "{payload}: {path}");
    let (found, text) = inspect(&answer.body, &nonce_of(&answer));
    assert!(
        found.is_empty(),
        "{payload}: {path} holds {found:?}:\n{}",
        answer.body
    );
    text
}
