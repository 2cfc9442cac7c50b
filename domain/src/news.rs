//! What a person chooses to hear about by email. Every piece of news is a message in the portal
//! (counted in the header, listed at `/messages`); by email, only the kinds they chose, to the
//! address they gave, and an email only ever says there is news (UK GDPR Art 5(1)(f): email is
//! not a secure channel).
//!
//! Decisions, written down:
//! - **Four kinds to choose from**, the ones the seed councils promise to tell people of: a share
//!   they are now told of, someone opening their closed case, someone acting for them (a helper
//!   added, registered or approved, or changing a consent for them), and answers to their
//!   questions. News of a request follows the contact chosen for that request instead.
//! - **A choice made before the kinds existed** (an address with no kinds recorded) keeps every
//!   kind by email: nobody stops hearing what they asked to hear.
//! - **Email needs at least one kind**; choosing none is "this website only".

use std::collections::BTreeSet;

/// A kind of news a person may choose to get by email.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NewsKind {
    /// A share of their information they are now told of.
    Shares,
    /// Someone opened their case after it had closed, or was found to have no good reason.
    ClosedCase,
    /// Someone can now act for them, or acted for them.
    Helpers,
    /// An answer to their question about who looked.
    Answers,
}

impl NewsKind {
    /// Every kind, in the order the page lists them.
    pub const ALL: [NewsKind; 4] = [
        NewsKind::Shares,
        NewsKind::ClosedCase,
        NewsKind::Helpers,
        NewsKind::Answers,
    ];

    /// Its key in forms and storage.
    pub fn key(self) -> &'static str {
        match self {
            NewsKind::Shares => "shares",
            NewsKind::ClosedCase => "closed-case",
            NewsKind::Helpers => "helpers",
            NewsKind::Answers => "answers",
        }
    }

    /// The kind with this key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The kind a portal message of `notification` kind is (`None` for news that is not chosen
    /// here, such as a request's).
    pub fn of(notification: &str) -> Option<Self> {
        match notification {
            "share-told" => Some(NewsKind::Shares),
            "closed-case-opened" | "closed-case-breach" => Some(NewsKind::ClosedCase),
            "delegate-added"
            | "delegate-registered"
            | "delegate-approved"
            | "consent-withdrawn-by-delegate"
            | "consent-given-by-delegate" => Some(NewsKind::Helpers),
            "question-answered" => Some(NewsKind::Answers),
            _ => None,
        }
    }
}

/// A person's choice of news by email.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewsChoice {
    /// The address, when they chose email.
    pub email: Option<String>,
    /// The kinds they want by email.
    pub by_email: BTreeSet<NewsKind>,
}

impl NewsChoice {
    /// The choice as stored: the kinds written as keys joined by commas; `None` (a choice from
    /// before kinds existed) is every kind.
    pub fn stored(email: Option<String>, kinds: Option<&str>) -> Self {
        let by_email = match kinds {
            None => NewsKind::ALL.into_iter().collect(),
            Some(keys) => keys.split(',').filter_map(NewsKind::from_key).collect(),
        };
        Self { email, by_email }
    }

    /// The kinds as stored.
    pub fn kinds_stored(&self) -> String {
        self.by_email
            .iter()
            .map(|k| k.key())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The address to email about a portal message of `notification` kind, if they chose it.
    pub fn email_for(&self, notification: &str) -> Option<&str> {
        let kind = NewsKind::of(notification)?;
        self.email
            .as_deref()
            .filter(|_| self.by_email.contains(&kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_kinds_chosen_are_emailed() {
        let choice = NewsChoice::stored(Some("a@example.org".to_owned()), Some("answers,shares"));
        let cases = [
            ("question-answered", Some("a@example.org")),
            ("share-told", Some("a@example.org")),
            ("closed-case-breach", None),
            ("consent-given-by-delegate", None),
            ("request-made", None),
        ];
        for (notification, emailed) in cases {
            assert_eq!(choice.email_for(notification), emailed, "{notification}");
        }
        assert_eq!(choice.kinds_stored(), "shares,answers");
    }

    #[test]
    fn a_choice_from_before_the_kinds_keeps_every_kind_and_no_address_emails_nothing() {
        let before = NewsChoice::stored(Some("a@example.org".to_owned()), None);
        assert!(
            [
                "share-told",
                "closed-case-opened",
                "delegate-added",
                "question-answered"
            ]
            .iter()
            .all(|n| before.email_for(n).is_some())
        );
        let website = NewsChoice::stored(None, None);
        assert_eq!(website.email_for("share-told"), None);
        assert_eq!(
            NewsChoice::stored(None, Some("nonsense,,")).by_email.len(),
            0
        );
    }

    #[test]
    fn every_kind_is_named_by_its_key() {
        for kind in NewsKind::ALL {
            assert_eq!(NewsKind::from_key(kind.key()), Some(kind));
        }
    }
}
