//! The shared storage suite, on a real SQLite file per case.

use candour_store::Store;
use candour_store_sqlite::SqliteStore;
use std::sync::Arc;

#[tokio::test]
async fn sqlite_passes_the_storage_conformance_suite() {
    let dir = tempfile::tempdir().expect("temp dir");
    let counter = std::sync::atomic::AtomicU32::new(0);
    candour_store::conformance::run(|| {
        let n = counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let url = format!("sqlite:{}", dir.path().join(format!("case-{n}.db")).display());
        async move {
            Arc::new(SqliteStore::open(&url).await.expect("open sqlite")) as Arc<dyn Store>
        }
    })
    .await;
}

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
    first
        .insert_people(&[candour_domain::synthetic::person(1, 0)])
        .await
        .expect("insert");
    drop(first);
    let second = SqliteStore::open(&url).await.expect("second open");
    assert_eq!(second.count_people().await.expect("count"), 1);
}
