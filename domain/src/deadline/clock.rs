//! From a request's events to its due date, step by step.
//!
//! The rules (ICO, "How do we calculate a month?"; UK GDPR Art 12A; DPA 2018 s.54(2)–(3C), which
//! Art 12A mirrors):
//!
//! 1. The day of receipt counts, whatever day of the week it is (ICO: a request received on
//!    1 January, a bank holiday, is due at the end of 1 February).
//! 2. Asking for ID, for evidence of a representative's authority, or for a fee stops the clock;
//!    the month starts again from the day the item arrives ("the relevant time" is the latest of
//!    receipt and those arrivals).
//! 3. The due date is the same date in the next month, or that month's last day if it has no such
//!    date (ICO: 31 January → 28 or 29 February; 31 March → 30 April).
//! 4. Asking for clarification of a subject access request pauses the clock: the days from the
//!    day of asking to the day of the answer, both included, do not count (Art 12A, as s.54(3C)).
//!    Days before the clock (re)started do not count as paused. Only access requests can pause.
//! 5. With an extension (complex or numerous requests), the period is three months from the
//!    start, not one month plus two (ICO: "three months from the original start date").
//! 6. If the due date is a weekend or a bank holiday of the council's nation, the deadline is the
//!    end of the next working day (ICO: received Monday 25 November 2024 → Friday 27 December).
//! 7. Notice of an extension, with reasons, must be given within the first month: by the one-month
//!    date from the start, plus paused days. Candour does not roll this notice deadline forward to
//!    a working day (the ICO applies roll-forward only to "the date for responding"); it is the
//!    cautious reading (reference/data-rights.md §8.3).

use super::calendar::{Calendar, Nation};
use chrono::{Days, Months, NaiveDate};
use serde::Serialize;

/// A clarification pause: the day the council asked, and the day the answer came (if it has).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Pause {
    /// The day the council asked for clarification.
    pub asked: NaiveDate,
    /// The day the answer arrived; `None` while waiting.
    pub answered: Option<NaiveDate>,
}

/// Everything that moves a request's clock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClockEvents {
    /// The Europe/London date the request arrived in any channel.
    pub received: NaiveDate,
    /// Days the ID, authority evidence or fee that was asked for arrived.
    pub restarts: Vec<NaiveDate>,
    /// Clarification pauses (access requests only).
    pub pauses: Vec<Pause>,
    /// Whether the period was extended to three months (notice given in time).
    pub extended: bool,
    /// Whether this is a subject access request (only those can pause for clarification).
    pub access_request: bool,
}

impl ClockEvents {
    /// A request received on `received`, with nothing else yet.
    pub fn received(received: NaiveDate) -> Self {
        ClockEvents {
            received,
            restarts: Vec::new(),
            pauses: Vec::new(),
            extended: false,
            access_request: true,
        }
    }
}

/// Events that cannot have happened as given.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ClockError {
    /// ID, authority or a fee cannot arrive before the request it was asked for.
    #[error("the restart date {restart} is before the request was received on {received}")]
    RestartBeforeReceipt {
        /// The restart date given.
        restart: NaiveDate,
        /// The receipt date.
        received: NaiveDate,
    },
    /// Clarification cannot be asked before the request arrived.
    #[error("the pause starting {asked} begins before the request was received on {received}")]
    PauseBeforeReceipt {
        /// The day clarification was asked.
        asked: NaiveDate,
        /// The receipt date.
        received: NaiveDate,
    },
    /// An answer cannot come before the question.
    #[error("the pause from {asked} to {answered} ends before it starts")]
    PauseEndsBeforeItStarts {
        /// The day clarification was asked.
        asked: NaiveDate,
        /// The day given for the answer.
        answered: NaiveDate,
    },
    /// Only a subject access request may be paused (Art 12A; s.54(3C) "a request under
    /// section 45(1)").
    #[error(
        "only a request for a copy of information (subject access) can be paused for clarification"
    )]
    PauseNotAllowed,
    /// Dates so far in the future that the calendar cannot count them.
    #[error("the dates are out of range")]
    OutOfRange,
}

/// Why a day is not a working day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NonWorking {
    /// Saturday or Sunday.
    Weekend,
    /// A bank holiday of the nation.
    BankHoliday,
}

/// One step of the calculation, for showing the working to staff and to the person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    /// The request arrived; the day counts.
    Received {
        /// The receipt date.
        date: NaiveDate,
    },
    /// ID, authority or a fee arrived; the month starts again.
    Restarted {
        /// The arrival date.
        date: NaiveDate,
    },
    /// One or three months were counted from the start.
    CountedMonths {
        /// The start.
        from: NaiveDate,
        /// 1, or 3 with an extension.
        months: u32,
        /// The result.
        to: NaiveDate,
        /// True when the start's day-number does not exist in that month and its last day was used.
        last_day_of_month: bool,
    },
    /// Clarification paused the clock.
    Paused {
        /// The day clarification was asked.
        asked: NaiveDate,
        /// The day the answer arrived.
        answered: NaiveDate,
        /// Days not counted (both ends included, only days after the clock started).
        days: u32,
    },
    /// The paused days were added.
    AddedPausedDays {
        /// Total paused days.
        days: u32,
        /// The date after adding them.
        to: NaiveDate,
    },
    /// The date was not a working day, so the deadline moved forward.
    RolledForward {
        /// The date that was not a working day.
        from: NaiveDate,
        /// Why not.
        because: NonWorking,
        /// The next working day.
        to: NaiveDate,
    },
    /// Waiting for an answer to clarification: the clock is stopped.
    Waiting {
        /// The day clarification was asked.
        asked: NaiveDate,
    },
}

impl Step {
    /// The step in plain English, citing its rule.
    pub fn explain(&self) -> String {
        match self {
            Step::Received { date } => format!(
                "Received on {date}. The day of receipt counts, even at a weekend or on a bank holiday (ICO, How do we calculate a month?)."
            ),
            Step::Restarted { date } => format!(
                "The ID, authority or fee asked for arrived on {date}. The month starts again from that day (UK GDPR Art 12A)."
            ),
            Step::CountedMonths {
                from,
                months,
                to,
                last_day_of_month,
            } => {
                let unit = if *months == 1 { "month" } else { "months" };
                let note = if *last_day_of_month {
                    " That month has no such date, so its last day is used (ICO)."
                } else {
                    ""
                };
                format!("{months} {unit} from {from} is {to}.{note}")
            }
            Step::Paused {
                asked,
                answered,
                days,
            } => format!(
                "Clarification was asked on {asked} and answered on {answered}: {days} days do not count (UK GDPR Art 12A)."
            ),
            Step::AddedPausedDays { days, to } => {
                format!("Adding the {days} paused days gives {to}.")
            }
            Step::RolledForward { from, because, to } => {
                let why = match because {
                    NonWorking::Weekend => "a weekend",
                    NonWorking::BankHoliday => "a bank holiday",
                };
                format!(
                    "{from} is {why}, so the deadline is the end of the next working day, {to} (ICO)."
                )
            }
            Step::Waiting { asked } => format!(
                "Clarification was asked on {asked} and has not been answered: the clock is stopped until it is."
            ),
        }
    }
}

/// The outcome: the due date (unless the clock is stopped), the extension-notice deadline, and
/// the working.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// The nation whose bank holidays apply.
    pub nation: String,
    /// When the month (or three months) began.
    pub start: NaiveDate,
    /// 1, or 3 when extended.
    pub months: u32,
    /// Days not counted because of clarification.
    pub paused_days: u32,
    /// The due date before rolling forward past non-working days.
    pub nominal_due: NaiveDate,
    /// The deadline (end of this day, Europe/London); `None` while waiting for clarification.
    pub due: Option<NaiveDate>,
    /// The last day notice of an extension may be given.
    pub extension_notice_deadline: NaiveDate,
    /// Every step, in order.
    pub steps: Vec<Step>,
}

/// Computes the deadline for `events` in `nation`.
pub fn deadline(
    events: &ClockEvents,
    nation: Nation,
    calendar: &Calendar,
) -> Result<Deadline, ClockError> {
    let received = events.received;
    let mut steps = vec![Step::Received { date: received }];
    let mut start = received;
    let mut restarts = events.restarts.clone();
    restarts.sort();
    for restart in restarts {
        if restart < received {
            return Err(ClockError::RestartBeforeReceipt { restart, received });
        }
        steps.push(Step::Restarted { date: restart });
        start = start.max(restart);
    }

    let months = if events.extended { 3 } else { 1 };
    let counted = add_months(start, months)?;
    steps.push(Step::CountedMonths {
        from: start,
        months,
        to: counted,
        last_day_of_month: day_of(counted) != day_of(start),
    });

    if !events.pauses.is_empty() && !events.access_request {
        return Err(ClockError::PauseNotAllowed);
    }
    let mut intervals = Vec::new();
    let mut waiting = None;
    for pause in &events.pauses {
        if pause.asked < received {
            return Err(ClockError::PauseBeforeReceipt {
                asked: pause.asked,
                received,
            });
        }
        match pause.answered {
            Some(answered) if answered < pause.asked => {
                return Err(ClockError::PauseEndsBeforeItStarts {
                    asked: pause.asked,
                    answered,
                });
            }
            Some(answered) => {
                let from = pause.asked.max(start);
                let days = if answered >= from {
                    inclusive_days(from, answered)
                } else {
                    0
                };
                steps.push(Step::Paused {
                    asked: pause.asked,
                    answered,
                    days,
                });
                if answered >= from {
                    intervals.push((from, answered));
                }
            }
            None => waiting = Some(waiting.map_or(pause.asked, |w: NaiveDate| w.min(pause.asked))),
        }
    }
    let paused_days = merged_days(intervals);
    let nominal_due = counted
        .checked_add_days(Days::new(u64::from(paused_days)))
        .ok_or(ClockError::OutOfRange)?;
    if paused_days > 0 {
        steps.push(Step::AddedPausedDays {
            days: paused_days,
            to: nominal_due,
        });
    }
    let extension_notice_deadline = add_months(start, 1)?
        .checked_add_days(Days::new(u64::from(paused_days)))
        .ok_or(ClockError::OutOfRange)?;

    let due = match waiting {
        Some(asked) => {
            steps.push(Step::Waiting { asked });
            None
        }
        None => Some(roll_forward(nominal_due, nation, calendar, &mut steps)?),
    };
    Ok(Deadline {
        nation: nation.key().to_owned(),
        start,
        months,
        paused_days,
        nominal_due,
        due,
        extension_notice_deadline,
        steps,
    })
}

/// Whether notice of an extension given on `notice` is in time (Art 12A; s.54(3B)(a)).
pub fn extension_notice_in_time(deadline: &Deadline, notice: NaiveDate) -> bool {
    notice <= deadline.extension_notice_deadline
}

fn add_months(date: NaiveDate, months: u32) -> Result<NaiveDate, ClockError> {
    // chrono clamps to the last day of a shorter month, which is the ICO's rule.
    date.checked_add_months(Months::new(months))
        .ok_or(ClockError::OutOfRange)
}

fn day_of(date: NaiveDate) -> u32 {
    chrono::Datelike::day(&date)
}

fn inclusive_days(from: NaiveDate, to: NaiveDate) -> u32 {
    u32::try_from((to - from).num_days() + 1).unwrap_or(0)
}

/// Total days covered by the intervals, counting overlaps once.
fn merged_days(mut intervals: Vec<(NaiveDate, NaiveDate)>) -> u32 {
    intervals.sort();
    let mut total = 0;
    let mut current: Option<(NaiveDate, NaiveDate)> = None;
    for (from, to) in intervals {
        current = match current {
            Some((a, b)) if from <= b + Days::new(1) => Some((a, b.max(to))),
            Some((a, b)) => {
                total += inclusive_days(a, b);
                Some((from, to))
            }
            None => Some((from, to)),
        };
    }
    total + current.map_or(0, |(a, b)| inclusive_days(a, b))
}

fn roll_forward(
    date: NaiveDate,
    nation: Nation,
    calendar: &Calendar,
    steps: &mut Vec<Step>,
) -> Result<NaiveDate, ClockError> {
    let mut due = date;
    while !calendar.is_working_day(nation, due) {
        let because = if calendar.is_bank_holiday(nation, due) {
            NonWorking::BankHoliday
        } else {
            NonWorking::Weekend
        };
        let next = due
            .checked_add_days(Days::new(1))
            .ok_or(ClockError::OutOfRange)?;
        let mut to = next;
        while !calendar.is_working_day(nation, to) {
            to = to
                .checked_add_days(Days::new(1))
                .ok_or(ClockError::OutOfRange)?;
        }
        steps.push(Step::RolledForward {
            from: due,
            because,
            to,
        });
        due = to;
    }
    Ok(due)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().expect("a date")
    }

    fn due(events: &ClockEvents, nation: Nation) -> NaiveDate {
        deadline(events, nation, Calendar::bundled())
            .expect("valid events")
            .due
            .expect("not waiting")
    }

    /// The ICO's own worked examples (reference/data-rights.md §1.4).
    #[test]
    fn the_icos_worked_examples() {
        let cases = [
            // E1: 3 September → 3 October (2025: a Friday).
            ("2025-09-03", "2025-10-03", "E1"),
            // E2 and E5: Monday 25 November 2024 → Friday 27 December (25 and 26 are holidays).
            ("2024-11-25", "2024-12-27", "E2/E5"),
            // E3: 31 March → 30 April (2025: a Wednesday).
            ("2025-03-31", "2025-04-30", "E3"),
            // E4: 1 January (a bank holiday) still counts → 1 February; in 2024 a Thursday.
            ("2024-01-01", "2024-02-01", "E4"),
            // E6: 31 January → 29 February in a leap year (2024: a Thursday).
            ("2024-01-31", "2024-02-29", "E6 leap"),
            // E6: → 28 February, and if that is a weekend the next Monday (2026-02-28 is Saturday).
            ("2026-01-31", "2026-03-02", "E6 weekend"),
        ];
        for (received, expected, name) in cases {
            assert_eq!(
                due(&ClockEvents::received(d(received)), Nation::EnglandAndWales),
                d(expected),
                "{name}"
            );
        }
    }

    /// E7: an extension is three months from the start, not one month and then two.
    #[test]
    fn an_extension_is_three_months_from_the_start() {
        let mut events = ClockEvents::received(d("2025-11-30"));
        events.extended = true;
        // 30 November + 3 months = 28 February 2026 (no 30 February), a Saturday → Monday 2 March.
        assert_eq!(due(&events, Nation::EnglandAndWales), d("2026-03-02"));
        let result =
            deadline(&events, Nation::EnglandAndWales, Calendar::bundled()).expect("valid");
        assert_eq!(result.extension_notice_deadline, d("2025-12-30"));
        assert!(extension_notice_in_time(&result, d("2025-12-30")));
        assert!(!extension_notice_in_time(&result, d("2025-12-31")));
    }

    /// Bank holidays differ by nation (reference/data-rights.md §2).
    #[test]
    fn the_nations_bank_holidays_move_the_deadline_differently() {
        let cases = [
            // Due 30 November 2026 (Monday): St Andrew's Day only in Scotland.
            ("2026-10-30", Nation::EnglandAndWales, "2026-11-30"),
            ("2026-10-30", Nation::Scotland, "2026-12-01"),
            ("2026-10-30", Nation::NorthernIreland, "2026-11-30"),
            // Due 17 March 2026 (Tuesday): St Patrick's Day only in Northern Ireland.
            ("2026-02-17", Nation::NorthernIreland, "2026-03-18"),
            ("2026-02-17", Nation::EnglandAndWales, "2026-03-17"),
            // Due 6 April 2026: Easter Monday is not a Scottish bank holiday.
            ("2026-03-06", Nation::EnglandAndWales, "2026-04-07"),
            ("2026-03-06", Nation::Scotland, "2026-04-06"),
            // Due 2 January 2026 (Friday): a holiday in Scotland only → Monday 5 January.
            ("2025-12-02", Nation::Scotland, "2026-01-05"),
            ("2025-12-02", Nation::EnglandAndWales, "2026-01-02"),
            // Due 13 July 2026 (the Boyne substitute day) in Northern Ireland.
            ("2026-06-13", Nation::NorthernIreland, "2026-07-14"),
            // Due Christmas Day 2026 (Friday): then the weekend, then the Boxing Day substitute.
            ("2026-11-25", Nation::EnglandAndWales, "2026-12-29"),
        ];
        for (received, nation, expected) in cases {
            assert_eq!(
                due(&ClockEvents::received(d(received)), nation),
                d(expected),
                "{received} {nation}"
            );
        }
    }

    #[test]
    fn id_authority_or_a_fee_restarts_the_month_from_its_arrival() {
        let mut events = ClockEvents::received(d("2026-03-02"));
        events.restarts = vec![d("2026-03-10"), d("2026-03-05")];
        let result =
            deadline(&events, Nation::EnglandAndWales, Calendar::bundled()).expect("valid");
        assert_eq!(
            result.start,
            d("2026-03-10"),
            "the latest arrival starts the month"
        );
        assert_eq!(result.due, Some(d("2026-04-10")));
    }

    /// Art 12A: the days from asking to the answer, both included, do not count.
    #[test]
    fn clarification_pauses_the_clock_counting_both_ends() {
        let cases: &[(&str, &[(&str, &str)], &str, u32)] = &[
            // Received 2 March 2026; asked 5 March, answered 9 March: 5 days → 2 April + 5 = 7 April.
            (
                "2026-03-02",
                &[("2026-03-05", "2026-03-09")],
                "2026-04-07",
                5,
            ),
            // Asked and answered the same day: 1 day → 3 April, which is Good Friday; then the
            // weekend and Easter Monday → Tuesday 7 April.
            (
                "2026-03-02",
                &[("2026-03-05", "2026-03-05")],
                "2026-04-07",
                1,
            ),
            // Two pauses that overlap count their days once: 5–9 and 8–12 → 8 days.
            (
                "2026-03-02",
                &[("2026-03-05", "2026-03-09"), ("2026-03-08", "2026-03-12")],
                "2026-04-10",
                8,
            ),
            // Two separate pauses add up: 3 + 2 = 5 days.
            (
                "2026-03-02",
                &[("2026-03-03", "2026-03-05"), ("2026-03-20", "2026-03-21")],
                "2026-04-07",
                5,
            ),
        ];
        for (received, pauses, expected, days) in cases {
            let mut events = ClockEvents::received(d(received));
            events.pauses = pauses
                .iter()
                .map(|(a, b)| Pause {
                    asked: d(a),
                    answered: Some(d(b)),
                })
                .collect();
            let result =
                deadline(&events, Nation::EnglandAndWales, Calendar::bundled()).expect("valid");
            assert_eq!(result.paused_days, *days, "{pauses:?}");
            assert_eq!(result.due, Some(d(expected)), "{pauses:?}");
        }
    }

    #[test]
    fn pause_days_before_a_restart_do_not_count_and_the_notice_deadline_moves_with_a_pause() {
        let mut events = ClockEvents::received(d("2026-03-02"));
        events.restarts = vec![d("2026-03-10")];
        events.pauses = vec![Pause {
            asked: d("2026-03-05"),
            answered: Some(d("2026-03-12")),
        }];
        let result =
            deadline(&events, Nation::EnglandAndWales, Calendar::bundled()).expect("valid");
        assert_eq!(result.paused_days, 3, "only 10, 11 and 12 March count");
        assert_eq!(result.due, Some(d("2026-04-13")));
        assert_eq!(result.extension_notice_deadline, d("2026-04-13"));
    }

    #[test]
    fn while_waiting_for_clarification_there_is_no_due_date() {
        let mut events = ClockEvents::received(d("2026-03-02"));
        events.pauses = vec![Pause {
            asked: d("2026-03-05"),
            answered: None,
        }];
        let result =
            deadline(&events, Nation::EnglandAndWales, Calendar::bundled()).expect("valid");
        assert_eq!(result.due, None);
        assert!(matches!(result.steps.last(), Some(Step::Waiting { .. })));
    }

    #[test]
    fn impossible_events_are_refused() {
        let mut before = ClockEvents::received(d("2026-03-02"));
        before.restarts = vec![d("2026-03-01")];
        assert!(matches!(
            deadline(&before, Nation::Scotland, Calendar::bundled()),
            Err(ClockError::RestartBeforeReceipt { .. })
        ));

        let mut backwards = ClockEvents::received(d("2026-03-02"));
        backwards.pauses = vec![Pause {
            asked: d("2026-03-05"),
            answered: Some(d("2026-03-04")),
        }];
        assert!(matches!(
            deadline(&backwards, Nation::Scotland, Calendar::bundled()),
            Err(ClockError::PauseEndsBeforeItStarts { .. })
        ));

        let mut early = ClockEvents::received(d("2026-03-02"));
        early.pauses = vec![Pause {
            asked: d("2026-03-01"),
            answered: Some(d("2026-03-04")),
        }];
        assert!(matches!(
            deadline(&early, Nation::Scotland, Calendar::bundled()),
            Err(ClockError::PauseBeforeReceipt { .. })
        ));

        let mut erasure = ClockEvents::received(d("2026-03-02"));
        erasure.access_request = false;
        erasure.pauses = vec![Pause {
            asked: d("2026-03-03"),
            answered: Some(d("2026-03-04")),
        }];
        assert_eq!(
            deadline(&erasure, Nation::Scotland, Calendar::bundled()),
            Err(ClockError::PauseNotAllowed)
        );
    }

    /// Properties over every day of 2025–2029 in every nation.
    #[test]
    fn the_deadline_is_always_a_working_day_within_a_month_and_a_week() {
        let calendar = Calendar::bundled();
        let mut day = d("2025-01-01");
        while day <= d("2029-12-31") {
            for nation in Nation::ALL {
                let result =
                    deadline(&ClockEvents::received(day), nation, calendar).expect("valid");
                let due = result.due.expect("not waiting");
                assert!(calendar.is_working_day(nation, due), "{day} {nation}");
                assert!(
                    due >= result.nominal_due && (due - result.nominal_due).num_days() <= 5,
                    "{day} {nation}"
                );
                assert!(due > day);
            }
            day = day + Days::new(1);
        }
    }
}
