//! Accounts, sessions and sign-ins in progress.

use super::*;

/// Accounts are refreshed and keep their link.
pub async fn accounts_are_refreshed_and_keep_their_link(store: Arc<dyn Store>) {
    let (me, _) = two_people(&store).await;
    let first = w!(
        store,
        upsert_account(&public_account("alice", Some(me)), 100)
    )
    .expect("create");
    let mut renamed = public_account("alice", None);
    renamed.display_name = "Alice B".to_owned();
    let again = w!(store, upsert_account(&renamed, 200)).expect("refresh");
    assert_eq!(again.id, first.id);
    assert_eq!(again.details.display_name, "Alice B");
    assert_eq!(again.details.person, Some(me), "an existing link is kept");
    let mut staff = public_account("bob", None);
    staff.kind = AccountKind::Staff;
    staff.roles = [Role::Caseworker, Role::PrivacyOfficer]
        .into_iter()
        .collect();
    let staff = w!(store, upsert_account(&staff, 300)).expect("staff");
    assert_eq!(
        store
            .reads()
            .account(staff.id)
            .await
            .expect("q")
            .expect("present")
            .details
            .roles
            .len(),
        2
    );
    assert!(
        store
            .reads()
            .account(AccountId(999_999))
            .await
            .expect("q")
            .is_none()
    );
}

/// Sessions live and end.
pub async fn sessions_live_and_end(store: Arc<dyn Store>) {
    let (me, _) = two_people(&store).await;
    let account = w!(store, upsert_account(&public_account("carol", None), 1)).expect("account");
    let session = SessionRecord {
        id_hash: "abc".to_owned(),
        account: account.id,
        acting_for: None,
        assurance: Assurance::High,
        created_at: 10,
        last_seen_at: 10,
        ended_at: None,
    };
    w!(store, create_session(&session)).expect("create");
    assert_eq!(
        store.reads().session("abc").await.expect("q"),
        Some(session.clone())
    );
    w!(store, touch_session("abc", 50)).expect("touch");
    w!(store, set_acting_for("abc", Some(me))).expect("acting");
    let touched = store
        .reads()
        .session("abc")
        .await
        .expect("q")
        .expect("present");
    assert_eq!((touched.last_seen_at, touched.acting_for), (50, Some(me)));
    w!(store, end_session("abc", 60)).expect("end");
    w!(store, touch_session("abc", 70)).expect("touch after end");
    let ended = store
        .reads()
        .session("abc")
        .await
        .expect("q")
        .expect("present");
    assert_eq!(
        (ended.ended_at, ended.last_seen_at),
        (Some(60), 50),
        "an ended session stays ended"
    );
    assert!(store.reads().session("nope").await.expect("q").is_none());
}

/// A sign in attempt can be taken once.
pub async fn a_sign_in_attempt_can_be_taken_once(store: Arc<dyn Store>) {
    let attempt = SignInAttempt {
        id_hash: "h1".to_owned(),
        provider: "public".to_owned(),
        state: "s".to_owned(),
        nonce: "n".to_owned(),
        pkce_verifier: "v".to_owned(),
        return_to: "/".to_owned(),
        created_at: 1_000,
    };
    w!(store, save_sign_in_attempt(&attempt, 0)).expect("save");
    assert_eq!(
        w!(store, take_sign_in_attempt("h1")).expect("take"),
        Some(attempt.clone())
    );
    assert_eq!(w!(store, take_sign_in_attempt("h1")).expect("again"), None);
    w!(store, save_sign_in_attempt(&attempt, 0)).expect("save");
    let newer = SignInAttempt {
        id_hash: "h2".to_owned(),
        created_at: 2_000,
        ..attempt
    };
    w!(store, save_sign_in_attempt(&newer, 1_500)).expect("save newer, purging old");
    assert_eq!(
        w!(store, take_sign_in_attempt("h1")).expect("take"),
        None,
        "stale attempts are purged"
    );
}
