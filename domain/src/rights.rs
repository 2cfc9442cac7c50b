//! Rights requests: a person (or someone for them) asks for a copy, a correction, erasure,
//! restriction, or objects (UK GDPR Articles 15, 16, 17, 18 and 21), and the council answers
//! within the statutory clock ([`crate::deadline`]). The same clock and the same events apply to
//! every right (ICO, "Time limits for responding to data protection rights requests").
//!
//! A request's story is a list of events recorded by staff: asking for ID or authority (the
//! clock stops, and starts again when it arrives), asking for clarification of an access request
//! (the clock pauses), extending by two months (only with notice, with reasons, within the first
//! month), and finally completing or refusing (with reasons and the route to the ICO: Art 12(4)).

use crate::access::AccountId;
use crate::deadline::clock::{self, ClockError, ClockEvents, Deadline, Pause};
use crate::deadline::{Calendar, Nation};
use crate::person::PersonId;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Candour's id for a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RequestId(pub i64);

impl RequestId {
    /// The reference people quote: `CR-` and six digits.
    pub fn reference(self) -> String {
        format!("CR-{:06}", self.0)
    }

    /// Reads a reference (`CR-000123`, any case, spaces allowed) back to an id.
    pub fn from_reference(text: &str) -> Option<Self> {
        let cleaned: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        cleaned
            .strip_prefix("CR-")?
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .map(RequestId)
    }
}

/// Which right.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Right {
    /// A copy of the information (Art 15).
    Access,
    /// Correct what is wrong (Art 16).
    Rectification,
    /// Delete it (Art 17).
    Erasure,
    /// Stop using it for now (Art 18).
    Restriction,
    /// Object to how it is used (Art 21).
    Objection,
}

impl Right {
    /// Every right, in the order the question lists them.
    pub const ALL: [Right; 5] = [
        Right::Access,
        Right::Rectification,
        Right::Erasure,
        Right::Restriction,
        Right::Objection,
    ];

    /// The key used in forms and storage.
    pub fn key(self) -> &'static str {
        match self {
            Right::Access => "access",
            Right::Rectification => "rectification",
            Right::Erasure => "erasure",
            Right::Restriction => "restriction",
            Right::Objection => "objection",
        }
    }

    /// From a key.
    pub fn from_key(key: &str) -> Option<Self> {
        Right::ALL.into_iter().find(|r| r.key() == key)
    }

    /// Whether completing a request for this right must say what was decided and why. Erasure,
    /// restriction and objection are decisions with exceptions a council often relies on (Art
    /// 17(3), 18(2), 21(1) "compelling legitimate grounds"), so the person is told what was
    /// done and why even when the answer is yes (ICO: tell the individual what you have done;
    /// Art 12(4) for a refusal). A copy or a correction speaks for itself.
    pub fn decision_needs_reasons(self) -> bool {
        matches!(self, Right::Erasure | Right::Restriction | Right::Objection)
    }
}

/// How the request reached the council.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Made in this portal.
    Portal,
    /// By telephone, recorded by staff.
    Phone,
    /// By letter, recorded by staff.
    Letter,
    /// By email, recorded by staff.
    Email,
    /// In person, recorded by staff.
    InPerson,
}

impl Channel {
    /// Every channel.
    pub const ALL: [Channel; 5] = [
        Channel::Portal,
        Channel::Phone,
        Channel::Letter,
        Channel::Email,
        Channel::InPerson,
    ];

    /// The key used in forms and storage.
    pub fn key(self) -> &'static str {
        match self {
            Channel::Portal => "portal",
            Channel::Phone => "phone",
            Channel::Letter => "letter",
            Channel::Email => "email",
            Channel::InPerson => "in_person",
        }
    }

    /// From a key.
    pub fn from_key(key: &str) -> Option<Self> {
        Channel::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// How the person wants to hear back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactPreference {
    /// Messages in this portal only.
    Portal,
    /// Email.
    Email,
    /// Letter.
    Letter,
    /// Telephone.
    Phone,
}

impl ContactPreference {
    /// Every preference.
    pub const ALL: [ContactPreference; 4] = [
        ContactPreference::Portal,
        ContactPreference::Email,
        ContactPreference::Letter,
        ContactPreference::Phone,
    ];

    /// The key used in forms and storage.
    pub fn key(self) -> &'static str {
        match self {
            ContactPreference::Portal => "portal",
            ContactPreference::Email => "email",
            ContactPreference::Letter => "letter",
            ContactPreference::Phone => "phone",
        }
    }

    /// From a key.
    pub fn from_key(key: &str) -> Option<Self> {
        ContactPreference::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// A request as made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewRequest {
    /// Whose information.
    pub person: PersonId,
    /// Which right.
    pub right: Right,
    /// How it arrived.
    pub channel: Channel,
    /// The Europe/London date it arrived.
    pub received: NaiveDate,
    /// Who made or recorded it.
    pub made_by: AccountId,
    /// Made by someone other than the person (a delegate, or staff taking it down).
    pub on_behalf: bool,
    /// "Made with help from …", when staff record who helped.
    pub helped_by: Option<String>,
    /// What it is about, in the requester's words.
    pub about: String,
    /// For a correction: what is wrong.
    pub wrong: Option<String>,
    /// For a correction: what it should say.
    pub should_say: Option<String>,
    /// For a correction: the statement it is about, when the person pointed at one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<crate::rectification::StatementRef>,
    /// How to reply.
    pub contact: ContactPreference,
    /// The email address or phone number to reply to, when the preference needs one.
    pub contact_detail: Option<String>,
}

impl NewRequest {
    /// The due date on the day it arrives, before anything has happened to it.
    pub fn due(&self, nation: Nation, calendar: &Calendar) -> Option<NaiveDate> {
        RightsRequest {
            id: RequestId(0),
            details: self.clone(),
            events: Vec::new(),
            assigned_to: None,
        }
        .due(nation, calendar)
    }
}

/// What staff can record on a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Asked for ID, evidence of authority, or a fee: the clock stops.
    IdAsked,
    /// It arrived: the month starts again from this day.
    IdReceived,
    /// Asked what an access request is about: the clock pauses.
    ClarificationAsked,
    /// The answer arrived: the clock runs again.
    ClarificationAnswered,
    /// Extended by two months, with reasons, by notice within the first month.
    Extended,
    /// Done.
    Completed,
    /// Refused, with reasons and how to complain to the ICO.
    Refused,
}

impl EventKind {
    /// Every kind.
    pub const ALL: [EventKind; 7] = [
        EventKind::IdAsked,
        EventKind::IdReceived,
        EventKind::ClarificationAsked,
        EventKind::ClarificationAnswered,
        EventKind::Extended,
        EventKind::Completed,
        EventKind::Refused,
    ];

    /// The key used in forms and storage.
    pub fn key(self) -> &'static str {
        match self {
            EventKind::IdAsked => "id_asked",
            EventKind::IdReceived => "id_received",
            EventKind::ClarificationAsked => "clarification_asked",
            EventKind::ClarificationAnswered => "clarification_answered",
            EventKind::Extended => "extended",
            EventKind::Completed => "completed",
            EventKind::Refused => "refused",
        }
    }

    /// From a key.
    pub fn from_key(key: &str) -> Option<Self> {
        EventKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether this event must say why (extension and refusal: Art 12(3), 12(4)).
    pub fn needs_reason(self) -> bool {
        matches!(self, EventKind::Extended | EventKind::Refused)
    }
}

/// Something that happened to a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestEvent {
    /// What.
    pub kind: EventKind,
    /// The Europe/London date it happened.
    pub on: NaiveDate,
    /// Reasons or notes, shown to the person.
    pub note: String,
    /// Who recorded it.
    pub by: AccountId,
}

/// A stored request with its events, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RightsRequest {
    /// Its id.
    pub id: RequestId,
    /// As made.
    pub details: NewRequest,
    /// What has happened since.
    pub events: Vec<RequestEvent>,
    /// The member of staff working on it, if it has been given to someone.
    pub assigned_to: Option<AccountId>,
}

/// Where a request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestStatus {
    /// Being worked on, the clock running.
    Open,
    /// Waiting for ID, authority or a fee; the clock is stopped.
    WaitingForId,
    /// Waiting for the person to say what they want; the clock is paused.
    WaitingForClarification,
    /// Answered.
    Completed,
    /// Refused, with reasons.
    Refused,
}

/// Why an event cannot be recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EventRefused {
    /// The request is already completed or refused.
    #[error("the request is closed")]
    Closed,
    /// The date is before the request arrived, or in the future.
    #[error("the date is not possible")]
    ImpossibleDate,
    /// Reasons are required (extension, refusal).
    #[error("reasons are needed")]
    ReasonNeeded,
    /// Completing an erasure, restriction or objection must say what was decided and why.
    #[error("the decision must be explained")]
    DecisionNeeded,
    /// Nothing was asked for, so nothing can arrive.
    #[error("nothing was asked for")]
    NothingAsked,
    /// Already waiting for that.
    #[error("already waiting")]
    AlreadyWaiting,
    /// Only a subject access request can pause for clarification (Art 12A).
    #[error("only access requests can be paused")]
    NotAccess,
    /// Extension notice must be given within the first month (Art 12A; s.54(3B)).
    #[error("too late to extend")]
    TooLateToExtend,
    /// Already extended once.
    #[error("already extended")]
    AlreadyExtended,
}

impl RightsRequest {
    /// The reference people quote.
    pub fn reference(&self) -> String {
        self.id.reference()
    }

    /// Where it stands.
    pub fn status(&self) -> RequestStatus {
        let mut status = RequestStatus::Open;
        for event in &self.events {
            status = match event.kind {
                EventKind::IdAsked => RequestStatus::WaitingForId,
                EventKind::ClarificationAsked => RequestStatus::WaitingForClarification,
                EventKind::IdReceived | EventKind::ClarificationAnswered | EventKind::Extended => {
                    RequestStatus::Open
                }
                EventKind::Completed => RequestStatus::Completed,
                EventKind::Refused => RequestStatus::Refused,
            };
        }
        status
    }

    /// The clock's view of the events.
    pub fn clock_events(&self) -> ClockEvents {
        let mut events = ClockEvents::received(self.details.received);
        events.access_request = self.details.right == Right::Access;
        for event in &self.events {
            match event.kind {
                EventKind::IdReceived => events.restarts.push(event.on),
                EventKind::ClarificationAsked => events.pauses.push(Pause {
                    asked: event.on,
                    answered: None,
                }),
                EventKind::ClarificationAnswered => {
                    if let Some(open) = events
                        .pauses
                        .iter_mut()
                        .rev()
                        .find(|p| p.answered.is_none())
                    {
                        open.answered = Some(event.on);
                    }
                }
                EventKind::Extended => events.extended = true,
                EventKind::IdAsked | EventKind::Completed | EventKind::Refused => {}
            }
        }
        events
    }

    /// The deadline, or `None` while the clock is stopped waiting for ID (it starts again from
    /// the day ID arrives, so no date can be given yet).
    pub fn deadline(
        &self,
        nation: Nation,
        calendar: &Calendar,
    ) -> Result<Option<Deadline>, ClockError> {
        if self.status() == RequestStatus::WaitingForId {
            return Ok(None);
        }
        clock::deadline(&self.clock_events(), nation, calendar).map(Some)
    }

    /// The due date the staff queue is ordered by: none while the clock is stopped for ID or
    /// paused for clarification. Stored with the request whenever it changes, so the queue is
    /// one indexed query however long it is.
    pub fn due(&self, nation: Nation, calendar: &Calendar) -> Option<NaiveDate> {
        self.deadline(nation, calendar)
            .ok()
            .flatten()
            .and_then(|deadline| deadline.due)
    }

    /// The request as it will stand once `event` is recorded (for the due date stored with it).
    pub fn with_event(&self, event: RequestEvent) -> RightsRequest {
        let mut next = self.clone();
        next.events.push(event);
        next
    }

    /// Whether `kind` may be recorded on `on` (with `note`), given `today` and the deadline
    /// rules. Cites: Art 12(3)–(4), Art 12A; ICO "Can we extend the time?".
    pub fn may_record(
        &self,
        kind: EventKind,
        on: NaiveDate,
        note: &str,
        today: NaiveDate,
        nation: Nation,
        calendar: &Calendar,
    ) -> Result<(), EventRefused> {
        let status = self.status();
        if matches!(status, RequestStatus::Completed | RequestStatus::Refused) {
            return Err(EventRefused::Closed);
        }
        if on < self.details.received || on > today {
            return Err(EventRefused::ImpossibleDate);
        }
        if let Some(last) = self.events.last()
            && on < last.on
        {
            return Err(EventRefused::ImpossibleDate);
        }
        if kind.needs_reason() && note.trim().is_empty() {
            return Err(EventRefused::ReasonNeeded);
        }
        if kind == EventKind::Completed
            && self.details.right.decision_needs_reasons()
            && note.trim().is_empty()
        {
            return Err(EventRefused::DecisionNeeded);
        }
        match kind {
            EventKind::IdAsked | EventKind::ClarificationAsked if status != RequestStatus::Open => {
                Err(EventRefused::AlreadyWaiting)
            }
            EventKind::ClarificationAsked if self.details.right != Right::Access => {
                Err(EventRefused::NotAccess)
            }
            EventKind::IdReceived if status != RequestStatus::WaitingForId => {
                Err(EventRefused::NothingAsked)
            }
            EventKind::ClarificationAnswered
                if status != RequestStatus::WaitingForClarification =>
            {
                Err(EventRefused::NothingAsked)
            }
            EventKind::Extended => {
                if self.events.iter().any(|e| e.kind == EventKind::Extended) {
                    return Err(EventRefused::AlreadyExtended);
                }
                match self.deadline(nation, calendar) {
                    Ok(Some(deadline)) if on <= deadline.extension_notice_deadline => Ok(()),
                    _ => Err(EventRefused::TooLateToExtend),
                }
            }
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("date")
    }

    fn request(right: Right, events: &[(EventKind, &str)]) -> RightsRequest {
        RightsRequest {
            id: RequestId(7),
            details: NewRequest {
                person: PersonId(1),
                right,
                channel: Channel::Portal,
                received: day("2026-03-02"),
                made_by: AccountId(1),
                on_behalf: false,
                helped_by: None,
                about: "everything".into(),
                wrong: None,
                should_say: None,
                statement: None,
                contact: ContactPreference::Portal,
                contact_detail: None,
            },
            events: events
                .iter()
                .map(|(kind, on)| RequestEvent {
                    kind: *kind,
                    on: day(on),
                    note: "because".into(),
                    by: AccountId(2),
                })
                .collect(),
            assigned_to: None,
        }
    }

    #[test]
    fn references_round_trip() {
        assert_eq!(RequestId(123).reference(), "CR-000123");
        assert_eq!(
            RequestId::from_reference(" cr-000123 "),
            Some(RequestId(123))
        );
        assert_eq!(RequestId::from_reference("CR-0"), None);
        assert_eq!(RequestId::from_reference("123"), None);
    }

    #[test]
    fn events_move_the_deadline_as_the_clock_says() {
        use EventKind::*;
        let calendar = Calendar::bundled();
        let nation = Nation::EnglandAndWales;
        let cases: &[(Right, &[(EventKind, &str)], Option<&str>, RequestStatus)] = &[
            (Right::Access, &[], Some("2026-04-02"), RequestStatus::Open),
            // Waiting for ID: no date until it arrives.
            (
                Right::Erasure,
                &[(IdAsked, "2026-03-03")],
                None,
                RequestStatus::WaitingForId,
            ),
            // ID arrived on 10 March: a month from then.
            (
                Right::Erasure,
                &[(IdAsked, "2026-03-03"), (IdReceived, "2026-03-10")],
                Some("2026-04-10"),
                RequestStatus::Open,
            ),
            // Clarification 5–9 March: 5 days paused.
            (
                Right::Access,
                &[
                    (ClarificationAsked, "2026-03-05"),
                    (ClarificationAnswered, "2026-03-09"),
                ],
                Some("2026-04-07"),
                RequestStatus::Open,
            ),
            (
                Right::Access,
                &[(ClarificationAsked, "2026-03-05")],
                None,
                RequestStatus::WaitingForClarification,
            ),
            // Extended: three months from the start.
            (
                Right::Access,
                &[(Extended, "2026-03-20")],
                Some("2026-06-02"),
                RequestStatus::Open,
            ),
            (
                Right::Access,
                &[(Completed, "2026-03-20")],
                Some("2026-04-02"),
                RequestStatus::Completed,
            ),
        ];
        for (right, events, due, status) in cases {
            let r = request(*right, events);
            assert_eq!(r.status(), *status, "{events:?}");
            let deadline = r.deadline(nation, calendar).expect("valid");
            assert_eq!(deadline.and_then(|d| d.due), due.map(day), "{events:?}");
            assert_eq!(r.due(nation, calendar), due.map(day), "{events:?}");
            // Recorded one event at a time, the stored due date ends the same.
            let step_by_step = r.events.iter().fold(request(*right, &[]), |so_far, event| {
                so_far.with_event(event.clone())
            });
            assert_eq!(step_by_step, r);
            if events.is_empty() {
                assert_eq!(r.details.due(nation, calendar), due.map(day));
            }
            assert_eq!(step_by_step.due(nation, calendar), due.map(day));
        }
    }

    #[test]
    fn staff_actions_follow_the_rules() {
        use EventKind::*;
        let calendar = Calendar::bundled();
        let nation = Nation::EnglandAndWales;
        let today = day("2026-05-01");
        let cases: &[(
            Right,
            &[(EventKind, &str)],
            EventKind,
            &str,
            &str,
            Result<(), EventRefused>,
        )] = &[
            (Right::Access, &[], IdAsked, "2026-03-03", "", Ok(())),
            (
                Right::Access,
                &[],
                IdReceived,
                "2026-03-03",
                "",
                Err(EventRefused::NothingAsked),
            ),
            (
                Right::Access,
                &[(IdAsked, "2026-03-03")],
                IdAsked,
                "2026-03-04",
                "",
                Err(EventRefused::AlreadyWaiting),
            ),
            (
                Right::Erasure,
                &[],
                ClarificationAsked,
                "2026-03-03",
                "",
                Err(EventRefused::NotAccess),
            ),
            (
                Right::Access,
                &[],
                Extended,
                "2026-03-20",
                "",
                Err(EventRefused::ReasonNeeded),
            ),
            (
                Right::Access,
                &[],
                Extended,
                "2026-04-02",
                "complex",
                Ok(()),
            ),
            // Notice after the first month (2 April) is too late.
            (
                Right::Access,
                &[],
                Extended,
                "2026-04-03",
                "complex",
                Err(EventRefused::TooLateToExtend),
            ),
            (
                Right::Access,
                &[(Extended, "2026-03-20")],
                Extended,
                "2026-03-21",
                "again",
                Err(EventRefused::AlreadyExtended),
            ),
            (
                Right::Access,
                &[],
                Refused,
                "2026-03-20",
                " ",
                Err(EventRefused::ReasonNeeded),
            ),
            (
                Right::Access,
                &[(Completed, "2026-03-20")],
                Refused,
                "2026-03-21",
                "x",
                Err(EventRefused::Closed),
            ),
            (
                Right::Access,
                &[],
                Completed,
                "2026-03-01",
                "",
                Err(EventRefused::ImpossibleDate),
            ),
            (
                Right::Access,
                &[],
                Completed,
                "2026-05-02",
                "",
                Err(EventRefused::ImpossibleDate),
            ),
            (
                Right::Access,
                &[(IdAsked, "2026-03-10")],
                IdReceived,
                "2026-03-09",
                "",
                Err(EventRefused::ImpossibleDate),
            ),
            // Erasure, restriction and objection: the decision is explained even when yes.
            (
                Right::Erasure,
                &[],
                Completed,
                "2026-03-20",
                " ",
                Err(EventRefused::DecisionNeeded),
            ),
            (
                Right::Restriction,
                &[],
                Completed,
                "2026-03-20",
                "",
                Err(EventRefused::DecisionNeeded),
            ),
            (
                Right::Objection,
                &[],
                Completed,
                "2026-03-20",
                "",
                Err(EventRefused::DecisionNeeded),
            ),
            (
                Right::Erasure,
                &[],
                Completed,
                "2026-03-20",
                "We deleted the duplicate assessment.",
                Ok(()),
            ),
            (
                Right::Objection,
                &[],
                Refused,
                "2026-03-20",
                "",
                Err(EventRefused::ReasonNeeded),
            ),
            // A copy or a correction speaks for itself.
            (
                Right::Rectification,
                &[],
                Completed,
                "2026-03-20",
                "",
                Ok(()),
            ),
            (Right::Access, &[], Completed, "2026-03-20", "", Ok(())),
        ];
        for (right, events, kind, on, note, expected) in cases {
            let r = request(*right, events);
            assert_eq!(
                r.may_record(*kind, day(on), note, today, nation, calendar),
                *expected,
                "{kind:?} on {on} after {events:?}"
            );
        }
    }
}
