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
    /// None: PostgreSQL takes several writers at once (the audit log's own lock is in SQL).
    write_gate: Option<std::sync::Arc<tokio::sync::Mutex<()>>>,
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
        Ok(PostgresStore {
            pool,
            write_gate: None,
        })
    }
}

candour_store::shared_queries!(
    sqlx::postgres::PgRow,
    sqlx::PgConnection,
    json_rows = "COALESCE(json_agg(json_build_object({})), '[]'::json)::text",
    json_array = "json_build_array({})::text",
    jsonb = "::jsonb"
);

use shared::database;

/// This backend's database type.
type DatabaseKind = sqlx::Postgres;

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

/// The people queries, whose columns (and, on PostgreSQL, bulk insert) differ by backend.
mod own {
    use super::*;
    use candour_domain::person::PersonId;

    /// A connection of this backend.
    pub type Conn = <DatabaseKind as sqlx::Database>::Connection;

    pub async fn insert_people(
        conn: &mut Conn,
        people: &[PersonDetails],
        organisation: Option<&str>,
    ) -> candour_store::StoreResult<u64> {
        let rows = people
            .iter()
            .map(PersonRow::from_details)
            .collect::<Result<Vec<_>, _>>()?;
        let mut tx = sqlx::Connection::begin(&mut *conn)
            .await
            .map_err(database)?;
        let mut added = 0;
        for batch in rows.chunks(BATCH) {
            let column = |f: fn(&PersonRow) -> String| batch.iter().map(f).collect::<Vec<_>>();
            let dates =
                |f: fn(&PersonRow) -> Option<NaiveDate>| batch.iter().map(f).collect::<Vec<_>>();
            added += sqlx::query(
                "INSERT INTO people (source_id, given_name, family_name, date_of_birth, \
                 preferred_locale, communication_needs, closed_on, retention_class, nhs_number, \
                 allocated_worker, organisation) \
                 SELECT s, g, f, d, l, c::jsonb, o, r, n, w::jsonb, $11::text FROM UNNEST(\
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
            .bind(organisation)
            .execute(&mut *tx)
            .await
            .map_err(database)?
            .rows_affected();
        }
        tx.commit().await.map_err(database)?;
        Ok(added)
    }

    pub async fn count_people(conn: &mut Conn) -> candour_store::StoreResult<u64> {
        let count: i64 = sqlx::query_scalar("SELECT count(*) FROM people")
            .fetch_one(&mut *conn)
            .await
            .map_err(database)?;
        Ok(count.unsigned_abs())
    }

    pub async fn person(
        conn: &mut Conn,
        id: PersonId,
    ) -> candour_store::StoreResult<Option<Person>> {
        sqlx::query(concat!(
            "SELECT ",
            person_columns!(),
            " FROM people WHERE id = $1"
        ))
        .bind(id.0)
        .fetch_optional(&mut *conn)
        .await
        .map_err(database)?
        .as_ref()
        .map(person_from)
        .transpose()
    }

    pub async fn person_by_source_id(
        conn: &mut Conn,
        source_id: &str,
    ) -> candour_store::StoreResult<Option<Person>> {
        sqlx::query(concat!(
            "SELECT ",
            person_columns!(),
            " FROM people WHERE source_id = $1"
        ))
        .bind(source_id)
        .fetch_optional(&mut *conn)
        .await
        .map_err(database)?
        .as_ref()
        .map(person_from)
        .transpose()
    }

    pub async fn people_after(
        conn: &mut Conn,
        after: Option<PersonId>,
        limit: u32,
    ) -> candour_store::StoreResult<Vec<Person>> {
        sqlx::query(concat!(
            "SELECT ",
            person_columns!(),
            " FROM people WHERE id > $1 ORDER BY id LIMIT $2"
        ))
        .bind(after.map_or(0, |id| id.0))
        .bind(i64::from(limit))
        .fetch_all(&mut *conn)
        .await
        .map_err(database)?
        .iter()
        .map(person_from)
        .collect()
    }

    pub async fn find_people(
        conn: &mut Conn,
        words: &str,
        born: Option<chrono::NaiveDate>,
        limit: u32,
    ) -> candour_store::StoreResult<Vec<Person>> {
        let words = words.trim().to_lowercase();
        sqlx::query(concat!(
            "SELECT ",
            person_columns!(),
            " FROM people WHERE (lower(given_name || ' ' || family_name) LIKE $1 OR lower(source_id) = $2) \
             AND ($3 = '' OR date_of_birth = $4) ORDER BY family_name, given_name, id LIMIT $5"
        ))
        .bind(format!("%{words}%"))
        .bind(&words)
        .bind(if born.is_some() { "born" } else { "" })
        .bind(born.unwrap_or_default())
        .bind(i64::from(limit))
        .fetch_all(&mut *conn)
        .await
        .map_err(database)?
        .iter()
        .map(person_from)
        .collect()
    }

    pub async fn person_by_nhs_number(
        conn: &mut Conn,
        nhs_number: &str,
    ) -> candour_store::StoreResult<Option<Person>> {
        sqlx::query(concat!(
            "SELECT ",
            person_columns!(),
            " FROM people WHERE nhs_number = $1"
        ))
        .bind(nhs_number)
        .fetch_optional(&mut *conn)
        .await
        .map_err(database)?
        .as_ref()
        .map(person_from)
        .transpose()
    }
}

candour_store::backend!(
    store = PostgresStore,
    db = PostgresDb,
    database = DatabaseKind,
    name = "postgres",
    begin = "",
    audit_lock = "SELECT pg_advisory_xact_lock(4342355523)",
    chain_at_commit = false,
);
