//! The time every workflow reads, injected so that tests set the day.
//!
//! Legal clocks count Europe/London dates (ICO, "Time limits for responding": the day of
//! receipt is the local date), so [`Clock::today`] is the London date of [`Clock::now`], never
//! the server's own time zone. The domain never reads the computer's clock: the workflow layer
//! gives it one (`candour_services::SystemClock`), tests a [`FixedClock`].

use chrono::{DateTime, NaiveDate};
use std::sync::atomic::{AtomicI64, Ordering};

/// Where "now" comes from.
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// Seconds since the Unix epoch.
    fn now(&self) -> i64;

    /// Today's date in Europe/London.
    fn today(&self) -> NaiveDate {
        london_date(self.now())
    }
}

/// The Europe/London date at `unix_seconds`.
pub fn london_date(unix_seconds: i64) -> NaiveDate {
    DateTime::from_timestamp(unix_seconds, 0)
        .unwrap_or_default()
        .with_timezone(&chrono_tz::Europe::London)
        .date_naive()
}

/// A clock that says what it is told: for tests.
#[derive(Debug, Default)]
pub struct FixedClock(AtomicI64);

impl FixedClock {
    /// A clock stopped at `unix_seconds`.
    pub fn at(unix_seconds: i64) -> Self {
        FixedClock(AtomicI64::new(unix_seconds))
    }

    /// Moves the clock to `unix_seconds`.
    pub fn set(&self, unix_seconds: i64) {
        self.0.store(unix_seconds, Ordering::SeqCst);
    }

    /// Moves the clock on by `seconds`.
    pub fn advance(&self, seconds: i64) {
        self.0.fetch_add(seconds, Ordering::SeqCst);
    }
}

impl Clock for FixedClock {
    fn now(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_the_london_date_not_the_utc_one() {
        // 23:30 UTC on 30 June 2025 is 00:30 on 1 July in London (BST).
        let clock = FixedClock::at(1_751_326_200);
        assert_eq!(
            clock.today(),
            NaiveDate::from_ymd_opt(2025, 7, 1).expect("date")
        );
        // In winter London is on UTC: 23:30 UTC on 31 December 2024 is still 31 December.
        clock.set(1_735_687_800);
        assert_eq!(
            clock.today(),
            NaiveDate::from_ymd_opt(2024, 12, 31).expect("date")
        );
        clock.advance(3_600);
        assert_eq!(
            clock.today(),
            NaiveDate::from_ymd_opt(2025, 1, 1).expect("date")
        );
    }
}
