//! The council running Candour: the contact details printed on every page footer, the start
//! page's "other ways to contact us", leaflets and subject-access packs.
//!
//! The keys (`name`, `address`, `phone`, `email`, `website`, `dpo_email`, `logo`) are a contract
//! shared by the configuration, the comms settings page and the organisation file given to
//! `candour leaflet render --org` (DESIGN.md, "Interfaces").

use serde::{Deserialize, Serialize};

/// A council's public contact details.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// The council's name, e.g. "Anytown Borough Council".
    pub name: String,
    /// Postal address, lines separated by newlines or commas.
    pub address: String,
    /// Telephone number for adult social care.
    pub phone: String,
    /// Email address for adult social care.
    pub email: String,
    /// The council's website.
    pub website: String,
    /// The data protection officer's email address (UK GDPR Art 13(1)(b)).
    pub dpo_email: String,
    /// Path to the logo (PNG or SVG), if the council has one.
    #[serde(default)]
    pub logo: Option<String>,
}

impl Organisation {
    /// The synthetic council used by `--demo`; its name says it is not real.
    pub fn demo() -> Self {
        Organisation {
            name: "Demo Borough Council".to_owned(),
            address: "1 Example Street, Demo Town, DT1 1AA".to_owned(),
            phone: "01632 960 001".to_owned(),
            email: "adult.social.care@demo-council.example".to_owned(),
            website: "https://demo-council.example".to_owned(),
            dpo_email: "data.protection@demo-council.example".to_owned(),
            logo: None,
        }
    }

    /// Every problem with these details, as (key, problem) pairs; empty when they are usable.
    pub fn problems(&self) -> Vec<(&'static str, DetailProblem)> {
        let mut problems = Vec::new();
        let fields = [
            ("name", &self.name, 100),
            ("address", &self.address, 300),
            ("phone", &self.phone, 30),
            ("email", &self.email, 254),
            ("website", &self.website, 200),
            ("dpo_email", &self.dpo_email, 254),
        ];
        for (key, value, longest) in fields {
            if value.trim().is_empty() {
                problems.push((key, DetailProblem::Empty));
            } else if value.chars().count() > longest {
                problems.push((key, DetailProblem::TooLong { longest }));
            }
        }
        let written = |key: &str| !problems.iter().any(|(k, _)| *k == key);
        let mut more = Vec::new();
        for (key, value) in [("email", &self.email), ("dpo_email", &self.dpo_email)] {
            if written(key) && !crate::email_address::is_plausible(value) {
                more.push((key, DetailProblem::NotEmail));
            }
        }
        if written("website") && !self.website.starts_with("https://") {
            more.push(("website", DetailProblem::NotHttps));
        }
        if written("phone")
            && !self
                .phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +()-".contains(c))
        {
            more.push(("phone", DetailProblem::NotPhoneNumber));
        }
        problems.extend(more);
        problems
    }
}

/// What is wrong with one of the details.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DetailProblem {
    /// Nothing was given.
    Empty,
    /// Longer than anyone needs (and than a leaflet can print).
    TooLong {
        /// The most characters allowed.
        longest: usize,
    },
    /// Not shaped like an email address.
    NotEmail,
    /// A website that is not `https://` (people must not be sent to an unencrypted site).
    NotHttps,
    /// Something other than digits, spaces and `+ ( ) -`.
    NotPhoneNumber,
}

impl DetailProblem {
    /// The Fluent message id for this problem with the detail `key`, e.g.
    /// `error-organisation-dpo-email-not-email`.
    pub fn message_id(self, key: &str) -> String {
        let kind = match self {
            DetailProblem::Empty => "empty",
            DetailProblem::TooLong { .. } => "too-long",
            DetailProblem::NotEmail => "not-email",
            DetailProblem::NotHttps => "not-https",
            DetailProblem::NotPhoneNumber => "not-phone",
        };
        format!("error-organisation-{}-{kind}", key.replace('_', "-"))
    }
}

impl std::fmt::Display for DetailProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DetailProblem::Empty => f.write_str("is empty"),
            DetailProblem::TooLong { longest } => {
                write!(f, "is too long (at most {longest} characters)")
            }
            DetailProblem::NotEmail => f.write_str("is not an email address"),
            DetailProblem::NotHttps => f.write_str("must start with https://"),
            DetailProblem::NotPhoneNumber => {
                f.write_str("may only contain digits, spaces and + ( ) -")
            }
        }
    }
}

/// Every (key, problem) pair [`Organisation::problems`] can give, for tests that every message
/// exists in every language.
pub const POSSIBLE_PROBLEMS: &[(&str, DetailProblem)] = &[
    ("name", DetailProblem::Empty),
    ("name", DetailProblem::TooLong { longest: 100 }),
    ("address", DetailProblem::Empty),
    ("address", DetailProblem::TooLong { longest: 300 }),
    ("phone", DetailProblem::Empty),
    ("phone", DetailProblem::TooLong { longest: 30 }),
    ("phone", DetailProblem::NotPhoneNumber),
    ("email", DetailProblem::Empty),
    ("email", DetailProblem::TooLong { longest: 254 }),
    ("email", DetailProblem::NotEmail),
    ("website", DetailProblem::Empty),
    ("website", DetailProblem::TooLong { longest: 200 }),
    ("website", DetailProblem::NotHttps),
    ("dpo_email", DetailProblem::Empty),
    ("dpo_email", DetailProblem::TooLong { longest: 254 }),
    ("dpo_email", DetailProblem::NotEmail),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_council_is_valid() {
        assert_eq!(Organisation::demo().problems(), vec![]);
    }

    #[test]
    fn each_bad_field_is_named() {
        type Spoil = fn(&mut Organisation);
        let cases: &[(Spoil, (&str, DetailProblem))] = &[
            (|o| o.name = " ".into(), ("name", DetailProblem::Empty)),
            (
                |o| o.name = "x".repeat(101),
                ("name", DetailProblem::TooLong { longest: 100 }),
            ),
            (
                |o| o.email = "nobody".into(),
                ("email", DetailProblem::NotEmail),
            ),
            (
                |o| o.dpo_email = "a@b".into(),
                ("dpo_email", DetailProblem::NotEmail),
            ),
            (
                |o| o.website = "demo.example".into(),
                ("website", DetailProblem::NotHttps),
            ),
            (
                |o| o.phone = "call us".into(),
                ("phone", DetailProblem::NotPhoneNumber),
            ),
            (
                |o| o.address = "a".repeat(301),
                ("address", DetailProblem::TooLong { longest: 300 }),
            ),
        ];
        for (spoil, expected) in cases {
            let mut organisation = Organisation::demo();
            spoil(&mut organisation);
            assert_eq!(organisation.problems(), vec![*expected]);
            assert!(
                POSSIBLE_PROBLEMS.contains(expected),
                "{expected:?} is not listed"
            );
        }
    }

    #[test]
    fn an_empty_detail_is_reported_once_not_also_as_malformed() {
        let organisation = Organisation {
            email: String::new(),
            website: String::new(),
            ..Organisation::demo()
        };
        assert_eq!(
            organisation.problems(),
            vec![
                ("email", DetailProblem::Empty),
                ("website", DetailProblem::Empty)
            ]
        );
    }

    #[test]
    fn problems_read_as_english_for_the_configuration_and_have_message_ids() {
        assert_eq!(
            DetailProblem::NotHttps.to_string(),
            "must start with https://"
        );
        assert_eq!(
            DetailProblem::NotEmail.message_id("dpo_email"),
            "error-organisation-dpo-email-not-email"
        );
    }
}
