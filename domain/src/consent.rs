//! Consent records: each time a person (or someone with the authority to decide for them) was
//! asked to agree to a use of their information that relies on consent, and said yes or no, as
//! the case-management system recorded it and sends it to Candour.
//!
//! UK GDPR Art 7(1): "the controller shall be able to demonstrate that the data subject has
//! consented". The ICO's guidance on consent ("How should we record consent?") says to keep who
//! consented, when, how, what they were told, and whether and when they withdrew; one
//! [`Consent`] holds exactly those, and its status history (DESIGN: given, refused, withdrawn):
//! the answer and its day, then the day a yes was withdrawn. Art 7(3): the person may withdraw at
//! any time, and withdrawing does not make what was done before unlawful, so a withdrawn consent
//! is kept with both dates, never deleted, and appears in the person's access copy (Art 15).
//!
//! Decisions, written down:
//! - A "no" is kept too: the person's copy should show what they refused, and staff must not ask
//!   again as if they never had. Only a "yes" can be withdrawn.
//! - `answered_by` is empty when the person answered themself; otherwise it names who did and on
//!   what authority (a health and welfare attorney, a deputy), because a person reading their
//!   copy should see that it was not them who said yes.
//! - A share that names a consent ([`crate::sharing::Sharing::consent`]) is not refused when the
//!   case system has not sent that consent: older consents may be on paper only. The person's
//!   copy lists the consents Candour was sent, and each share says whether they agreed.
//! - A consent is in force from the day the person said yes up to, but not including, the day it
//!   was withdrawn: the withdrawal takes effect on the day it is made (ICO: "as easy to withdraw
//!   as to give", and stop "as soon as possible").
//! - The record is shaped on HL7 FHIR Consent and ISO/IEC TS 27560: besides who, when, how and
//!   for what, a yes may be given for a set time (`expires_on`: FHIR `provision.period`; the ICO
//!   asks councils to review consents and refresh them), may name who considered whether the
//!   person could decide and when (Mental Capacity Act 2005 ss 2–3: a person is assumed to have
//!   capacity; where it was in doubt, the assessment is recorded with the decision), and where
//!   the evidence of the answer is kept (Art 7(1): "be able to demonstrate"). All three are
//!   optional, so consents sent before they existed keep working.

mod history;
mod honesty;
mod receipt;
mod recipients;

pub use history::{
    ChangeRefused, ChangedBy, ConsentChange, ConsentOnRecord, ConsentStatus, OnlineChange,
    RecordedChange, reference,
};
pub use honesty::{COUNCIL_USES, CouncilUse, Offer, council_use, offers};
pub use receipt::{ConsentReceipt, RECEIPT_SCHEMA, ReceiptEvent, SharedUnder};
pub use recipients::{
    CONFIRMATION_WORKING_DAYS, NoticeRefused, NoticeStep, RecipientNotice, StoredNotice, Withdrawal,
};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How the consent was given (the ICO asks to record "how they consented").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentMethod {
    /// Signed on paper.
    InWriting,
    /// Said out loud, and noted by staff.
    Spoken,
    /// Given online, for example on a form.
    Online,
}

impl ConsentMethod {
    /// Every method.
    pub const ALL: [ConsentMethod; 3] = [
        ConsentMethod::InWriting,
        ConsentMethod::Spoken,
        ConsentMethod::Online,
    ];

    /// The key the case system sends and the store keeps.
    pub fn key(self) -> &'static str {
        match self {
            ConsentMethod::InWriting => "in_writing",
            ConsentMethod::Spoken => "spoken",
            ConsentMethod::Online => "online",
        }
    }

    /// The method with this key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// What the person (or someone for them) answered when asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentAnswer {
    /// They agreed.
    Yes,
    /// They refused.
    No,
}

impl ConsentAnswer {
    /// Both answers.
    pub const ALL: [ConsentAnswer; 2] = [ConsentAnswer::Yes, ConsentAnswer::No];

    /// The key the case system sends and the store keeps.
    pub fn key(self) -> &'static str {
        match self {
            ConsentAnswer::Yes => "yes",
            ConsentAnswer::No => "no",
        }
    }

    /// The answer with this key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// One consent, as the case system recorded it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    /// The case system's reference (what a share with consent names).
    pub source_id: String,
    /// Yes or no.
    pub answer: ConsentAnswer,
    /// The day they answered.
    pub answered_on: NaiveDate,
    /// Who answered, if not the person: a name and their authority.
    pub answered_by: Option<String>,
    /// How they answered.
    pub method: ConsentMethod,
    /// What they were asked to agree to, in the words they were given.
    pub purpose: String,
    /// Who it lets the council share with.
    pub recipients: String,
    /// The day a yes was withdrawn, if it was.
    pub withdrawn_on: Option<NaiveDate>,
    /// The day a yes given for a set time ends, if it was.
    pub expires_on: Option<NaiveDate>,
    /// Who considered whether the person could make this decision, and when, if anyone did.
    pub capacity: Option<CapacityCheck>,
    /// Where the record of the answer is kept (a signed form, a note of the conversation).
    pub evidence: Option<String>,
}

/// Who considered whether the person could make the decision (Mental Capacity Act 2005 ss 2–3),
/// and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CapacityCheck {
    /// Their role, or name and role.
    pub by: String,
    /// The day.
    pub on: NaiveDate,
}

/// What is wrong with a consent, and which field it concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsentProblem {
    /// Answered after today.
    AnsweredInFuture,
    /// Withdrawn after today.
    WithdrawnInFuture,
    /// Withdrawn before it was given.
    WithdrawnBeforeGiven,
    /// A "no" cannot be withdrawn.
    RefusalWithdrawn,
    /// An end date for a "no".
    RefusalExpires,
    /// The end date is not after the answer.
    ExpiresNotAfterAnswer,
    /// Capacity was considered after the answer it is about.
    CapacityAfterAnswer,
}

impl ConsentProblem {
    /// The field (as the case system names it) the problem is about.
    pub fn field(self) -> &'static str {
        match self {
            ConsentProblem::AnsweredInFuture => "answered_on",
            ConsentProblem::WithdrawnInFuture
            | ConsentProblem::WithdrawnBeforeGiven
            | ConsentProblem::RefusalWithdrawn => "withdrawn_on",
            ConsentProblem::RefusalExpires | ConsentProblem::ExpiresNotAfterAnswer => "expires_on",
            ConsentProblem::CapacityAfterAnswer => "capacity_considered_on",
        }
    }

    /// What is wrong, in plain English, for the council's developers.
    pub fn message(self) -> &'static str {
        match self {
            ConsentProblem::AnsweredInFuture | ConsentProblem::WithdrawnInFuture => {
                "is in the future"
            }
            ConsentProblem::WithdrawnBeforeGiven => "must be on or after answered_on",
            ConsentProblem::RefusalWithdrawn => {
                "is only for a consent given (answer yes); a no cannot be withdrawn"
            }
            ConsentProblem::RefusalExpires => {
                "is only for a consent given (answer yes) for a set time; a no has no end date"
            }
            ConsentProblem::ExpiresNotAfterAnswer => "must be after answered_on",
            ConsentProblem::CapacityAfterAnswer => {
                "must be on or before answered_on: capacity is considered before the decision"
            }
        }
    }
}

impl Consent {
    /// Every rule the consent breaks, given `today` (Europe/London).
    pub fn problems(&self, today: NaiveDate) -> Vec<ConsentProblem> {
        let mut problems = Vec::new();
        if self.answered_on > today {
            problems.push(ConsentProblem::AnsweredInFuture);
        }
        if let Some(withdrawn) = self.withdrawn_on {
            if self.answer == ConsentAnswer::No {
                problems.push(ConsentProblem::RefusalWithdrawn);
            }
            if withdrawn > today {
                problems.push(ConsentProblem::WithdrawnInFuture);
            }
            if withdrawn < self.answered_on {
                problems.push(ConsentProblem::WithdrawnBeforeGiven);
            }
        }
        if let Some(end) = self.expires_on {
            if self.answer == ConsentAnswer::No {
                problems.push(ConsentProblem::RefusalExpires);
            }
            if end <= self.answered_on {
                problems.push(ConsentProblem::ExpiresNotAfterAnswer);
            }
        }
        if self
            .capacity
            .as_ref()
            .is_some_and(|check| check.on > self.answered_on)
        {
            problems.push(ConsentProblem::CapacityAfterAnswer);
        }
        problems
    }

    /// Whether the consent could be relied on during `day`: a yes given on or before it, not
    /// withdrawn on or before it, and not ended on or before it.
    pub fn in_force_on(&self, day: NaiveDate) -> bool {
        self.answer == ConsentAnswer::Yes
            && self.answered_on <= day
            && self.withdrawn_on.is_none_or(|withdrawn| day < withdrawn)
            && self.expires_on.is_none_or(|end| day < end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("date")
    }

    fn consent() -> Consent {
        Consent {
            source_id: "C-1".into(),
            answer: ConsentAnswer::Yes,
            answered_on: day("2026-10-01"),
            answered_by: None,
            method: ConsentMethod::InWriting,
            purpose: "To share your housing needs with the housing team".into(),
            recipients: "Northshire Council Housing".into(),
            withdrawn_on: None,
            expires_on: None,
            capacity: None,
            evidence: None,
        }
    }

    #[test]
    fn consents_follow_the_rules() {
        use ConsentProblem::*;
        let today = day("2026-12-01");
        let withdrawn = |on: &str| Consent {
            withdrawn_on: Some(day(on)),
            expires_on: None,
            capacity: None,
            evidence: None,
            ..consent()
        };
        let cases: Vec<(&str, Consent, Vec<ConsentProblem>)> = vec![
            ("given, in force", consent(), vec![]),
            (
                "given today",
                Consent {
                    answered_on: today,
                    ..consent()
                },
                vec![],
            ),
            (
                "given tomorrow",
                Consent {
                    answered_on: day("2026-12-02"),
                    ..consent()
                },
                vec![AnsweredInFuture],
            ),
            ("withdrawn later", withdrawn("2026-11-15"), vec![]),
            ("withdrawn the same day", withdrawn("2026-10-01"), vec![]),
            ("withdrawn today", withdrawn("2026-12-01"), vec![]),
            (
                "withdrawn tomorrow",
                withdrawn("2026-12-02"),
                vec![WithdrawnInFuture],
            ),
            (
                "withdrawn before it was given",
                withdrawn("2026-09-30"),
                vec![WithdrawnBeforeGiven],
            ),
            (
                "given and withdrawn in the future, withdrawn first",
                Consent {
                    answered_on: day("2027-02-01"),
                    withdrawn_on: Some(day("2027-01-01")),
                    expires_on: None,
                    capacity: None,
                    evidence: None,
                    ..consent()
                },
                vec![AnsweredInFuture, WithdrawnInFuture, WithdrawnBeforeGiven],
            ),
            (
                "refused",
                Consent {
                    answer: ConsentAnswer::No,
                    ..consent()
                },
                vec![],
            ),
            (
                "refused, then withdrawn",
                Consent {
                    answer: ConsentAnswer::No,
                    withdrawn_on: Some(day("2026-11-01")),
                    expires_on: None,
                    capacity: None,
                    evidence: None,
                    ..consent()
                },
                vec![RefusalWithdrawn],
            ),
        ];
        for (name, consent, expected) in cases {
            assert_eq!(consent.problems(today), expected, "{name}");
        }
    }

    #[test]
    fn a_consent_is_in_force_from_the_day_given_until_the_day_withdrawn() {
        let withdrawn = Consent {
            withdrawn_on: Some(day("2026-11-15")),
            expires_on: None,
            capacity: None,
            evidence: None,
            ..consent()
        };
        let cases = [
            ("the day before it was given", "2026-09-30", false, false),
            ("the day it was given", "2026-10-01", true, true),
            ("the day before it was withdrawn", "2026-11-14", true, true),
            ("the day it was withdrawn", "2026-11-15", true, false),
            ("long after", "2030-01-01", true, false),
        ];
        for (name, on, open, closed) in cases {
            assert_eq!(
                consent().in_force_on(day(on)),
                open,
                "not withdrawn: {name}"
            );
            assert_eq!(withdrawn.in_force_on(day(on)), closed, "withdrawn: {name}");
        }
    }

    #[test]
    fn keys_round_trip() {
        for method in ConsentMethod::ALL {
            assert_eq!(ConsentMethod::from_key(method.key()), Some(method));
        }
        assert_eq!(ConsentMethod::from_key("implied"), None);
        for answer in ConsentAnswer::ALL {
            assert_eq!(ConsentAnswer::from_key(answer.key()), Some(answer));
        }
    }
}
