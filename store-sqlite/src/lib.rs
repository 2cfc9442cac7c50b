//! The embedded SQLite backend: Candour's default, a single file under `./data/`.
//!
//! The database runs in WAL mode with `synchronous=FULL`, so an acknowledged write survives a
//! crash or power cut (SQLite docs, "Write-Ahead Logging" and `PRAGMA synchronous`). Foreign keys
//! are enforced and a busy writer is waited for rather than failing at once.

use candour_domain::person::{Person, PersonDetails};
use candour_store::row::PersonRow;
use candour_store::{StoreError, StoreResult};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{Row, sqlite::SqliteRow};
use std::str::FromStr;
use std::time::Duration;

/// A store in an SQLite database file.
#[derive(Clone, Debug)]
pub struct SqliteStore {
    pool: SqlitePool,
    /// One write transaction at a time from this process, queued fairly here rather than in
    /// SQLite's busy handler, whose sleeps (up to 100 ms each) would stall a writer that meets
    /// another; SQLite allows one writer at a time whatever we do.
    write_gate: Option<std::sync::Arc<tokio::sync::Mutex<()>>>,
}

impl SqliteStore {
    /// Opens (creating if missing) the database at `url` (`sqlite:path` or `sqlite://path`) and
    /// applies any migrations not yet applied. Fails without changing anything if a migration
    /// cannot be applied.
    pub async fn open(url: &str) -> StoreResult<Self> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::Unavailable(e.to_string()))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        sqlx::migrate!("./migrations")
            .run(&pool)
            .await
            .map_err(|e| StoreError::Migration(e.to_string()))?;
        Ok(SqliteStore {
            pool,
            write_gate: Some(std::sync::Arc::new(tokio::sync::Mutex::new(()))),
        })
    }

    /// The journal mode in force, for tests and diagnostics (`wal` when healthy).
    pub async fn journal_mode(&self) -> StoreResult<String> {
        sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&self.pool)
            .await
            .map_err(database)
    }
}

candour_store::shared_queries!(
    sqlx::sqlite::SqliteRow,
    sqlx::SqliteConnection,
    json_rows = "json_group_array(json_object({}))",
    json_array = "json_array({})",
    jsonb = ""
);

use shared::database;

/// This backend's database type.
type DatabaseKind = sqlx::Sqlite;

/// The `people` columns in [`PersonRow`] order, for `concat!` into static SQL.
macro_rules! person_columns {
    () => {
        "id, source_id, nhs_number, given_name, family_name, date_of_birth, preferred_locale, \
         communication_needs, closed_on, retention_class, allocated_worker"
    };
}

fn person_from(row: &SqliteRow) -> StoreResult<Person> {
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
        for row in rows {
            added += sqlx::query(
                "INSERT INTO people (source_id, given_name, family_name, date_of_birth, \
                 preferred_locale, communication_needs, closed_on, retention_class, nhs_number, \
                 allocated_worker, organisation) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (source_id) DO NOTHING",
            )
            .bind(row.source_id)
            .bind(row.given_name)
            .bind(row.family_name)
            .bind(row.date_of_birth)
            .bind(row.preferred_locale)
            .bind(row.communication_needs)
            .bind(row.closed_on)
            .bind(row.retention_class)
            .bind(row.nhs_number)
            .bind(row.allocated_worker)
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
    store = SqliteStore,
    db = SqliteDb,
    database = DatabaseKind,
    name = "sqlite",
    begin = "BEGIN IMMEDIATE",
    audit_lock = "",
    chain_at_commit = true,
);
