//! "Ask why someone looked": a person's question, in their own words, about one time a member of
//! staff looked at their information (one line of "Who looked at your record"), and the privacy
//! officer's answer.
//!
//! Decisions, written down:
//! - A question is about the lawfulness of processing of the person's own data, so it is
//!   answered on the statutory clock of UK GDPR Art 12(3) ("without undue delay and in any event
//!   within one month of receipt"): its due date comes from the same calculation as a rights
//!   request's (`crate::deadline`), in the council's nation.
//! - Its reference is `WHY-` and six digits, so it is told apart from a request (`SAR-…`) on the
//!   phone.
//! - The question and the answer are plain text, up to [`MOST_CHARACTERS`] characters each, and
//!   neither may be blank: an empty question asks nothing, and an empty answer tells nothing.
//! - A question is answered once. A second answer would change what the person was told, so a
//!   further answer is a new question.

use crate::deadline::clock::{ClockEvents, deadline};
use crate::deadline::{Calendar, Nation};
use crate::person::PersonId;
use chrono::NaiveDate;

/// The most characters in a question or an answer.
pub const MOST_CHARACTERS: usize = 2_000;

/// A question as it is asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewQuestion {
    /// Whose information was looked at.
    pub person: PersonId,
    /// The look it is about: the audit log's sequence number of the staff view.
    pub look: i64,
    /// The question, trimmed.
    pub words: String,
    /// The day it arrived (Europe/London).
    pub asked_on: NaiveDate,
    /// The day it must be answered by.
    pub due_on: NaiveDate,
}

/// A question as it is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// Candour's number for it.
    pub id: i64,
    /// The question.
    pub asked: NewQuestion,
    /// The answer, once given.
    pub answer: Option<Answer>,
}

/// A privacy officer's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The answer, trimmed.
    pub words: String,
    /// The day it was given.
    pub on: NaiveDate,
}

impl Question {
    /// The reference the person and staff use (`WHY-000012`).
    pub fn reference(&self) -> String {
        reference(self.id)
    }

    /// Whether it is unanswered after its due date.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.answer.is_none() && today > self.asked.due_on
    }
}

/// The reference for question number `id`.
pub fn reference(id: i64) -> String {
    format!("WHY-{id:06}")
}

/// The question number in a reference, if it is one.
pub fn id_from_reference(reference: &str) -> Option<i64> {
    reference
        .trim()
        .to_ascii_uppercase()
        .strip_prefix("WHY-")
        .filter(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|digits| digits.parse().ok())
        .filter(|id| *id > 0)
}

/// What is wrong with a question's or an answer's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordsProblem {
    /// Nothing but spaces.
    Blank,
    /// Over the most characters allowed.
    TooLong,
}

/// The words, trimmed, if they may be kept.
pub fn words(text: &str) -> Result<String, WordsProblem> {
    words_at_most(text, MOST_CHARACTERS)
}

/// Plain words a person types, trimmed, if they are neither blank nor over `most` characters
/// (also a closed-case reason's and an officer's notes: `crate::closed_case`).
pub fn words_at_most(text: &str, most: usize) -> Result<String, WordsProblem> {
    let text = text.trim();
    if text.is_empty() {
        Err(WordsProblem::Blank)
    } else if text.chars().count() > most {
        Err(WordsProblem::TooLong)
    } else {
        Ok(text.to_owned())
    }
}

/// The day a question that arrived on `asked_on` must be answered by, in `nation` (Art 12(3)).
pub fn due_on(asked_on: NaiveDate, nation: Nation, calendar: &Calendar) -> NaiveDate {
    deadline(&ClockEvents::received(asked_on), nation, calendar)
        .ok()
        .and_then(|d| d.due)
        .unwrap_or(asked_on)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_question_is_due_a_month_later_on_the_statutory_clock() {
        let calendar = Calendar::bundled();
        let cases = [
            // The same date next month.
            (day(2026, 3, 10), Nation::EnglandAndWales, day(2026, 4, 10)),
            // 3 April 2026 is Good Friday and 6 April Easter Monday in England and Wales.
            (day(2026, 3, 3), Nation::EnglandAndWales, day(2026, 4, 7)),
            // Scotland has Good Friday but not Easter Monday.
            (day(2026, 3, 3), Nation::Scotland, day(2026, 4, 6)),
            // No 31 April: the last day of the month (a Thursday).
            (day(2026, 3, 31), Nation::EnglandAndWales, day(2026, 4, 30)),
            // 3 January 2027 is a Sunday: the next working day.
            (day(2026, 12, 3), Nation::EnglandAndWales, day(2027, 1, 4)),
            // 26 December 2026 is a Saturday; 28 December is the Boxing Day holiday.
            (
                day(2026, 11, 26),
                Nation::EnglandAndWales,
                day(2026, 12, 29),
            ),
        ];
        for (asked, nation, due) in cases {
            assert_eq!(due_on(asked, nation, calendar), due, "{asked}");
        }
    }

    #[test]
    fn words_are_trimmed_and_refused_when_blank_or_too_long() {
        assert_eq!(
            words("  Why did the police look?  "),
            Ok("Why did the police look?".into())
        );
        assert_eq!(words(" \n\t "), Err(WordsProblem::Blank));
        assert_eq!(
            words(&"a".repeat(MOST_CHARACTERS)).map(|w| w.len()),
            Ok(MOST_CHARACTERS)
        );
        assert_eq!(
            words(&"ŵ".repeat(MOST_CHARACTERS + 1)),
            Err(WordsProblem::TooLong)
        );
    }

    #[test]
    fn references_read_back_and_nothing_else_does() {
        assert_eq!(reference(12), "WHY-000012");
        assert_eq!(id_from_reference("WHY-000012"), Some(12));
        assert_eq!(id_from_reference("why-12"), Some(12));
        for not in ["", "WHY-", "WHY-0", "SAR-000012", "WHY-12a", "WHY--1"] {
            assert_eq!(id_from_reference(not), None, "{not}");
        }
        let asked = NewQuestion {
            person: PersonId(1),
            look: 3,
            words: "Why?".into(),
            asked_on: day(2026, 3, 3),
            due_on: day(2026, 4, 3),
        };
        let open = Question {
            id: 1,
            asked: asked.clone(),
            answer: None,
        };
        assert!(!open.overdue(day(2026, 4, 3)));
        assert!(open.overdue(day(2026, 4, 4)));
        let answered = Question {
            answer: Some(Answer {
                words: "Your review.".into(),
                on: day(2026, 4, 10),
            }),
            ..open
        };
        assert!(!answered.overdue(day(2026, 5, 1)));
    }
}
