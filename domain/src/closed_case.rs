//! Closed-case access alerts: once a person's case has been closed for a while, a member of staff
//! who opens any of their care record is first asked why, the reason is kept, and the privacy
//! officers are alerted; an officer records whether the reason was legitimate, and one that was
//! not is a personal data breach to be recorded (UK GDPR Art 33(5): "the controller shall
//! document any personal data breaches") and the person told (Art 34, in plain words).
//!
//! The seed councils' policy: "privacy officers are alerted when a case closed 14 days or more is
//! opened, with reasons". Access after a case closes is the commonest sign of curiosity browsing
//! (ICO, "Employment practices: monitoring at work", and its enforcement notices on staff
//! looking at records without a business need, an offence under the Data Protection Act 2018
//! s170).
//!
//! Decisions, written down:
//! - **When a reason is needed**: the case closed [`ClosedCaseRule::days`] or more days ago
//!   (`CANDOUR_CLOSED_CASE_DAYS`, default [`DEFAULT_DAYS`]), counted in calendar days from the
//!   closing date the case system sent.
//! - **A reason holds for one sign-in**: a member of staff asked once is not asked again for the
//!   same person until they sign in again; every later look is still on the log.
//! - **The reason and the officer's notes** are plain text, neither blank, at most
//!   [`MOST_CHARACTERS`] characters.
//! - **Flagged**: an alert with no outcome after [`FLAG_AFTER_WORKING_DAYS`] working days (in the
//!   council's nation) is flagged on the officers' list.
//! - References: `ALERT-000001` for an alert, `BREACH-000001` for a breach record, so each is
//!   told apart on the phone.

use crate::deadline::{Calendar, Nation};
use crate::person::{CaseStatus, PersonId};
use chrono::NaiveDate;

/// Days after closing from which a reason is asked, unless the council says otherwise.
pub const DEFAULT_DAYS: u32 = 14;

/// Working days an alert may wait for an outcome before it is flagged.
pub const FLAG_AFTER_WORKING_DAYS: u32 = 5;

/// The most characters in a reason or an officer's notes.
pub const MOST_CHARACTERS: usize = 1_000;

/// The council's rule for closed cases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClosedCaseRule {
    /// Days after closing from which a reason is asked.
    pub days: u32,
}

impl Default for ClosedCaseRule {
    fn default() -> Self {
        Self { days: DEFAULT_DAYS }
    }
}

impl ClosedCaseRule {
    /// Whether staff opening a person's record with this case status today must say why first.
    pub fn needs_reason(self, status: CaseStatus, today: NaiveDate) -> bool {
        match status {
            CaseStatus::Open => false,
            CaseStatus::Closed { on } => (today - on).num_days() >= i64::from(self.days),
        }
    }
}

pub use crate::question::WordsProblem;

/// The words, trimmed, if they may be kept.
pub fn words(text: &str) -> Result<String, WordsProblem> {
    crate::question::words_at_most(text, MOST_CHARACTERS)
}

/// An alert as it is raised: who opened whose closed case, when, and why they said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAlert {
    /// Whose case.
    pub person: PersonId,
    /// The member of staff's account.
    pub account: i64,
    /// The hash of their session's id (a reason holds for one sign-in).
    pub session: String,
    /// The day the case closed.
    pub closed_on: NaiveDate,
    /// When the reason was given (unix seconds).
    pub at: i64,
    /// The day it was given (Europe/London).
    pub raised_on: NaiveDate,
    /// Their reason, trimmed.
    pub reason: String,
}

/// An officer's finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finding {
    /// The member of staff had a good reason.
    Legitimate,
    /// They did not: a breach.
    NotLegitimate,
}

impl Finding {
    /// Both findings, as the form offers them.
    pub const ALL: [Finding; 2] = [Finding::Legitimate, Finding::NotLegitimate];

    /// Its key in forms and storage.
    pub fn key(self) -> &'static str {
        match self {
            Finding::Legitimate => "legitimate",
            Finding::NotLegitimate => "not-legitimate",
        }
    }

    /// The finding with this key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// An officer's outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// What they found.
    pub finding: Finding,
    /// Their notes, trimmed.
    pub notes: String,
    /// The officer's account.
    pub by: i64,
    /// The day they recorded it.
    pub on: NaiveDate,
    /// The breach record it opened, for a finding of "not legitimate".
    pub breach: Option<i64>,
}

/// An alert as it is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alert {
    /// Candour's number for it.
    pub id: i64,
    /// What was raised.
    pub raised: NewAlert,
    /// The officer's outcome, once recorded.
    pub outcome: Option<Outcome>,
}

impl Alert {
    /// Its reference (`ALERT-000012`).
    pub fn reference(&self) -> String {
        reference(self.id)
    }

    /// Whether it has waited more than [`FLAG_AFTER_WORKING_DAYS`] working days for an outcome.
    pub fn flagged(&self, today: NaiveDate, nation: Nation, calendar: &Calendar) -> bool {
        self.outcome.is_none()
            && today
                > calendar.working_days_after(
                    nation,
                    self.raised.raised_on,
                    FLAG_AFTER_WORKING_DAYS,
                )
    }
}

/// The reference of alert `id`.
pub fn reference(id: i64) -> String {
    format!("ALERT-{id:06}")
}

/// The reference of breach record `id`.
pub fn breach_reference(id: i64) -> String {
    format!("BREACH-{id:06}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("a date")
    }

    #[test]
    fn a_reason_is_needed_from_the_day_the_rule_says() {
        let rule = ClosedCaseRule::default();
        let closed = |on: &str| CaseStatus::Closed { on: day(on) };
        let cases = [
            (CaseStatus::Open, "2026-12-07", false),
            (closed("2026-12-07"), "2026-12-07", false),
            (closed("2026-11-24"), "2026-12-07", false),
            (closed("2026-11-23"), "2026-12-07", true),
            (closed("2020-01-01"), "2026-12-07", true),
        ];
        for (status, today, needed) in cases {
            assert_eq!(
                rule.needs_reason(status, day(today)),
                needed,
                "{status:?} on {today}"
            );
        }
        let at_once = ClosedCaseRule { days: 0 };
        assert!(at_once.needs_reason(closed("2026-12-07"), day("2026-12-07")));
    }

    #[test]
    fn words_are_trimmed_and_neither_blank_nor_too_long() {
        assert_eq!(
            words("  a complaint came in  "),
            Ok("a complaint came in".to_owned())
        );
        assert_eq!(words(" \n "), Err(WordsProblem::Blank));
        assert_eq!(
            words(&"é".repeat(MOST_CHARACTERS)).map(|w| w.chars().count()),
            Ok(1_000)
        );
        assert_eq!(
            words(&"a".repeat(MOST_CHARACTERS + 1)),
            Err(WordsProblem::TooLong)
        );
    }

    #[test]
    fn an_alert_is_flagged_after_five_working_days_without_an_outcome() {
        let alert = |raised_on: &str, outcome: Option<Outcome>| Alert {
            id: 1,
            raised: NewAlert {
                person: PersonId(1),
                account: 2,
                session: "s".to_owned(),
                closed_on: day("2026-01-01"),
                at: 0,
                raised_on: day(raised_on),
                reason: "r".to_owned(),
            },
            outcome,
        };
        let calendar = Calendar::bundled();
        // Raised on Thursday 17 December 2026: five working days run to Christmas Eve
        // (Thursday 24th); Christmas Day and Boxing Day (on Monday 28th) are bank holidays.
        let cases = [
            ("2026-12-17", "2026-12-24", Nation::EnglandAndWales, false),
            ("2026-12-17", "2026-12-25", Nation::EnglandAndWales, true),
            // Monday 7 December: five working days end on Monday 14th.
            ("2026-12-07", "2026-12-14", Nation::EnglandAndWales, false),
            ("2026-12-07", "2026-12-15", Nation::EnglandAndWales, true),
            // Scotland's St Andrew's Day (Monday 30 November 2026) is not a working day there.
            // Raised Friday 27 November: England and Wales reach Friday 4 December, Scotland
            // Monday 7th.
            ("2026-11-27", "2026-12-07", Nation::Scotland, false),
            ("2026-11-27", "2026-12-07", Nation::EnglandAndWales, true),
        ];
        for (raised, today, nation, flagged) in cases {
            assert_eq!(
                alert(raised, None).flagged(day(today), nation, calendar),
                flagged,
                "raised {raised}, today {today}, {nation:?}"
            );
        }
        let decided = Outcome {
            finding: Finding::Legitimate,
            notes: "n".to_owned(),
            by: 3,
            on: day("2026-12-08"),
            breach: None,
        };
        assert!(!alert("2026-01-05", Some(decided)).flagged(
            day("2026-12-07"),
            Nation::EnglandAndWales,
            calendar
        ));
    }

    #[test]
    fn references_are_told_apart() {
        assert_eq!(reference(12), "ALERT-000012");
        assert_eq!(breach_reference(3), "BREACH-000003");
        assert_eq!(
            Finding::from_key("not-legitimate"),
            Some(Finding::NotLegitimate)
        );
        assert_eq!(Finding::from_key("maybe"), None);
    }
}
