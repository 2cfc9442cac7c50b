//! The care record: entries, their earlier versions, accuracy checks, and batches from the case
//! system.

use crate::StoreResult;
use crate::records::ImportSummary;
use async_trait::async_trait;
use candour_domain::access::AccountId;
use candour_domain::ingest::{Batch, Problem};
use candour_domain::person::PersonId;
use candour_domain::record::{Entry, EntryId, EntryKind, NewEntry};
use chrono::NaiveDate;

/// Reading the record.
#[async_trait]
pub trait RecordReads: Send {
    /// One entry of a person's record (scoped by the person: another's id is `None`).
    async fn entry(&mut self, person: PersonId, id: EntryId) -> StoreResult<Option<Entry>>;

    /// A person's entries with these case-system ids, in no order; ids that are not theirs are
    /// left out. Withheld entries are included: callers showing the person filter them
    /// (`candour_domain::record::shown_at_all`).
    async fn entries_by_source_ids(
        &mut self,
        person: PersonId,
        source_ids: &[String],
    ) -> StoreResult<Vec<Entry>>;

    /// A page of the entries a person is shown, newest first, optionally of one kind and
    /// containing some words; with the total matching. An entry withheld without saying so is
    /// left out in SQL (`candour_domain::record::shown_at_all`): it is in no page, search, count
    /// or total.
    async fn entries_for_person(
        &mut self,
        person: PersonId,
        kind: Option<EntryKind>,
        search: Option<&str>,
        offset: u32,
        limit: u32,
    ) -> StoreResult<(Vec<Entry>, u64)>;

    /// The parts of a person's record they are shown, by kind then team: how many entries of
    /// each. An entry withheld without saying so is not counted (as in
    /// [`RecordReads::entries_for_person`]).
    async fn record_parts(
        &mut self,
        person: PersonId,
    ) -> StoreResult<Vec<crate::records::RecordPart>>;

    /// A page of entries never checked or last checked before `checked_before` (never-checked
    /// first, then oldest check first), with how many there are in all.
    async fn entries_due_for_check(
        &mut self,
        checked_before: NaiveDate,
        offset: u32,
        limit: u32,
    ) -> StoreResult<(Vec<Entry>, u64)>;

    /// Earlier versions of a person's entry, oldest first, with when each was replaced.
    async fn entry_versions(
        &mut self,
        person: PersonId,
        id: EntryId,
    ) -> StoreResult<Vec<(i64, NewEntry)>>;

    /// An entry found by the case system's ids, only among `organisation`'s people.
    async fn entry_by_source(
        &mut self,
        organisation: &str,
        person_source_id: &str,
        entry_source_id: &str,
    ) -> StoreResult<Option<Entry>>;

    /// Whether the sign-in `session_hash` opened `person`'s entry `entry` for the reason `why`
    /// (see [`RecordWrites::keep_opening`]).
    async fn opened(
        &mut self,
        session_hash: &str,
        person: PersonId,
        entry: EntryId,
        why: &str,
    ) -> StoreResult<bool>;
}

/// Changing the record.
#[async_trait]
pub trait RecordWrites: Send {
    /// Adds or replaces a record entry by the case system's id (unique per person); a changed
    /// entry keeps its earlier version.
    async fn upsert_entry(&mut self, entry: &NewEntry, now: i64) -> StoreResult<EntryId>;

    /// Marks a person's entry checked for accuracy on `on` by `by`; false if there is no such
    /// entry for that person.
    async fn mark_entry_checked(
        &mut self,
        person: PersonId,
        id: EntryId,
        on: NaiveDate,
        by: AccountId,
    ) -> StoreResult<bool>;

    /// Stores a batch from a case-management system for `organisation`. People are added or
    /// updated by source id (refused if the id is another organisation's); each entry's person
    /// is found by source id within the organisation, and the entry added or updated with its
    /// earlier version kept. Problems only the database can find (an unknown person, another
    /// organisation's person) come back as `Err` at their JSON paths; the caller then drops the
    /// transaction, so nothing is stored.
    async fn import(
        &mut self,
        batch: &Batch,
        organisation: &str,
        now: i64,
    ) -> StoreResult<Result<ImportSummary, Vec<Problem>>>;

    /// Keeps that the sign-in `session_hash` opened `person`'s entry `entry` for the reason
    /// `why` at `now` (once: opening it again in the same sign-in changes nothing).
    async fn keep_opening(
        &mut self,
        session_hash: &str,
        person: PersonId,
        entry: EntryId,
        why: &str,
        now: i64,
    ) -> StoreResult<()>;
}
