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

    /// Every problem with these details, as (key, reason) pairs in plain English; empty when
    /// they are usable.
    pub fn problems(&self) -> Vec<(&'static str, &'static str)> {
        let mut problems = Vec::new();
        let required = [
            ("name", &self.name),
            ("address", &self.address),
            ("phone", &self.phone),
            ("email", &self.email),
            ("website", &self.website),
            ("dpo_email", &self.dpo_email),
        ];
        for (key, value) in required {
            if value.trim().is_empty() {
                problems.push((key, "is empty"));
            }
        }
        for (key, value) in [("email", &self.email), ("dpo_email", &self.dpo_email)] {
            if !value.trim().is_empty() && !looks_like_email(value) {
                problems.push((key, "is not an email address"));
            }
        }
        if !self.website.trim().is_empty() && !self.website.starts_with("https://") {
            problems.push(("website", "must start with https://"));
        }
        if !self.phone.trim().is_empty()
            && !self
                .phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +()-".contains(c))
        {
            problems.push(("phone", "may only contain digits, spaces and + ( ) -"));
        }
        problems
    }
}

fn looks_like_email(text: &str) -> bool {
    let Some((local, domain)) = text.trim().split_once('@') else {
        return false;
    };
    !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !text.contains(' ')
}

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
        let cases: &[(Spoil, (&str, &str))] = &[
            (|o| o.name = " ".into(), ("name", "is empty")),
            (
                |o| o.email = "nobody".into(),
                ("email", "is not an email address"),
            ),
            (
                |o| o.dpo_email = "a@b".into(),
                ("dpo_email", "is not an email address"),
            ),
            (
                |o| o.website = "demo.example".into(),
                ("website", "must start with https://"),
            ),
            (
                |o| o.phone = "call us".into(),
                ("phone", "may only contain digits, spaces and + ( ) -"),
            ),
        ];
        for (spoil, expected) in cases {
            let mut organisation = Organisation::demo();
            spoil(&mut organisation);
            assert_eq!(organisation.problems(), vec![*expected]);
        }
    }
}
