//! Persistence, in small repositories per aggregate (`repo`), behind two handles.
//!
//! The portal mirrors a council's case-management system; it is not the system of record. Every
//! backend (SQLite embedded by default, PostgreSQL in production) implements [`Store`], owns its
//! migrations, and passes the same [`conformance`] suite against a real server, so the two cannot
//! drift apart unnoticed.
//!
//! A [`Store`] hands out two kinds of handle:
//!
//! - [`Store::reads`]: a [`Reads`] handle with every repository's lookups and nothing else. This
//!   is all the pages ever get.
//! - [`Store::begin`]: a [`Transaction`] with the lookups and every write. Only the workflow
//!   layer (`candour-services`) opens one: each workflow writes its change, its audit event and
//!   its notifications through one transaction and commits once, so it happens whole or not at
//!   all (dropping an uncommitted transaction rolls it back).
//!
//! Queries that concern a person take the person's id and are scoped by it in SQL: a caller never
//! fetches broadly and filters afterwards.

#[cfg(feature = "conformance")]
pub mod conformance;
mod error;
pub mod queue;
pub mod records;
pub mod repo;
pub mod request_rows;
pub mod row;
mod shared_sql;
mod store_impl;

pub use error::StoreError;

use async_trait::async_trait;
use repo::accounts::{AccountReads, AccountWrites};
use repo::alerts::{AlertReads, AlertWrites};
use repo::api_clients::{ApiClientReads, ApiClientWrites};
use repo::audit::{AuditReads, AuditWrites};
use repo::consent::{ConsentReads, ConsentWrites};
use repo::copies::{CopyReads, CopyWrites};
use repo::delegates::{DelegationReads, DelegationWrites};
use repo::limits::LimitWrites;
use repo::outbox::{OutboxReads, OutboxWrites};
use repo::people::{PeopleReads, PeopleWrites};
use repo::questions::{QuestionReads, QuestionWrites};
use repo::records::{RecordReads, RecordWrites};
use repo::requests::{RequestReads, RequestWrites};
use repo::sessions::{SessionReads, SessionWrites};
use repo::settings::{SettingsReads, SettingsWrites};
use repo::sharing::{SharingReads, SharingWrites};

/// Every repository's lookups, for `use candour_store::read::*`.
pub mod read {
    pub use crate::repo::accounts::AccountReads;
    pub use crate::repo::api_clients::ApiClientReads;
    pub use crate::repo::audit::AuditReads;
    pub use crate::repo::consent::ConsentReads;
    pub use crate::repo::copies::CopyReads;
    pub use crate::repo::delegates::DelegationReads;
    pub use crate::repo::outbox::OutboxReads;
    pub use crate::repo::people::PeopleReads;
    pub use crate::repo::records::RecordReads;
    pub use crate::repo::requests::RequestReads;
    pub use crate::repo::sessions::SessionReads;
    pub use crate::repo::settings::SettingsReads;
    pub use crate::repo::sharing::SharingReads;
    pub use crate::{Reads, StoreError, StoreResult};
}

/// Every repository's writes, for `use candour_store::write::*` (the workflow layer only).
pub mod write {
    pub use crate::read::*;
    pub use crate::repo::accounts::AccountWrites;
    pub use crate::repo::api_clients::ApiClientWrites;
    pub use crate::repo::audit::AuditWrites;
    pub use crate::repo::consent::ConsentWrites;
    pub use crate::repo::copies::CopyWrites;
    pub use crate::repo::delegates::DelegationWrites;
    pub use crate::repo::limits::LimitWrites;
    pub use crate::repo::outbox::OutboxWrites;
    pub use crate::repo::people::PeopleWrites;
    pub use crate::repo::records::RecordWrites;
    pub use crate::repo::requests::RequestWrites;
    pub use crate::repo::sessions::SessionWrites;
    pub use crate::repo::settings::SettingsWrites;
    pub use crate::repo::sharing::SharingWrites;
    pub use crate::{Store, Transaction};
}

/// A result from the store.
pub type StoreResult<T> = Result<T, StoreError>;

/// Every repository's lookups on one database handle.
pub trait Reads:
    PeopleReads
    + SettingsReads
    + AccountReads
    + SessionReads
    + DelegationReads
    + RequestReads
    + RecordReads
    + SharingReads
    + ConsentReads
    + OutboxReads
    + ApiClientReads
    + CopyReads
    + AuditReads
    + QuestionReads
    + AlertReads
    + Send
{
}

impl<T> Reads for T where
    T: PeopleReads
        + SettingsReads
        + AccountReads
        + SessionReads
        + DelegationReads
        + RequestReads
        + RecordReads
        + SharingReads
        + ConsentReads
        + OutboxReads
        + ApiClientReads
        + CopyReads
        + AuditReads
        + QuestionReads
        + AlertReads
        + Send
        + ?Sized
{
}

/// An open transaction: every lookup and every write, committed together or not at all.
#[async_trait]
pub trait Transaction:
    Reads
    + PeopleWrites
    + SettingsWrites
    + AccountWrites
    + SessionWrites
    + DelegationWrites
    + RequestWrites
    + RecordWrites
    + SharingWrites
    + ConsentWrites
    + OutboxWrites
    + ApiClientWrites
    + CopyWrites
    + LimitWrites
    + AuditWrites
    + QuestionWrites
    + AlertWrites
{
    /// Commits everything with the audit events appended: queued for the chain (the workflow
    /// layer then has them placed: [`AuditWrites::sequence`]), or chained at once where the
    /// transaction holds the only write lock. Dropping the transaction instead rolls everything
    /// back.
    async fn commit(self: Box<Self>) -> StoreResult<repo::audit::Committed>;
}

/// A database: where handles come from.
#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Which backend this is, for logs and `/readyz` (`sqlite` or `postgres`).
    fn backend(&self) -> &'static str;

    /// Succeeds when the database answers a trivial query; `/readyz` uses it.
    async fn ping(&self) -> StoreResult<()>;

    /// A handle for lookups only. It takes a connection from the pool at its first query and
    /// gives it back when dropped.
    fn reads(&self) -> Box<dyn Reads>;

    /// Opens a transaction for a workflow's writes. On SQLite it takes the database's write
    /// lock at once (`BEGIN IMMEDIATE`), so a workflow never fails half-way for want of it.
    async fn begin(&self) -> StoreResult<Box<dyn Transaction>>;
}

/// The setting key marking a database as holding synthetic demonstration data.
pub const SETTING_DEMO_DATA: &str = "demo_data";
