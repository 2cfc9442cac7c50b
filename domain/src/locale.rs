//! The languages Candour speaks, and how one is chosen for a visitor.
//!
//! A visitor's language comes from, in order: a language they picked with the switcher (kept in
//! a cookie), then their browser's `Accept-Language` header (RFC 9110 §12.5.4, matched by the
//! "lookup" scheme of RFC 4647 §3.4), then British English. Welsh is offered everywhere because
//! Welsh councils must treat Welsh no less favourably than English (Welsh Language Standards
//! (No. 1) Regulations 2015); English councils gain it for free.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language the portal's screens are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum Locale {
    /// British English, the default.
    #[serde(rename = "en-GB")]
    EnGb,
    /// Welsh.
    #[serde(rename = "cy")]
    Cy,
}

/// Which way a script runs, for `<html dir>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextDirection {
    /// Left to right.
    Ltr,
    /// Right to left (Urdu, Arabic).
    Rtl,
}

impl TextDirection {
    /// The value of the HTML `dir` attribute.
    pub fn as_html(self) -> &'static str {
        match self {
            TextDirection::Ltr => "ltr",
            TextDirection::Rtl => "rtl",
        }
    }
}

impl Locale {
    /// Every locale, in the order the language switcher lists them.
    pub const ALL: [Locale; 2] = [Locale::EnGb, Locale::Cy];

    /// The fallback when nothing else matches.
    pub const DEFAULT: Locale = Locale::EnGb;

    /// The BCP 47 tag, as used in `<html lang>`, folder names under `locales/` and cookies.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnGb => "en-GB",
            Locale::Cy => "cy",
        }
    }

    /// The language's own name for itself, shown in the switcher so that a reader who does not
    /// understand the current page can still find their language.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::EnGb => "English",
            Locale::Cy => "Cymraeg",
        }
    }

    /// The direction of the script.
    pub fn direction(self) -> TextDirection {
        match self {
            Locale::EnGb | Locale::Cy => TextDirection::Ltr,
        }
    }

    /// The primary language subtag, lower case (`en`, `cy`).
    fn primary(self) -> &'static str {
        match self {
            Locale::EnGb => "en",
            Locale::Cy => "cy",
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A language tag that names no language Candour has.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("we do not have the language \"{0}\"")]
pub struct UnknownLocale(pub String);

impl FromStr for Locale {
    type Err = UnknownLocale;

    /// Accepts a tag case-insensitively, with `_` or `-`; a bare `en` means British English.
    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        let normal = tag.trim().replace('_', "-").to_ascii_lowercase();
        match normal.as_str() {
            "en-gb" | "en" => Ok(Locale::EnGb),
            "cy" | "cy-gb" => Ok(Locale::Cy),
            _ => Err(UnknownLocale(tag.chars().take(35).collect())),
        }
    }
}

/// Chooses the best locale for an `Accept-Language` header value.
///
/// Ranges are tried from the highest quality down (ties keep header order); a range matches a
/// locale when it names the locale exactly or only by its primary language (`en-US` still gets
/// British English rather than nothing: RFC 4647 §3.4 lookup truncates the range). `q=0` means
/// "not this one". A malformed header is treated as absent.
pub fn negotiate(accept_language: &str) -> Option<Locale> {
    let mut ranges: Vec<(u16, usize, &str)> = accept_language
        .split(',')
        .enumerate()
        .filter_map(|(position, item)| {
            let mut parts = item.split(';');
            let range = parts.next()?.trim();
            if range.is_empty() || range == "*" {
                return None;
            }
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), parse_quality)?;
            (quality > 0).then_some((quality, position, range))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.iter().find_map(|(_, _, range)| lookup(range))
}

/// RFC 9110 §12.4.2 qvalue in thousandths; `None` if malformed.
fn parse_quality(text: &str) -> Option<u16> {
    let value: f32 = text.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&value)
        .then(|| (value * 1000.0).round() as u16)
}

fn lookup(range: &str) -> Option<Locale> {
    if let Ok(locale) = range.parse() {
        return Some(locale);
    }
    let primary = range.split('-').next()?.to_ascii_lowercase();
    Locale::ALL.into_iter().find(|l| l.primary() == primary)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cases from RFC 9110 §12.5.4 and RFC 4647 §3.4, plus headers real browsers send.
    #[test]
    fn negotiation_follows_quality_then_order_then_primary_language() {
        let cases: &[(&str, Option<Locale>)] = &[
            ("", None),
            ("*", None),
            ("cy", Some(Locale::Cy)),
            ("cy-GB,cy;q=0.9,en-GB;q=0.8", Some(Locale::Cy)),
            ("en-GB,en;q=0.9", Some(Locale::EnGb)),
            ("en-US,en;q=0.9", Some(Locale::EnGb)),
            ("fr-FR, cy;q=0.5, en;q=0.4", Some(Locale::Cy)),
            ("en;q=0.4, cy;q=0.5", Some(Locale::Cy)),
            ("cy;q=0, en", Some(Locale::EnGb)),
            ("de, fr", None),
            ("cy;q=banana, en;q=0.1", Some(Locale::EnGb)),
            ("en;q=2", None),
            ("EN-gb", Some(Locale::EnGb)),
            (" , ,", None),
        ];
        for (header, expected) in cases {
            assert_eq!(negotiate(header), *expected, "Accept-Language: {header:?}");
        }
    }

    #[test]
    fn tags_round_trip_and_unknown_tags_are_refused() {
        for locale in Locale::ALL {
            assert_eq!(locale.tag().parse::<Locale>(), Ok(locale));
        }
        assert_eq!("cy_GB".parse::<Locale>(), Ok(Locale::Cy));
        assert!("xx".parse::<Locale>().is_err());
        assert!(
            "en-US".parse::<Locale>().is_err(),
            "only exact tags in the switcher"
        );
    }
}
