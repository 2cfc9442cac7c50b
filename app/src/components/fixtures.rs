//! Golden tests: each component, given a GOV.UK Frontend fixture's options, renders the same
//! HTML as GOV.UK Frontend's own template (`fixtures.json` in the `govuk-frontend` npm package,
//! installed by the test command), after whitespace is normalised.

use super::back_link::BackLink;
use super::file_upload::FileUpload;
use super::generic_header::GenericHeader;
use super::language_navigation::{LanguageItem, LanguageNavigation};
use super::notification_banner::NotificationBanner;
use super::skip_link::SkipLink;
use super::summary_list::{SummaryCard, SummaryRow};
use leptos::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Fixtures {
    fixtures: Vec<Fixture>,
}

#[derive(Deserialize)]
struct Fixture {
    name: String,
    options: serde_json::Value,
    html: String,
}

fn fixture(component: &str, name: &str) -> Fixture {
    let path = std::path::Path::new(&crate::test_manifest_dir()).join(format!(
        "../node_modules/govuk-frontend/dist/govuk/components/{component}/fixtures.json"
    ));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run `npm ci` first; the test command does)",
            path.display()
        )
    });
    let all: Fixtures = serde_json::from_str(&text).expect("fixtures.json parses");
    all.fixtures
        .into_iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no fixture {component}/{name}"))
}

/// Collapses whitespace, drops it between tags and inside tag edges, drops Leptos' empty
/// comment markers, and sorts each tag's attributes, so formatting and attribute order (which
/// HTML ignores) do not count.
fn normalise(html: &str) -> String {
    let collapsed = html.split_whitespace().collect::<Vec<_>>().join(" ");
    let tight = collapsed
        .replace("<!>", "")
        .replace("> <", "><")
        .replace(" >", ">")
        .replace("> ", ">")
        .replace(" <", "<")
        .replace("/>", ">");
    let tag = regex::Regex::new(r"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^>]*)?)>").expect("regex");
    let attribute = regex::Regex::new(r#"([^\s=]+)(?:="([^"]*)")?"#).expect("regex");
    tag.replace_all(&tight, |c: &regex::Captures<'_>| {
        let mut attributes: Vec<String> = attribute
            .find_iter(&c[2])
            .map(|m| m.as_str().to_owned())
            .collect();
        attributes.sort();
        if attributes.is_empty() {
            format!("<{}>", &c[1])
        } else {
            format!("<{} {}>", &c[1], attributes.join(" "))
        }
    })
    .into_owned()
}

fn render(view: impl FnOnce() -> AnyView) -> String {
    Owner::new().with(|| view().to_html())
}

fn text(options: &serde_json::Value, key: &str) -> String {
    options[key].as_str().unwrap_or_default().to_owned()
}

#[test]
fn skip_link_matches_govuk_frontend() {
    let f = fixture("skip-link", "default");
    let (href, label) = (text(&f.options, "href"), text(&f.options, "text"));
    let ours = render(move || view! { <SkipLink href=href text=label/> }.into_any());
    assert_eq!(normalise(&ours), normalise(&f.html), "fixture {}", f.name);
}

#[test]
fn generic_header_matches_govuk_frontend() {
    let f = fixture("generic-header", "default");
    let logo = text(&f.options, "logoText");
    let ours = render(move || view! { <GenericHeader url="/" logo_text=logo/> }.into_any());
    assert_eq!(normalise(&ours), normalise(&f.html), "fixture {}", f.name);
}

#[test]
fn language_navigation_matches_govuk_frontend() {
    for name in ["default", "with multiple languages"] {
        let f = fixture("language-navigation", name);
        let items: Vec<LanguageItem> = f.options["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|item| LanguageItem {
                text: text(item, "text"),
                lang: text(item, "lang"),
                href: item["href"].as_str().map(str::to_owned),
            })
            .collect();
        let ours =
            render(move || view! { <LanguageNavigation items=items label="Language"/> }.into_any());
        assert_eq!(normalise(&ours), normalise(&f.html), "fixture {name}");
    }
}

#[test]
fn summary_lists_and_cards_match_govuk_frontend() {
    let f = fixture("summary-list", "default");
    let ours = render(|| {
        view! {
            <dl class="govuk-summary-list">
                <SummaryRow key="Name">"Firstname Lastname"</SummaryRow>
                <SummaryRow key="Date of birth">"13/08/1980"</SummaryRow>
                <SummaryRow key="Contact information">
                    <p class="govuk-body">"email@email.com"</p>
                    <p class="govuk-body">
                        "Address line 1"<br/>"Address line 2"<br/>"Address line 3"<br/>
                        "Address line 4"<br/>"Address line 5"
                    </p>
                </SummaryRow>
            </dl>
        }
        .into_any()
    });
    assert_eq!(normalise(&ours), normalise(&f.html));
    let f = fixture("summary-list", "as a summary card with a text header");
    let ours = render(|| {
        view! {
            <SummaryCard title="Undergraduate teaching assistant">
                <SummaryRow key="Name">"Firstname Lastname"</SummaryRow>
                <SummaryRow key="Date of birth">"13/08/1980"</SummaryRow>
            </SummaryCard>
        }
        .into_any()
    });
    assert_eq!(normalise(&ours), normalise(&f.html));
}

#[test]
fn back_link_matches_govuk_frontend() {
    let f = fixture("back-link", "default");
    let ours = render(|| view! { <BackLink href="#" text="Back"/> }.into_any());
    assert_eq!(normalise(&ours), normalise(&f.html));
}

#[test]
fn notification_banners_match_govuk_frontend() {
    for (name, title, success) in [
        ("default", "Important", false),
        ("with type as success", "Success", true),
    ] {
        let f = fixture("notification-banner", name);
        let message = text(&f.options, "text");
        let ours = render(move || {
            view! {
                <NotificationBanner title=title success=success>
                    <p class="govuk-notification-banner__heading">{message}</p>
                </NotificationBanner>
            }
            .into_any()
        });
        assert_eq!(normalise(&ours), normalise(&f.html), "fixture {name}");
    }
}

#[test]
fn file_uploads_match_govuk_frontend() {
    for name in ["default", "with error message and hint"] {
        let f = fixture("file-upload", name);
        let id = f.options["id"]
            .as_str()
            .unwrap_or_else(|| f.options["name"].as_str().expect("name"))
            .to_owned();
        let label = text(&f.options["label"], "text");
        let hint = f.options["hint"]["text"].as_str().map(str::to_owned);
        let error = f.options["errorMessage"]["text"]
            .as_str()
            .map(str::to_owned);
        let ours = render(move || {
            view! { <FileUpload name=id label=label hint=hint error=error/> }.into_any()
        });
        // GOV.UK's fixture prints "Error:" where Candour prints the reader's language.
        let theirs = f.html.replace(
            "<span class=\"govuk-visually-hidden\">Error:</span>",
            &format!(
                "<span class=\"govuk-visually-hidden\">{}</span>",
                crate::i18n::t("error-prefix")
            ),
        );
        assert_eq!(normalise(&ours), normalise(&theirs), "fixture {name}");
    }
}
