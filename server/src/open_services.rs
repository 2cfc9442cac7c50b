//! Opens the configured database (SQLite, creating its folder, or PostgreSQL, migrated) and the
//! audit key, and gives the workflows, with a plain message for each way that can fail.
//!
//! The audit key: a configured `CANDOUR_AUDIT_KEY` must exist and be an Ed25519 key, checked
//! before anything is written; with none configured, the embedded SQLite default makes one
//! beside its database on first start (as it makes the database) and says so in the log.

use crate::config::{Config, DatabaseUrl};
use anyhow::Context as _;
use candour_app::branding::Branding;
use candour_app::wording::PortalWording;
use candour_services::audit::key::AuditKey;
use candour_services::data::StoreError;
use candour_services::{Database, Services, Settings, SystemClock};
use std::sync::Arc;

/// The workflows over the configured database, for a server (`demo` as `--demo` says) or a
/// command. `branding` gives the council's name to emails.
pub async fn open(config: &Config, demo: bool, branding: &Branding) -> anyhow::Result<Services> {
    open_signing(config, demo, branding, true).await
}

/// Opens the workflows; with `signing` false no key is read or made (for checking the log).
async fn open_signing(
    config: &Config,
    demo: bool,
    branding: &Branding,
    signing: bool,
) -> anyhow::Result<Services> {
    let url = &config.database;
    let (key_path, configured) = config.audit_key_path();
    let configured_key = if configured && signing {
        Some(AuditKey::load(&key_path).map_err(|problem| anyhow::anyhow!("{problem}"))?)
    } else {
        None
    };
    let database = if url.is_sqlite() {
        if let Some(folder) = url.sqlite_folder().filter(|f| !f.as_os_str().is_empty()) {
            std::fs::create_dir_all(&folder)
                .with_context(|| format!("cannot create the data folder {}", folder.display()))?;
            let probe = folder.join(".candour-write-test");
            std::fs::write(&probe, b"")
                .and_then(|()| std::fs::remove_file(&probe))
                .with_context(|| format!("cannot write to the data folder {}", folder.display()))?;
        }
        Database::Sqlite(url.expose().to_owned())
    } else {
        Database::Postgres(url.expose().to_owned())
    };
    let key = match configured_key {
        Some(key) => Some(key),
        None if !signing => None,
        None => {
            let (key, made) = AuditKey::load_or_create(&key_path)
                .map_err(|problem| anyhow::anyhow!("{problem}"))?;
            if made {
                tracing::info!(
                    path = %key_path.display(),
                    public_key = key.public_key(),
                    "made a new audit key for signing the audit log's checkpoints; keep a copy of its public key elsewhere"
                );
            }
            Some(key)
        }
    };
    let settings = Settings {
        nation: config.nation,
        limits: config.limits,
        organisation: branding.current().organisation.name.clone(),
        checkpoint_every: 1_000,
        demo,
        access_log_names: config.access_log_names,
        retention: config.retention.clone(),
        closed_cases: config.closed_cases,
    };
    let wording = Arc::new(PortalWording {
        base_url: config.base_url.as_str().to_owned(),
        branding: branding.clone(),
    });
    Services::open(&database, Arc::new(SystemClock), settings, key, wording)
        .await
        .map_err(|e| explain(url, e))
}

fn explain(url: &DatabaseUrl, error: StoreError) -> anyhow::Error {
    match error {
        StoreError::Unavailable(reason) => {
            anyhow::anyhow!("cannot reach the database at {url}: {reason}")
        }
        StoreError::Migration(reason) => anyhow::anyhow!(
            "the database at {url} could not be brought up to date, and was left unchanged: {reason}"
        ),
        other => anyhow::anyhow!("the database at {url} failed: {other}"),
    }
}

/// The workflows for a command at the server's command line (`candour import`, `api-client`,
/// `demo-data`): the council's configured details, no demo sign-in.
pub async fn for_command(config: &Config) -> anyhow::Result<Services> {
    open_signing(config, false, &command_branding(config), true).await
}

/// The workflows for reading the audit log (`candour audit`): no key is read or made.
pub async fn for_reading(config: &Config) -> anyhow::Result<Services> {
    open_signing(config, false, &command_branding(config), false).await
}

fn command_branding(config: &Config) -> Branding {
    Branding::new(candour_app::branding::Brand {
        organisation: config
            .organisation
            .clone()
            .unwrap_or_else(candour_domain::organisation::Organisation::demo),
        logo: None,
        configured: config.organisation.is_some(),
    })
}
