//! Social-care jargon explained: at least 60 terms per locale, in `locales/<tag>/glossary.toml`.
//! Records are written in English, so terms are found with the English file's `match` words
//! (whole words, any case) and explained in the page's language.

use candour_domain::locale::Locale;
use serde::Deserialize;
use std::sync::LazyLock;

#[derive(Debug, Deserialize)]
struct File {
    term: Vec<Term>,
}

/// One term.
#[derive(Clone, Debug, Deserialize)]
pub struct Term {
    /// Stable key shared by every locale.
    pub key: String,
    /// The term as shown.
    pub term: String,
    /// Words that find it in English text (English file only).
    #[serde(default, rename = "match")]
    pub matches: Vec<String>,
    /// What it means, in plain words.
    pub means: String,
}

struct Glossaries {
    english: Vec<(Term, regex::Regex)>,
    welsh: Vec<Term>,
}

static GLOSSARIES: LazyLock<Glossaries> = LazyLock::new(|| {
    let parse = |text: &str, name: &str| -> Vec<Term> {
        toml::from_str::<File>(text)
            .unwrap_or_else(|e| panic!("{name} does not parse: {e}"))
            .term
    };
    let english = parse(
        include_str!("../../locales/en-GB/glossary.toml"),
        "en-GB glossary",
    )
    .into_iter()
    .map(|term| {
        let words: Vec<String> = term.matches.iter().map(|m| regex::escape(m)).collect();
        let pattern = format!(r"(?i)\b({})\b", words.join("|"));
        let finder = regex::Regex::new(&pattern).expect("a valid pattern from escaped words");
        (term, finder)
    })
    .collect();
    Glossaries {
        english,
        welsh: parse(
            include_str!("../../locales/cy/glossary.toml"),
            "cy glossary",
        ),
    }
});

/// The terms found in `text`, explained in `locale`, in glossary order, each once.
pub fn explain(text: &str, locale: Locale) -> Vec<Term> {
    let glossaries = &*GLOSSARIES;
    glossaries
        .english
        .iter()
        .filter(|(_, finder)| finder.is_match(text))
        .map(|(term, _)| match locale {
            Locale::EnGb => term.clone(),
            Locale::Cy => glossaries
                .welsh
                .iter()
                .find(|t| t.key == term.key)
                .cloned()
                .unwrap_or_else(|| term.clone()),
        })
        .collect()
}

/// True when the glossary explains `word` (for the plain-English check's abbreviations).
pub fn explains(word: &str) -> bool {
    GLOSSARIES
        .english
        .iter()
        .any(|(_, finder)| finder.is_match(word))
}

/// Every term in `locale`, for the glossary page.
pub fn all(locale: Locale) -> Vec<Term> {
    match locale {
        Locale::EnGb => GLOSSARIES.english.iter().map(|(t, _)| t.clone()).collect(),
        Locale::Cy => GLOSSARIES.welsh.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_explains_the_same_sixty_or_more_terms() {
        let english: Vec<String> = all(Locale::EnGb).into_iter().map(|t| t.key).collect();
        assert!(english.len() >= 60, "{} terms", english.len());
        for locale in Locale::ALL {
            let keys: Vec<String> = all(locale).into_iter().map(|t| t.key).collect();
            assert_eq!(keys, english, "{locale}");
        }
        assert!(
            all(Locale::EnGb).iter().all(|t| !t.matches.is_empty()),
            "every English term can be found"
        );
    }

    #[test]
    fn explanations_are_plain_short_sentences() {
        for locale in Locale::ALL {
            for term in all(locale) {
                let words = term.means.split_whitespace().count();
                assert!(
                    (3..=25).contains(&words),
                    "{locale} {}: {words} words",
                    term.key
                );
            }
        }
    }

    #[test]
    fn terms_are_found_as_whole_words_in_any_case() {
        let found: Vec<String> = explain(
            "A package of care and REABLEMENT were agreed; DoLS applied.",
            Locale::EnGb,
        )
        .into_iter()
        .map(|t| t.key)
        .collect();
        assert_eq!(found, vec!["dols", "package-of-care", "reablement"]);
        assert!(
            explain("The GPS was broken; a photo of the OTTER.", Locale::EnGb).is_empty(),
            "not inside other words"
        );
        let welsh = explain("reablement", Locale::Cy);
        assert_eq!(welsh[0].term, "Ail-alluogi");
    }
}
