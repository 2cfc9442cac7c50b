//! Following a withdrawal to everyone who received information under the consent: who must be
//! told, whether they have been, and whether they have confirmed they stopped.
//!
//! UK GDPR Art 7(3): withdrawing does not undo what was done before, so what was shared stays
//! with the recipient; but from the withdrawal the recipient has no basis to go on using it for
//! this purpose, and where erasure follows (Art 17(1)(b), "the data subject withdraws consent …
//! and where there is no other legal ground") Art 19 requires the council to "communicate any
//! … erasure … to each recipient to whom the personal data have been disclosed, unless this
//! proves impossible or involves disproportionate effort". Candour lists those recipients and
//! keeps what staff record: the day each was told and the day each confirmed it stopped.
//!
//! Decisions, written down:
//! - The recipients of a withdrawal are the organisations that received a share naming the
//!   consent on or before the day it was withdrawn, each once, in the order they first received
//!   it. A share the person was not told of is passed in only for staff; the person's own list
//!   never names it.
//! - A recipient should confirm within [`CONFIRMATION_WORKING_DAYS`] working days of the
//!   withdrawal (the council's standard, shaped on the ICO's "as soon as possible"; the law sets
//!   no number). After that day an unconfirmed recipient is overdue and staff see it flagged.
//! - Each step is recorded once, on the day staff record it, and in order: told, then confirmed.
//!   Recording a step again, or confirming before telling, changes nothing and says why.
//! - A consent given again and withdrawn again starts a new withdrawal with its own recipients:
//!   each withdrawal is known by its day.

use super::{ConsentOnRecord, ConsentStatus};
use crate::deadline::{Calendar, Nation};
use crate::sharing::Sharing;
use chrono::NaiveDate;

/// Working days after a withdrawal by which each recipient should have confirmed it stopped.
pub const CONFIRMATION_WORKING_DAYS: u32 = 5;

/// What staff record about one recipient of a withdrawal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoticeStep {
    /// The recipient was told the consent was withdrawn.
    Told,
    /// The recipient confirmed it has stopped using the information for this purpose.
    ConfirmedStopped,
}

impl NoticeStep {
    /// Both steps, in order.
    pub const ALL: [NoticeStep; 2] = [NoticeStep::Told, NoticeStep::ConfirmedStopped];

    /// The key a form sends.
    pub fn key(self) -> &'static str {
        match self {
            NoticeStep::Told => "told",
            NoticeStep::ConfirmedStopped => "confirmed",
        }
    }

    /// The step with this key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// What has been recorded about one recipient of one withdrawal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecipientNotice {
    /// The organisation that received the information.
    pub organisation: String,
    /// The day staff recorded telling them.
    pub told_on: Option<NaiveDate>,
    /// The day staff recorded their confirmation that they stopped.
    pub confirmed_on: Option<NaiveDate>,
}

/// A notice as the store keeps it: which consent and which withdrawal it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredNotice {
    /// The consent's number.
    pub consent: i64,
    /// The day of the withdrawal.
    pub withdrawn_on: NaiveDate,
    /// What was recorded.
    pub notice: RecipientNotice,
}

/// Why a step cannot be recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeRefused {
    /// Telling was already recorded.
    AlreadyTold,
    /// The confirmation was already recorded.
    AlreadyConfirmed,
    /// A confirmation before the recipient was told.
    NotToldYet,
}

impl NoticeRefused {
    /// Every reason, for the tests that check each has words.
    pub const ALL: [NoticeRefused; 3] = [
        NoticeRefused::AlreadyTold,
        NoticeRefused::AlreadyConfirmed,
        NoticeRefused::NotToldYet,
    ];

    /// The message id saying why.
    pub fn message(self) -> &'static str {
        match self {
            NoticeRefused::AlreadyTold => "error-recipient-already-told",
            NoticeRefused::AlreadyConfirmed => "error-recipient-already-confirmed",
            NoticeRefused::NotToldYet => "error-recipient-not-told",
        }
    }
}

impl RecipientNotice {
    /// Whether `step` may be recorded now.
    pub fn may_record(&self, step: NoticeStep) -> Result<(), NoticeRefused> {
        match (step, self.told_on, self.confirmed_on) {
            (_, _, Some(_)) => Err(NoticeRefused::AlreadyConfirmed),
            (NoticeStep::Told, Some(_), None) => Err(NoticeRefused::AlreadyTold),
            (NoticeStep::Told, None, None) => Ok(()),
            (NoticeStep::ConfirmedStopped, None, None) => Err(NoticeRefused::NotToldYet),
            (NoticeStep::ConfirmedStopped, Some(_), None) => Ok(()),
        }
    }
}

/// A withdrawal in force and everyone who must hear of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Withdrawal {
    /// The day it was withdrawn.
    pub on: NaiveDate,
    /// The last day for every recipient to confirm.
    pub confirm_by: NaiveDate,
    /// Each recipient, in the order they first received information under the consent.
    pub recipients: Vec<RecipientNotice>,
}

impl Withdrawal {
    /// Whether `recipient` has not confirmed and the day to confirm by has passed.
    pub fn overdue(&self, recipient: &RecipientNotice, today: NaiveDate) -> bool {
        recipient.confirmed_on.is_none() && today > self.confirm_by
    }

    /// Whether some recipient has still to confirm.
    pub fn outstanding(&self) -> bool {
        self.recipients.iter().any(|r| r.confirmed_on.is_none())
    }
}

impl ConsentOnRecord {
    /// The day of the withdrawal now in force, if the consent stands withdrawn.
    pub fn withdrawn_on(&self) -> Option<NaiveDate> {
        self.history()
            .last()
            .filter(|line| line.status == ConsentStatus::Withdrawn)
            .map(|line| line.on)
    }

    /// The withdrawal in force, with each organisation among `shares` that received information
    /// under this consent by then and what `notices` say of it; `None` unless withdrawn.
    pub fn withdrawal(
        &self,
        shares: &[Sharing],
        notices: &[StoredNotice],
        nation: Nation,
        calendar: &Calendar,
    ) -> Option<Withdrawal> {
        let on = self.withdrawn_on()?;
        let mut under: Vec<&Sharing> = shares
            .iter()
            .filter(|s| {
                s.consent.as_deref() == Some(self.consent.source_id.as_str()) && s.shared_on <= on
            })
            .collect();
        under.sort_by_key(|s| s.shared_on);
        let mut recipients: Vec<RecipientNotice> = Vec::new();
        for share in under {
            if recipients
                .iter()
                .any(|r| r.organisation == share.recipient_organisation)
            {
                continue;
            }
            let recorded = notices.iter().find(|n| {
                n.consent == self.id
                    && n.withdrawn_on == on
                    && n.notice.organisation == share.recipient_organisation
            });
            recipients.push(RecipientNotice {
                organisation: share.recipient_organisation.clone(),
                told_on: recorded.and_then(|n| n.notice.told_on),
                confirmed_on: recorded.and_then(|n| n.notice.confirmed_on),
            });
        }
        Some(Withdrawal {
            on,
            confirm_by: calendar.working_days_after(nation, on, CONFIRMATION_WORKING_DAYS),
            recipients,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consent::{
        ChangedBy, Consent, ConsentAnswer, ConsentMethod, OnlineChange, RecordedChange,
    };
    use crate::sharing::{LawfulBasis, Telling};

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("date")
    }

    fn consent(withdrawn_on: Option<&str>, online: &[(ConsentStatus, &str)]) -> ConsentOnRecord {
        ConsentOnRecord {
            id: 7,
            consent: Consent {
                source_id: "C-1".to_owned(),
                answer: ConsentAnswer::Yes,
                answered_on: day("2026-10-01"),
                answered_by: None,
                method: ConsentMethod::InWriting,
                purpose: "Housing".to_owned(),
                recipients: "Housing".to_owned(),
                withdrawn_on: withdrawn_on.map(day),
                expires_on: None,
                capacity: None,
                evidence: None,
            },
            changes: online
                .iter()
                .enumerate()
                .map(|(i, (status, on))| RecordedChange {
                    id: i64::try_from(i).expect("small") + 1,
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

    fn share(organisation: &str, on: &str, consent: Option<&str>) -> Sharing {
        Sharing {
            source_id: format!("{organisation}-{on}"),
            shared_on: day(on),
            recipient_organisation: organisation.to_owned(),
            recipient_role: "Officer".to_owned(),
            information: "Plan".to_owned(),
            entries: Vec::new(),
            purpose: "Housing".to_owned(),
            basis: if consent.is_some() {
                LawfulBasis::Consent
            } else {
                LawfulBasis::PublicTask
            },
            authority: None,
            consent: consent.map(str::to_owned),
            approved_by: None,
            telling: Telling::Told { on: day(on) },
        }
    }

    fn notice(
        on: &str,
        organisation: &str,
        told: Option<&str>,
        confirmed: Option<&str>,
    ) -> StoredNotice {
        StoredNotice {
            consent: 7,
            withdrawn_on: day(on),
            notice: RecipientNotice {
                organisation: organisation.to_owned(),
                told_on: told.map(day),
                confirmed_on: confirmed.map(day),
            },
        }
    }

    fn names(withdrawal: &Withdrawal) -> Vec<&str> {
        withdrawal
            .recipients
            .iter()
            .map(|r| r.organisation.as_str())
            .collect()
    }

    /// Who must hear of a withdrawal: each organisation once, in order, only shares under this
    /// consent made by the day of the withdrawal.
    #[test]
    fn the_recipients_are_those_who_received_information_under_the_consent_by_then() {
        let calendar = Calendar::bundled();
        let nation = Nation::EnglandAndWales;
        let shares = [
            share("Housing", "2026-10-05", Some("C-1")),
            share("Nurses", "2026-10-02", None),
            share("Carers", "2026-10-03", Some("C-1")),
            share("Housing", "2026-10-06", Some("C-1")),
            share("Other", "2026-10-04", Some("C-2")),
            share("Late", "2026-11-20", Some("C-1")),
        ];
        let cases: Vec<(ConsentOnRecord, Option<(&str, Vec<&str>)>)> = vec![
            (consent(None, &[]), None),
            (
                consent(Some("2026-11-02"), &[]),
                Some(("2026-11-02", vec!["Carers", "Housing"])),
            ),
            (
                consent(None, &[(ConsentStatus::Withdrawn, "2026-11-25")]),
                Some(("2026-11-25", vec!["Carers", "Housing", "Late"])),
            ),
            // Given again: no withdrawal in force.
            (
                consent(Some("2026-11-02"), &[(ConsentStatus::Given, "2026-11-10")]),
                None,
            ),
            (
                consent(
                    Some("2026-11-02"),
                    &[
                        (ConsentStatus::Given, "2026-11-10"),
                        (ConsentStatus::Withdrawn, "2026-11-30"),
                    ],
                ),
                Some(("2026-11-30", vec!["Carers", "Housing", "Late"])),
            ),
        ];
        for (consent, want) in cases {
            let found = consent.withdrawal(&shares, &[], nation, calendar);
            match (found, want) {
                (None, None) => {}
                (Some(found), Some((on, recipients))) => {
                    assert_eq!(found.on, day(on));
                    assert_eq!(names(&found), recipients);
                    assert!(found.recipients.iter().all(|r| r.told_on.is_none()));
                }
                (found, want) => panic!("{found:?} but wanted {want:?}"),
            }
        }
    }

    /// Five working days, skipping the weekend and bank holidays (Christmas 2026: Friday 25th and
    /// Monday 28th, Boxing Day falling on a Saturday).
    #[test]
    fn each_recipient_should_confirm_within_five_working_days() {
        let calendar = Calendar::bundled();
        let nation = Nation::EnglandAndWales;
        let cases = [
            ("2026-11-02", "2026-11-09"),
            ("2026-11-06", "2026-11-13"),
            ("2026-11-07", "2026-11-13"),
            ("2026-12-22", "2026-12-31"),
        ];
        for (withdrawn, due) in cases {
            let record = consent(Some(withdrawn), &[]);
            let found = record
                .withdrawal(&[], &[], nation, calendar)
                .expect("withdrawn");
            assert_eq!(found.confirm_by, day(due), "withdrawn {withdrawn}");
        }
        let record = consent(Some("2026-11-02"), &[]);
        let shares = [share("Housing", "2026-10-05", Some("C-1"))];
        let open = record
            .withdrawal(&shares, &[], nation, calendar)
            .expect("withdrawn");
        let recipient = &open.recipients[0];
        assert!(!open.overdue(recipient, day("2026-11-09")));
        assert!(open.overdue(recipient, day("2026-11-10")));
        let confirmed = record
            .withdrawal(
                &shares,
                &[notice(
                    "2026-11-02",
                    "Housing",
                    Some("2026-11-03"),
                    Some("2026-11-20"),
                )],
                nation,
                calendar,
            )
            .expect("withdrawn");
        assert!(!confirmed.overdue(&confirmed.recipients[0], day("2026-12-01")));
        assert!(!confirmed.outstanding());
        assert!(open.outstanding());
    }

    /// What was recorded belongs to one withdrawal: a notice for an earlier withdrawal is not
    /// carried over to a later one.
    #[test]
    fn notices_belong_to_their_withdrawal() {
        let calendar = Calendar::bundled();
        let nation = Nation::EnglandAndWales;
        let shares = [share("Housing", "2026-10-05", Some("C-1"))];
        let notices = [notice("2026-11-02", "Housing", Some("2026-11-03"), None)];
        let first = consent(Some("2026-11-02"), &[]);
        let told = first
            .withdrawal(&shares, &notices, nation, calendar)
            .expect("withdrawn");
        assert_eq!(told.recipients[0].told_on, Some(day("2026-11-03")));
        let again = consent(
            Some("2026-11-02"),
            &[
                (ConsentStatus::Given, "2026-11-10"),
                (ConsentStatus::Withdrawn, "2026-11-30"),
            ],
        );
        let later = again
            .withdrawal(&shares, &notices, nation, calendar)
            .expect("withdrawn");
        assert_eq!(later.recipients[0].told_on, None);
    }

    /// Told, then confirmed; each once.
    #[test]
    fn each_step_is_recorded_once_and_in_order() {
        let at = |told: Option<&str>, confirmed: Option<&str>| RecipientNotice {
            organisation: "Housing".to_owned(),
            told_on: told.map(day),
            confirmed_on: confirmed.map(day),
        };
        let cases = [
            (at(None, None), NoticeStep::Told, Ok(())),
            (
                at(None, None),
                NoticeStep::ConfirmedStopped,
                Err(NoticeRefused::NotToldYet),
            ),
            (
                at(Some("2026-11-03"), None),
                NoticeStep::Told,
                Err(NoticeRefused::AlreadyTold),
            ),
            (
                at(Some("2026-11-03"), None),
                NoticeStep::ConfirmedStopped,
                Ok(()),
            ),
            (
                at(Some("2026-11-03"), Some("2026-11-04")),
                NoticeStep::ConfirmedStopped,
                Err(NoticeRefused::AlreadyConfirmed),
            ),
            (
                at(Some("2026-11-03"), Some("2026-11-04")),
                NoticeStep::Told,
                Err(NoticeRefused::AlreadyConfirmed),
            ),
        ];
        for (notice, step, want) in cases {
            assert_eq!(notice.may_record(step), want, "{notice:?} {step:?}");
        }
        for step in NoticeStep::ALL {
            assert_eq!(NoticeStep::from_key(step.key()), Some(step));
        }
    }
}
