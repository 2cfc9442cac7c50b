//! Correcting the record (UK GDPR Art 16) and what follows from the decision.
//!
//! A person asks for a correction by pointing at one statement in one entry — the statement
//! they can see, never one withheld from them — and saying what is wrong and what it should say.
//! Staff then decide:
//!
//! - **Accepted**: the statement is corrected in Candour's copy of the entry; the entry's
//!   earlier version is kept in its history (the store keeps every replaced version); the
//!   person is told; and staff are shown who received the entry earlier, because Art 19 says
//!   each recipient must be told of the correction unless that is impossible or involves
//!   disproportionate effort.
//! - **Refused**: reasons are given with the route to the ICO (Art 12(4)), and the person may
//!   add a statement of disagreement. ICO guidance ("Right to rectification", *What if we
//!   disagree?*): where the data is accurate the council should "place a note on [its] system
//!   indicating that the individual challenges the accuracy of the data and their reasons";
//!   Art 16 itself allows completing data "by means of providing a supplementary statement".
//!   Candour shows that statement attached to the entry wherever the entry appears (the
//!   person's page, staff views, the access copy), or with the record as a whole when the
//!   request did not point at one statement.
//!
//! Candour mirrors the council's case system, which stays the record of truth: a correction made
//! here is replaced by the next import of that entry unless the case system is corrected too,
//! so the officer is told to correct both (the version replaced is kept in the entry's history
//! either way).
//!
//! The label of a corrected statement is kept: an opinion that is corrected is still that
//! person's opinion. (ICO: an opinion is not inaccurate because the person disagrees with it;
//! what is corrected is a mistake in what was recorded.)

use crate::record::{EntryId, NewEntry, Statement};
use crate::rights::{EventKind, RequestId, RequestStatus, Right, RightsRequest};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The most a correction or a statement of disagreement may hold (the same as any answer in a
/// request).
pub const MOST_CHARACTERS: usize = 5_000;

/// One statement in one entry, as a request for a correction points at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct StatementRef {
    /// The entry.
    pub entry: EntryId,
    /// The statement's position among the entry's statements, counting from 0.
    pub position: usize,
}

/// The statement at `position` if the person can see it: the entry is not withheld and
/// neither is the statement. A withheld statement cannot be pointed at, since the person was
/// never shown it (and must not learn from an answer that it exists).
pub fn shown_statement(entry: &NewEntry, position: usize) -> Option<&Statement> {
    if entry.withheld.is_some() {
        return None;
    }
    entry
        .statements
        .get(position)
        .filter(|s| s.withheld.is_none())
}

/// Why a correction cannot be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CorrectionProblem {
    /// The request is not for a correction of one statement.
    #[error("the request does not point at a statement")]
    NotACorrection,
    /// The request is already completed or refused.
    #[error("the request is closed")]
    Closed,
    /// The statement is not there any more (the entry changed), or is withheld.
    #[error("the statement is not there")]
    NoSuchStatement,
    /// Nothing was written.
    #[error("the correction is empty")]
    Empty,
    /// More than [`MOST_CHARACTERS`].
    #[error("the correction is too long")]
    TooLong,
    /// The new text is the same as the old.
    #[error("the correction changes nothing")]
    Unchanged,
}

impl CorrectionProblem {
    /// Every problem.
    pub const ALL: [CorrectionProblem; 6] = [
        CorrectionProblem::NotACorrection,
        CorrectionProblem::Closed,
        CorrectionProblem::NoSuchStatement,
        CorrectionProblem::Empty,
        CorrectionProblem::TooLong,
        CorrectionProblem::Unchanged,
    ];

    /// The Fluent message saying so.
    pub fn message_id(self) -> &'static str {
        match self {
            CorrectionProblem::NotACorrection => "error-correction-not-a-correction",
            CorrectionProblem::Closed => "error-correction-closed",
            CorrectionProblem::NoSuchStatement => "error-correction-no-statement",
            CorrectionProblem::Empty => "error-correction-empty",
            CorrectionProblem::TooLong => "error-request-too-long",
            CorrectionProblem::Unchanged => "error-correction-unchanged",
        }
    }
}

/// The entry with the statement the request points at corrected to `text` (trimmed), its label
/// kept. The request must be an open request for a correction of one statement.
pub fn corrected(
    request: &RightsRequest,
    entry: &NewEntry,
    text: &str,
) -> Result<NewEntry, CorrectionProblem> {
    let target = match (request.details.right, request.details.statement) {
        (Right::Rectification, Some(target)) => target,
        _ => return Err(CorrectionProblem::NotACorrection),
    };
    if matches!(
        request.status(),
        RequestStatus::Completed | RequestStatus::Refused
    ) {
        return Err(CorrectionProblem::Closed);
    }
    if entry.person != request.details.person {
        return Err(CorrectionProblem::NoSuchStatement);
    }
    let old = shown_statement(entry, target.position).ok_or(CorrectionProblem::NoSuchStatement)?;
    let text = text.trim();
    if text.is_empty() {
        return Err(CorrectionProblem::Empty);
    }
    if text.chars().count() > MOST_CHARACTERS {
        return Err(CorrectionProblem::TooLong);
    }
    if text == old.text.trim() {
        return Err(CorrectionProblem::Unchanged);
    }
    let mut fixed = entry.clone();
    fixed.statements[target.position].text = text.to_owned();
    Ok(fixed)
}

/// A person's statement that they disagree with what the record says, after a correction was
/// refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disagreement {
    /// The refused request it answers.
    pub request: RequestId,
    /// The statement it is about, when the request pointed at one; otherwise it stands with
    /// the record as a whole.
    pub statement: Option<StatementRef>,
    /// What the person says, in their words (plain text, never Markdown).
    pub text: String,
    /// The Europe/London date it was added (or last changed).
    pub added_on: NaiveDate,
}

/// Why a statement of disagreement cannot be added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DisagreementProblem {
    /// Only a refused request for a correction can have one.
    #[error("the request is not a refused correction")]
    NotRefused,
    /// Nothing was written.
    #[error("the statement is empty")]
    Empty,
    /// More than [`MOST_CHARACTERS`].
    #[error("the statement is too long")]
    TooLong,
}

impl DisagreementProblem {
    /// Every problem.
    pub const ALL: [DisagreementProblem; 3] = [
        DisagreementProblem::NotRefused,
        DisagreementProblem::Empty,
        DisagreementProblem::TooLong,
    ];

    /// The Fluent message saying so.
    pub fn message_id(self) -> &'static str {
        match self {
            DisagreementProblem::NotRefused => "error-disagreement-not-refused",
            DisagreementProblem::Empty => "error-disagreement-empty",
            DisagreementProblem::TooLong => "error-request-too-long",
        }
    }
}

/// Whether the request can carry a statement of disagreement: a request for a correction that
/// was refused (ICO: "What if we disagree?").
pub fn may_disagree(request: &RightsRequest) -> bool {
    request.details.right == Right::Rectification
        && request
            .events
            .last()
            .is_some_and(|e| e.kind == EventKind::Refused)
}

/// The statement of disagreement for a refused correction, from what the person typed.
pub fn disagreement(
    request: &RightsRequest,
    text: &str,
    today: NaiveDate,
) -> Result<Disagreement, DisagreementProblem> {
    if !may_disagree(request) {
        return Err(DisagreementProblem::NotRefused);
    }
    let text = text.trim();
    if text.is_empty() {
        return Err(DisagreementProblem::Empty);
    }
    if text.chars().count() > MOST_CHARACTERS {
        return Err(DisagreementProblem::TooLong);
    }
    Ok(Disagreement {
        request: request.id,
        statement: request.details.statement,
        text: text.to_owned(),
        added_on: today,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::AccountId;
    use crate::person::PersonId;
    use crate::record::{EntryKind, StatementLabel, Withheld, WithheldReason};
    use crate::rights::{Channel, ContactPreference, NewRequest, RequestEvent};

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("date")
    }

    fn statement(text: &str, withheld: Option<Withheld>) -> Statement {
        Statement {
            label: StatementLabel::Fact,
            text: text.into(),
            withheld,
        }
    }

    fn entry() -> NewEntry {
        NewEntry {
            person: PersonId(1),
            source_id: "CN-1".into(),
            kind: EntryKind::CaseNote,
            title: "Visit".into(),
            summary: None,
            team: "Adults North".into(),
            author_role: "Social worker".into(),
            event_date: day("2026-01-05"),
            written_date: day("2026-01-06"),
            checked_on: None,
            statements: vec![
                statement("Lives alone.", None),
                statement(
                    "About a neighbour.",
                    Some(Withheld {
                        reason: WithheldReason::ThirdParty,
                        say_so: true,
                    }),
                ),
                statement("Has two cats.", None),
            ],
            withheld: None,
        }
    }

    fn request(right: Right, statement: Option<usize>, events: &[EventKind]) -> RightsRequest {
        RightsRequest {
            id: RequestId(4),
            details: NewRequest {
                person: PersonId(1),
                right,
                channel: Channel::Portal,
                received: day("2026-02-02"),
                made_by: AccountId(1),
                on_behalf: false,
                helped_by: None,
                about: "The cats".into(),
                wrong: Some("I have one cat".into()),
                should_say: Some("Has one cat.".into()),
                statement: statement.map(|position| StatementRef {
                    entry: EntryId(9),
                    position,
                }),
                contact: ContactPreference::Portal,
                contact_detail: None,
            },
            events: events
                .iter()
                .map(|kind| RequestEvent {
                    kind: *kind,
                    on: day("2026-02-10"),
                    note: "Reasons".into(),
                    by: AccountId(2),
                })
                .collect(),
            assigned_to: None,
        }
    }

    #[test]
    fn only_statements_the_person_can_see_can_be_pointed_at() {
        let mut e = entry();
        assert_eq!(
            shown_statement(&e, 0).map(|s| s.text.as_str()),
            Some("Lives alone.")
        );
        assert!(shown_statement(&e, 1).is_none(), "withheld");
        assert!(shown_statement(&e, 2).is_some());
        assert!(shown_statement(&e, 3).is_none(), "not there");
        e.withheld = Some(Withheld {
            reason: WithheldReason::SeriousHarm,
            say_so: true,
        });
        assert!(shown_statement(&e, 0).is_none(), "whole entry withheld");
    }

    #[test]
    fn a_correction_replaces_the_text_and_keeps_the_label() {
        use CorrectionProblem::*;
        use EventKind::*;
        let cases: &[(
            Right,
            Option<usize>,
            &[EventKind],
            &str,
            Result<&str, CorrectionProblem>,
        )] = &[
            (
                Right::Rectification,
                Some(2),
                &[],
                "Has one cat.",
                Ok("Has one cat."),
            ),
            (
                Right::Rectification,
                Some(2),
                &[],
                "  Has one cat.  ",
                Ok("Has one cat."),
            ),
            // After ID arrived, still open.
            (
                Right::Rectification,
                Some(2),
                &[IdAsked, IdReceived],
                "One cat.",
                Ok("One cat."),
            ),
            (
                Right::Rectification,
                None,
                &[],
                "Has one cat.",
                Err(NotACorrection),
            ),
            (
                Right::Erasure,
                Some(2),
                &[],
                "Has one cat.",
                Err(NotACorrection),
            ),
            (
                Right::Rectification,
                Some(2),
                &[Completed],
                "Has one cat.",
                Err(Closed),
            ),
            (
                Right::Rectification,
                Some(2),
                &[Refused],
                "Has one cat.",
                Err(Closed),
            ),
            (
                Right::Rectification,
                Some(1),
                &[],
                "Something",
                Err(NoSuchStatement),
            ),
            (
                Right::Rectification,
                Some(7),
                &[],
                "Something",
                Err(NoSuchStatement),
            ),
            (Right::Rectification, Some(2), &[], "   ", Err(Empty)),
            (
                Right::Rectification,
                Some(2),
                &[],
                "Has two cats.",
                Err(Unchanged),
            ),
        ];
        for (right, position, events, text, expected) in cases {
            let got = corrected(&request(*right, *position, events), &entry(), text);
            match expected {
                Ok(want) => {
                    let fixed = got.unwrap_or_else(|e| panic!("{right:?} {events:?}: {e}"));
                    let at = position.expect("position");
                    assert_eq!(fixed.statements[at].text, *want);
                    assert_eq!(fixed.statements[at].label, StatementLabel::Fact);
                    assert_eq!(
                        fixed.statements[0],
                        entry().statements[0],
                        "others untouched"
                    );
                    assert_eq!(fixed.statements[1], entry().statements[1]);
                }
                Err(problem) => assert_eq!(got, Err(*problem), "{right:?} {position:?} {events:?}"),
            }
        }
        let long = "a".repeat(MOST_CHARACTERS + 1);
        assert_eq!(
            corrected(
                &request(Right::Rectification, Some(2), &[]),
                &entry(),
                &long
            ),
            Err(TooLong)
        );
        let mut someone_else = entry();
        someone_else.person = PersonId(2);
        assert_eq!(
            corrected(
                &request(Right::Rectification, Some(2), &[]),
                &someone_else,
                "x"
            ),
            Err(NoSuchStatement)
        );
    }

    #[test]
    fn a_statement_of_disagreement_follows_only_a_refused_correction() {
        use DisagreementProblem::*;
        use EventKind::*;
        let today = day("2026-03-01");
        let cases: &[(
            Right,
            Option<usize>,
            &[EventKind],
            &str,
            Result<(), DisagreementProblem>,
        )] = &[
            (
                Right::Rectification,
                Some(2),
                &[Refused],
                "I have one cat.",
                Ok(()),
            ),
            (
                Right::Rectification,
                None,
                &[Refused],
                "It is wrong.",
                Ok(()),
            ),
            (
                Right::Rectification,
                Some(2),
                &[],
                "Too early",
                Err(NotRefused),
            ),
            (
                Right::Rectification,
                Some(2),
                &[Completed],
                "Corrected already",
                Err(NotRefused),
            ),
            (
                Right::Erasure,
                None,
                &[Refused],
                "Not a correction",
                Err(NotRefused),
            ),
            (Right::Rectification, Some(2), &[Refused], "  ", Err(Empty)),
        ];
        for (right, position, events, text, expected) in cases {
            let got = disagreement(&request(*right, *position, events), text, today);
            match expected {
                Ok(()) => {
                    let d = got.expect("allowed");
                    assert_eq!(d.text, text.trim());
                    assert_eq!(d.request, RequestId(4));
                    assert_eq!(d.statement.map(|s| s.position), *position);
                    assert_eq!(d.added_on, today);
                }
                Err(problem) => assert_eq!(got, Err(*problem), "{right:?} {events:?} {text:?}"),
            }
        }
        let long = "a".repeat(MOST_CHARACTERS + 1);
        let refused = request(Right::Rectification, Some(2), &[Refused]);
        assert_eq!(disagreement(&refused, &long, today), Err(TooLong));
    }
}
