//! Records that exist only to run the portal: sessions, sign-in attempts, the activity trail and
//! messages to people. (The field's own types live in `candour-domain`.)

use candour_domain::access::{AccountId, Assurance};
use candour_domain::person::PersonId;

/// A signed-in browser. The cookie holds a random id; the store holds only its SHA-256, so a
/// copy of the database cannot be used to take over sessions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRecord {
    /// Hex SHA-256 of the cookie's session id.
    pub id_hash: String,
    /// Who signed in.
    pub account: AccountId,
    /// For a delegate: whom they chose to act for.
    pub acting_for: Option<PersonId>,
    /// The identity level the provider asserted at sign-in.
    pub assurance: Assurance,
    /// Sign-in time (unix seconds).
    pub created_at: i64,
    /// Last request (unix seconds).
    pub last_seen_at: i64,
    /// When it was ended (sign-out or timeout).
    pub ended_at: Option<i64>,
}

/// A sign-in in progress: what the callback must match. Used once, then deleted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignInAttempt {
    /// Hex SHA-256 of the browser cookie that started it.
    pub id_hash: String,
    /// `public` or `staff`.
    pub provider: String,
    /// The OAuth 2.0 `state` (CSRF defence for the callback).
    pub state: String,
    /// The OpenID Connect `nonce` (binds the ID token to this attempt).
    pub nonce: String,
    /// The PKCE code verifier (RFC 7636).
    pub pkce_verifier: String,
    /// Where to go after signing in (a local path).
    pub return_to: String,
    /// When it started (unix seconds).
    pub created_at: i64,
}

/// A line of the activity trail kept before the audit log existed; read once, when Candour
/// moves the trail into the log (`candour_services::audit`), then its table is dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Activity {
    /// When (unix seconds).
    pub at: i64,
    /// Who did it.
    pub account: AccountId,
    /// Whose information it concerned.
    pub person: Option<PersonId>,
    /// A stable key for the action (also a Fluent message id suffix).
    pub action: String,
    /// Plain detail (never secret).
    pub detail: String,
}

/// A message to a person, shown in the portal (and sent by email when configured).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notification {
    /// Its id.
    pub id: i64,
    /// Whom it is for.
    pub person: PersonId,
    /// When (unix seconds).
    pub at: i64,
    /// A stable key for the kind of message (also a Fluent message id suffix).
    pub kind: String,
    /// The message's variables, as a JSON object.
    pub args: String,
    /// When the person read it.
    pub read_at: Option<i64>,
}

/// An email waiting in the outbox, or sent from it. Written in the same transaction as the
/// change it tells of and the portal message it mirrors; a separate sender delivers it,
/// retrying a few times.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutgoingEmail {
    /// The address to send to.
    pub to: String,
    /// The subject line.
    pub subject: String,
    /// The plain-text body.
    pub body: String,
}

/// A case-management system allowed to send people and entries for one organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiClient {
    /// The public half of its credentials.
    pub client_id: String,
    /// Hex SHA-256 of its secret (the secret itself is shown once and never stored).
    pub secret_hash: String,
    /// The organisation whose people it may write.
    pub organisation: String,
    /// What it is, for people reading the list ("Mosaic at Anytown").
    pub name: String,
    /// When it was made (unix seconds).
    pub created_at: i64,
    /// When it was revoked; a revoked client is refused.
    pub revoked_at: Option<i64>,
}

/// One part of a person's record as the person is shown it: how many entries of one kind one
/// team wrote ("What we hold about you": the categories of information and where they came
/// from, UK GDPR Art 15(1)(b) and (g)).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordPart {
    /// The kind of entry.
    pub kind: candour_domain::record::EntryKind,
    /// The team that wrote them.
    pub team: String,
    /// How many.
    pub entries: u64,
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportSummary {
    /// People new to Candour.
    pub people_added: u64,
    /// People already known, whose details were replaced.
    pub people_updated: u64,
    /// Entries new to Candour.
    pub entries_added: u64,
    /// Entries that changed (the earlier version is kept in their history).
    pub entries_changed: u64,
    /// Entries sent again unchanged.
    pub entries_unchanged: u64,
    /// Sharing events added or replaced.
    pub sharing_saved: u64,
    /// Consent records added or replaced.
    pub consents_saved: u64,
    /// Access events new to Candour.
    pub access_events_added: u64,
    /// Access events sent before, left as they were.
    pub access_events_repeated: u64,
    /// The access events new to Candour, for the caller to put on the audit log in the same
    /// transaction.
    #[serde(skip)]
    pub views: Vec<ReceivedView>,
}

/// An access event a case system reported, new to Candour.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceivedView {
    /// Its place in the batch's `access_events`.
    pub index: usize,
    /// Whose information was opened.
    pub person: PersonId,
    /// The entry opened, when the event named one.
    pub entry: Option<candour_domain::record::EntryId>,
}

/// A stored subject access copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccessCopyRecord {
    /// The access request it answers.
    pub request: candour_domain::rights::RequestId,
    /// Whose it is.
    pub person: PersonId,
    /// When it was made (unix seconds).
    pub made_at: i64,
    /// When it stops being available (unix seconds).
    pub expires_at: i64,
    /// The copy, as JSON (`candour_domain::access_copy::AccessCopy`).
    pub document: String,
}
