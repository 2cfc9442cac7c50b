//! Opens the configured store: SQLite (creating its folder) or PostgreSQL, migrated, with a
//! plain message for each way that can fail.

use crate::config::DatabaseUrl;
use anyhow::Context as _;
use candour_store::{Store, StoreError};
use candour_store_postgres::PostgresStore;
use candour_store_sqlite::SqliteStore;
use std::sync::Arc;

/// The store behind `url`, ready to use.
pub async fn open(url: &DatabaseUrl) -> anyhow::Result<Arc<dyn Store>> {
    if url.is_sqlite() {
        if let Some(folder) = url.sqlite_folder().filter(|f| !f.as_os_str().is_empty()) {
            std::fs::create_dir_all(&folder)
                .with_context(|| format!("cannot create the data folder {}", folder.display()))?;
            let probe = folder.join(".candour-write-test");
            std::fs::write(&probe, b"")
                .and_then(|()| std::fs::remove_file(&probe))
                .with_context(|| format!("cannot write to the data folder {}", folder.display()))?;
        }
        let store = SqliteStore::open(url.expose())
            .await
            .map_err(|e| explain(url, e))?;
        Ok(Arc::new(store))
    } else {
        let store = PostgresStore::open(url.expose())
            .await
            .map_err(|e| explain(url, e))?;
        Ok(Arc::new(store))
    }
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
