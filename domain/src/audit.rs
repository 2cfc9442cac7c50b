//! The audit log's rules: what an event says, how events are chained so that no edit, deletion,
//! insertion or reordering goes unnoticed, and how a chain is checked.
//!
//! Candour's promise is candour about who saw and changed a person's information, so the trail
//! must be one a council can prove untouched (UK GDPR Art 5(2), accountability; Art 30, records
//! of processing; ICO, "Accountability and governance": keep logs that show what was done). It
//! follows the shape of a transparency log (RFC 6962, Certificate Transparency): an append-only
//! sequence where each event carries the hash of the one before, and signed checkpoints that
//! commit to the whole chain up to a point, which a council can keep somewhere else.
//!
//! Decisions written down here:
//!
//! - **Personal content sits beside the chain.** Names, reasons typed by staff and other free
//!   text go in [`PersonalContent`], stored apart from the event; the chain holds only its salted
//!   SHA-256 ([`PersonalContent::hash`]). An erasure request (Art 17) can then remove the content
//!   and the chain still verifies; the salt stops anyone guessing short content from its hash.
//! - **Everything else is chained**: sequence number, time, actor (kind, id, role,
//!   organisation), whom they acted for, whose information, the action (an enum), the object,
//!   the outcome, the content's hash and the previous event's hash. The encoding is
//!   length-prefixed, so no two different events encode the same way.
//! - **Refusals are events too**: an attempt to see someone else's information is recorded with
//!   [`Outcome::Refused`], so a privacy officer can see who tried.
//! - **Checkpoints** sign (Ed25519) the sequence number and hash of the newest event, the time
//!   and the checkpoint's own number; verifying them is left to the caller holding the public
//!   key ([`Checkpoint::signed_message`] says exactly what was signed).

use crate::person::PersonId;
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};
use std::fmt;

/// The hash that stands before the first event (64 hex zeros).
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What happened. Stored by [`AuditAction::key`]; a new action is a new variant, never a new
/// string somewhere else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    /// Signed in (a person, delegate or member of staff).
    SignedIn,
    /// Signed out.
    SignedOut,
    /// A delegate chose whom to act for.
    StartedActing,
    /// Read a person's care record (a person's own reading is not recorded; a delegate's is).
    ReadRecord,
    /// A member of staff opened some of a person's record, with the reason: an entry, in
    /// Candour; or, as a case-management system reported, something in one of the council's
    /// own systems (then the event's time is when they opened it, and its personal content says
    /// what). One action for both, so "who looked at your record" reads one run of the index.
    StaffViewedEntry,
    /// Opened one of a person's rights requests (recorded when refused).
    ReadRequest,
    /// Opened a page (recorded when refused: a page of someone else's information, or a staff
    /// page without the role).
    OpenedPage,
    /// Marked an entry checked for accuracy.
    CheckedEntry,
    /// Made a rights request online.
    MadeRequest,
    /// Staff took down a request made by phone, letter, email or in person.
    RecordedRequest,
    /// Staff recorded something that happened to a request (ID asked for, extended, completed…).
    RecordedRequestEvent,
    /// Staff gave a request to someone to work on.
    AssignedRequest,
    /// Made a subject access copy and answered the request.
    MadeAccessCopy,
    /// Opened or downloaded a subject access copy.
    OpenedAccessCopy,
    /// Corrected a statement and completed the request.
    CorrectedRecord,
    /// Added a statement of disagreement after a refused correction.
    AddedDisagreement,
    /// Invited someone to act for the person.
    InvitedDelegate,
    /// Used an invitation code and began acting for the person.
    AcceptedInvitation,
    /// Staff registered an attorney or deputy.
    RegisteredDelegate,
    /// A second member of staff approved the registration of an attorney or deputy.
    ApprovedDelegate,
    /// Ended someone's authority to act for the person.
    EndedDelegation,
    /// Withdrew a consent online (UK GDPR Art 7(3)).
    WithdrewConsent,
    /// Gave a consent online, or gave it again after withdrawing it.
    GaveConsent,
    /// Staff recorded telling an organisation that a consent it received information under was
    /// withdrawn (UK GDPR Art 19).
    ToldRecipientOfWithdrawal,
    /// Staff recorded an organisation's confirmation that it stopped after a withdrawal.
    RecipientConfirmedStopped,
    /// The person chose how to be told of news.
    ChoseNotifications,
    /// Changed the council's contact details.
    ChangedOrganisationDetails,
    /// Uploaded the council's logo.
    ChangedOrganisationLogo,
    /// Removed the council's logo.
    RemovedOrganisationLogo,
    /// A case-management system sent a batch (people, entries, shares, consents).
    ReceivedBatch,
    /// A case-management system said it shared some of the person's information.
    ReceivedShare,
    /// A case-management system sent a consent the person gave or refused.
    ReceivedConsent,
    /// A member of staff recorded in Candour that they shared some of the person's information.
    RecordedShare,
    /// The person (or someone for them) asked why a member of staff looked at their information.
    AskedWhyLooked,
    /// A privacy officer answered a question about why someone looked.
    AnsweredQuestion,
    /// A member of staff said why they needed to open a closed case (an alert for the privacy
    /// officers).
    GaveClosedCaseReason,
    /// A privacy officer recorded the outcome of a closed-case alert.
    DecidedAlert,
    /// A credential for the ingestion API was made.
    CreatedApiClient,
    /// A credential for the ingestion API was revoked.
    RevokedApiClient,
    /// Synthetic demonstration people were loaded.
    LoadedDemoData,
    /// Subject access copies past their 30 days were deleted.
    RemovedExpiredCopies,
    /// Something recorded before the audit log existed, under a name this version does not know.
    EarlierActivity,
}

impl AuditAction {
    /// Every action.
    pub const ALL: [AuditAction; 42] = [
        AuditAction::SignedIn,
        AuditAction::SignedOut,
        AuditAction::StartedActing,
        AuditAction::ReadRecord,
        AuditAction::StaffViewedEntry,
        AuditAction::ReadRequest,
        AuditAction::OpenedPage,
        AuditAction::CheckedEntry,
        AuditAction::MadeRequest,
        AuditAction::RecordedRequest,
        AuditAction::RecordedRequestEvent,
        AuditAction::AssignedRequest,
        AuditAction::MadeAccessCopy,
        AuditAction::OpenedAccessCopy,
        AuditAction::CorrectedRecord,
        AuditAction::AddedDisagreement,
        AuditAction::InvitedDelegate,
        AuditAction::AcceptedInvitation,
        AuditAction::RegisteredDelegate,
        AuditAction::ApprovedDelegate,
        AuditAction::EndedDelegation,
        AuditAction::WithdrewConsent,
        AuditAction::GaveConsent,
        AuditAction::ToldRecipientOfWithdrawal,
        AuditAction::RecipientConfirmedStopped,
        AuditAction::ChoseNotifications,
        AuditAction::ChangedOrganisationDetails,
        AuditAction::ChangedOrganisationLogo,
        AuditAction::RemovedOrganisationLogo,
        AuditAction::ReceivedBatch,
        AuditAction::ReceivedShare,
        AuditAction::ReceivedConsent,
        AuditAction::RecordedShare,
        AuditAction::AskedWhyLooked,
        AuditAction::AnsweredQuestion,
        AuditAction::GaveClosedCaseReason,
        AuditAction::DecidedAlert,
        AuditAction::CreatedApiClient,
        AuditAction::RevokedApiClient,
        AuditAction::LoadedDemoData,
        AuditAction::RemovedExpiredCopies,
        AuditAction::EarlierActivity,
    ];

    /// The stable key stored and chained (also the suffix of its Fluent message,
    /// `activity-<key with dashes>`).
    pub fn key(self) -> &'static str {
        match self {
            AuditAction::SignedIn => "signed_in",
            AuditAction::SignedOut => "signed_out",
            AuditAction::StartedActing => "started_acting",
            AuditAction::ReadRecord => "read_record",
            AuditAction::StaffViewedEntry => "staff_viewed_entry",
            AuditAction::ReadRequest => "read_request",
            AuditAction::OpenedPage => "opened_page",
            AuditAction::CheckedEntry => "checked_entry",
            AuditAction::MadeRequest => "made_request",
            AuditAction::RecordedRequest => "recorded_request",
            AuditAction::RecordedRequestEvent => "recorded_request_event",
            AuditAction::AssignedRequest => "assigned_request",
            AuditAction::MadeAccessCopy => "made_access_copy",
            AuditAction::OpenedAccessCopy => "opened_access_copy",
            AuditAction::CorrectedRecord => "corrected_record",
            AuditAction::AddedDisagreement => "added_disagreement",
            AuditAction::InvitedDelegate => "invited_delegate",
            AuditAction::AcceptedInvitation => "accepted_invitation",
            AuditAction::RegisteredDelegate => "registered_delegate",
            AuditAction::ApprovedDelegate => "approved_delegate",
            AuditAction::EndedDelegation => "ended_delegation",
            AuditAction::WithdrewConsent => "withdrew_consent",
            AuditAction::GaveConsent => "gave_consent",
            AuditAction::ToldRecipientOfWithdrawal => "told_recipient_of_withdrawal",
            AuditAction::RecipientConfirmedStopped => "recipient_confirmed_stopped",
            AuditAction::ChoseNotifications => "chose_notifications",
            AuditAction::ChangedOrganisationDetails => "changed_organisation_details",
            AuditAction::ChangedOrganisationLogo => "changed_organisation_logo",
            AuditAction::RemovedOrganisationLogo => "removed_organisation_logo",
            AuditAction::ReceivedBatch => "received_batch",
            AuditAction::ReceivedShare => "received_share",
            AuditAction::ReceivedConsent => "received_consent",
            AuditAction::RecordedShare => "recorded_share",
            AuditAction::AskedWhyLooked => "asked_why_looked",
            AuditAction::AnsweredQuestion => "answered_question",
            AuditAction::GaveClosedCaseReason => "gave_closed_case_reason",
            AuditAction::DecidedAlert => "decided_alert",
            AuditAction::CreatedApiClient => "created_api_client",
            AuditAction::RevokedApiClient => "revoked_api_client",
            AuditAction::LoadedDemoData => "loaded_demo_data",
            AuditAction::RemovedExpiredCopies => "removed_expired_copies",
            AuditAction::EarlierActivity => "earlier_activity",
        }
    }

    /// From a stored key.
    pub fn from_key(key: &str) -> Option<Self> {
        AuditAction::ALL.into_iter().find(|a| a.key() == key)
    }

    /// The action an entry of the activity trail kept before the audit log stood for (the
    /// trail used the same keys), or [`AuditAction::EarlierActivity`] for one this version does
    /// not know, so migrating never drops a line.
    pub fn from_earlier_activity(key: &str) -> Self {
        match key {
            "changed_logo" => AuditAction::ChangedOrganisationLogo,
            "removed_logo" => AuditAction::RemovedOrganisationLogo,
            other => Self::from_key(other).unwrap_or(AuditAction::EarlierActivity),
        }
    }
}

/// What kind of party acted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A person about their own information.
    Person,
    /// Someone acting for a person.
    Delegate,
    /// A member of the council's staff.
    Staff,
    /// The council's case-management system, through the ingestion API or `candour import`.
    CaseSystem,
    /// Candour itself (scheduled work) or someone at the server's command line.
    System,
    /// Someone not signed in.
    Visitor,
}

impl ActorKind {
    /// Every kind.
    pub const ALL: [ActorKind; 6] = [
        ActorKind::Person,
        ActorKind::Delegate,
        ActorKind::Staff,
        ActorKind::CaseSystem,
        ActorKind::System,
        ActorKind::Visitor,
    ];

    /// The stored key.
    pub fn key(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Delegate => "delegate",
            ActorKind::Staff => "staff",
            ActorKind::CaseSystem => "case_system",
            ActorKind::System => "system",
            ActorKind::Visitor => "visitor",
        }
    }

    /// From a stored key.
    pub fn from_key(key: &str) -> Option<Self> {
        ActorKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Who acted: kind, id (an account number, or an API client's id), role and organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditActor {
    /// What kind of party.
    pub kind: ActorKind,
    /// Their id: a Candour account number, or an API client's id; none for Candour itself.
    pub id: Option<String>,
    /// Staff roles (comma-separated keys) or a delegate's authority.
    pub role: Option<String>,
    /// The organisation they act for (staff and case systems).
    pub organisation: Option<String>,
}

impl AuditActor {
    /// Candour itself.
    pub fn system() -> Self {
        AuditActor {
            kind: ActorKind::System,
            id: None,
            role: None,
            organisation: None,
        }
    }

    /// The account number in [`AuditActor::id`], for a person, delegate or member of staff.
    pub fn account(&self) -> Option<i64> {
        match self.kind {
            ActorKind::Person | ActorKind::Delegate | ActorKind::Staff => {
                self.id.as_deref()?.parse().ok()
            }
            ActorKind::CaseSystem | ActorKind::System | ActorKind::Visitor => None,
        }
    }
}

/// Whether the action was done or refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// It happened.
    Done,
    /// It was refused (for example, an attempt to see someone else's information).
    Refused,
}

impl Outcome {
    /// The stored key.
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Done => "done",
            Outcome::Refused => "refused",
        }
    }

    /// From a stored key.
    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "done" => Some(Outcome::Done),
            "refused" => Some(Outcome::Refused),
            _ => None,
        }
    }
}

/// Personal words that go with an event (a reason typed, a name, a detail), kept beside the
/// chain so that they can be erased while the chain still verifies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonalContent {
    /// Random bytes (hex) mixed into the hash, so short content cannot be guessed from it.
    pub salt: String,
    /// The reason given, if any.
    pub reason: Option<String>,
    /// Other detail, if any.
    pub detail: Option<String>,
}

impl PersonalContent {
    /// SHA-256 (hex) of the salt and the content, length-prefixed: what the chain holds.
    pub fn hash(&self) -> String {
        let mut encoder = Encoder::default();
        encoder.text(Some(&self.salt));
        encoder.text(self.reason.as_deref());
        encoder.text(self.detail.as_deref());
        hex(&Sha256::digest(&encoder.bytes))
    }
}

/// An event to append: everything but its place in the chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAuditEvent {
    /// When (unix seconds).
    pub at: i64,
    /// Who acted.
    pub actor: AuditActor,
    /// The person a delegate acted for, if they did.
    pub acting_for: Option<PersonId>,
    /// Whose information it concerned.
    pub person: Option<PersonId>,
    /// What happened.
    pub action: AuditAction,
    /// What it was done to, by id only (`request:CR-000012`, `entry:45`); never personal words.
    pub object: String,
    /// Done or refused.
    pub outcome: Outcome,
    /// Personal words, kept beside the chain.
    pub content: Option<PersonalContent>,
}

/// An event in the chain, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEvent {
    /// Its place: 1, 2, 3… with no gaps.
    pub seq: i64,
    /// When (unix seconds).
    pub at: i64,
    /// Who acted.
    pub actor: AuditActor,
    /// The person a delegate acted for, if they did.
    pub acting_for: Option<PersonId>,
    /// Whose information it concerned.
    pub person: Option<PersonId>,
    /// What happened.
    pub action: AuditAction,
    /// What it was done to, by id.
    pub object: String,
    /// Done or refused.
    pub outcome: Outcome,
    /// The salted hash of its personal content, if it had any.
    pub content_hash: Option<String>,
    /// The hash of the event before it ([`GENESIS`] for the first).
    pub prev_hash: String,
    /// This event's hash.
    pub hash: String,
}

impl AuditEvent {
    /// Places `new` after the event whose sequence number and hash are `previous` (`None` for
    /// the first event), computing its hash.
    pub fn chain(previous: Option<(i64, &str)>, new: &NewAuditEvent) -> AuditEvent {
        let (seq, prev_hash) = match previous {
            Some((seq, hash)) => (seq + 1, hash.to_owned()),
            None => (1, GENESIS.to_owned()),
        };
        let mut event = AuditEvent {
            seq,
            at: new.at,
            actor: new.actor.clone(),
            acting_for: new.acting_for,
            person: new.person,
            action: new.action,
            object: new.object.clone(),
            outcome: new.outcome,
            content_hash: new.content.as_ref().map(PersonalContent::hash),
            prev_hash,
            hash: String::new(),
        };
        event.hash = event.computed_hash();
        event
    }

    /// The hash its fields give: SHA-256 over the previous hash and every other field,
    /// length-prefixed.
    pub fn computed_hash(&self) -> String {
        let mut encoder = Encoder::default();
        encoder.text(Some(&self.prev_hash));
        encoder.number(Some(self.seq));
        encoder.number(Some(self.at));
        encoder.text(Some(self.actor.kind.key()));
        encoder.text(self.actor.id.as_deref());
        encoder.text(self.actor.role.as_deref());
        encoder.text(self.actor.organisation.as_deref());
        encoder.number(self.acting_for.map(|p| p.0));
        encoder.number(self.person.map(|p| p.0));
        encoder.text(Some(self.action.key()));
        encoder.text(Some(&self.object));
        encoder.text(Some(self.outcome.key()));
        encoder.text(self.content_hash.as_deref());
        hex(&Sha256::digest(&encoder.bytes))
    }
}

/// A signed statement that the chain, up to event `seq`, ends in `hash`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// 1, 2, 3…
    pub number: i64,
    /// The newest event it covers.
    pub seq: i64,
    /// That event's hash.
    pub hash: String,
    /// When it was made (unix seconds).
    pub at: i64,
    /// The Ed25519 public key that signed it (hex), so a reader knows which key to ask for.
    pub public_key: String,
    /// The Ed25519 signature of [`Checkpoint::signed_message`] (hex).
    pub signature: String,
}

impl Checkpoint {
    /// Exactly the bytes signed: a versioned label, then number, sequence, hash and time, one
    /// per line.
    pub fn signed_message(number: i64, seq: i64, hash: &str, at: i64) -> Vec<u8> {
        format!("candour audit checkpoint v1\n{number}\n{seq}\n{hash}\n{at}\n").into_bytes()
    }

    /// This checkpoint's signed message.
    pub fn message(&self) -> Vec<u8> {
        Self::signed_message(self.number, self.seq, &self.hash, self.at)
    }
}

/// What is wrong with a chain, at the first bad sequence number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Broken {
    /// The first sequence number that is wrong.
    pub seq: i64,
    /// What is wrong there.
    pub problem: Problem,
}

/// The ways a chain can be wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The event with this number is missing (deleted, or the numbers were changed).
    Missing,
    /// Its fields do not give its hash: it was edited.
    Edited,
    /// It does not carry the hash of the event before it: something was inserted, removed or
    /// moved before it.
    NotLinked,
    /// Its personal content does not match the hash the chain holds.
    ContentEdited,
    /// Checkpoint `number` names a different hash for this event.
    CheckpointDisagrees {
        /// The checkpoint.
        number: i64,
    },
    /// Checkpoint `number` covers events up to here, but the log ends before it: events were
    /// cut off the end.
    Truncated {
        /// The checkpoint.
        number: i64,
        /// The last event present.
        last: i64,
    },
    /// Checkpoint `number`'s signature is not the audit key's.
    BadSignature {
        /// The checkpoint.
        number: i64,
    },
    /// Checkpoints are not numbered 1, 2, 3… or go backwards.
    CheckpointsOutOfOrder {
        /// The first checkpoint out of place.
        number: i64,
    },
}

impl fmt::Display for Broken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let seq = self.seq;
        match &self.problem {
            Problem::Missing => write!(f, "event {seq} is missing"),
            Problem::Edited => write!(f, "event {seq} was changed: it does not match its hash"),
            Problem::NotLinked => write!(
                f,
                "event {seq} does not follow the event before it: events were inserted, removed or reordered"
            ),
            Problem::ContentEdited => write!(
                f,
                "event {seq}: its personal content was changed and no longer matches the chain"
            ),
            Problem::CheckpointDisagrees { number } => write!(
                f,
                "event {seq} differs from what signed checkpoint #{number} recorded"
            ),
            Problem::Truncated { number, last } => write!(
                f,
                "event {seq} is missing: signed checkpoint #{number} covers events up to {seq}, but the log ends at {last}"
            ),
            Problem::BadSignature { number } => write!(
                f,
                "event {seq}: signed checkpoint #{number} does not carry a valid signature from the audit key"
            ),
            Problem::CheckpointsOutOfOrder { number } => {
                write!(f, "event {seq}: checkpoint #{number} is out of order")
            }
        }
    }
}

/// Checks a chain one event at a time, in sequence order, against the checkpoints (whose
/// signatures the caller has already checked).
#[derive(Debug)]
pub struct ChainCheck {
    next_seq: i64,
    prev_hash: String,
    /// Checkpoints still to meet, soonest first.
    checkpoints: Vec<Checkpoint>,
    /// Where the next checkpoint to meet is in `checkpoints`.
    next_checkpoint: usize,
}

impl ChainCheck {
    /// A check against `checkpoints`, which must be numbered 1, 2, 3… with sequence numbers
    /// that never go down; otherwise the first out of place is the problem.
    pub fn new(checkpoints: Vec<Checkpoint>) -> Result<Self, Broken> {
        let mut previous_seq = 0;
        for (i, checkpoint) in checkpoints.iter().enumerate() {
            let expected = i64::try_from(i).unwrap_or(i64::MAX).saturating_add(1);
            if checkpoint.number != expected || checkpoint.seq < previous_seq {
                return Err(Broken {
                    seq: checkpoint.seq,
                    problem: Problem::CheckpointsOutOfOrder {
                        number: checkpoint.number,
                    },
                });
            }
            previous_seq = checkpoint.seq;
        }
        Ok(ChainCheck {
            next_seq: 1,
            prev_hash: GENESIS.to_owned(),
            checkpoints,
            next_checkpoint: 0,
        })
    }

    /// Checks the next event, with its personal content if the store still holds it.
    pub fn next(
        &mut self,
        event: &AuditEvent,
        content: Option<&PersonalContent>,
    ) -> Result<(), Broken> {
        let broken = |seq, problem| Err(Broken { seq, problem });
        if event.seq != self.next_seq {
            return broken(self.next_seq, Problem::Missing);
        }
        if event.computed_hash() != event.hash {
            return broken(event.seq, Problem::Edited);
        }
        if event.prev_hash != self.prev_hash {
            return broken(event.seq, Problem::NotLinked);
        }
        if let Some(content) = content
            && event.content_hash.as_deref() != Some(content.hash().as_str())
        {
            return broken(event.seq, Problem::ContentEdited);
        }
        while let Some(checkpoint) = self.checkpoints.get(self.next_checkpoint) {
            if checkpoint.seq != event.seq {
                break;
            }
            if checkpoint.hash != event.hash {
                return broken(
                    event.seq,
                    Problem::CheckpointDisagrees {
                        number: checkpoint.number,
                    },
                );
            }
            self.next_checkpoint += 1;
        }
        self.next_seq += 1;
        self.prev_hash = event.hash.clone();
        Ok(())
    }

    /// After the last event: every checkpoint must have been met. Returns how many events were
    /// checked.
    pub fn finish(self) -> Result<i64, Broken> {
        let last = self.next_seq - 1;
        match self.checkpoints.get(self.next_checkpoint) {
            Some(checkpoint) if checkpoint.seq > last => Err(Broken {
                seq: last + 1,
                problem: Problem::Truncated {
                    number: checkpoint.number,
                    last,
                },
            }),
            // A checkpoint at sequence 0 covers an empty log.
            Some(checkpoint) if checkpoint.seq == 0 && last == 0 => Ok(0),
            Some(checkpoint) => Err(Broken {
                seq: checkpoint.seq,
                problem: Problem::CheckpointDisagrees {
                    number: checkpoint.number,
                },
            }),
            None => Ok(last),
        }
    }
}

/// Lower-case hex of some bytes.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        text.push(char::from(DIGITS[usize::from(byte >> 4)]));
        text.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    text
}

/// Bytes from hex, if it is hex.
pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Length-prefixed fields: each is a marker byte (0 absent, 1 present), then for present fields
/// an 8-byte big-endian length and the bytes, so no two sequences of fields encode alike.
#[derive(Default)]
struct Encoder {
    bytes: Vec<u8>,
}

impl Encoder {
    fn text(&mut self, value: Option<&str>) {
        match value {
            None => self.bytes.push(0),
            Some(text) => {
                self.bytes.push(1);
                self.bytes
                    .extend_from_slice(&(text.len() as u64).to_be_bytes());
                self.bytes.extend_from_slice(text.as_bytes());
            }
        }
    }

    fn number(&mut self, value: Option<i64>) {
        match value {
            None => self.bytes.push(0),
            Some(number) => {
                self.bytes.push(2);
                self.bytes.extend_from_slice(&number.to_be_bytes());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new_event(n: i64) -> NewAuditEvent {
        NewAuditEvent {
            at: 1_700_000_000 + n,
            actor: AuditActor {
                kind: ActorKind::Staff,
                id: Some("7".into()),
                role: Some("caseworker".into()),
                organisation: Some("Demo Borough Council".into()),
            },
            acting_for: None,
            person: Some(PersonId(3)),
            action: AuditAction::StaffViewedEntry,
            object: format!("entry:{n}"),
            outcome: Outcome::Done,
            content: Some(PersonalContent {
                salt: "00ff".into(),
                reason: Some("Checking for accuracy".into()),
                detail: None,
            }),
        }
    }

    fn chain(n: i64) -> Vec<AuditEvent> {
        let mut events: Vec<AuditEvent> = Vec::new();
        for i in 1..=n {
            let previous = events.last().map(|e| (e.seq, e.hash.as_str()));
            events.push(AuditEvent::chain(previous, &new_event(i)));
        }
        events
    }

    fn checkpoint(number: i64, event: &AuditEvent) -> Checkpoint {
        Checkpoint {
            number,
            seq: event.seq,
            hash: event.hash.clone(),
            at: event.at,
            public_key: String::new(),
            signature: String::new(),
        }
    }

    fn verify(events: &[AuditEvent], checkpoints: Vec<Checkpoint>) -> Result<i64, Broken> {
        let mut check = ChainCheck::new(checkpoints)?;
        for event in events {
            check.next(event, None)?;
        }
        check.finish()
    }

    #[test]
    fn every_kind_of_tampering_is_found_at_the_first_bad_event() {
        let good = chain(6);
        let covered = || vec![checkpoint(1, &good[2]), checkpoint(2, &good[5])];
        assert_eq!(verify(&good, covered()), Ok(6));
        assert_eq!(verify(&[], vec![]), Ok(0));

        let mut edited = good.clone();
        edited[3].object = "entry:99".into();
        let mut rehashed = good.clone();
        rehashed[3].object = "entry:99".into();
        rehashed[3].hash = rehashed[3].computed_hash();
        let mut deleted = good.clone();
        deleted.remove(2);
        let mut renumbered = good.clone();
        renumbered.remove(2);
        for event in renumbered.iter_mut().skip(2) {
            event.seq -= 1;
            event.hash = event.computed_hash();
        }
        let mut inserted = good[..2].to_vec();
        inserted.push(AuditEvent::chain(Some((2, "ab")), &new_event(9)));
        inserted.extend(good[2..].iter().cloned().map(|mut e| {
            e.seq += 1;
            e.hash = e.computed_hash();
            e
        }));
        let mut swapped = good.clone();
        swapped.swap(1, 2);
        let (a, b) = (swapped[1].seq, swapped[2].seq);
        swapped[1].seq = b;
        swapped[2].seq = a;
        let truncated = good[..4].to_vec();
        // Rewriting the whole tail with fresh hashes still disagrees with the checkpoint.
        let mut rewritten = good.clone();
        rewritten[4].object = "entry:99".into();
        rewritten[4].hash = rewritten[4].computed_hash();
        rewritten[5].prev_hash = rewritten[4].hash.clone();
        rewritten[5].hash = rewritten[5].computed_hash();

        let cases: Vec<(&str, Vec<AuditEvent>, Broken)> = vec![
            (
                "an edit",
                edited,
                Broken {
                    seq: 4,
                    problem: Problem::Edited,
                },
            ),
            (
                "an edit with its hash recomputed",
                rehashed,
                Broken {
                    seq: 5,
                    problem: Problem::NotLinked,
                },
            ),
            (
                "a deletion",
                deleted,
                Broken {
                    seq: 3,
                    problem: Problem::Missing,
                },
            ),
            (
                "a deletion with the numbers closed up",
                renumbered,
                Broken {
                    seq: 3,
                    problem: Problem::NotLinked,
                },
            ),
            (
                "an insertion",
                inserted,
                Broken {
                    seq: 3,
                    problem: Problem::NotLinked,
                },
            ),
            (
                "two events swapped",
                swapped,
                Broken {
                    seq: 2,
                    problem: Problem::Edited,
                },
            ),
            (
                "the tail cut off",
                truncated,
                Broken {
                    seq: 5,
                    problem: Problem::Truncated { number: 2, last: 4 },
                },
            ),
            (
                "the tail rewritten",
                rewritten,
                Broken {
                    seq: 6,
                    problem: Problem::CheckpointDisagrees { number: 2 },
                },
            ),
        ];
        for (what, events, expected) in cases {
            assert_eq!(verify(&events, covered()), Err(expected), "{what}");
        }
    }

    #[test]
    fn checkpoints_must_be_numbered_in_order() {
        let good = chain(3);
        let mut second_first = vec![checkpoint(1, &good[2]), checkpoint(2, &good[0])];
        assert_eq!(
            verify(&good, second_first.clone()),
            Err(Broken {
                seq: 1,
                problem: Problem::CheckpointsOutOfOrder { number: 2 }
            })
        );
        second_first[1].number = 3;
        second_first[1].seq = 3;
        assert!(verify(&good, second_first).is_err());
    }

    #[test]
    fn personal_content_can_be_erased_but_not_changed() {
        let events = chain(2);
        let mut check = ChainCheck::new(vec![]).expect("no checkpoints");
        let content = new_event(1).content.expect("content");
        check.next(&events[0], Some(&content)).expect("matches");
        let mut changed = content.clone();
        changed.reason = Some("Curiosity".into());
        assert_eq!(
            check.next(&events[1], Some(&changed)),
            Err(Broken {
                seq: 2,
                problem: Problem::ContentEdited
            })
        );
        // Erased (absent) content still verifies.
        let mut erased = ChainCheck::new(vec![]).expect("no checkpoints");
        assert!(erased.next(&events[0], None).is_ok());
    }

    #[test]
    fn the_encoding_keeps_fields_apart() {
        let a = PersonalContent {
            salt: "1".into(),
            reason: Some("ab".into()),
            detail: Some("c".into()),
        };
        let b = PersonalContent {
            salt: "1".into(),
            reason: Some("a".into()),
            detail: Some("bc".into()),
        };
        let c = PersonalContent {
            salt: "1".into(),
            reason: None,
            detail: Some("".into()),
        };
        let d = PersonalContent {
            salt: "1".into(),
            reason: Some("".into()),
            detail: None,
        };
        assert_ne!(a.hash(), b.hash());
        assert_ne!(c.hash(), d.hash());
    }

    #[test]
    fn every_action_and_actor_kind_reads_back_from_its_key() {
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::from_key(action.key()), Some(action));
        }
        for kind in ActorKind::ALL {
            assert_eq!(ActorKind::from_key(kind.key()), Some(kind));
        }
        assert_eq!(
            AuditAction::from_earlier_activity("made_request"),
            AuditAction::MadeRequest
        );
        assert_eq!(
            AuditAction::from_earlier_activity("something_old"),
            AuditAction::EarlierActivity
        );
        assert_eq!(from_hex(&hex(&[0, 15, 255])), Some(vec![0, 15, 255]));
        assert_eq!(from_hex("zz"), None);
    }
}
