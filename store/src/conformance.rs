//! The storage conformance suite: the same cases, run against every backend on a real server.
//!
//! A backend's test calls [`run`] with a factory that makes a fresh, migrated, empty store. Each
//! case runs on its own store in its own task, so one failure does not hide the others; the
//! runner names every case that failed.

use crate::{SETTING_DEMO_DATA, Store};
use candour_domain::person::{CaseStatus, PersonId};
use candour_domain::synthetic;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

type CaseFuture = Pin<Box<dyn Future<Output = ()> + Send>>;
type Case = fn(Arc<dyn Store>) -> CaseFuture;

/// Every case, by name.
pub const CASES: &[(&str, Case)] = &[
    ("ping_answers", |s| Box::pin(ping_answers(s))),
    ("people_round_trip", |s| Box::pin(people_round_trip(s))),
    ("insert_skips_known_source_ids", |s| {
        Box::pin(insert_skips_known_source_ids(s))
    }),
    ("insert_is_all_or_nothing", |s| {
        Box::pin(insert_is_all_or_nothing(s))
    }),
    ("missing_person_is_none", |s| {
        Box::pin(missing_person_is_none(s))
    }),
    ("people_after_pages_in_id_order", |s| {
        Box::pin(people_after_pages_in_id_order(s))
    }),
    ("settings_replace_earlier_values", |s| {
        Box::pin(settings_replace_earlier_values(s))
    }),
];

/// Runs every case against fresh stores from `factory`, and panics naming each failed case.
pub async fn run<F, Fut>(factory: F)
where
    F: Fn() -> Fut,
    Fut: Future<Output = Arc<dyn Store>>,
{
    let mut failed = Vec::new();
    for (name, case) in CASES {
        let store = factory().await;
        if tokio::spawn(case(store)).await.is_err() {
            failed.push(*name);
        }
    }
    assert!(failed.is_empty(), "conformance cases failed: {failed:?}");
}

async fn ping_answers(store: Arc<dyn Store>) {
    store.ping().await.expect("ping");
}

async fn people_round_trip(store: Arc<dyn Store>) {
    let people: Vec<_> = (0..50).map(|i| synthetic::person(3, i)).collect();
    assert!(
        people
            .iter()
            .any(|p| matches!(p.case_status, CaseStatus::Closed { .. }))
    );
    assert!(people.iter().any(|p| !p.communication.is_empty()));
    assert_eq!(store.insert_people(&people).await.expect("insert"), 50);
    assert_eq!(store.count_people().await.expect("count"), 50);
    for details in &people {
        let found = store
            .person_by_source_id(&details.source_id)
            .await
            .expect("by source id")
            .expect("present");
        assert_eq!(&found.details, details);
        let again = store
            .person(found.id)
            .await
            .expect("by id")
            .expect("present");
        assert_eq!(again, found);
    }
}

async fn insert_skips_known_source_ids(store: Arc<dyn Store>) {
    let first: Vec<_> = (0..3).map(|i| synthetic::person(4, i)).collect();
    let overlapping: Vec<_> = (2..5).map(|i| synthetic::person(4, i)).collect();
    assert_eq!(store.insert_people(&first).await.expect("first"), 3);
    assert_eq!(store.insert_people(&overlapping).await.expect("second"), 2);
    assert_eq!(store.count_people().await.expect("count"), 5);
}

async fn insert_is_all_or_nothing(store: Arc<dyn Store>) {
    let mut people: Vec<_> = (0..3).map(|i| synthetic::person(5, i)).collect();
    // A NUL byte cannot be stored in a PostgreSQL text column and is refused by the SQLite
    // backend for the same reason, so the whole batch must fail.
    people[2].family_name = "Bad\0Name".to_owned();
    assert!(store.insert_people(&people).await.is_err());
    assert_eq!(store.count_people().await.expect("count"), 0);
}

async fn missing_person_is_none(store: Arc<dyn Store>) {
    assert!(
        store
            .person(PersonId(987_654))
            .await
            .expect("query")
            .is_none()
    );
    assert!(
        store
            .person_by_source_id("nobody")
            .await
            .expect("query")
            .is_none()
    );
}

async fn people_after_pages_in_id_order(store: Arc<dyn Store>) {
    let people: Vec<_> = (0..25).map(|i| synthetic::person(6, i)).collect();
    store.insert_people(&people).await.expect("insert");
    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let page = store.people_after(after, 10).await.expect("page");
        if page.is_empty() {
            break;
        }
        assert!(page.len() <= 10);
        after = page.last().map(|p| p.id);
        seen.extend(page);
    }
    assert_eq!(seen.len(), 25);
    assert!(seen.windows(2).all(|w| w[0].id < w[1].id));
}

async fn settings_replace_earlier_values(store: Arc<dyn Store>) {
    assert_eq!(store.setting(SETTING_DEMO_DATA).await.expect("get"), None);
    store
        .set_setting(SETTING_DEMO_DATA, "1")
        .await
        .expect("set");
    store
        .set_setting(SETTING_DEMO_DATA, "2")
        .await
        .expect("replace");
    assert_eq!(
        store
            .setting(SETTING_DEMO_DATA)
            .await
            .expect("get")
            .as_deref(),
        Some("2")
    );
}
