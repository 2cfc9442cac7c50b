//! The shared storage suite, on a real SQLite file per case (one test per case).

use candour_store::Store;
use candour_store_sqlite::SqliteStore;
use std::sync::Arc;

/// A fresh database in a folder of its own, removed when the case ends.
async fn fresh_store() -> (Arc<dyn Store>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite:{}", dir.path().join("case.db").display());
    let store = SqliteStore::open(&url).await.expect("open sqlite");
    (Arc::new(store) as Arc<dyn Store>, dir)
}

candour_store::conformance_tests!(fresh_store);

#[tokio::test]
async fn a_new_sqlite_database_is_created_in_wal_mode() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("fresh.db");
    let store = SqliteStore::open(&format!("sqlite:{}", path.display()))
        .await
        .expect("open");
    assert!(path.exists());
    assert_eq!(store.journal_mode().await.expect("pragma"), "wal");
}

#[tokio::test]
async fn opening_twice_applies_migrations_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite:{}", dir.path().join("twice.db").display());
    let first = SqliteStore::open(&url).await.expect("first open");
    let mut tx = first.begin().await.expect("begin");
    tx.insert_people(&[candour_domain::synthetic::person(1, 0)], None)
        .await
        .expect("insert");
    tx.commit().await.expect("commit");
    drop(first);
    let second = SqliteStore::open(&url).await.expect("second open");
    assert_eq!(second.reads().count_people().await.expect("count"), 1);
}
