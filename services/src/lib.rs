//! Candour's workflows: every action a person, a delegate, a member of staff, a case system or
//! Candour itself takes is one function here, in the module of the thing it changes.
//!
//! Each workflow has the same shape (DESIGN.md, "Shape of the code"):
//!
//! 1. **Authorise**: check the [`Caller`] against the person with the access policy in
//!    `candour_domain::access`; anything not allowed answers [`ServiceError::NotFound`], exactly
//!    as a missing thing does, and the refusal itself is written to the audit log.
//! 2. **One transaction**: open it, check the domain's rules against what is stored, write the
//!    change, its audit event, the person's notifications and any outbox emails, then commit.
//!    A workflow that fails part-way drops its transaction, which leaves nothing behind.
//! 3. **Return what the page shows** (a reference, a code, a summary).
//!
//! Pages and handlers (`candour-app`, `candour-server`) only read input, call one workflow and
//! render its answer. They cannot write to the store at all: they depend on this crate, not on
//! the store, and this crate hands them only [`Services::reads`], a handle with lookups alone
//! (`tests/layering.rs` keeps it so). Time comes from the injected [`Clock`], so tests set the day.

pub mod access_log;
pub mod api_clients;
pub mod audit;
mod authorise;
mod caller;
pub mod closed_cases;
pub mod consent_recipients;
pub mod consents;
pub mod delegates;
pub mod demo;
mod error;
pub mod ingest;
mod limits;
pub mod messages;
pub mod notification_choices;
pub mod organisation;
pub mod outbox;
pub mod people;
pub mod questions;
pub mod records;
pub mod requests;
pub mod sessions;
pub mod share_recording;
pub mod sharing;
pub mod tell;
pub mod untold_shares;
pub mod what_we_hold;

pub use caller::Caller;
pub use error::{FieldProblem, ServiceError, ServiceResult};

/// Plain data the store hands back, for pages to show (no way to write through any of it).
pub mod data {
    pub use candour_store::queue::{AssignedTo, QueuePage, QueueQuery};
    pub use candour_store::records::{
        AccessCopyRecord, ApiClient, ImportSummary, Notification, OutgoingEmail, SessionRecord,
        SignInAttempt,
    };
    pub use candour_store::repo::audit::ChainHead;
    pub use candour_store::{SETTING_DEMO_DATA, StoreError, StoreResult};
}

/// Every repository's lookups: `use candour_services::read::*;` then call them on
/// [`Services::reads`].
pub mod read {
    pub use candour_store::read::*;
}

use candour_domain::abuse::Limits;
use candour_domain::clock::Clock;
use candour_domain::deadline::Nation;
use candour_store::{Reads, Store, StoreError, Transaction};
use std::sync::Arc;

/// The computer's clock (the domain never reads it itself).
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> i64 {
        chrono::Utc::now().timestamp()
    }
}

/// The words of emails, in the reader's language: the pages' translations live in
/// `candour-app`, which gives its own implementation when it starts.
pub trait Wording: Send + Sync + std::fmt::Debug {
    /// An email saying request `reference` has news (no details: email is not secure).
    fn request_news_email(
        &self,
        locale: candour_domain::locale::Locale,
        news: tell::RequestNews,
        reference: &str,
    ) -> Email;

    /// An email saying there is news on the page at `path` (no details: email is not secure),
    /// for someone who chose to be emailed news.
    fn news_email(&self, locale: candour_domain::locale::Locale, path: &str) -> Email;

    /// An email carrying an invitation code to `delegate_name`.
    fn invitation_email(
        &self,
        locale: candour_domain::locale::Locale,
        invited: delegates::Invited,
        delegate_name: &str,
        code: &str,
    ) -> Email;

    /// The note recorded on an access request when its copy is ready, saying until when it
    /// can be downloaded.
    fn copy_ready_note(
        &self,
        locale: candour_domain::locale::Locale,
        available_until: chrono::NaiveDate,
    ) -> String;

    /// The note recorded on a correction request when the record is corrected.
    fn correction_done_note(&self, locale: candour_domain::locale::Locale) -> String;
}

/// An email's subject and body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    /// The subject line.
    pub subject: String,
    /// The plain-text body.
    pub body: String,
}

/// What the workflows need to know about the portal.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Whose bank holidays the statutory clock uses.
    pub nation: Nation,
    /// How often sign-in, invitation codes and online requests may be tried.
    pub limits: Limits,
    /// The council's name, recorded as the organisation of every member of staff's events.
    pub organisation: String,
    /// Checkpoint the audit log after this many new events (and every minute with activity).
    pub checkpoint_every: i64,
    /// True when serving synthetic demonstration data (`candour serve --demo`): only then can
    /// anyone sign in as anyone.
    pub demo: bool,
    /// Whether "Who looked at your record" shows staff by name (when known) as well as by role
    /// and organisation: the council's choice (`CANDOUR_ACCESS_LOG_SHOWS=name`).
    pub access_log_names: bool,
    /// How long each class of record is kept after the case closes (`CANDOUR_RETENTION`).
    pub retention: candour_domain::retention::RetentionSchedule,
    /// From how many days after a case closes staff must say why before opening it
    /// (`CANDOUR_CLOSED_CASE_DAYS`).
    pub closed_cases: candour_domain::closed_case::ClosedCaseRule,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            nation: Nation::EnglandAndWales,
            limits: Limits::default(),
            organisation: String::new(),
            checkpoint_every: 1_000,
            demo: false,
            access_log_names: false,
            retention: candour_domain::retention::RetentionSchedule::default(),
            closed_cases: candour_domain::closed_case::ClosedCaseRule::default(),
        }
    }
}

/// The workflows, with everything they need. Cheap to clone.
///
/// Nothing outside this crate can open a transaction, so nothing outside it can write:
///
/// ```compile_fail
/// async fn write(services: &candour_services::Services) {
///     let _ = services.begin().await;
/// }
/// ```
///
/// ```compile_fail
/// use candour_services::read::PeopleWrites;
/// ```
#[derive(Clone, Debug)]
pub struct Services {
    inner: Arc<Inner>,
}

struct Inner {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    settings: Settings,
    signer: Option<audit::key::AuditKey>,
    wording: Arc<dyn Wording>,
    /// The newest event this server knows a checkpoint covers.
    checkpointed: std::sync::atomic::AtomicI64,
    /// One sequencer at a time on this server: the others wait, then usually find their events
    /// already placed (one sequencing transaction places everyone's).
    sequencer: tokio::sync::Mutex<()>,
}

impl std::fmt::Debug for Inner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Services")
            .field("backend", &self.store.backend())
            .field("clock", &self.clock)
            .field("settings", &self.settings)
            .field("signs_checkpoints", &self.signer.is_some())
            .finish()
    }
}

/// Which database to open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Database {
    /// An SQLite file (`sqlite:PATH`), created if missing.
    Sqlite(String),
    /// A PostgreSQL server (`postgres://…`).
    Postgres(String),
}

impl Services {
    /// Opens the database (creating and migrating it), moves any activity trail kept before the
    /// audit log into the log ([`audit::adopt_earlier_activity`]), and places any events left
    /// queued (by a server that stopped suddenly) in the chain.
    pub async fn open(
        database: &Database,
        clock: Arc<dyn Clock>,
        settings: Settings,
        signer: Option<audit::key::AuditKey>,
        wording: Arc<dyn Wording>,
    ) -> Result<Self, StoreError> {
        let store: Arc<dyn Store> = match database {
            Database::Sqlite(url) => Arc::new(candour_store_sqlite::SqliteStore::open(url).await?),
            Database::Postgres(url) => {
                Arc::new(candour_store_postgres::PostgresStore::open(url).await?)
            }
        };
        let services = Services {
            inner: Arc::new(Inner {
                store,
                clock,
                settings,
                signer,
                wording,
                checkpointed: std::sync::atomic::AtomicI64::new(0),
                sequencer: tokio::sync::Mutex::new(()),
            }),
        };
        audit::adopt_earlier_activity(&services).await?;
        audit::sequence(&services).await?;
        Ok(services)
    }

    /// A handle for lookups only (what pages use). It takes a pooled connection at its first
    /// query and returns it when dropped.
    pub fn reads(&self) -> Box<dyn Reads> {
        self.inner.store.reads()
    }

    /// Which database this is (`sqlite` or `postgres`), for logs.
    pub fn backend(&self) -> &'static str {
        self.inner.store.backend()
    }

    /// Succeeds when the database answers (`/readyz`).
    pub async fn ping(&self) -> Result<(), StoreError> {
        self.inner.store.ping().await
    }

    /// The clock every workflow reads.
    pub fn clock(&self) -> &dyn Clock {
        self.inner.clock.as_ref()
    }

    /// Seconds since the Unix epoch, by the injected clock.
    pub fn now(&self) -> i64 {
        self.inner.clock.now()
    }

    /// Today in Europe/London, by the injected clock.
    pub fn today(&self) -> chrono::NaiveDate {
        self.inner.clock.today()
    }

    /// The portal's settings.
    pub fn settings(&self) -> &Settings {
        &self.inner.settings
    }

    /// Opens a workflow's transaction.
    pub(crate) async fn begin(&self) -> Result<Box<dyn Transaction>, StoreError> {
        self.inner.store.begin().await
    }

    pub(crate) fn wording(&self) -> &dyn Wording {
        self.inner.wording.as_ref()
    }

    pub(crate) fn signer(&self) -> Option<&audit::key::AuditKey> {
        self.inner.signer.as_ref()
    }

    pub(crate) fn checkpointed(&self) -> &std::sync::atomic::AtomicI64 {
        &self.inner.checkpointed
    }

    pub(crate) fn sequencer(&self) -> &tokio::sync::Mutex<()> {
        &self.inner.sequencer
    }
}

/// Commits `tx` (its audit events queued with it), then has the queued events placed in the
/// chain at once, so pages show them, and a checkpoint made if enough have been added. Every
/// workflow ends here; once its transaction has committed, the workflow has happened, and a
/// failure to sequence is only logged (the next sequencing places the events).
pub(crate) async fn commit(services: &Services, tx: Box<dyn Transaction>) -> ServiceResult<()> {
    use candour_store::repo::audit::Committed;
    match tx.commit().await? {
        Committed::NoEvents => {}
        Committed::Queued(last) => audit::sequence_now(services, last).await,
        Committed::Chained(head) => audit::checkpoint_if_due(services, head).await,
    }
    Ok(())
}
