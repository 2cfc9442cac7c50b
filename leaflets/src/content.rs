//! The words of a leaflet in one language (`leaflets/content/<locale>/<leaflet>.toml`) and the
//! words printed around every leaflet (`labels.toml`: headings, footer, picture alt text).
//!
//! One source feeds the PDF and the HTML page. Hard words are marked `**like this**` where they
//! first appear; the template makes them bold, nothing else in the text is interpreted.

use serde::Deserialize;

use crate::catalogue::{self, Locale};
use crate::error::LeafletError;

/// One leaflet in one language.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Leaflet {
    /// The title, also the PDF's document title.
    pub title: String,
    /// One sentence for lists of leaflets.
    pub summary: String,
    /// The parts of the leaflet, each with a heading.
    #[serde(rename = "section")]
    pub sections: Vec<Section>,
    /// The hard words and what they mean, printed at the end.
    pub hard_words: Vec<HardWord>,
}

/// A part of a leaflet.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Its heading.
    pub heading: String,
    /// Its points: a picture on the left, short sentences on the right.
    pub points: Vec<Point>,
}

/// One idea with its picture.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    /// The picture's name (a file in the picture set; its alt text is in the labels).
    pub picture: String,
    /// Short sentences; hard words in `**bold**`.
    pub text: String,
}

/// A hard word and its meaning.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HardWord {
    /// The word as it appears in the text.
    pub word: String,
    /// What it means, in Easy Read.
    pub meaning: String,
}

/// The words printed around every leaflet in one language.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    /// The language's name in itself ("Cymraeg").
    pub language_name: String,
    /// "source" for English, otherwise whether a qualified translator has checked it.
    pub translation: String,
    /// Heading of the contact part.
    pub contact_heading: String,
    /// Heading of the hard words list.
    pub hard_words_heading: String,
    /// The sentence before the hard words list.
    pub hard_words_intro: String,
    /// Footer: "Page {page} of {pages}".
    pub page: String,
    /// Footer: "Date of issue: {date}".
    pub issued: String,
    /// The picture credit.
    pub pictures_credit: String,
    /// The logo's alt text: "Logo of {organisation}".
    pub logo_alt: String,
    /// Label before the phone number.
    pub phone: String,
    /// Label before the email address.
    pub email: String,
    /// Label before the website.
    pub website: String,
    /// Label before the address.
    pub address: String,
    /// The sentence about the data protection officer.
    pub dpo: String,
    /// Month names, January first.
    pub months: Vec<String>,
    /// Heading of the personal part.
    pub personal_heading: String,
    /// "The person who helps you is {name}."
    pub worker: String,
    /// "You can contact them on {contact}."
    pub worker_contact: String,
    /// When no worker is allocated.
    pub no_worker: String,
    /// Before the list of open requests.
    pub your_requests: String,
    /// "{what}. We will answer by {date}."
    pub request_due: String,
    /// When there are no open requests.
    pub no_requests: String,
    /// Alt text of each picture, by picture name.
    pub alt: std::collections::BTreeMap<String, String>,
}

impl Labels {
    /// The labels for `locale`.
    pub fn load(locale: &Locale) -> Result<Self, LeafletError> {
        parse(locale, "labels")
    }

    /// A date as this language writes it: "23 November 2026".
    pub fn date(&self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let month = self
            .months
            .get(date.month0() as usize)
            .map_or("", String::as_str);
        format!("{} {month} {}", date.day(), date.year())
    }
}

impl Leaflet {
    /// The leaflet `name` in `locale`.
    pub fn load(name: &str, locale: &Locale) -> Result<Self, LeafletError> {
        parse(locale, name)
    }

    /// Every sentence a reader sees, for the Easy Read check (bold marks removed).
    pub fn all_text(&self) -> String {
        let mut text = vec![self.title.clone(), self.summary.clone()];
        for section in &self.sections {
            text.push(section.heading.clone());
            text.extend(section.points.iter().map(|p| plain(&p.text)));
        }
        for word in &self.hard_words {
            text.push(format!("{}: {}", word.word, word.meaning));
        }
        text.join("\n")
    }
}

/// Reads one content file, naming it in any error.
fn parse<T: serde::de::DeserializeOwned>(locale: &Locale, file: &str) -> Result<T, LeafletError> {
    let source = catalogue::source(locale.tag, file)
        .ok_or_else(|| LeafletError::Content(format!("{}/{file}.toml is missing", locale.tag)))?;
    toml::from_str(source)
        .map_err(|e| LeafletError::Content(format!("{}/{file}.toml: {}", locale.tag, e.message())))
}

/// The text without `**` marks.
pub fn plain(text: &str) -> String {
    text.replace("**", "")
}

/// Splits a point's text into sentences, each printed on its own line. Sentences end with
/// ".", "?" or "!" (and Urdu "۔", Punjabi "।") followed by a space.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        let ends = matches!(c, '.' | '?' | '!' | '۔' | '।' | '؟');
        if ends && chars.peek().is_some_and(|n| n.is_whitespace()) {
            out.push(current.trim().to_owned());
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_owned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_after_stops_followed_by_space_only() {
        assert_eq!(
            sentences("Their website is ico.org.uk. Call us! Why?"),
            vec!["Their website is ico.org.uk.", "Call us!", "Why?"]
        );
        assert_eq!(sentences("ایک۔ دو۔"), vec!["ایک۔", "دو۔"]);
        assert_eq!(sentences("ਇੱਕ। ਦੋ।"), vec!["ਇੱਕ।", "ਦੋ।"]);
        assert_eq!(sentences("No stop at the end"), vec!["No stop at the end"]);
    }

    #[test]
    fn dates_use_the_language_month_names() {
        let labels = Labels::load(crate::catalogue::locale("en-GB").unwrap()).unwrap();
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(labels.date(date), "23 November 2026");
    }
}
