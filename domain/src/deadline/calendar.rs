//! Bank holidays of England and Wales, Scotland and Northern Ireland, for any year.
//!
//! Computed from the statutes and the standing proclamations: Banking and Financial Dealings Act
//! 1971 Schedule 1; St Andrew's Day Bank Holiday (Scotland) Act 2007 s.1; and the annual royal
//! proclamations that add New Year's Day, the early May holiday and substitute days. A holiday on
//! a Saturday or Sunday moves to the next weekday that is not already a holiday (GOV.UK's
//! published practice: holidays move forwards, never back).
//!
//! One-off holidays (a coronation, a state funeral) and any year a proclamation changes come from
//! `data/bank-holidays.json`, in GOV.UK's feed format, which wins for every year it lists.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

/// The three bank-holiday divisions of the UK (GOV.UK's feed names them the same way).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Nation {
    /// England and Wales.
    EnglandAndWales,
    /// Scotland.
    Scotland,
    /// Northern Ireland.
    NorthernIreland,
}

impl Nation {
    /// Every division.
    pub const ALL: [Nation; 3] = [
        Nation::EnglandAndWales,
        Nation::Scotland,
        Nation::NorthernIreland,
    ];

    /// The GOV.UK division key (`england-and-wales`, `scotland`, `northern-ireland`).
    pub fn key(self) -> &'static str {
        match self {
            Nation::EnglandAndWales => "england-and-wales",
            Nation::Scotland => "scotland",
            Nation::NorthernIreland => "northern-ireland",
        }
    }
}

impl fmt::Display for Nation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A division name that is not one of the three.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("must be england-and-wales, scotland or northern-ireland, not \"{0}\"")]
pub struct UnknownNation(pub String);

impl FromStr for Nation {
    type Err = UnknownNation;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Nation::ALL
            .into_iter()
            .find(|n| n.key() == text)
            .ok_or_else(|| UnknownNation(text.chars().take(40).collect()))
    }
}

/// GOV.UK's feed: division key → events.
#[derive(Debug, Deserialize)]
struct Feed(BTreeMap<String, Division>);

#[derive(Debug, Deserialize)]
struct Division {
    events: Vec<Event>,
}

#[derive(Debug, Deserialize)]
struct Event {
    date: NaiveDate,
}

/// A feed that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("the bank-holiday data is not in GOV.UK's format: {0}")]
pub struct FeedError(String);

/// Bank holidays by nation: published lists where present, statutory rules otherwise.
#[derive(Clone, Debug, Default)]
pub struct Calendar {
    published: BTreeMap<(Nation, i32), BTreeSet<NaiveDate>>,
    /// The statutory rules worked out ahead for years with no published list, so a busy page
    /// (the staff queue computes thousands of deadlines) does not redo them for every day.
    computed: BTreeMap<(Nation, i32), BTreeSet<NaiveDate>>,
}

/// Years the bundled calendar works out ahead.
const PRECOMPUTED_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

static BUNDLED: LazyLock<Calendar> = LazyLock::new(|| {
    let mut calendar = Calendar::from_govuk_json(include_str!("../../data/bank-holidays.json"))
        .expect("the bundled bank-holiday file is valid (checked by a test)");
    for nation in Nation::ALL {
        for year in PRECOMPUTED_YEARS {
            if !calendar.published.contains_key(&(nation, year)) {
                calendar
                    .computed
                    .insert((nation, year), statutory_holidays(nation, year));
            }
        }
    }
    calendar
});

impl Calendar {
    /// The calendar with the repository's published data file.
    pub fn bundled() -> &'static Calendar {
        &BUNDLED
    }

    /// A calendar from text in GOV.UK's `bank-holidays.json` format.
    pub fn from_govuk_json(text: &str) -> Result<Calendar, FeedError> {
        let feed: Feed = serde_json::from_str(text).map_err(|e| FeedError(e.to_string()))?;
        let mut published: BTreeMap<(Nation, i32), BTreeSet<NaiveDate>> = BTreeMap::new();
        for (key, division) in feed.0 {
            let nation: Nation = key
                .parse()
                .map_err(|e: UnknownNation| FeedError(format!("division {e}")))?;
            for event in division.events {
                published
                    .entry((nation, event.date.year()))
                    .or_default()
                    .insert(event.date);
            }
        }
        Ok(Calendar {
            published,
            computed: BTreeMap::new(),
        })
    }

    /// Every bank holiday of `nation` in `year`.
    pub fn holidays(&self, nation: Nation, year: i32) -> BTreeSet<NaiveDate> {
        self.known(nation, year)
            .cloned()
            .unwrap_or_else(|| statutory_holidays(nation, year))
    }

    /// True for a bank holiday of `nation`.
    pub fn is_bank_holiday(&self, nation: Nation, date: NaiveDate) -> bool {
        self.known(nation, date.year()).map_or_else(
            || statutory_holidays(nation, date.year()).contains(&date),
            |dates| dates.contains(&date),
        )
    }

    /// The published list for the year, else the one worked out ahead, if either exists.
    fn known(&self, nation: Nation, year: i32) -> Option<&BTreeSet<NaiveDate>> {
        self.published
            .get(&(nation, year))
            .or_else(|| self.computed.get(&(nation, year)))
    }

    /// True for a day that is neither a weekend nor a bank holiday of `nation`.
    pub fn is_working_day(&self, nation: Nation, date: NaiveDate) -> bool {
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
            && !self.is_bank_holiday(nation, date)
    }

    /// The `count`th working day of `nation` after `date` (the day itself never counts).
    pub fn working_days_after(&self, nation: Nation, date: NaiveDate, count: u32) -> NaiveDate {
        let mut day = date;
        let mut left = count;
        while left > 0 {
            day = day.succ_opt().unwrap_or(day);
            if self.is_working_day(nation, day) {
                left -= 1;
            }
        }
        day
    }
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/
/// Butcher).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    date(year, month.unsigned_abs(), day.unsigned_abs())
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a valid calendar date")
}

fn first_monday(year: i32, month: u32) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 1)
        .expect("every month has a Monday")
}

fn last_monday(year: i32, month: u32) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 5).unwrap_or_else(|| {
        NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 4).expect("four Mondays")
    })
}

fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The holidays of `nation` in `year` by the statutory rules, with substitute days.
pub fn statutory_holidays(nation: Nation, year: i32) -> BTreeSet<NaiveDate> {
    let easter = easter_sunday(year);
    let good_friday = easter - Days::new(2);
    let easter_monday = easter + Days::new(1);
    // Days that move to a substitute if they fall at a weekend, in date order.
    let mut movable = vec![date(year, 1, 1)];
    // Days fixed to a weekday by their rule.
    let mut fixed = vec![good_friday, first_monday(year, 5), last_monday(year, 5)];
    match nation {
        Nation::EnglandAndWales | Nation::NorthernIreland => {
            fixed.extend([easter_monday, last_monday(year, 8)]);
        }
        Nation::Scotland => {
            movable.push(date(year, 1, 2));
            fixed.push(first_monday(year, 8));
            movable.push(date(year, 11, 30));
        }
    }
    if nation == Nation::NorthernIreland {
        movable.extend([date(year, 3, 17), date(year, 7, 12)]);
    }
    movable.extend([date(year, 12, 25), date(year, 12, 26)]);

    let mut holidays: BTreeSet<NaiveDate> = fixed.into_iter().collect();
    holidays.extend(movable.iter().copied().filter(|d| !is_weekend(*d)));
    for day in movable.into_iter().filter(|d| is_weekend(*d)) {
        let mut substitute = day;
        while is_weekend(substitute) || holidays.contains(&substitute) {
            substitute = substitute + Days::new(1);
        }
        holidays.insert(substitute);
    }
    holidays
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(list: &str) -> BTreeSet<NaiveDate> {
        list.split_whitespace()
            .map(|d| d.parse().expect("date"))
            .collect()
    }

    /// The reviewed lists in shared/reference/data-rights.md §2.2 (GOV.UK's published pattern
    /// for 2025–2027; 2028 derived from the same rules).
    #[test]
    fn statutory_rules_give_the_published_holidays_2025_to_2028() {
        let cases: &[(Nation, i32, &str)] = &[
            (
                Nation::EnglandAndWales,
                2025,
                "2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26",
            ),
            (
                Nation::EnglandAndWales,
                2026,
                "2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28",
            ),
            (
                Nation::EnglandAndWales,
                2027,
                "2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28",
            ),
            (
                Nation::EnglandAndWales,
                2028,
                "2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-08-28 2028-12-25 2028-12-26",
            ),
            (
                Nation::Scotland,
                2025,
                "2025-01-01 2025-01-02 2025-04-18 2025-05-05 2025-05-26 2025-08-04 2025-12-01 2025-12-25 2025-12-26",
            ),
            (
                Nation::Scotland,
                2026,
                "2026-01-01 2026-01-02 2026-04-03 2026-05-04 2026-05-25 2026-08-03 2026-11-30 2026-12-25 2026-12-28",
            ),
            (
                Nation::Scotland,
                2027,
                "2027-01-01 2027-01-04 2027-03-26 2027-05-03 2027-05-31 2027-08-02 2027-11-30 2027-12-27 2027-12-28",
            ),
            (
                Nation::Scotland,
                2028,
                "2028-01-03 2028-01-04 2028-04-14 2028-05-01 2028-05-29 2028-08-07 2028-11-30 2028-12-25 2028-12-26",
            ),
            (
                Nation::NorthernIreland,
                2025,
                "2025-01-01 2025-03-17 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-07-14 2025-08-25 2025-12-25 2025-12-26",
            ),
            (
                Nation::NorthernIreland,
                2026,
                "2026-01-01 2026-03-17 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-07-13 2026-08-31 2026-12-25 2026-12-28",
            ),
            (
                Nation::NorthernIreland,
                2027,
                "2027-01-01 2027-03-17 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-07-12 2027-08-30 2027-12-27 2027-12-28",
            ),
            (
                Nation::NorthernIreland,
                2028,
                "2028-01-03 2028-03-17 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-07-12 2028-08-28 2028-12-25 2028-12-26",
            ),
        ];
        for (nation, year, expected) in cases {
            assert_eq!(
                statutory_holidays(*nation, *year),
                parse(expected),
                "{nation} {year}"
            );
            assert_eq!(
                Calendar::bundled().holidays(*nation, *year),
                parse(expected),
                "{nation} {year}"
            );
        }
    }

    /// Easter dates from the Church of England's table of moveable feasts.
    #[test]
    fn easter_falls_where_the_tables_say() {
        for (year, expected) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2038, "2038-04-25"),
            (2285, "2285-03-22"),
        ] {
            assert_eq!(
                easter_sunday(year),
                expected.parse::<NaiveDate>().expect("date")
            );
        }
    }

    /// The published file wins: 2022 had the Platinum Jubilee and the Queen's funeral, and the
    /// spring bank holiday moved to 2 June; 2023 had the coronation.
    #[test]
    fn one_off_holidays_in_the_data_file_win_over_the_rules() {
        let calendar = Calendar::bundled();
        for nation in Nation::ALL {
            for day in ["2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"] {
                assert!(
                    calendar.is_bank_holiday(nation, day.parse().expect("date")),
                    "{nation} {day}"
                );
            }
            assert!(
                !calendar.is_bank_holiday(nation, "2022-05-30".parse().expect("date")),
                "{nation}: the usual spring holiday moved"
            );
        }
    }

    #[test]
    fn a_substitute_day_never_lands_on_another_holiday() {
        // Christmas on a Sunday: Boxing Day stays on Monday, Christmas moves to Tuesday.
        assert!(statutory_holidays(Nation::EnglandAndWales, 2033).contains(&date(2033, 12, 27)));
        // Scotland, New Year's Day on a Saturday: 3 and 4 January.
        let scotland = statutory_holidays(Nation::Scotland, 2022);
        assert!(scotland.contains(&date(2022, 1, 3)) && scotland.contains(&date(2022, 1, 4)));
    }

    #[test]
    fn nations_parse_from_their_feed_keys_only() {
        for nation in Nation::ALL {
            assert_eq!(nation.key().parse::<Nation>(), Ok(nation));
        }
        assert!("wales".parse::<Nation>().is_err());
    }

    #[test]
    fn a_malformed_feed_is_refused_with_the_reason() {
        assert!(Calendar::from_govuk_json("{").is_err());
        assert!(Calendar::from_govuk_json(r#"{"wales": {"events": []}}"#).is_err());
        let ok = Calendar::from_govuk_json(r#"{"scotland": {"division": "scotland", "events": [{"title": "x", "date": "2030-06-03", "notes": "", "bunting": true}]}}"#)
            .expect("valid");
        assert_eq!(ok.holidays(Nation::Scotland, 2030), parse("2030-06-03"));
    }

    #[test]
    fn the_bundled_calendar_works_out_ahead_exactly_what_the_rules_say() {
        for nation in Nation::ALL {
            for year in [2026, 2031, 2100] {
                assert_eq!(
                    Calendar::bundled().holidays(nation, year),
                    statutory_holidays(nation, year),
                    "{nation:?} {year}"
                );
            }
            assert_eq!(
                Calendar::bundled().holidays(nation, 2101),
                statutory_holidays(nation, 2101),
                "after the years worked out ahead, the rules still apply"
            );
        }
    }
}
