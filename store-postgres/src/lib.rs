//! The PostgreSQL backend, for production.
//!
//! Writes are acknowledged only after PostgreSQL commits them (its default `synchronous_commit`),
//! so an acknowledged write survives a crash. Bulk inserts send whole columns as arrays and
//! `UNNEST` them, one round trip per batch, which is how half a million synthetic people load in
//! seconds.

use candour_domain::person::{Person, PersonDetails};
use candour_store::row::PersonRow;
use candour_store::{StoreError, StoreResult};
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
    sqlx::PgConnection,
    json_rows = "COALESCE(json_agg(json_build_object({})), '[]'::json)::text",
    jsonb = "::jsonb"
);

use shared::database;

/// The `people` columns in [`PersonRow`] order, for `concat!` into static SQL.
macro_rules! person_columns {
    () => {
        "id, source_id, nhs_number, given_name, family_name, date_of_birth, preferred_locale, \
         communication_needs::text AS communication_needs, closed_on, retention_class, allocated_worker::text AS allocated_worker"
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
            allocated_worker: row.try_get("allocated_worker")?,
        })
    };
    read()
        .map_err(|e| StoreError::Corrupt(e.to_string()))?
        .into_person()
}

candour_store::store_impl!(PostgresStore {
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
                 preferred_locale, communication_needs, closed_on, retention_class, nhs_number, \
                 allocated_worker) \
                 SELECT s, g, f, d, l, c::jsonb, o, r, n, w::jsonb FROM UNNEST(\
                 $1::text[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[], \
                 $7::date[], $8::text[], $9::text[], $10::text[]) AS t(s, g, f, d, l, c, o, r, n, w) \
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
            .bind(
                batch
                    .iter()
                    .map(|r| r.allocated_worker.clone())
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
});
