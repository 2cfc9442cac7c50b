//! Statement text is CommonMark; this is the only place Candour turns text into HTML, and the
//! only component allowed to set `inner_html`.
//!
//! pulldown-cmark passes raw HTML and any URL scheme through (its maintainers say to filter the
//! output: pulldown-cmark#898), so raw HTML is turned into text before rendering, and the HTML is
//! then cleaned by ammonia with an allow-list: a few text tags, links only to `https`, `http`,
//! `mailto` and `tel` (never relative) with `rel="noopener noreferrer nofollow"`, no attributes
//! that run code,
//! no styles, no images (a record should not fetch anything from elsewhere).

use leptos::prelude::*;
use pulldown_cmark::{Event, Options, Parser};
use std::collections::HashSet;

/// The tags a statement may contain.
const TAGS: &[&str] = &[
    "p",
    "em",
    "strong",
    "del",
    "ul",
    "ol",
    "li",
    "a",
    "br",
    "blockquote",
    "code",
    "pre",
];

/// The URL schemes a link may use.
const SCHEMES: &[&str] = &["https", "http", "mailto", "tel"];

/// The words of Markdown without its marks, for documents that cannot show formatting (the
/// PDF of an access copy): paragraphs and list items each on their own line.
pub fn to_plain_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    let mut text = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => {
                text.push('\n');
            }
            _ => {}
        }
    }
    text.trim().to_owned()
}

/// Markdown to HTML that is safe to put in a page.
pub fn to_safe_html(markdown: &str) -> String {
    let events =
        Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH).map(|event| match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            other => other,
        });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    ammonia::Builder::default()
        .tags(TAGS.iter().copied().collect::<HashSet<_>>())
        .generic_attributes(HashSet::new())
        .tag_attributes(
            [("a", ["href"].into_iter().collect::<HashSet<_>>())]
                .into_iter()
                .collect(),
        )
        .url_schemes(SCHEMES.iter().copied().collect())
        .url_relative(ammonia::UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&html)
        .to_string()
}

/// Renders statement text.
#[component]
pub fn Markdown(
    /// CommonMark text.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    view! { <div class="candour-markdown" inner_html=to_safe_html(&text)></div> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_keeps_the_words_and_drops_the_marks() {
        assert_eq!(
            to_plain_text("She **seems** well.\n\n- one\n- two `x`"),
            "She seems well.\none\ntwo x"
        );
        assert_eq!(to_plain_text("<script>alert(1)</script>"), "");
    }

    #[test]
    fn ordinary_markdown_renders() {
        let cases = [
            ("Hello **Jo**", "<p>Hello <strong>Jo</strong></p>\n"),
            ("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"),
            (
                "[council](https://example.gov.uk)",
                "<p><a href=\"https://example.gov.uk\" rel=\"noopener noreferrer nofollow\">council</a></p>\n",
            ),
            (
                "Call [us](tel:01632960001)",
                "<p>Call <a href=\"tel:01632960001\" rel=\"noopener noreferrer nofollow\">us</a></p>\n",
            ),
            ("<b>raw</b> html", "<p>&lt;b&gt;raw&lt;/b&gt; html</p>\n"),
        ];
        for (input, expected) in cases {
            assert_eq!(to_safe_html(input), expected, "{input}");
        }
    }

    /// Vectors from the OWASP XSS Filter Evasion Cheat Sheet (in `tests/xss-vectors.txt`, one per
    /// line), each placed as raw text, inside a link, and inside an image: nothing that can run
    /// survives.
    #[test]
    fn nothing_executable_survives_the_xss_filter_evasion_corpus() {
        let corpus = include_str!("../tests/xss-vectors.txt");
        let forbidden = regex::Regex::new(
            r"(?i)<\s*(script|iframe|object|embed|svg|math|style|img|image|input|form|body|meta|link|base|frame|video|audio|table|div|xml|xss)\b|\bon[a-z]+\s*=|javascript:|vbscript:|livescript:|data:text|expression\s*\(|<[a-z]+[^>]*\sstyle\s*=",
        )
        .expect("regex");
        let mut checked = 0;
        for vector in corpus
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            for input in [
                vector.to_owned(),
                format!("[click]({vector})"),
                format!("![x]({vector})"),
                format!("<{vector}>"),
            ] {
                let output = to_safe_html(&input);
                // Escaped text (&lt;script&gt;) is harmless; look only at real markup.
                let markup: String = output
                    .split('>')
                    .map(|part| {
                        part.split('<')
                            .nth(1)
                            .map(|t| format!("<{t}>"))
                            .unwrap_or_default()
                    })
                    .collect();
                assert!(
                    !forbidden.is_match(&markup),
                    "vector {vector:?} gave {output:?}"
                );
                checked += 1;
            }
        }
        assert!(checked >= 200, "the corpus is loaded ({checked} checks)");
    }
}
