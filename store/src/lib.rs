//! Persistence behind one trait.
//!
//! The portal mirrors a council's case-management system; it is not the system of record. Every
//! backend (SQLite embedded by default, PostgreSQL in production) implements [`Store`], owns its
//! migrations, and passes the same [`conformance`] suite against a real server, so the two cannot
//! drift apart unnoticed.
//!
//! Queries that concern a person take the person's id and are scoped by it in SQL: a caller never
//! fetches broadly and filters afterwards.

#[cfg(feature = "conformance")]
pub mod conformance;
mod error;
pub mod queue;
pub mod records;
pub mod request_rows;
pub mod row;
mod shared_sql;
mod store_impl;

pub use error::StoreError;

use async_trait::async_trait;
use candour_domain::access::{AccountId, Role};
use candour_domain::account::{Account, NewAccount};
use candour_domain::consent::Consent;
use candour_domain::delegation::{Delegation, DelegationId, NewDelegation};
use candour_domain::ingest::{Batch, Problem};
use candour_domain::person::{Person, PersonDetails, PersonId};
use candour_domain::record::{Entry, EntryId, EntryKind, NewEntry};
use candour_domain::rectification::Disagreement;
use candour_domain::rights::{NewRequest, RequestEvent, RequestId, RightsRequest};
use candour_domain::sharing::Sharing;
use chrono::NaiveDate;
use queue::{QueuePage, QueueQuery};
use records::{
    AccessCopyRecord, Activity, ApiClient, ImportSummary, Notification, OutgoingEmail,
    SessionRecord, SignInAttempt,
};

/// A result from the store.
pub type StoreResult<T> = Result<T, StoreError>;

/// Everything Candour keeps, behind one interface.
#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Which backend this is, for logs and `/readyz` (`sqlite` or `postgres`).
    fn backend(&self) -> &'static str;

    /// Succeeds when the database answers a trivial query; `/readyz` uses it.
    async fn ping(&self) -> StoreResult<()>;

    /// Adds people, skipping any whose case-system id is already present. Returns how many were
    /// added. All or nothing: if one cannot be written, none are.
    async fn insert_people(&self, people: &[PersonDetails]) -> StoreResult<u64>;

    /// How many people the portal holds.
    async fn count_people(&self) -> StoreResult<u64>;

    /// One person, or `None` if there is no such id.
    async fn person(&self, id: PersonId) -> StoreResult<Option<Person>>;

    /// One person by the case system's id.
    async fn person_by_source_id(&self, source_id: &str) -> StoreResult<Option<Person>>;

    /// People in id order after `after` (keyset pagination, fast at any depth).
    async fn people_after(&self, after: Option<PersonId>, limit: u32) -> StoreResult<Vec<Person>>;

    /// A portal-wide setting, such as whether this database holds demonstration data.
    async fn setting(&self, key: &str) -> StoreResult<Option<String>>;

    /// Sets a portal-wide setting, replacing any earlier value.
    async fn set_setting(&self, key: &str, value: &str) -> StoreResult<()>;

    /// The person with this NHS number, if any.
    async fn person_by_nhs_number(&self, nhs_number: &str) -> StoreResult<Option<Person>>;

    /// Creates the account for (issuer, subject), or refreshes its details; an existing link to
    /// a person is kept when none is given.
    async fn upsert_account(&self, account: &NewAccount, now: i64) -> StoreResult<Account>;

    /// One account.
    async fn account(&self, id: AccountId) -> StoreResult<Option<Account>>;

    /// Staff accounts holding a role, by name (for example, whom a request can be assigned to).
    async fn staff_with_role(&self, role: Role) -> StoreResult<Vec<Account>>;

    /// Stores a new session.
    async fn create_session(&self, session: &SessionRecord) -> StoreResult<()>;

    /// The session with this id hash (ended ones included, so callers can say why).
    async fn session(&self, id_hash: &str) -> StoreResult<Option<SessionRecord>>;

    /// Records activity on a session (resets the idle clock).
    async fn touch_session(&self, id_hash: &str, now: i64) -> StoreResult<()>;

    /// Sets whom a delegate is acting for in this session.
    async fn set_acting_for(&self, id_hash: &str, person: Option<PersonId>) -> StoreResult<()>;

    /// Ends a session for good (sign-out, timeout).
    async fn end_session(&self, id_hash: &str, now: i64) -> StoreResult<()>;

    /// Remembers a sign-in in progress, and forgets any that started before `stale_before`.
    async fn save_sign_in_attempt(
        &self,
        attempt: &SignInAttempt,
        stale_before: i64,
    ) -> StoreResult<()>;

    /// Takes (and deletes) a sign-in in progress: each can be completed once.
    async fn take_sign_in_attempt(&self, id_hash: &str) -> StoreResult<Option<SignInAttempt>>;

    /// Creates a delegation or invitation.
    async fn create_delegation(
        &self,
        delegation: &NewDelegation,
        now: i64,
    ) -> StoreResult<DelegationId>;

    /// One delegation.
    async fn delegation(&self, id: DelegationId) -> StoreResult<Option<Delegation>>;

    /// Every delegation (any status) for a person.
    async fn delegations_for_person(&self, person: PersonId) -> StoreResult<Vec<Delegation>>;

    /// Every delegation (any status) held by an account.
    async fn delegations_for_delegate(&self, account: AccountId) -> StoreResult<Vec<Delegation>>;

    /// Accepts an invitation by its code's hash; `None` if no open invitation made after
    /// `made_after` has that code, or it is for `own_person` (nobody acts for themselves).
    async fn accept_invitation(
        &self,
        code_hash: &str,
        account: AccountId,
        own_person: Option<PersonId>,
        made_after: i64,
        now: i64,
    ) -> StoreResult<Option<Delegation>>;

    /// Ends a person's delegation; false if it is not theirs or already ended.
    async fn end_delegation(
        &self,
        id: DelegationId,
        person: PersonId,
        by: AccountId,
        now: i64,
    ) -> StoreResult<bool>;

    /// Adds to the activity trail.
    async fn record_activity(&self, entry: &Activity) -> StoreResult<()>;

    /// The newest activity concerning a person.
    async fn activity_for_person(&self, person: PersonId, limit: u32)
    -> StoreResult<Vec<Activity>>;

    /// Adds a message for a person.
    async fn notify(&self, person: PersonId, kind: &str, args: &str, now: i64) -> StoreResult<()>;

    /// The newest messages for a person.
    async fn notifications(&self, person: PersonId, limit: u32) -> StoreResult<Vec<Notification>>;

    /// Records a new rights request due on `due` (see [`queue`]).
    async fn create_request(
        &self,
        request: &NewRequest,
        due: Option<NaiveDate>,
        now: i64,
    ) -> StoreResult<RequestId>;

    /// One request with its events.
    async fn request(&self, id: RequestId) -> StoreResult<Option<RightsRequest>>;

    /// A person's requests, newest first, with their events.
    async fn requests_for_person(&self, person: PersonId) -> StoreResult<Vec<RightsRequest>>;

    /// Every request not yet completed or refused, with its events.
    async fn open_requests(&self) -> StoreResult<Vec<RightsRequest>>;

    /// One page of open requests matching `query`, soonest due first: `limit` of them after the
    /// first `offset`, and how many match in all.
    async fn request_queue(
        &self,
        query: &QueueQuery,
        offset: u64,
        limit: u32,
    ) -> StoreResult<QueuePage>;

    /// Stores each open request's due date again (when the clock's rules or the council's
    /// nation change), writing only those that differ; returns how many changed. Closed
    /// requests in `dues` are left as they are.
    async fn set_due_dates(&self, dues: &[(RequestId, Option<NaiveDate>)]) -> StoreResult<u64>;

    /// Adds an event, storing `due` as the request's due date once it is recorded; completing or
    /// refusing closes the request. All or nothing.
    async fn add_request_event(
        &self,
        id: RequestId,
        event: &RequestEvent,
        due: Option<NaiveDate>,
        now: i64,
    ) -> StoreResult<()>;

    /// Adds a share of a person's information, or replaces the one with the same case-system
    /// id (the import does the same inside its transaction; this is for demonstration data).
    async fn save_sharing(&self, person: PersonId, sharing: &Sharing, now: i64) -> StoreResult<()>;

    /// What the case system says was shared of a person's information, oldest first, including
    /// shares the person has not yet been told about (callers showing the person filter them:
    /// `Sharing::shown_to_person`).
    async fn sharing_for_person(&self, person: PersonId) -> StoreResult<Vec<Sharing>>;

    /// Adds a consent record, or replaces the one with the same case-system id (the import does
    /// the same inside its transaction; this is for demonstration data).
    async fn save_consent(&self, person: PersonId, consent: &Consent, now: i64) -> StoreResult<()>;

    /// The consents the case system recorded for a person, given or withdrawn, oldest first.
    async fn consents_for_person(&self, person: PersonId) -> StoreResult<Vec<Consent>>;

    /// Accepts a correction: the corrected entry replaces the stored one (whose earlier version
    /// is kept in its history) and the request's completing event is added, closing it. All or
    /// nothing.
    async fn correct_entry(
        &self,
        id: RequestId,
        corrected: &NewEntry,
        event: &RequestEvent,
        due: Option<NaiveDate>,
        now: i64,
    ) -> StoreResult<()>;

    /// Adds the person's statement of disagreement to a refused correction, or replaces the one
    /// it has.
    async fn save_disagreement(
        &self,
        person: PersonId,
        disagreement: &Disagreement,
        by: AccountId,
        now: i64,
    ) -> StoreResult<()>;

    /// A person's statements of disagreement, oldest request first.
    async fn disagreements_for_person(&self, person: PersonId) -> StoreResult<Vec<Disagreement>>;

    /// Gives an open request to a member of staff, or to no one; false if it is closed or
    /// missing.
    async fn assign_request(&self, id: RequestId, to: Option<AccountId>) -> StoreResult<bool>;

    /// Puts an email in the outbox.
    async fn queue_email(&self, email: &OutgoingEmail, now: i64) -> StoreResult<()>;

    /// Unsent emails tried fewer than `max_attempts` times, oldest first.
    async fn emails_to_send(
        &self,
        max_attempts: u32,
        limit: u32,
    ) -> StoreResult<Vec<(i64, OutgoingEmail)>>;

    /// Marks an email sent.
    async fn email_sent(&self, id: i64, now: i64) -> StoreResult<()>;

    /// Counts a failed attempt to send an email, keeping why.
    async fn email_failed(&self, id: i64, error: &str) -> StoreResult<()>;

    /// Saves the answers of a request being made in this session.
    async fn save_draft(&self, session_hash: &str, answers: &str, now: i64) -> StoreResult<()>;

    /// The answers saved in this session, if any.
    async fn draft(&self, session_hash: &str) -> StoreResult<Option<String>>;

    /// Forgets the answers (after sending, or when starting again).
    async fn clear_draft(&self, session_hash: &str) -> StoreResult<()>;

    /// Adds or replaces a record entry by the case system's id (unique per person); a changed
    /// entry keeps its earlier version.
    async fn upsert_entry(&self, entry: &NewEntry, now: i64) -> StoreResult<EntryId>;

    /// One entry of a person's record (scoped by the person: another's id is `None`).
    async fn entry(&self, person: PersonId, id: EntryId) -> StoreResult<Option<Entry>>;

    /// A page of a person's entries, newest first, optionally of one kind and containing some
    /// words; with the total matching.
    async fn entries_for_person(
        &self,
        person: PersonId,
        kind: Option<EntryKind>,
        search: Option<&str>,
        offset: u32,
        limit: u32,
    ) -> StoreResult<(Vec<Entry>, u64)>;

    /// Marks a person's entry checked for accuracy on `on` by `by`; false if there is no such
    /// entry for that person.
    async fn mark_entry_checked(
        &self,
        person: PersonId,
        id: EntryId,
        on: NaiveDate,
        by: AccountId,
    ) -> StoreResult<bool>;

    /// A page of entries never checked or last checked before `checked_before` (never-checked
    /// first, then oldest check first), with how many there are in all.
    async fn entries_due_for_check(
        &self,
        checked_before: NaiveDate,
        offset: u32,
        limit: u32,
    ) -> StoreResult<(Vec<Entry>, u64)>;

    /// Earlier versions of an entry, oldest first, with when each was replaced.
    async fn entry_versions(&self, id: EntryId) -> StoreResult<Vec<(i64, NewEntry)>>;

    /// Stores a batch from a case-management system for `organisation`, all or nothing. People
    /// are added or updated by source id (refused if the id is another organisation's); each
    /// entry's person is found by source id within the organisation, and the entry added or
    /// updated with its earlier version kept. Problems only the database can find (an unknown
    /// person, another organisation's person) come back as `Err` at their JSON paths, with
    /// nothing stored.
    async fn import(
        &self,
        batch: &Batch,
        organisation: &str,
        now: i64,
    ) -> StoreResult<Result<ImportSummary, Vec<Problem>>>;

    /// An entry found by the case system's ids, only among `organisation`'s people.
    async fn entry_by_source(
        &self,
        organisation: &str,
        person_source_id: &str,
        entry_source_id: &str,
    ) -> StoreResult<Option<Entry>>;

    /// Adds an API client.
    async fn create_api_client(&self, client: &ApiClient) -> StoreResult<()>;

    /// An API client by its id (revoked ones included, so callers can say why).
    async fn api_client(&self, client_id: &str) -> StoreResult<Option<ApiClient>>;

    /// Every API client, oldest first.
    async fn api_clients(&self) -> StoreResult<Vec<ApiClient>>;

    /// Revokes a client at once; false if there is no such client or it was already revoked.
    async fn revoke_api_client(&self, client_id: &str, now: i64) -> StoreResult<bool>;

    /// Keeps (or replaces) the access copy answering request `request` of `person`.
    async fn save_access_copy(&self, copy: &AccessCopyRecord) -> StoreResult<()>;

    /// The access copy for a person's request that has not expired by `now` (scoped by the
    /// person: another's request is `None`).
    async fn access_copy(
        &self,
        person: PersonId,
        request: RequestId,
        now: i64,
    ) -> StoreResult<Option<AccessCopyRecord>>;

    /// Removes every copy that expired at or before `now`; how many were removed.
    async fn remove_expired_access_copies(&self, now: i64) -> StoreResult<u64>;

    /// Times of the tries counted in `bucket` after `since`.
    async fn rate_events(&self, bucket: &str, since: i64) -> StoreResult<Vec<i64>>;

    /// Counts a try in `bucket` at `at`, forgetting that bucket's tries at or before
    /// `forget_before` (they no longer count against any limit).
    async fn add_rate_event(&self, bucket: &str, at: i64, forget_before: i64) -> StoreResult<()>;
}

/// The setting key marking a database as holding synthetic demonstration data.
pub const SETTING_DEMO_DATA: &str = "demo_data";
