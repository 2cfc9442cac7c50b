//! Closed-case access alerts: a reason holds for its sign-in and person, alerts are listed
//! waiting first, and an outcome is recorded once, a breach record with "not legitimate".

use super::*;
use candour_domain::closed_case::{Finding, NewAlert, Outcome};

/// Alerts are kept per person and sign-in, the waiting ones listed oldest first, and each is
/// decided once; "not legitimate" opens one breach record with the notes as its facts.
pub async fn alerts_hold_per_sign_in_list_waiting_first_and_are_decided_once(
    store: Arc<dyn Store>,
) {
    let (me, someone_else) = two_people(&store).await;
    let staff = w!(store, upsert_account(&public_account("staff", None), 1))
        .expect("account")
        .id
        .0;
    let day = |d: &str| d.parse::<chrono::NaiveDate>().expect("date");
    let raise = |person, session: &str, reason: &str| NewAlert {
        person,
        account: staff,
        session: session.to_owned(),
        closed_on: day("2025-06-30"),
        at: 1_772_532_000,
        raised_on: day("2026-03-03"),
        reason: reason.to_owned(),
    };
    assert!(!store.reads().reason_given("s1", me).await.expect("read"));
    let first = w!(
        store,
        raise_alert(&raise(me, "s1", "A complaint <b>came</b> in"))
    )
    .expect("raise");
    let second = w!(
        store,
        raise_alert(&raise(someone_else, "s1", "Checking an address"))
    )
    .expect("raise");
    let third = w!(store, raise_alert(&raise(me, "s2", "Another sign-in"))).expect("raise");
    assert!(store.reads().reason_given("s1", me).await.expect("read"));
    assert!(
        !store.reads().reason_given("s3", me).await.expect("read"),
        "another sign-in"
    );
    assert!(
        !store
            .reads()
            .reason_given("s2", someone_else)
            .await
            .expect("read"),
        "another person"
    );

    let mine = store.reads().alerts_for_person(me).await.expect("mine");
    assert_eq!(
        mine.iter().map(|a| a.id).collect::<Vec<_>>(),
        [third, first],
        "newest first"
    );
    assert_eq!(
        mine[1].raised,
        raise(me, "s1", "A complaint <b>came</b> in"),
        "kept as given"
    );
    assert!(mine.iter().all(|a| a.outcome.is_none()));

    let outcome = |finding| Outcome {
        finding,
        notes: "No complaint was received.".to_owned(),
        by: staff,
        on: day("2026-03-05"),
        breach: None,
    };
    assert_eq!(
        w!(store, decide_alert(first, &outcome(Finding::NotLegitimate))).expect("decide"),
        Some(Some(1)),
        "a breach record"
    );
    assert_eq!(
        w!(store, decide_alert(first, &outcome(Finding::Legitimate))).expect("decide"),
        None,
        "decided once"
    );
    assert_eq!(
        w!(store, decide_alert(second, &outcome(Finding::Legitimate))).expect("decide"),
        Some(None),
        "no breach record"
    );
    let decided = store
        .reads()
        .alert(first)
        .await
        .expect("read")
        .expect("kept");
    assert_eq!(
        decided.outcome,
        Some(Outcome {
            breach: Some(1),
            ..outcome(Finding::NotLegitimate)
        })
    );
    assert_eq!(store.reads().alert(9_999).await.expect("read"), None);

    let listed = store.reads().alerts(10).await.expect("alerts");
    assert_eq!(
        listed.iter().map(|a| a.id).collect::<Vec<_>>(),
        [third, second, first],
        "waiting first, then decided newest first"
    );
    assert_eq!(store.reads().alerts(1).await.expect("alerts").len(), 1);
}
