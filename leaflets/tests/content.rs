//! The leaflet words follow the Easy Read rules (DESIGN.md "Easy Read"; Mencap, DH 2010):
//! short sentences, hard words explained, a picture with alt text for every point, digits
//! for numbers, and every language complete.

use std::collections::BTreeSet;

use candour_domain::readability::{self, EASY_READ};
use candour_leaflets::engine::picture_names;
use candour_leaflets::{
    LEAFLETS, LOCALES,
    content::{self, Labels, Leaflet},
};

/// The longest sentence, in words separated by spaces. Urdu and Punjabi write auxiliaries and
/// postpositions as separate words ("کر سکتے ہیں", "ਕਰ ਸਕਦੇ ਹੋ"), so the same 15-word English
/// sentence has about a third more; their limit is 20.
fn sentence_limit(tag: &str) -> usize {
    match tag {
        "ur" | "pa" => 20,
        _ => EASY_READ.sentence_words,
    }
}

fn bold_words(text: &str) -> Vec<String> {
    text.split("**")
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_language_has_every_leaflet_with_pictures_alt_text_and_explained_hard_words() {
    let pictures: BTreeSet<&str> = picture_names().collect();
    let mut too_long = Vec::new();
    for locale in LOCALES {
        let labels = Labels::load(locale).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(labels.months.len(), 12, "{}: months", locale.tag);
        for picture in &pictures {
            assert!(
                labels.alt.contains_key(*picture),
                "{}: no alt text for {picture}",
                locale.tag
            );
        }
        if locale.tag == "en-GB" {
            assert_eq!(labels.translation, "source");
        } else {
            assert_eq!(
                labels.translation, "needs review by a qualified translator",
                "{}",
                locale.tag
            );
        }
        for (label, placeholders) in [
            (&labels.page, &["{page}", "{pages}"][..]),
            (&labels.issued, &["{date}"]),
            (&labels.logo_alt, &["{organisation}"]),
            (&labels.worker, &["{name}"]),
            (&labels.worker_contact, &["{contact}"]),
            (&labels.request_due, &["{what}", "{date}"]),
        ] {
            for placeholder in placeholders {
                assert!(
                    label.contains(placeholder),
                    "{}: {label} lacks {placeholder}",
                    locale.tag
                );
            }
        }
        for name in LEAFLETS {
            let leaflet = Leaflet::load(name, locale).unwrap_or_else(|e| panic!("{e}"));
            let explained: BTreeSet<String> =
                leaflet.hard_words.iter().map(|w| w.word.clone()).collect();
            let mut marked = BTreeSet::new();
            for section in &leaflet.sections {
                for point in &section.points {
                    assert!(
                        pictures.contains(point.picture.as_str()),
                        "{}/{name}: no picture {}",
                        locale.tag,
                        point.picture
                    );
                    assert_eq!(
                        point.text.matches("**").count() % 2,
                        0,
                        "{}/{name}: unpaired ** in {}",
                        locale.tag,
                        point.text
                    );
                    marked.extend(bold_words(&point.text));
                    for sentence in content::sentences(&content::plain(&point.text)) {
                        let words = sentence.split_whitespace().count();
                        if words > sentence_limit(locale.tag) {
                            too_long
                                .push(format!("{}/{name}: {words} words: {sentence}", locale.tag));
                        }
                    }
                }
            }
            let mut others = vec![leaflet.title.clone(), leaflet.summary.clone()];
            others.extend(leaflet.sections.iter().map(|s| s.heading.clone()));
            others.extend(leaflet.hard_words.iter().map(|w| w.meaning.clone()));
            for sentence in others.iter().flat_map(|t| content::sentences(t)) {
                let words = sentence.split_whitespace().count();
                if words > sentence_limit(locale.tag) {
                    too_long.push(format!("{}/{name}: {words} words: {sentence}", locale.tag));
                }
            }
            assert_eq!(
                marked, explained,
                "{}/{name}: bold words and the hard words list differ",
                locale.tag
            );
        }
    }
    assert!(
        too_long.is_empty(),
        "sentences over the Easy Read limit:\n{}",
        too_long.join("\n")
    );
}

#[test]
fn the_english_leaflets_pass_the_easy_read_checker() {
    let english = candour_leaflets::catalogue::locale("en-GB").unwrap();
    for name in LEAFLETS {
        let leaflet = Leaflet::load(name, english).unwrap();
        let glossary: Vec<String> = leaflet
            .hard_words
            .iter()
            .map(|w| w.word.to_lowercase())
            .collect();
        let explained = |word: &str| glossary.contains(&word.to_lowercase());
        let report = readability::check(&leaflet.all_text(), EASY_READ, &explained);
        assert!(report.passes(), "{name}: {report:#?}");
    }
}

#[test]
fn the_english_leaflets_use_digits_for_numbers() {
    let english = candour_leaflets::catalogue::locale("en-GB").unwrap();
    let number_words = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "thirty",
    ];
    for name in LEAFLETS {
        let text = Leaflet::load(name, english)
            .unwrap()
            .all_text()
            .to_lowercase();
        for word in text.split(|c: char| !c.is_alphabetic()) {
            assert!(
                !number_words.contains(&word),
                "{name}: write \"{word}\" as a digit"
            );
        }
        assert!(!text.contains('%'), "{name}: no percentages in Easy Read");
    }
}
