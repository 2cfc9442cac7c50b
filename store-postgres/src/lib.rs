//! The PostgreSQL backend, for production.
//!
//! Writes are acknowledged only after PostgreSQL commits them (its default `synchronous_commit`),
//! so an acknowledged write survives a crash. Bulk inserts send whole columns as arrays and
//! `UNNEST` them, one round trip per batch, which is how half a million synthetic people load in
//! seconds.

use async_trait::async_trait;
use candour_domain::access::{AccountId, Role};
use candour_domain::account::{Account, NewAccount};
use candour_domain::delegation::{Delegation, DelegationId, NewDelegation};
use candour_domain::person::{Person, PersonDetails, PersonId};
use candour_domain::record::{Entry, EntryId, EntryKind, NewEntry};
use candour_domain::rights::{NewRequest, RequestEvent, RequestId, RightsRequest};
use candour_store::records::{Activity, Notification, OutgoingEmail, SessionRecord, SignInAttempt};
use candour_store::row::PersonRow;
use candour_store::{Store, StoreError, StoreResult};
use chrono::NaiveDate;
use sqlx::Row;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions, PgRow};
use std::str::FromStr;
use std::time::Duration;

/// A store in a PostgreSQL database.
#[derive(Clone, Debug)]
pub struct PostgresStore {
    pool: PgPool,
}

/// Rows per `UNNEST` batch: large enough to amortise the round trip, small enough to keep each
/// statement's parameters modest.
const BATCH: usize = 5_000;

impl PostgresStore {
    /// Connects to `url` (`postgres://…`) and applies any migrations not yet applied, each in its
    /// own transaction.
    pub async fn open(url: &str) -> StoreResult<Self> {
        let options =
            PgConnectOptions::from_str(url).map_err(|e| StoreError::Unavailable(e.to_string()))?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(options)
            .await
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        sqlx::migrate!("./migrations")
            .run(&pool)
            .await
            .map_err(|e| StoreError::Migration(e.to_string()))?;
        Ok(PostgresStore { pool })
    }
}

candour_store::shared_queries!(
    sqlx::postgres::PgPool,
    sqlx::postgres::PgRow,
    json_rows = "COALESCE(json_agg(json_build_object({})), '[]'::json)::text"
);

use shared::database;

/// The `people` columns in [`PersonRow`] order, for `concat!` into static SQL.
macro_rules! person_columns {
    () => {
        "id, source_id, nhs_number, given_name, family_name, date_of_birth, preferred_locale, \
         communication_needs::text AS communication_needs, closed_on, retention_class"
    };
}

fn person_from(row: &PgRow) -> StoreResult<Person> {
    let read = || -> Result<PersonRow, sqlx::Error> {
        Ok(PersonRow {
            id: row.try_get("id")?,
            source_id: row.try_get("source_id")?,
            nhs_number: row.try_get("nhs_number")?,
            given_name: row.try_get("given_name")?,
            family_name: row.try_get("family_name")?,
            date_of_birth: row.try_get("date_of_birth")?,
            preferred_locale: row.try_get("preferred_locale")?,
            communication_needs: row.try_get("communication_needs")?,
            closed_on: row.try_get("closed_on")?,
            retention_class: row.try_get("retention_class")?,
        })
    };
    read()
        .map_err(|e| StoreError::Corrupt(e.to_string()))?
        .into_person()
}

#[async_trait]
impl Store for PostgresStore {
    fn backend(&self) -> &'static str {
        "postgres"
    }

    async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map(|_| ())
            .map_err(database)
    }

    async fn insert_people(&self, people: &[PersonDetails]) -> StoreResult<u64> {
        let rows = people
            .iter()
            .map(PersonRow::from_details)
            .collect::<Result<Vec<_>, _>>()?;
        let mut tx = self.pool.begin().await.map_err(database)?;
        let mut added = 0;
        for batch in rows.chunks(BATCH) {
            let column = |f: fn(&PersonRow) -> String| batch.iter().map(f).collect::<Vec<_>>();
            let dates =
                |f: fn(&PersonRow) -> Option<NaiveDate>| batch.iter().map(f).collect::<Vec<_>>();
            added += sqlx::query(
                "INSERT INTO people (source_id, given_name, family_name, date_of_birth, \
                 preferred_locale, communication_needs, closed_on, retention_class, nhs_number) \
                 SELECT s, g, f, d, l, c::jsonb, o, r, n FROM UNNEST(\
                 $1::text[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[], \
                 $7::date[], $8::text[], $9::text[]) AS t(s, g, f, d, l, c, o, r, n) \
                 ON CONFLICT (source_id) DO NOTHING",
            )
            .bind(column(|r| r.source_id.clone()))
            .bind(column(|r| r.given_name.clone()))
            .bind(column(|r| r.family_name.clone()))
            .bind(dates(|r| Some(r.date_of_birth)))
            .bind(column(|r| r.preferred_locale.clone()))
            .bind(column(|r| r.communication_needs.clone()))
            .bind(dates(|r| r.closed_on))
            .bind(column(|r| r.retention_class.clone()))
            .bind(
                batch
                    .iter()
                    .map(|r| r.nhs_number.clone())
                    .collect::<Vec<_>>(),
            )
            .execute(&mut *tx)
            .await
            .map_err(database)?
            .rows_affected();
        }
        tx.commit().await.map_err(database)?;
        Ok(added)
    }

    async fn count_people(&self) -> StoreResult<u64> {
        let count: i64 = sqlx::query_scalar("SELECT count(*) FROM people")
            .fetch_one(&self.pool)
            .await
            .map_err(database)?;
        Ok(count.unsigned_abs())
    }

    async fn person(&self, id: PersonId) -> StoreResult<Option<Person>> {
        sqlx::query(concat!(
            "SELECT ",
            person_columns!(),
            " FROM people WHERE id = $1"
        ))
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await
        .map_err(database)?
        .as_ref()
        .map(person_from)
        .transpose()
    }

    async fn person_by_source_id(&self, source_id: &str) -> StoreResult<Option<Person>> {
        sqlx::query(concat!(
            "SELECT ",
            person_columns!(),
            " FROM people WHERE source_id = $1"
        ))
        .bind(source_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(database)?
        .as_ref()
        .map(person_from)
        .transpose()
    }

    async fn people_after(&self, after: Option<PersonId>, limit: u32) -> StoreResult<Vec<Person>> {
        sqlx::query(concat!(
            "SELECT ",
            person_columns!(),
            " FROM people WHERE id > $1 ORDER BY id LIMIT $2"
        ))
        .bind(after.map_or(0, |id| id.0))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(database)?
        .iter()
        .map(person_from)
        .collect()
    }

    async fn setting(&self, key: &str) -> StoreResult<Option<String>> {
        sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
            .bind(key)
            .fetch_optional(&self.pool)
            .await
            .map_err(database)
    }

    async fn set_setting(&self, key: &str, value: &str) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO settings (key, value) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value)
        .execute(&self.pool)
        .await
        .map(|_| ())
        .map_err(database)
    }

    async fn person_by_nhs_number(&self, nhs_number: &str) -> StoreResult<Option<Person>> {
        sqlx::query(concat!(
            "SELECT ",
            person_columns!(),
            " FROM people WHERE nhs_number = $1"
        ))
        .bind(nhs_number)
        .fetch_optional(&self.pool)
        .await
        .map_err(database)?
        .as_ref()
        .map(person_from)
        .transpose()
    }

    async fn upsert_account(&self, account: &NewAccount, now: i64) -> StoreResult<Account> {
        shared::upsert_account(&self.pool, account, now).await
    }

    async fn account(&self, id: AccountId) -> StoreResult<Option<Account>> {
        shared::account(&self.pool, id).await
    }

    async fn staff_with_role(&self, role: Role) -> StoreResult<Vec<Account>> {
        shared::staff_with_role(&self.pool, role).await
    }

    async fn create_session(&self, session: &SessionRecord) -> StoreResult<()> {
        shared::create_session(&self.pool, session).await
    }

    async fn session(&self, id_hash: &str) -> StoreResult<Option<SessionRecord>> {
        shared::session(&self.pool, id_hash).await
    }

    async fn touch_session(&self, id_hash: &str, now: i64) -> StoreResult<()> {
        shared::touch_session(&self.pool, id_hash, now).await
    }

    async fn set_acting_for(&self, id_hash: &str, person: Option<PersonId>) -> StoreResult<()> {
        shared::set_acting_for(&self.pool, id_hash, person).await
    }

    async fn end_session(&self, id_hash: &str, now: i64) -> StoreResult<()> {
        shared::end_session(&self.pool, id_hash, now).await
    }

    async fn save_sign_in_attempt(
        &self,
        attempt: &SignInAttempt,
        stale_before: i64,
    ) -> StoreResult<()> {
        shared::save_sign_in_attempt(&self.pool, attempt, stale_before).await
    }

    async fn take_sign_in_attempt(&self, id_hash: &str) -> StoreResult<Option<SignInAttempt>> {
        shared::take_sign_in_attempt(&self.pool, id_hash).await
    }

    async fn create_delegation(
        &self,
        delegation: &NewDelegation,
        now: i64,
    ) -> StoreResult<DelegationId> {
        shared::create_delegation(&self.pool, delegation, now).await
    }

    async fn delegation(&self, id: DelegationId) -> StoreResult<Option<Delegation>> {
        shared::delegation(&self.pool, id).await
    }

    async fn delegations_for_person(&self, person: PersonId) -> StoreResult<Vec<Delegation>> {
        shared::delegations_for_person(&self.pool, person).await
    }

    async fn delegations_for_delegate(&self, account: AccountId) -> StoreResult<Vec<Delegation>> {
        shared::delegations_for_delegate(&self.pool, account).await
    }

    async fn accept_invitation(
        &self,
        code_hash: &str,
        account: AccountId,
        own_person: Option<PersonId>,
        made_after: i64,
        now: i64,
    ) -> StoreResult<Option<Delegation>> {
        shared::accept_invitation(&self.pool, code_hash, account, own_person, made_after, now).await
    }

    async fn end_delegation(
        &self,
        id: DelegationId,
        person: PersonId,
        by: AccountId,
        now: i64,
    ) -> StoreResult<bool> {
        shared::end_delegation(&self.pool, id, person, by, now).await
    }

    async fn record_activity(&self, entry: &Activity) -> StoreResult<()> {
        shared::record_activity(&self.pool, entry).await
    }

    async fn activity_for_person(
        &self,
        person: PersonId,
        limit: u32,
    ) -> StoreResult<Vec<Activity>> {
        shared::activity_for_person(&self.pool, person, limit).await
    }

    async fn notify(&self, person: PersonId, kind: &str, args: &str, now: i64) -> StoreResult<()> {
        shared::notify(&self.pool, person, kind, args, now).await
    }

    async fn notifications(&self, person: PersonId, limit: u32) -> StoreResult<Vec<Notification>> {
        shared::notifications(&self.pool, person, limit).await
    }

    async fn create_request(&self, request: &NewRequest, now: i64) -> StoreResult<RequestId> {
        shared::create_request(&self.pool, request, now).await
    }

    async fn request(&self, id: RequestId) -> StoreResult<Option<RightsRequest>> {
        shared::request(&self.pool, id).await
    }

    async fn requests_for_person(&self, person: PersonId) -> StoreResult<Vec<RightsRequest>> {
        shared::requests_for_person(&self.pool, person).await
    }

    async fn open_requests(&self) -> StoreResult<Vec<RightsRequest>> {
        shared::open_requests(&self.pool).await
    }

    async fn add_request_event(
        &self,
        id: RequestId,
        event: &RequestEvent,
        now: i64,
    ) -> StoreResult<()> {
        shared::add_request_event(&self.pool, id, event, now).await
    }

    async fn assign_request(&self, id: RequestId, to: Option<AccountId>) -> StoreResult<bool> {
        shared::assign_request(&self.pool, id, to).await
    }

    async fn queue_email(&self, email: &OutgoingEmail, now: i64) -> StoreResult<()> {
        shared::queue_email(&self.pool, email, now).await
    }

    async fn emails_to_send(
        &self,
        max_attempts: u32,
        limit: u32,
    ) -> StoreResult<Vec<(i64, OutgoingEmail)>> {
        shared::emails_to_send(&self.pool, max_attempts, limit).await
    }

    async fn email_sent(&self, id: i64, now: i64) -> StoreResult<()> {
        shared::email_sent(&self.pool, id, now).await
    }

    async fn email_failed(&self, id: i64, error: &str) -> StoreResult<()> {
        shared::email_failed(&self.pool, id, error).await
    }

    async fn save_draft(&self, session_hash: &str, answers: &str, now: i64) -> StoreResult<()> {
        shared::save_draft(&self.pool, session_hash, answers, now).await
    }

    async fn draft(&self, session_hash: &str) -> StoreResult<Option<String>> {
        shared::draft(&self.pool, session_hash).await
    }

    async fn clear_draft(&self, session_hash: &str) -> StoreResult<()> {
        shared::clear_draft(&self.pool, session_hash).await
    }

    async fn upsert_entry(&self, entry: &NewEntry, now: i64) -> StoreResult<EntryId> {
        shared::upsert_entry(&self.pool, entry, now).await
    }

    async fn entry(&self, person: PersonId, id: EntryId) -> StoreResult<Option<Entry>> {
        shared::entry(&self.pool, person, id).await
    }

    async fn entries_for_person(
        &self,
        person: PersonId,
        kind: Option<EntryKind>,
        search: Option<&str>,
        offset: u32,
        limit: u32,
    ) -> StoreResult<(Vec<Entry>, u64)> {
        shared::entries_for_person(&self.pool, person, kind, search, offset, limit).await
    }

    async fn mark_entry_checked(
        &self,
        person: PersonId,
        id: EntryId,
        on: chrono::NaiveDate,
        by: AccountId,
    ) -> StoreResult<bool> {
        shared::mark_entry_checked(&self.pool, person, id, on, by).await
    }

    async fn entries_due_for_check(
        &self,
        checked_before: chrono::NaiveDate,
        offset: u32,
        limit: u32,
    ) -> StoreResult<(Vec<Entry>, u64)> {
        shared::entries_due_for_check(&self.pool, checked_before, offset, limit).await
    }

    async fn entry_versions(&self, id: EntryId) -> StoreResult<Vec<(i64, NewEntry)>> {
        shared::entry_versions(&self.pool, id).await
    }
}
