//! A consent's status history: what the case system recorded (the answer, and a withdrawal),
//! then every change the person, or a delegate with the "manage consent" scope, made online
//! (UK GDPR Art 7(3): "as easy to withdraw as to give"). The status now is the last change.
//!
//! Decisions, written down:
//! - The case system's record and the online changes are kept apart: the case system may send
//!   the same consent again (replacing its copy), and that must never erase what the person did
//!   online. The history is the case system's events, then the online ones, in date order; on
//!   the same day an online change comes after the case system's (which records only days).
//! - Only a yes in force can be withdrawn; a withdrawn or refused consent can be given (again).
//!   Anything else is refused with its reason, and nothing changes: a second press of
//!   "Withdraw" makes one withdrawal, not two.
//! - Each online change has a reference the person can quote (`CON-` and its number).
//! - A yes given for a set time (`Consent::expires_on`) ends on that day: the history gains an
//!   "expired" line once the day has come ([`ConsentOnRecord::as_of`]), if the consent was in
//!   force the day before. Only a yes given again on or after that day revives it, and that
//!   yes has no end date (it was given online, without one). An expired consent can be given
//!   again, not taken back.

use super::{Consent, ConsentAnswer, ConsentMethod};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where a consent stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentStatus {
    /// The person (or someone for them) said yes, and it is in force.
    Given,
    /// They said no.
    Refused,
    /// They said yes, then took it back.
    Withdrawn,
    /// They said yes for a set time, and the time is over.
    Expired,
}

impl ConsentStatus {
    /// The key the store keeps.
    pub fn key(self) -> &'static str {
        match self {
            ConsentStatus::Given => "given",
            ConsentStatus::Refused => "refused",
            ConsentStatus::Withdrawn => "withdrawn",
            ConsentStatus::Expired => "expired",
        }
    }

    /// The status with this key.
    pub fn from_key(key: &str) -> Option<Self> {
        [Self::Given, Self::Refused, Self::Withdrawn, Self::Expired]
            .into_iter()
            .find(|s| s.key() == key)
    }
}

/// Who made a change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangedBy {
    /// The person themself.
    Person,
    /// Someone with the authority to decide for them, as the case system recorded it.
    OnTheirBehalf(String),
    /// A delegate acting for them online, by name.
    Delegate(String),
    /// The council, in its case system (a withdrawal told to staff).
    Council,
}

/// A change made online, as the store keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnlineChange {
    /// The status it made: withdrawn, or given.
    pub status: ConsentStatus,
    /// The day it was made (Europe/London).
    pub on: NaiveDate,
    /// When, in seconds since 1970.
    pub at: i64,
    /// The person, or a delegate.
    pub by: ChangedBy,
}

/// An online change with the number the store gave it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedChange {
    /// Its number.
    pub id: i64,
    /// The change.
    pub change: OnlineChange,
}

impl RecordedChange {
    /// The reference the person can quote.
    pub fn reference(&self) -> String {
        reference(self.id)
    }
}

/// The reference of online change number `id`.
pub fn reference(id: i64) -> String {
    format!("CON-{id:06}")
}

/// A consent as Candour holds it: its number, the case system's record and the online changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentOnRecord {
    /// Its number (`/consents/{id}`).
    pub id: i64,
    /// What the case system recorded.
    pub consent: Consent,
    /// What was changed online since, oldest first.
    pub changes: Vec<RecordedChange>,
    /// The day a yes given for a set time ended, once that day has come (set by
    /// [`ConsentOnRecord::as_of`]; the store, which does not know the day, leaves it empty).
    pub expired_on: Option<NaiveDate>,
}

/// One line of a consent's history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentChange {
    /// The status it made.
    pub status: ConsentStatus,
    /// True for a yes after a withdrawal ("given again").
    pub again: bool,
    /// The day.
    pub on: NaiveDate,
    /// Who.
    pub by: ChangedBy,
    /// How, when known.
    pub method: Option<ConsentMethod>,
    /// The reference of an online change.
    pub reference: Option<String>,
}

/// Why an online change cannot be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeRefused {
    /// Withdrawing what is already withdrawn.
    AlreadyWithdrawn,
    /// Withdrawing a no.
    NeverGiven,
    /// Giving what is already given.
    AlreadyGiven,
    /// Withdrawing a yes whose time is over.
    Ended,
}

impl ChangeRefused {
    /// Every reason.
    pub const ALL: [ChangeRefused; 4] = [
        ChangeRefused::AlreadyWithdrawn,
        ChangeRefused::NeverGiven,
        ChangeRefused::AlreadyGiven,
        ChangeRefused::Ended,
    ];

    /// The message key the person is shown.
    pub fn message(self) -> &'static str {
        match self {
            ChangeRefused::AlreadyWithdrawn => "error-consent-already-withdrawn",
            ChangeRefused::NeverGiven => "error-consent-never-given",
            ChangeRefused::AlreadyGiven => "error-consent-already-given",
            ChangeRefused::Ended => "error-consent-ended",
        }
    }
}

impl ConsentOnRecord {
    /// The record as it stands on `today`: a yes given for a set time whose day has come is
    /// marked expired.
    #[must_use]
    pub fn as_of(mut self, today: NaiveDate) -> Self {
        self.expired_on = self.consent.expires_on.filter(|end| *end <= today);
        self
    }

    /// Every change, oldest first: the case system's answer and withdrawal, then the online
    /// changes (on the same day, the online ones last), and the expiry once its day has come.
    pub fn history(&self) -> Vec<ConsentChange> {
        self.lines(self.expired_on)
    }

    /// The history with a yes for a set time ended on `expired_on`, if given.
    fn lines(&self, expired_on: Option<NaiveDate>) -> Vec<ConsentChange> {
        let c = &self.consent;
        let mut lines = vec![ConsentChange {
            status: match c.answer {
                ConsentAnswer::Yes => ConsentStatus::Given,
                ConsentAnswer::No => ConsentStatus::Refused,
            },
            again: false,
            on: c.answered_on,
            by: c
                .answered_by
                .clone()
                .map_or(ChangedBy::Person, ChangedBy::OnTheirBehalf),
            method: Some(c.method),
            reference: None,
        }];
        if let Some(on) = c.withdrawn_on {
            lines.push(ConsentChange {
                status: ConsentStatus::Withdrawn,
                again: false,
                on,
                by: ChangedBy::Council,
                method: None,
                reference: None,
            });
        }
        lines.extend(self.changes.iter().map(|recorded| ConsentChange {
            status: recorded.change.status,
            again: false,
            on: recorded.change.on,
            by: recorded.change.by.clone(),
            method: Some(ConsentMethod::Online),
            reference: Some(recorded.reference()),
        }));
        // Stable: the case system's first on a day, online changes in the order made.
        lines.sort_by_key(|line| line.on);
        if let Some(end) = expired_on {
            let at = lines.partition_point(|line| line.on < end);
            let in_force = at > 0 && lines[at - 1].status == ConsentStatus::Given;
            if in_force {
                lines.insert(
                    at,
                    ConsentChange {
                        status: ConsentStatus::Expired,
                        again: false,
                        on: end,
                        by: ChangedBy::Council,
                        method: None,
                        reference: None,
                    },
                );
            }
        }
        let mut ended_before = false;
        for line in &mut lines {
            line.again = line.status == ConsentStatus::Given && ended_before;
            ended_before |= matches!(
                line.status,
                ConsentStatus::Withdrawn | ConsentStatus::Expired
            );
        }
        lines
    }

    /// Where the consent stands now: the last line of its history.
    pub fn status(&self) -> ConsentStatus {
        self.history()
            .last()
            .map_or(ConsentStatus::Refused, |line| line.status)
    }

    /// Whether the consent could be relied on during `day`, with the online changes and the end
    /// of a yes given for a set time.
    pub fn in_force_on(&self, day: NaiveDate) -> bool {
        let lines = self.lines(self.consent.expires_on.filter(|end| *end <= day));
        lines
            .iter()
            .rfind(|line| line.on <= day)
            .is_some_and(|line| line.status == ConsentStatus::Given)
            // A withdrawal takes effect on the day it is made.
            && !lines
                .iter()
                .any(|line| line.on == day && line.status == ConsentStatus::Withdrawn)
    }

    /// Whether `to` may be made online now, and why not.
    pub fn may_change_to(&self, to: ConsentStatus) -> Result<(), ChangeRefused> {
        match (self.status(), to) {
            (ConsentStatus::Given, ConsentStatus::Withdrawn) => Ok(()),
            (ConsentStatus::Withdrawn, ConsentStatus::Withdrawn) => {
                Err(ChangeRefused::AlreadyWithdrawn)
            }
            (ConsentStatus::Refused, ConsentStatus::Withdrawn) => Err(ChangeRefused::NeverGiven),
            (ConsentStatus::Expired, ConsentStatus::Withdrawn) => Err(ChangeRefused::Ended),
            (
                ConsentStatus::Withdrawn | ConsentStatus::Refused | ConsentStatus::Expired,
                ConsentStatus::Given,
            ) => Ok(()),
            (ConsentStatus::Given, ConsentStatus::Given) => Err(ChangeRefused::AlreadyGiven),
            // Nobody refuses or ends a consent online: saying no to something in force is
            // withdrawing it.
            (_, ConsentStatus::Refused | ConsentStatus::Expired) => {
                Err(ChangeRefused::AlreadyWithdrawn)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("date")
    }

    fn on_record(
        answer: ConsentAnswer,
        withdrawn: Option<&str>,
        online: &[(&str, ConsentStatus)],
    ) -> ConsentOnRecord {
        ConsentOnRecord {
            id: 1,
            consent: Consent {
                source_id: "C-1".into(),
                answer,
                answered_on: day("2026-10-01"),
                answered_by: None,
                method: ConsentMethod::Spoken,
                purpose: "To tell a carers' charity about you".into(),
                recipients: "Carers Together".into(),
                withdrawn_on: withdrawn.map(day),
                expires_on: None,
                capacity: None,
                evidence: None,
            },
            changes: online
                .iter()
                .enumerate()
                .map(|(i, (on, status))| RecordedChange {
                    id: i as i64 + 7,
                    change: OnlineChange {
                        status: *status,
                        on: day(on),
                        at: 0,
                        by: ChangedBy::Person,
                    },
                })
                .collect(),
            expired_on: None,
        }
    }

    #[test]
    fn the_status_is_the_last_change_and_only_some_changes_may_be_made() {
        use ChangeRefused::*;
        use ConsentAnswer::{No, Yes};
        use ConsentStatus::{Given, Refused, Withdrawn};
        type Case<'a> = (
            &'a str,
            ConsentOnRecord,
            ConsentStatus,
            Result<(), ChangeRefused>,
            Result<(), ChangeRefused>,
        );
        let cases: Vec<Case> = vec![
            (
                "given",
                on_record(Yes, None, &[]),
                Given,
                Ok(()),
                Err(AlreadyGiven),
            ),
            (
                "refused",
                on_record(No, None, &[]),
                Refused,
                Err(NeverGiven),
                Ok(()),
            ),
            (
                "withdrawn in the case system",
                on_record(Yes, Some("2026-11-01"), &[]),
                Withdrawn,
                Err(AlreadyWithdrawn),
                Ok(()),
            ),
            (
                "withdrawn online",
                on_record(Yes, None, &[("2026-11-02", Withdrawn)]),
                Withdrawn,
                Err(AlreadyWithdrawn),
                Ok(()),
            ),
            (
                "withdrawn, then given again online",
                on_record(Yes, Some("2026-11-01"), &[("2026-11-02", Given)]),
                Given,
                Ok(()),
                Err(AlreadyGiven),
            ),
            (
                "given again online the same day the case system withdrew it",
                on_record(Yes, Some("2026-11-02"), &[("2026-11-02", Given)]),
                Given,
                Ok(()),
                Err(AlreadyGiven),
            ),
            (
                "refused, then given online",
                on_record(No, None, &[("2026-11-02", Given)]),
                Given,
                Ok(()),
                Err(AlreadyGiven),
            ),
            (
                "given, withdrawn, given, withdrawn online",
                on_record(
                    Yes,
                    None,
                    &[
                        ("2026-11-02", Withdrawn),
                        ("2026-11-03", Given),
                        ("2026-11-03", Withdrawn),
                    ],
                ),
                Withdrawn,
                Err(AlreadyWithdrawn),
                Ok(()),
            ),
        ];
        for (name, consent, status, withdraw, give) in cases {
            assert_eq!(consent.status(), status, "{name}");
            assert_eq!(
                consent.may_change_to(Withdrawn),
                withdraw,
                "{name}: withdraw"
            );
            assert_eq!(consent.may_change_to(Given), give, "{name}: give");
            assert!(consent.may_change_to(Refused).is_err(), "{name}: refuse");
        }
    }

    /// A yes for a set time ends on its day, once that day has come; a yes given again online
    /// on or after it revives it; withdrawn before it, it stays withdrawn.
    #[test]
    fn a_yes_for_a_set_time_ends_on_its_day() {
        use ConsentStatus::{Expired, Given, Withdrawn};
        let ends = |online: &[(&str, ConsentStatus)]| {
            let mut consent = on_record(ConsentAnswer::Yes, None, online);
            consent.consent.expires_on = Some(day("2026-11-10"));
            consent
        };
        let cases = [
            ("before the day", ends(&[]), "2026-11-09", Given),
            ("on the day", ends(&[]), "2026-11-10", Expired),
            ("after", ends(&[]), "2026-12-01", Expired),
            (
                "withdrawn before it ended",
                ends(&[("2026-11-05", Withdrawn)]),
                "2026-12-01",
                Withdrawn,
            ),
            (
                "given again after it ended",
                ends(&[("2026-11-20", Given)]),
                "2026-12-01",
                Given,
            ),
        ];
        for (name, consent, today, status) in cases {
            let consent = consent.as_of(day(today));
            assert_eq!(consent.status(), status, "{name}");
            assert_eq!(
                consent.in_force_on(day(today)),
                status == Given,
                "{name}: in force"
            );
        }
        // Whatever day the record was read, whether it was in force on a day is the same.
        let unread = ends(&[("2026-11-20", Given)]);
        assert!(unread.in_force_on(day("2026-11-09")));
        assert!(!unread.in_force_on(day("2026-11-10")));
        assert!(!unread.in_force_on(day("2026-11-19")));
        assert!(unread.in_force_on(day("2026-11-20")));
        let ended = ends(&[]).as_of(day("2026-12-01"));
        assert_eq!(ended.may_change_to(Withdrawn), Err(ChangeRefused::Ended));
        assert_eq!(ended.may_change_to(Given), Ok(()));
        let revived = ends(&[("2026-11-20", Given)]).as_of(day("2026-12-01"));
        let lines: Vec<_> = revived
            .history()
            .into_iter()
            .map(|l| (l.status, l.again))
            .collect();
        assert_eq!(lines, vec![(Given, false), (Expired, false), (Given, true)]);
    }

    #[test]
    fn the_history_says_given_again_and_carries_references() {
        use ConsentStatus::{Given, Withdrawn};
        let consent = on_record(
            ConsentAnswer::Yes,
            Some("2026-11-01"),
            &[("2026-11-05", Given), ("2026-11-01", Withdrawn)],
        );
        let lines: Vec<_> = consent
            .history()
            .into_iter()
            .map(|l| (l.on.to_string(), l.status, l.again, l.reference))
            .collect();
        assert_eq!(
            lines,
            vec![
                ("2026-10-01".to_owned(), Given, false, None),
                ("2026-11-01".to_owned(), Withdrawn, false, None),
                (
                    "2026-11-01".to_owned(),
                    Withdrawn,
                    false,
                    Some("CON-000008".to_owned())
                ),
                (
                    "2026-11-05".to_owned(),
                    Given,
                    true,
                    Some("CON-000007".to_owned())
                ),
            ]
        );
    }

    #[test]
    fn a_consent_is_in_force_until_the_day_it_is_withdrawn_online() {
        let consent = on_record(
            ConsentAnswer::Yes,
            None,
            &[
                ("2026-11-10", ConsentStatus::Withdrawn),
                ("2026-11-20", ConsentStatus::Given),
            ],
        );
        let cases = [
            ("before it was given", "2026-09-30", false),
            ("the day it was given", "2026-10-01", true),
            ("the day before the withdrawal", "2026-11-09", true),
            ("the day of the withdrawal", "2026-11-10", false),
            ("while withdrawn", "2026-11-15", false),
            ("the day it was given again", "2026-11-20", true),
        ];
        for (name, on, expected) in cases {
            assert_eq!(consent.in_force_on(day(on)), expected, "{name}");
        }
    }
}
