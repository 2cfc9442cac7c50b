//! The shared storage suite, on a real PostgreSQL server: one fresh database per case, one test
//! per case.
//!
//! `TEST_POSTGRES_URL` names a server where the test may create databases (the test
//! command starts a throwaway cluster and sets it). Without it the test fails rather than
//! silently passing.

use candour_store::Store;
use candour_store_postgres::PostgresStore;
use sqlx::Connection;
use std::sync::Arc;

fn server_url() -> String {
    std::env::var("TEST_POSTGRES_URL").expect(
        "TEST_POSTGRES_URL is not set: run the README's test command, which starts \
         a throwaway PostgreSQL cluster",
    )
}

/// Creates an empty database with a unique name and returns its URL.
async fn fresh_database() -> String {
    let server = server_url();
    let name = format!("candour_test_{}", uuid::Uuid::new_v4().simple());
    let mut admin = sqlx::PgConnection::connect(&server)
        .await
        .expect("connect to the test PostgreSQL server");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .expect("create database");
    let (base, _) = server
        .rsplit_once('/')
        .expect("URL ends with a database name");
    format!("{base}/{name}")
}

/// A fresh database of its own on the test server.
async fn fresh_store() -> (Arc<dyn Store>, ()) {
    let url = fresh_database().await;
    let store = PostgresStore::open(&url).await.expect("open postgres");
    (Arc::new(store) as Arc<dyn Store>, ())
}

candour_store::conformance_tests!(fresh_store);

#[tokio::test]
async fn an_unreachable_server_is_reported_as_unavailable() {
    let error = PostgresStore::open("postgres://nobody@127.0.0.1:1/none")
        .await
        .expect_err("nothing listens on port 1");
    assert!(
        matches!(error, candour_store::StoreError::Unavailable(_)),
        "{error:?}"
    );
}
