//! Every word on screen comes from Fluent files under `locales/<tag>/`.
//!
//! Bundles are built once per process. Pages ask for text with [`t`] (or [`t_args`] when the
//! message has variables); the locale comes from the [`CurrentLocale`] the shell provides for
//! each request. A message missing from a bundle shows its id and is logged, but the
//! `every_message_exists_in_every_locale` test stops that from ever shipping.
//!
//! Unicode isolation marks around variables are turned off: Candour's variables are dates,
//! numbers and names in the page's own script, and the marks break copy-and-paste of reference
//! numbers. Right-to-left locales set `dir` on the page instead.

use candour_domain::locale::Locale;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;
use std::sync::LazyLock;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The locale of the page being rendered, provided as context by the shell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CurrentLocale(pub Locale);

struct Bundles(Vec<(Locale, FluentBundle<FluentResource>)>);

static BUNDLES: LazyLock<Bundles> = LazyLock::new(|| {
    Bundles(
        Locale::ALL
            .iter()
            .map(|&locale| (locale, bundle_for(locale)))
            .collect(),
    )
});

fn bundle_for(locale: Locale) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = locale
        .tag()
        .parse()
        .expect("every Locale tag is a valid language id");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for (tag, path, text) in SOURCES.iter().filter(|(tag, ..)| *tag == locale.tag()) {
        let resource = FluentResource::try_new((*text).to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{path} ({tag}) does not parse: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("{path} repeats message ids: {errors:?}"));
    }
    bundle
}

/// The message `key` in `locale`, with `args` filled in.
pub fn translate(locale: Locale, key: &str, args: Option<&FluentArgs>) -> String {
    let Some((_, bundle)) = BUNDLES.0.iter().find(|(l, _)| *l == locale) else {
        return key.to_owned();
    };
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        leptos::logging::error!("missing message {key} in {locale}");
        return key.to_owned();
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        leptos::logging::error!("message {key} in {locale}: {errors:?}");
    }
    text.into_owned()
}

/// The locale of the current page (British English outside a request).
pub fn current_locale() -> Locale {
    use_context::<CurrentLocale>().map_or(Locale::DEFAULT, |c| c.0)
}

/// The message `key` in the current page's language.
pub fn t(key: &str) -> String {
    translate(current_locale(), key, None)
}

/// The message `key` in the current page's language, with named variables.
pub fn t_args<'a>(key: &str, args: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(name, value);
    }
    translate(current_locale(), key, Some(&fluent_args))
}

/// A date as people write it: "27 March 2026" ("27 Mawrth 2026").
#[cfg(feature = "ssr")]
pub fn date(date: chrono::NaiveDate) -> String {
    date_in(current_locale(), date)
}

/// [`date`] in a given language, for documents made outside a page.
#[cfg(feature = "ssr")]
pub fn date_in(locale: Locale, date: chrono::NaiveDate) -> String {
    use chrono::Datelike as _;
    const MONTHS: [&str; 12] = [
        "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
        "month-9", "month-10", "month-11", "month-12",
    ];
    let month = MONTHS[usize::try_from(date.month0()).unwrap_or(0)];
    format!(
        "{} {} {}",
        date.day(),
        translate(locale, month, None),
        date.year()
    )
}

/// A moment as people say it, in London time: "27 March 2026 at 14:05".
#[cfg(feature = "ssr")]
pub fn date_and_time(unix_seconds: i64) -> String {
    let local = chrono::DateTime::from_timestamp(unix_seconds, 0)
        .unwrap_or_default()
        .with_timezone(&chrono_tz::Europe::London);
    t_args(
        "date-at-time",
        [
            ("date", date(local.date_naive()).into()),
            ("time", local.format("%H:%M").to_string().into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    //! The completeness checks the foundation issue asks for: every id in every locale, every
    //! id used, every id used exists.

    use super::*;

    /// Every variable any message uses, so tests can format each message in full.
    const MESSAGE_ARGUMENTS: [&str; 45] = [
        "breach",
        "reference",
        "number",
        "code",
        "count",
        "date",
        "name",
        "organisation",
        "language",
        "days",
        "minutes",
        "person",
        "page",
        "pages",
        "news",
        "link",
        "sentences",
        "words",
        "sentence",
        "found",
        "instead",
        "law",
        "role",
        "approver",
        "basis",
        "article",
        "condition",
        "time",
        "who",
        "how",
        "recipients",
        "use",
        "reason",
        "status",
        "shown",
        "total",
        "right",
        "purpose",
        "organisations",
        "years",
        "closed",
        "review",
        "dpo",
        "kind",
        "when",
    ];
    use std::collections::BTreeSet;

    fn ids(tag: &str) -> BTreeSet<String> {
        SOURCES
            .iter()
            .filter(|(t, ..)| *t == tag)
            .flat_map(|(_, path, text)| {
                let resource = fluent_syntax::parser::parse(*text)
                    .unwrap_or_else(|(_, e)| panic!("{path}: {e:?}"));
                resource
                    .body
                    .into_iter()
                    .filter_map(|entry| match entry {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// All Rust source of the crates that render text.
    fn source_text() -> String {
        let mut text = String::new();
        for dir in ["src", "../server/src", "../services/src"] {
            let root = std::path::Path::new(&crate::test_manifest_dir()).join(dir);
            let mut stack = vec![root];
            while let Some(dir) = stack.pop() {
                for entry in std::fs::read_dir(&dir).expect("readable source folder") {
                    let path = entry.expect("entry").path();
                    if path.is_dir() {
                        stack.push(path);
                    } else if path.extension().is_some_and(|x| x == "rs") {
                        text.push_str(&std::fs::read_to_string(&path).expect("readable"));
                    }
                }
            }
        }
        text
    }

    #[test]
    fn every_message_exists_in_every_locale() {
        let english = ids("en-GB");
        assert!(!english.is_empty());
        for locale in Locale::ALL {
            let these = ids(locale.tag());
            let missing: Vec<_> = english.difference(&these).collect();
            let extra: Vec<_> = these.difference(&english).collect();
            assert!(missing.is_empty(), "{locale} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{locale} has ids English lacks: {extra:?}"
            );
        }
    }

    #[test]
    fn every_locale_folder_is_a_supported_locale_and_every_locale_has_a_folder() {
        let folders: BTreeSet<&str> = SOURCES.iter().map(|(tag, ..)| *tag).collect();
        let locales: BTreeSet<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
        assert_eq!(folders, locales);
    }

    /// Message ids the code puts together at run time rather than writing out.
    fn generated_ids() -> BTreeSet<String> {
        use candour_domain::rectification::{CorrectionProblem, DisagreementProblem};
        candour_domain::organisation::POSSIBLE_PROBLEMS
            .iter()
            .map(|(key, problem)| problem.message_id(key))
            .chain(CorrectionProblem::ALL.map(|p| p.message_id().to_owned()))
            .chain(DisagreementProblem::ALL.map(|p| p.message_id().to_owned()))
            .chain(candour_domain::consent::ChangeRefused::ALL.map(|p| p.message().to_owned()))
            .chain(candour_domain::consent::NoticeRefused::ALL.map(|p| p.message().to_owned()))
            .chain(
                candour_domain::sharing::draft::DraftProblem::EACH.map(|p| p.message().to_owned()),
            )
            .collect()
    }

    #[test]
    fn every_message_is_used_and_every_used_message_exists() {
        let source = source_text();
        let english = ids("en-GB");
        let generated = generated_ids();
        let unused: Vec<_> = english
            .iter()
            .filter(|id| !source.contains(&format!("\"{id}\"")) && !generated.contains(*id))
            .collect();
        assert!(unused.is_empty(), "messages no code uses: {unused:?}");
        let call = regex::Regex::new(r#"\bt(?:_args)?\(\s*"([a-z0-9-]+)""#).expect("regex");
        let unknown: BTreeSet<_> = call
            .captures_iter(&source)
            .map(|c| c[1].to_owned())
            .filter(|id| !english.contains(id))
            .collect();
        assert!(
            unknown.is_empty(),
            "code asks for messages that do not exist: {unknown:?}"
        );
        let missing: Vec<_> = generated.difference(&english).collect();
        assert!(missing.is_empty(), "generated ids missing: {missing:?}");
    }

    #[test]
    fn every_message_formats_without_errors_in_every_locale() {
        for locale in Locale::ALL {
            let (_, bundle) = BUNDLES
                .0
                .iter()
                .find(|(l, _)| *l == locale)
                .expect("bundle");
            for id in ids(locale.tag()) {
                let message = bundle.get_message(&id).expect("present");
                let pattern = message.value().expect("every message has a value");
                let mut args = FluentArgs::new();
                for name in MESSAGE_ARGUMENTS {
                    args.set(name, FluentValue::from(1));
                }
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{locale} {id}: {errors:?}");
                assert!(!text.trim().is_empty(), "{locale} {id} is empty");
            }
        }
    }

    /// The portal's own English passes the plain-English check it applies to records: no
    /// sentence over 25 words, no wordy word, no unexplained abbreviation. (Legal text quoted
    /// in full is the only exception, listed here with why.)
    #[test]
    fn every_english_message_is_plain_english() {
        use candour_domain::readability::{PLAIN_ENGLISH, check, is_spelt_out};
        let bundle = &BUNDLES
            .0
            .iter()
            .find(|(l, _)| *l == Locale::EnGb)
            .expect("bundle")
            .1;
        let mut failures = Vec::new();
        for id in ids("en-GB") {
            let message = bundle.get_message(&id).expect("present");
            let pattern = message.value().expect("value");
            let mut args = FluentArgs::new();
            for name in MESSAGE_ARGUMENTS {
                args.set(name, FluentValue::from("X"));
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            // Spelt out once on the page ("Web Content Accessibility Guidelines (WCAG)") counts
            // for the page's other messages; "AA" is the standard's own name for its level.
            let page = id.split('-').next().unwrap_or_default();
            let spelt_out = |word: &str| {
                word == "AA"
                    || ids("en-GB").iter().any(|other| {
                        other.starts_with(page)
                            && bundle
                                .get_message(other)
                                .and_then(|m| m.value())
                                .is_some_and(|p| {
                                    let mut e = Vec::new();
                                    is_spelt_out(
                                        &bundle.format_pattern(p, Some(&args), &mut e),
                                        word,
                                    )
                                })
                    })
            };
            let explained = |word: &str| crate::glossary::explains(word) || spelt_out(word);
            let report = check(&text, PLAIN_ENGLISH, &explained);
            if !report.passes() {
                failures.push(format!(
                    "{id}: long {:?}, wordy {:?}, unexplained {:?}",
                    report.long_sentences, report.wordy, report.unexplained
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
