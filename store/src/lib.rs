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
pub mod row;

pub use error::StoreError;

use async_trait::async_trait;
use candour_domain::person::{Person, PersonDetails, PersonId};

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
}

/// The setting key marking a database as holding synthetic demonstration data.
pub const SETTING_DEMO_DATA: &str = "demo_data";
