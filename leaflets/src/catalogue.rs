//! Which leaflets and languages Candour has, and how each language is set.
//!
//! The content files are compiled into the binary (`include_str!`), so the list here is the
//! list of files in `leaflets/content/`; a test checks every pair parses and passes the Easy
//! Read rules.

/// The leaflet names, as `candour leaflet list` prints them.
pub const LEAFLETS: &[&str] = &["your-rights", "how-we-share", "who-can-see"];

/// How one language is set in print.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Locale {
    /// The tag used in URLs, settings and `--locale` (BCP 47).
    pub tag: &'static str,
    /// ISO 639 language code for the PDF's `/Lang` and typst's `text(lang:)`.
    pub lang: &'static str,
    /// ISO 3166 region, when the tag has one.
    pub region: Option<&'static str>,
    /// Written right to left: the layout mirrors (the picture goes on the right).
    pub right_to_left: bool,
    /// The font family for this script.
    pub font: &'static str,
    /// Space between lines, in em: Arabic script needs more than Latin.
    pub leading_em: f64,
}

/// The languages, in the order lists show them.
pub const LOCALES: &[Locale] = &[
    Locale {
        tag: "en-GB",
        lang: "en",
        region: Some("GB"),
        right_to_left: false,
        font: "Noto Sans",
        leading_em: 0.75,
    },
    Locale {
        tag: "cy",
        lang: "cy",
        region: None,
        right_to_left: false,
        font: "Noto Sans",
        leading_em: 0.75,
    },
    Locale {
        tag: "ur",
        lang: "ur",
        region: None,
        right_to_left: true,
        // Naskh, not Nastaliq: with Noto Nastaliq Urdu, pdftotext (and so screen readers)
        // got doubled and broken letters; Naskh text extracts as written.
        font: "Noto Naskh Arabic",
        leading_em: 1.0,
    },
    Locale {
        tag: "pa",
        lang: "pa",
        region: None,
        right_to_left: false,
        font: "Noto Sans Gurmukhi",
        leading_em: 0.9,
    },
];

/// Finds a language by tag, ignoring case ("en-gb" finds "en-GB").
pub fn locale(tag: &str) -> Option<&'static Locale> {
    LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
}

/// Finds a leaflet by name.
pub fn leaflet(name: &str) -> Option<&'static str> {
    LEAFLETS.iter().copied().find(|l| *l == name)
}

macro_rules! content_files {
    ($($locale:literal),*) => {
        /// The raw content file `file` (a leaflet name or "labels") in `locale`.
        pub(crate) fn source(locale: &str, file: &str) -> Option<&'static str> {
            match (locale, file) {
                $(
                    ($locale, "labels") => Some(include_str!(concat!("../content/", $locale, "/labels.toml"))),
                    ($locale, "your-rights") => Some(include_str!(concat!("../content/", $locale, "/your-rights.toml"))),
                    ($locale, "how-we-share") => Some(include_str!(concat!("../content/", $locale, "/how-we-share.toml"))),
                    ($locale, "who-can-see") => Some(include_str!(concat!("../content/", $locale, "/who-can-see.toml"))),
                )*
                _ => None,
            }
        }
    };
}

content_files!("en-GB", "cy", "ur", "pa");

/// Comma-separated leaflet names, for messages.
pub(crate) fn leaflet_names() -> String {
    LEAFLETS.join(", ")
}

/// Comma-separated language tags, for messages.
pub(crate) fn locale_tags() -> String {
    LOCALES.iter().map(|l| l.tag).collect::<Vec<_>>().join(", ")
}
