//! How long the council keeps a person's record: its retention schedule, one rule per retention
//! class, and what that means for one person ("What we hold about you", UK GDPR Art 15(1)(d):
//! "the envisaged period for which the personal data will be stored, or, if not possible, the
//! criteria used to determine that period").
//!
//! Decisions, written down:
//! - There is no statutory period for adult social care records; periods come from the Records
//!   Management Code of Practice for Health and Social Care (England, 2023, Appendix II: adult
//!   social care records, 8 years after the end of care) and each council's own schedule. So
//!   the schedule is the council's setting (`CANDOUR_RETENTION`, `class=years` pairs), and the
//!   default is the Code's 8 years for the `standard` class and 20 years for
//!   `safeguarding-enquiry` (the seed council's own rule for adults where a safeguarding concern
//!   was accepted: local policy, to be confirmed by the council's records manager).
//! - The clock starts when the case closes. While it is open the person is told the rule, not a
//!   date.
//! - At the end of the period the record is **reviewed**, not deleted (the Code, section 5: "In
//!   no circumstances should a record or series be automatically destroyed or deleted without
//!   appraisal"), so the person is told the day it will be looked at again.
//! - A class the schedule does not name is not guessed at: the person is told the council will
//!   explain, and how to ask.

use crate::person::CaseStatus;
use chrono::{Months, NaiveDate};
use std::fmt;

/// The class a person's record is in when the case system names none.
pub const STANDARD: &str = "standard";

/// The council's retention schedule: for each retention class, how many whole years after the
/// case closes the record is kept before it is reviewed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetentionSchedule {
    rules: Vec<(String, u32)>,
}

impl Default for RetentionSchedule {
    fn default() -> Self {
        RetentionSchedule {
            rules: vec![
                // Records Management Code of Practice 2023, Appendix II.
                (STANDARD.to_owned(), 8),
                // The seed council's local rule (adults, accepted safeguarding concern).
                ("safeguarding-enquiry".to_owned(), 20),
            ],
        }
    }
}

/// Why a written schedule could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScheduleProblem {
    /// A pair is not `class=years`.
    NotAPair(String),
    /// The years are not a whole number from 1 to 150.
    BadYears(String),
    /// A class is named twice.
    Twice(String),
    /// Nothing was written.
    Empty,
}

impl fmt::Display for ScheduleProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScheduleProblem::NotAPair(p) => write!(f, "\"{p}\" is not written as class=years"),
            ScheduleProblem::BadYears(p) => {
                write!(
                    f,
                    "the years in \"{p}\" are not a whole number from 1 to 150"
                )
            }
            ScheduleProblem::Twice(c) => write!(f, "the class \"{c}\" is named twice"),
            ScheduleProblem::Empty => write!(f, "no class is named"),
        }
    }
}

impl std::error::Error for ScheduleProblem {}

/// How long one person's record is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// The case is open: kept while it is, then for `years` after it closes.
    WhileOpenThen {
        /// Years after the case closes.
        years: u32,
    },
    /// The case closed: kept until `review_on`, when the council looks at it again.
    Until {
        /// Years after the case closed.
        years: u32,
        /// The day it will be reviewed.
        review_on: NaiveDate,
    },
    /// The council's schedule does not name this record's class.
    NotInSchedule,
}

impl RetentionSchedule {
    /// Reads `class=years` pairs separated by commas (`standard=8, safeguarding-enquiry=20`).
    pub fn parse(text: &str) -> Result<Self, ScheduleProblem> {
        let mut rules: Vec<(String, u32)> = Vec::new();
        for pair in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((class, years)) = pair.split_once('=') else {
                return Err(ScheduleProblem::NotAPair(pair.to_owned()));
            };
            let class = class.trim();
            if class.is_empty() {
                return Err(ScheduleProblem::NotAPair(pair.to_owned()));
            }
            let years = years
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|y| (1..=150).contains(y))
                .ok_or_else(|| ScheduleProblem::BadYears(pair.to_owned()))?;
            if rules.iter().any(|(c, _)| c == class) {
                return Err(ScheduleProblem::Twice(class.to_owned()));
            }
            rules.push((class.to_owned(), years));
        }
        if rules.is_empty() {
            return Err(ScheduleProblem::Empty);
        }
        Ok(RetentionSchedule { rules })
    }

    /// The years after closure for `class` (an empty class is [`STANDARD`]).
    pub fn years(&self, class: &str) -> Option<u32> {
        let class = if class.trim().is_empty() {
            STANDARD
        } else {
            class.trim()
        };
        self.rules.iter().find(|(c, _)| c == class).map(|(_, y)| *y)
    }

    /// How long a record of `class` in a case with `status` is kept. The review falls on the
    /// same day `years` later (29 February on the 28th in a year without one).
    pub fn keeping(&self, class: &str, status: CaseStatus) -> Keeping {
        let Some(years) = self.years(class) else {
            return Keeping::NotInSchedule;
        };
        match status {
            CaseStatus::Open => Keeping::WhileOpenThen { years },
            CaseStatus::Closed { on } => on.checked_add_months(Months::new(years * 12)).map_or(
                Keeping::NotInSchedule,
                |review_on| Keeping::Until { years, review_on },
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_record_is_kept_for_its_class_after_the_case_closes_then_reviewed() {
        let schedule = RetentionSchedule::default();
        let closed = |on| CaseStatus::Closed { on };
        let cases: Vec<(&str, CaseStatus, Keeping)> = vec![
            (
                "standard",
                CaseStatus::Open,
                Keeping::WhileOpenThen { years: 8 },
            ),
            ("", CaseStatus::Open, Keeping::WhileOpenThen { years: 8 }),
            (
                "standard",
                closed(day(2020, 3, 5)),
                Keeping::Until {
                    years: 8,
                    review_on: day(2028, 3, 5),
                },
            ),
            (
                "safeguarding-enquiry",
                closed(day(2019, 1, 31)),
                Keeping::Until {
                    years: 20,
                    review_on: day(2039, 1, 31),
                },
            ),
            // A leap day stays one when the review's year has one; otherwise the 28th (below).
            (
                "standard",
                closed(day(2024, 2, 29)),
                Keeping::Until {
                    years: 8,
                    review_on: day(2032, 2, 29),
                },
            ),
            (
                "safeguarding-enquiry",
                closed(day(2024, 2, 29)),
                Keeping::Until {
                    years: 20,
                    review_on: day(2044, 2, 29),
                },
            ),
            (
                "standard",
                closed(day(2023, 2, 28)),
                Keeping::Until {
                    years: 8,
                    review_on: day(2031, 2, 28),
                },
            ),
            (
                "court-of-protection",
                CaseStatus::Open,
                Keeping::NotInSchedule,
            ),
            (
                "court-of-protection",
                closed(day(2020, 1, 1)),
                Keeping::NotInSchedule,
            ),
        ];
        for (class, status, expected) in cases {
            assert_eq!(
                schedule.keeping(class, status),
                expected,
                "{class} {status:?}"
            );
        }
        let odd = RetentionSchedule::parse("standard=3").unwrap();
        assert_eq!(
            odd.keeping("standard", closed(day(2024, 2, 29))),
            Keeping::Until {
                years: 3,
                review_on: day(2027, 2, 28)
            }
        );
    }

    #[test]
    fn a_written_schedule_is_read_or_refused_with_the_reason() {
        let read = RetentionSchedule::parse(" standard = 6 , carers=25,").unwrap();
        assert_eq!(read.years("standard"), Some(6));
        assert_eq!(read.years("carers"), Some(25));
        assert_eq!(read.years("safeguarding-enquiry"), None);
        let cases: Vec<(&str, ScheduleProblem)> = vec![
            ("", ScheduleProblem::Empty),
            (" , ", ScheduleProblem::Empty),
            ("standard", ScheduleProblem::NotAPair("standard".into())),
            ("=8", ScheduleProblem::NotAPair("=8".into())),
            (
                "standard=eight",
                ScheduleProblem::BadYears("standard=eight".into()),
            ),
            ("standard=0", ScheduleProblem::BadYears("standard=0".into())),
            (
                "standard=151",
                ScheduleProblem::BadYears("standard=151".into()),
            ),
            (
                "standard=8,standard=9",
                ScheduleProblem::Twice("standard".into()),
            ),
        ];
        for (text, problem) in cases {
            assert_eq!(RetentionSchedule::parse(text), Err(problem), "{text:?}");
        }
        assert_eq!(
            ScheduleProblem::BadYears("a=x".into()).to_string(),
            "the years in \"a=x\" are not a whole number from 1 to 150"
        );
    }
}
