//! The storage conformance suite: the same cases, run against every backend on a real server.
//!
//! A backend's test calls [`run`] with a factory that makes a fresh, migrated, empty store. Each
//! case runs on its own store in its own task, so one failure does not hide the others; the
//! runner names every case that failed.

use crate::records::{Activity, OutgoingEmail, SessionRecord, SignInAttempt};
use crate::{SETTING_DEMO_DATA, Store};
use candour_domain::access::{AccountId, Assurance, AuthorityKind, DelegateScope, Role};
use candour_domain::account::{AccountKind, NewAccount};
use candour_domain::delegation::NewDelegation;
use candour_domain::person::{CaseStatus, PersonId};
use candour_domain::rights::{
    Channel, ContactPreference, EventKind, NewRequest, RequestEvent, RequestId, Right,
};
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
    ("people_are_found_by_nhs_number", |s| {
        Box::pin(people_are_found_by_nhs_number(s))
    }),
    ("accounts_are_refreshed_and_keep_their_link", |s| {
        Box::pin(accounts_are_refreshed_and_keep_their_link(s))
    }),
    ("sessions_live_and_end", |s| {
        Box::pin(sessions_live_and_end(s))
    }),
    ("a_sign_in_attempt_can_be_taken_once", |s| {
        Box::pin(a_sign_in_attempt_can_be_taken_once(s))
    }),
    (
        "invitations_are_accepted_once_and_ended_only_by_their_person",
        |s| Box::pin(invitations_are_accepted_once_and_ended_only_by_their_person(s)),
    ),
    (
        "activity_and_notifications_are_kept_per_person_newest_first",
        |s| {
            Box::pin(activity_and_notifications_are_kept_per_person_newest_first(
                s,
            ))
        },
    ),
    ("requests_keep_their_events_and_close_when_answered", |s| {
        Box::pin(requests_keep_their_events_and_close_when_answered(s))
    }),
    (
        "the_outbox_sends_each_email_once_and_gives_up_after_the_limit",
        |s| Box::pin(the_outbox_sends_each_email_once_and_gives_up_after_the_limit(s)),
    ),
    (
        "shares_are_imported_for_entries_the_person_has_and_replaced_when_sent_again",
        |s| {
            Box::pin(shares_are_imported_for_entries_the_person_has_and_replaced_when_sent_again(s))
        },
    ),
    (
        "consents_are_imported_per_person_and_a_withdrawal_replaces_the_consent",
        |s| Box::pin(consents_are_imported_per_person_and_a_withdrawal_replaces_the_consent(s)),
    ),
    ("requests_are_assigned_to_staff_with_the_role", |s| {
        Box::pin(requests_are_assigned_to_staff_with_the_role(s))
    }),
    ("the_queue_pages_open_requests_by_stored_due_date", |s| {
        Box::pin(the_queue_pages_open_requests_by_stored_due_date(s))
    }),
    ("drafts_are_kept_per_session_until_cleared", |s| {
        Box::pin(drafts_are_kept_per_session_until_cleared(s))
    }),
    ("entries_are_marked_checked_and_listed_when_due", |s| {
        Box::pin(entries_are_marked_checked_and_listed_when_due(s))
    }),
    (
        "entries_are_scoped_by_person_searchable_and_keep_versions",
        |s| Box::pin(entries_are_scoped_by_person_searchable_and_keep_versions(s)),
    ),
    (
        "rate_events_count_per_bucket_and_old_ones_are_forgotten",
        |s| Box::pin(rate_events_count_per_bucket_and_old_ones_are_forgotten(s)),
    ),
    (
        "an_import_adds_then_updates_and_keeps_changed_entries_history",
        |s| Box::pin(an_import_adds_then_updates_and_keeps_changed_entries_history(s)),
    ),
    (
        "an_import_with_a_problem_stores_nothing_and_never_touches_another_organisation",
        |s| {
            Box::pin(
                an_import_with_a_problem_stores_nothing_and_never_touches_another_organisation(s),
            )
        },
    ),
    ("a_check_made_in_candour_survives_the_next_import", |s| {
        Box::pin(a_check_made_in_candour_survives_the_next_import(s))
    }),
    ("api_clients_are_kept_listed_and_revoked", |s| {
        Box::pin(api_clients_are_kept_listed_and_revoked(s))
    }),
    ("access_copies_are_the_persons_alone_and_expire", |s| {
        Box::pin(access_copies_are_the_persons_alone_and_expire(s))
    }),
    (
        "a_correction_keeps_the_old_version_and_a_disagreement_stays_with_its_person",
        |s| {
            Box::pin(a_correction_keeps_the_old_version_and_a_disagreement_stays_with_its_person(s))
        },
    ),
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
    assert!(people.iter().any(|p| p.allocated_worker.is_some()));
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

/// Two synthetic people and their ids.
async fn two_people(store: &Arc<dyn Store>) -> (PersonId, PersonId) {
    let people: Vec<_> = (0..2).map(|i| synthetic::person(11, i)).collect();
    store.insert_people(&people).await.expect("insert");
    let first = store
        .person_by_source_id(&people[0].source_id)
        .await
        .expect("q")
        .expect("present");
    let second = store
        .person_by_source_id(&people[1].source_id)
        .await
        .expect("q")
        .expect("present");
    (first.id, second.id)
}

fn public_account(subject: &str, person: Option<PersonId>) -> NewAccount {
    NewAccount {
        kind: AccountKind::Public,
        issuer: "https://id.example".to_owned(),
        subject: subject.to_owned(),
        display_name: format!("User {subject}"),
        email: None,
        person,
        roles: Default::default(),
    }
}

async fn people_are_found_by_nhs_number(store: Arc<dyn Store>) {
    let person = synthetic::person(12, 3);
    let number = person
        .nhs_number
        .clone()
        .expect("index 3 has an NHS number");
    store.insert_people(&[person]).await.expect("insert");
    let found = store
        .person_by_nhs_number(&number)
        .await
        .expect("q")
        .expect("present");
    assert_eq!(found.details.nhs_number.as_deref(), Some(number.as_str()));
    assert!(
        store
            .person_by_nhs_number("9990000000")
            .await
            .expect("q")
            .is_none()
    );
}

async fn accounts_are_refreshed_and_keep_their_link(store: Arc<dyn Store>) {
    let (me, _) = two_people(&store).await;
    let first = store
        .upsert_account(&public_account("alice", Some(me)), 100)
        .await
        .expect("create");
    let mut renamed = public_account("alice", None);
    renamed.display_name = "Alice B".to_owned();
    let again = store.upsert_account(&renamed, 200).await.expect("refresh");
    assert_eq!(again.id, first.id);
    assert_eq!(again.details.display_name, "Alice B");
    assert_eq!(again.details.person, Some(me), "an existing link is kept");
    let mut staff = public_account("bob", None);
    staff.kind = AccountKind::Staff;
    staff.roles = [Role::Caseworker, Role::PrivacyOfficer]
        .into_iter()
        .collect();
    let staff = store.upsert_account(&staff, 300).await.expect("staff");
    assert_eq!(
        store
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
            .account(AccountId(999_999))
            .await
            .expect("q")
            .is_none()
    );
}

async fn sessions_live_and_end(store: Arc<dyn Store>) {
    let (me, _) = two_people(&store).await;
    let account = store
        .upsert_account(&public_account("carol", None), 1)
        .await
        .expect("account");
    let session = SessionRecord {
        id_hash: "abc".to_owned(),
        account: account.id,
        acting_for: None,
        assurance: Assurance::High,
        created_at: 10,
        last_seen_at: 10,
        ended_at: None,
    };
    store.create_session(&session).await.expect("create");
    assert_eq!(
        store.session("abc").await.expect("q"),
        Some(session.clone())
    );
    store.touch_session("abc", 50).await.expect("touch");
    store.set_acting_for("abc", Some(me)).await.expect("acting");
    let touched = store.session("abc").await.expect("q").expect("present");
    assert_eq!((touched.last_seen_at, touched.acting_for), (50, Some(me)));
    store.end_session("abc", 60).await.expect("end");
    store
        .touch_session("abc", 70)
        .await
        .expect("touch after end");
    let ended = store.session("abc").await.expect("q").expect("present");
    assert_eq!(
        (ended.ended_at, ended.last_seen_at),
        (Some(60), 50),
        "an ended session stays ended"
    );
    assert!(store.session("nope").await.expect("q").is_none());
}

async fn a_sign_in_attempt_can_be_taken_once(store: Arc<dyn Store>) {
    let attempt = SignInAttempt {
        id_hash: "h1".to_owned(),
        provider: "public".to_owned(),
        state: "s".to_owned(),
        nonce: "n".to_owned(),
        pkce_verifier: "v".to_owned(),
        return_to: "/".to_owned(),
        created_at: 1_000,
    };
    store.save_sign_in_attempt(&attempt, 0).await.expect("save");
    assert_eq!(
        store.take_sign_in_attempt("h1").await.expect("take"),
        Some(attempt.clone())
    );
    assert_eq!(store.take_sign_in_attempt("h1").await.expect("again"), None);
    store.save_sign_in_attempt(&attempt, 0).await.expect("save");
    let newer = SignInAttempt {
        id_hash: "h2".to_owned(),
        created_at: 2_000,
        ..attempt
    };
    store
        .save_sign_in_attempt(&newer, 1_500)
        .await
        .expect("save newer, purging old");
    assert_eq!(
        store.take_sign_in_attempt("h1").await.expect("take"),
        None,
        "stale attempts are purged"
    );
}

async fn invitations_are_accepted_once_and_ended_only_by_their_person(store: Arc<dyn Store>) {
    let (me, someone_else) = two_people(&store).await;
    let person = store
        .upsert_account(&public_account("dora", Some(me)), 1)
        .await
        .expect("account");
    let friend = store
        .upsert_account(&public_account("eve", None), 1)
        .await
        .expect("account");
    let invitation = NewDelegation {
        person: me,
        delegate: None,
        delegate_name: "Eve".to_owned(),
        authority: AuthorityKind::PersonsAuthority,
        scopes: [DelegateScope::ReadRecord, DelegateScope::MakeRequests]
            .into_iter()
            .collect(),
        ends_on: "2027-01-31".parse().ok(),
        invite_code_hash: Some("code-hash".to_owned()),
        evidence: None,
        created_by: person.id,
    };
    let id = store
        .create_delegation(&invitation, 100)
        .await
        .expect("create");
    assert!(
        store
            .accept_invitation("code-hash", person.id, Some(me), 0, 150)
            .await
            .expect("own")
            .is_none(),
        "nobody accepts their own invitation"
    );
    assert!(
        store
            .accept_invitation("code-hash", friend.id, None, 101, 150)
            .await
            .expect("old")
            .is_none(),
        "an invitation made before the cut-off has expired"
    );
    let accepted = store
        .accept_invitation("code-hash", friend.id, None, 100, 200)
        .await
        .expect("accept")
        .expect("an open invitation");
    assert_eq!(accepted.id, id);
    assert_eq!(accepted.details.delegate, Some(friend.id));
    assert_eq!(accepted.details.scopes, invitation.scopes);
    assert_eq!(accepted.details.ends_on, invitation.ends_on);
    assert_eq!(accepted.accepted_at, Some(200));
    assert!(
        store
            .accept_invitation("code-hash", friend.id, None, 0, 300)
            .await
            .expect("again")
            .is_none()
    );
    assert_eq!(
        store
            .delegations_for_delegate(friend.id)
            .await
            .expect("q")
            .len(),
        1
    );
    assert_eq!(store.delegations_for_person(me).await.expect("q").len(), 1);
    assert!(
        store
            .delegations_for_person(someone_else)
            .await
            .expect("q")
            .is_empty()
    );
    assert!(
        !store
            .end_delegation(id, someone_else, friend.id, 400)
            .await
            .expect("wrong person")
    );
    assert!(
        store
            .end_delegation(id, me, person.id, 400)
            .await
            .expect("end")
    );
    assert!(
        !store
            .end_delegation(id, me, person.id, 500)
            .await
            .expect("twice")
    );
    let ended = store.delegation(id).await.expect("q").expect("present");
    assert_eq!(ended.ended, Some((400, person.id)));
}

async fn activity_and_notifications_are_kept_per_person_newest_first(store: Arc<dyn Store>) {
    let (me, someone_else) = two_people(&store).await;
    let account = store
        .upsert_account(&public_account("fay", None), 1)
        .await
        .expect("account");
    for (at, person) in [(10, me), (30, me), (20, someone_else)] {
        let entry = Activity {
            at,
            account: account.id,
            person: Some(person),
            action: "viewed_record".to_owned(),
            detail: String::new(),
        };
        store.record_activity(&entry).await.expect("record");
        store
            .notify(person, "delegate_added", r#"{"name":"Eve"}"#, at)
            .await
            .expect("notify");
    }
    let mine: Vec<i64> = store
        .activity_for_person(me, 10)
        .await
        .expect("q")
        .iter()
        .map(|a| a.at)
        .collect();
    assert_eq!(mine, vec![30, 10]);
    let messages = store.notifications(me, 10).await.expect("q");
    assert_eq!(
        messages.iter().map(|n| n.at).collect::<Vec<_>>(),
        vec![30, 10]
    );
    assert_eq!(messages[0].args, r#"{"name":"Eve"}"#);
}

async fn requests_keep_their_events_and_close_when_answered(store: Arc<dyn Store>) {
    let (me, someone_else) = two_people(&store).await;
    let account = store
        .upsert_account(&public_account("gil", Some(me)), 1)
        .await
        .expect("account");
    let new = |person| NewRequest {
        person,
        right: Right::Rectification,
        channel: Channel::Phone,
        received: "2026-03-02".parse().expect("date"),
        made_by: account.id,
        on_behalf: true,
        helped_by: Some("Advocacy service".to_owned()),
        about: "My address".to_owned(),
        wrong: Some("Old address".to_owned()),
        should_say: Some("New address".to_owned()),
        statement: None,
        contact: ContactPreference::Email,
        contact_detail: Some("gil@example.test".to_owned()),
    };
    let mine = store
        .create_request(&new(me), None, 10)
        .await
        .expect("create");
    let theirs = store
        .create_request(&new(someone_else), None, 11)
        .await
        .expect("create");
    let event = |kind, on: &str| RequestEvent {
        kind,
        on: on.parse().expect("date"),
        note: "note".to_owned(),
        by: account.id,
    };
    store
        .add_request_event(mine, &event(EventKind::IdAsked, "2026-03-03"), None, 20)
        .await
        .expect("event");
    store
        .add_request_event(mine, &event(EventKind::IdReceived, "2026-03-05"), None, 21)
        .await
        .expect("event");
    let stored = store.request(mine).await.expect("q").expect("present");
    assert_eq!(stored.details, new(me));
    assert_eq!(
        stored.events.iter().map(|e| e.kind).collect::<Vec<_>>(),
        vec![EventKind::IdAsked, EventKind::IdReceived]
    );
    assert_eq!(store.requests_for_person(me).await.expect("q").len(), 1);
    assert_eq!(store.open_requests().await.expect("q").len(), 2);
    store
        .add_request_event(theirs, &event(EventKind::Completed, "2026-03-20"), None, 30)
        .await
        .expect("event");
    let open = store.open_requests().await.expect("q");
    assert_eq!(
        open.iter().map(|r| r.id).collect::<Vec<_>>(),
        vec![mine],
        "a completed request leaves the queue"
    );
    assert_eq!(open[0].events.len(), 2);
    assert_eq!(
        open[0],
        store.request(mine).await.expect("q").expect("present"),
        "the queue reads each request exactly as it is read alone"
    );
    assert!(
        store
            .request(RequestId(999_999))
            .await
            .expect("q")
            .is_none()
    );
}

/// A request for `right` made online by `by` for `person`, received on 2 March 2026.
fn portal_request(person: PersonId, right: Right, by: AccountId) -> NewRequest {
    NewRequest {
        person,
        right,
        channel: Channel::Portal,
        received: "2026-03-02".parse().expect("date"),
        made_by: by,
        on_behalf: false,
        helped_by: None,
        about: "everything".to_owned(),
        wrong: None,
        should_say: None,
        statement: None,
        contact: ContactPreference::Portal,
        contact_detail: None,
    }
}

async fn requests_are_assigned_to_staff_with_the_role(store: Arc<dyn Store>) {
    let (me, _) = two_people(&store).await;
    let person = store
        .upsert_account(&public_account("ivy", Some(me)), 1)
        .await
        .expect("account");
    let staff = |subject: &str, name: &str, roles: &[Role]| NewAccount {
        kind: AccountKind::Staff,
        issuer: "https://staff.example".to_owned(),
        subject: subject.to_owned(),
        display_name: name.to_owned(),
        email: None,
        person: None,
        roles: roles.iter().copied().collect(),
    };
    let zoe = store
        .upsert_account(&staff("z", "Zoe Officer", &[Role::PrivacyOfficer]), 2)
        .await
        .expect("staff");
    let amir = store
        .upsert_account(
            &staff(
                "a",
                "Amir Officer",
                &[Role::Caseworker, Role::PrivacyOfficer],
            ),
            3,
        )
        .await
        .expect("staff");
    store
        .upsert_account(&staff("c", "Cara Caseworker", &[Role::Caseworker]), 4)
        .await
        .expect("staff");
    let officers = store
        .staff_with_role(Role::PrivacyOfficer)
        .await
        .expect("q");
    assert_eq!(
        officers.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![amir.id, zoe.id],
        "privacy officers by name; the caseworker and the person are not among them"
    );
    let request = store
        .create_request(&portal_request(me, Right::Access, person.id), None, 5)
        .await
        .expect("create");
    let assigned = |store: Arc<dyn Store>| async move {
        store
            .request(request)
            .await
            .expect("q")
            .expect("present")
            .assigned_to
    };
    assert_eq!(assigned(store.clone()).await, None);
    assert!(
        store
            .assign_request(request, Some(zoe.id))
            .await
            .expect("assign")
    );
    assert_eq!(assigned(store.clone()).await, Some(zoe.id));
    assert_eq!(
        store.open_requests().await.expect("q")[0].assigned_to,
        Some(zoe.id)
    );
    assert!(store.assign_request(request, None).await.expect("release"));
    assert_eq!(assigned(store.clone()).await, None);
    store
        .add_request_event(
            request,
            &RequestEvent {
                kind: EventKind::Completed,
                on: "2026-03-10".parse().expect("date"),
                note: "sent".to_owned(),
                by: zoe.id,
            },
            None,
            6,
        )
        .await
        .expect("event");
    assert!(
        !store
            .assign_request(request, Some(amir.id))
            .await
            .expect("assign"),
        "a closed request cannot be given to anyone"
    );
    assert!(
        !store
            .assign_request(RequestId(999_999), Some(amir.id))
            .await
            .expect("assign")
    );
}

async fn the_queue_pages_open_requests_by_stored_due_date(store: Arc<dyn Store>) {
    use crate::queue::{AssignedTo, QueueQuery};
    let (me, someone_else) = two_people(&store).await;
    let officer = store
        .upsert_account(&public_account("quinn", None), 1)
        .await
        .expect("account");
    let day = |text: &str| -> chrono::NaiveDate { text.parse().expect("date") };
    let new = |person, right| portal_request(person, right, officer.id);
    // Made in this order; due in another. Two share a date, one has no date (waiting for ID).
    let plan = [
        (me, Right::Access, Some("2026-04-10")),
        (someone_else, Right::Erasure, None),
        (me, Right::Erasure, Some("2026-04-02")),
        (someone_else, Right::Access, Some("2026-04-10")),
        (me, Right::Objection, Some("2026-05-01")),
    ];
    let mut ids = Vec::new();
    for (person, right, due) in plan {
        ids.push(
            store
                .create_request(&new(person, right), due.map(day), 2)
                .await
                .expect("create"),
        );
    }
    let page = |query: QueueQuery, offset: u64, limit: u32| {
        let store = store.clone();
        async move {
            let page = store
                .request_queue(&query, offset, limit)
                .await
                .expect("queue");
            let order = page
                .requests
                .iter()
                .map(|(r, due)| (r.id, *due))
                .collect::<Vec<_>>();
            (page.total, order, page.requests)
        }
    };
    let (total, order, requests) = page(QueueQuery::default(), 0, 10).await;
    assert_eq!(total, 5);
    assert_eq!(
        order,
        vec![
            (ids[2], Some(day("2026-04-02"))),
            (ids[0], Some(day("2026-04-10"))),
            (ids[3], Some(day("2026-04-10"))),
            (ids[4], Some(day("2026-05-01"))),
            (ids[1], None),
        ],
        "soonest first, the same day oldest first, no date last"
    );
    assert_eq!(
        requests[1].0,
        store.request(ids[0]).await.expect("q").expect("present"),
        "each request reads as it does alone"
    );
    let (total, order, _) = page(QueueQuery::default(), 2, 2).await;
    assert_eq!(
        (total, order.iter().map(|(id, _)| *id).collect::<Vec<_>>()),
        (5, vec![ids[3], ids[4]]),
        "a later page keeps the order and the whole count"
    );
    let (total, order, _) = page(QueueQuery::default(), 10, 5).await;
    assert_eq!((total, order.len()), (5, 0), "past the end is empty");

    let ids_of = |order: Vec<(RequestId, Option<chrono::NaiveDate>)>| {
        order.into_iter().map(|(id, _)| id).collect::<Vec<_>>()
    };
    let erasure = QueueQuery {
        right: Some(Right::Erasure),
        ..QueueQuery::default()
    };
    let (total, order, _) = page(erasure, 0, 10).await;
    assert_eq!((total, ids_of(order)), (2, vec![ids[2], ids[1]]));
    let window = QueueQuery {
        due_from: Some(day("2026-04-03")),
        due_until: Some(day("2026-04-10")),
        ..QueueQuery::default()
    };
    let (total, order, _) = page(window, 0, 10).await;
    assert_eq!(
        (total, ids_of(order)),
        (2, vec![ids[0], ids[3]]),
        "both ends of the window count; no date is outside every window"
    );
    let before = QueueQuery {
        due_until: Some(day("2026-04-09")),
        ..QueueQuery::default()
    };
    assert_eq!(ids_of(page(before, 0, 10).await.1), vec![ids[2]]);

    assert!(
        store
            .assign_request(ids[3], Some(officer.id))
            .await
            .expect("assign")
    );
    let mine = QueueQuery {
        assigned: AssignedTo::Account(officer.id),
        ..QueueQuery::default()
    };
    assert_eq!(ids_of(page(mine, 0, 10).await.1), vec![ids[3]]);
    let nobody = QueueQuery {
        assigned: AssignedTo::Nobody,
        right: Some(Right::Access),
        ..QueueQuery::default()
    };
    assert_eq!(ids_of(page(nobody, 0, 10).await.1), vec![ids[0]]);

    // An event stores the new due date; closing takes the request out of the queue.
    let event = |kind| RequestEvent {
        kind,
        on: day("2026-03-20"),
        note: "note".to_owned(),
        by: officer.id,
    };
    for (id, kind, due) in [
        (ids[4], EventKind::Extended, "2026-03-30"),
        (ids[2], EventKind::Completed, "2026-04-02"),
    ] {
        store
            .add_request_event(id, &event(kind), Some(day(due)), 3)
            .await
            .expect("event");
    }
    let (total, order, requests) = page(QueueQuery::default(), 0, 1).await;
    assert_eq!((total, order), (4, vec![(ids[4], Some(day("2026-03-30")))]));
    assert_eq!(
        requests[0]
            .0
            .events
            .iter()
            .map(|e| e.kind)
            .collect::<Vec<_>>(),
        vec![EventKind::Extended],
        "the page's requests come with their events"
    );

    // Stored again when the rules change: only the dates that differ are written.
    let dues = [
        (ids[0], Some(day("2026-04-10"))),
        (ids[1], Some(day("2026-04-20"))),
        (ids[3], None),
        (ids[2], Some(day("2027-01-01"))),
    ];
    assert_eq!(
        store.set_due_dates(&dues).await.expect("set"),
        2,
        "the closed request is left alone"
    );
    assert_eq!(store.set_due_dates(&dues).await.expect("again"), 0);
    let (_, order, _) = page(QueueQuery::default(), 0, 10).await;
    assert_eq!(
        ids_of(order),
        vec![ids[4], ids[0], ids[1], ids[3]],
        "ordered by the dates stored last"
    );
}

async fn the_outbox_sends_each_email_once_and_gives_up_after_the_limit(store: Arc<dyn Store>) {
    let email = |to: &str| OutgoingEmail {
        to: to.to_owned(),
        subject: "News about your request CR-000001".to_owned(),
        body: "Sign in to see it.".to_owned(),
    };
    store
        .queue_email(&email("a@example.test"), 1)
        .await
        .expect("queue");
    store
        .queue_email(&email("b@example.test"), 2)
        .await
        .expect("queue");
    let waiting = store.emails_to_send(3, 10).await.expect("q");
    assert_eq!(
        waiting
            .iter()
            .map(|(_, e)| e.to.as_str())
            .collect::<Vec<_>>(),
        vec!["a@example.test", "b@example.test"],
        "oldest first"
    );
    assert_eq!(waiting[0].1, email("a@example.test"));
    store.email_sent(waiting[0].0, 5).await.expect("sent");
    for _ in 0..3 {
        store
            .email_failed(waiting[1].0, "connection refused")
            .await
            .expect("failed");
    }
    assert!(
        store.emails_to_send(3, 10).await.expect("q").is_empty(),
        "a sent email is not sent again; one that failed three times is left for a person to look at"
    );
    assert_eq!(store.emails_to_send(4, 10).await.expect("q").len(), 1);
    assert_eq!(store.emails_to_send(4, 0).await.expect("q").len(), 0);
}

async fn drafts_are_kept_per_session_until_cleared(store: Arc<dyn Store>) {
    store
        .save_draft("s1", r#"{"right":"access"}"#, 1)
        .await
        .expect("save");
    store
        .save_draft("s1", r#"{"right":"erasure"}"#, 2)
        .await
        .expect("replace");
    assert_eq!(
        store.draft("s1").await.expect("q").as_deref(),
        Some(r#"{"right":"erasure"}"#)
    );
    assert_eq!(store.draft("s2").await.expect("q"), None);
    store.clear_draft("s1").await.expect("clear");
    assert_eq!(store.draft("s1").await.expect("q"), None);
}

async fn entries_are_marked_checked_and_listed_when_due(store: Arc<dyn Store>) {
    let (me, someone_else) = two_people(&store).await;
    let checker = store
        .upsert_account(&public_account("kit", None), 1)
        .await
        .expect("account");
    let mut ids = Vec::new();
    for (n, checked) in [
        None,
        Some("2024-01-10"),
        Some("2026-02-01"),
        Some("2023-05-05"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut entry = synthetic::entries(4, 0, me)[0].clone();
        entry.source_id = format!("check-{n}");
        entry.checked_on = checked.map(|d| d.parse().expect("date"));
        ids.push(store.upsert_entry(&entry, 1).await.expect("upsert"));
    }
    let cutoff: chrono::NaiveDate = "2025-06-01".parse().expect("date");
    let (due, total) = store.entries_due_for_check(cutoff, 0, 10).await.expect("q");
    assert_eq!(total, 3);
    assert_eq!(
        due.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![ids[0], ids[3], ids[1]],
        "never checked first, then the oldest check"
    );
    let (second_page, _) = store.entries_due_for_check(cutoff, 1, 1).await.expect("q");
    assert_eq!(second_page[0].id, ids[3]);
    let today: chrono::NaiveDate = "2026-11-23".parse().expect("date");
    assert!(
        !store
            .mark_entry_checked(someone_else, ids[0], today, checker.id)
            .await
            .expect("mark"),
        "an entry is marked only through its own person"
    );
    assert!(
        store
            .mark_entry_checked(me, ids[0], today, checker.id)
            .await
            .expect("mark")
    );
    let marked = store.entry(me, ids[0]).await.expect("q").expect("present");
    assert_eq!(marked.details.checked_on, Some(today));
    assert_eq!(marked.checked_by, Some(checker.id));
    assert_eq!(
        store
            .entries_due_for_check(cutoff, 0, 10)
            .await
            .expect("q")
            .1,
        2
    );
}

async fn entries_are_scoped_by_person_searchable_and_keep_versions(store: Arc<dyn Store>) {
    use candour_domain::record::EntryKind;
    let (me, someone_else) = two_people(&store).await;
    let mine = synthetic::entries(1, 0, me);
    for entry in &mine {
        store.upsert_entry(entry, 1).await.expect("upsert");
    }
    for entry in synthetic::entries(1, 1, someone_else) {
        store.upsert_entry(&entry, 1).await.expect("upsert");
    }
    let (page, total) = store
        .entries_for_person(me, None, None, 0, 3)
        .await
        .expect("page");
    assert_eq!(total, mine.len() as u64);
    assert_eq!(page.len(), 3.min(mine.len()));
    assert!(
        page.windows(2)
            .all(|w| w[0].details.event_date >= w[1].details.event_date),
        "newest first"
    );
    assert!(page.iter().all(|e| e.details.person == me));
    let first = &page[0];
    assert_eq!(
        store.entry(me, first.id).await.expect("q").as_ref(),
        Some(first)
    );
    assert_eq!(
        store.entry(someone_else, first.id).await.expect("q"),
        None,
        "another person's id is not found"
    );
    let kind = first.details.kind;
    let (of_kind, _) = store
        .entries_for_person(me, Some(kind), None, 0, 100)
        .await
        .expect("q");
    assert!(of_kind.iter().all(|e| e.details.kind == kind));
    let (none, n) = store
        .entries_for_person(me, Some(EntryKind::Letter), Some("no such words"), 0, 10)
        .await
        .expect("q");
    assert!(none.is_empty() && n == 0);
    let word = first
        .details
        .title
        .split(' ')
        .next()
        .expect("a word")
        .to_uppercase();
    let (found, _) = store
        .entries_for_person(me, None, Some(&word), 0, 100)
        .await
        .expect("q");
    assert!(
        found.iter().any(|e| e.id == first.id),
        "search ignores case"
    );
    let (withheld, _) = store
        .entries_for_person(me, None, Some("withheld from this record"), 0, 100)
        .await
        .expect("q");
    assert!(withheld.is_empty(), "withheld text is never searchable");
    let mut changed = first.details.clone();
    changed.title = "Corrected title".to_owned();
    assert_eq!(
        store.upsert_entry(&changed, 2).await.expect("change"),
        first.id
    );
    store.upsert_entry(&changed, 3).await.expect("same again");
    let versions = store.entry_versions(first.id).await.expect("versions");
    assert_eq!(versions.len(), 1, "only a real change keeps a version");
    assert_eq!(versions[0].1, first.details);
}

async fn rate_events_count_per_bucket_and_old_ones_are_forgotten(store: Arc<dyn Store>) {
    for at in [100, 200, 300] {
        store
            .add_rate_event("sign-in:127.0.0.1", at, 0)
            .await
            .expect("add");
    }
    store
        .add_rate_event("request:7", 250, 0)
        .await
        .expect("add");
    let mut times = store
        .rate_events("sign-in:127.0.0.1", 150)
        .await
        .expect("read");
    times.sort_unstable();
    assert_eq!(
        times,
        vec![200, 300],
        "only after `since`, only this bucket"
    );
    store
        .add_rate_event("sign-in:127.0.0.1", 400, 250)
        .await
        .expect("add and forget");
    let mut times = store
        .rate_events("sign-in:127.0.0.1", 0)
        .await
        .expect("read");
    times.sort_unstable();
    assert_eq!(times, vec![300, 400], "tries at or before 250 forgotten");
    assert_eq!(
        store.rate_events("request:7", 0).await.expect("read"),
        vec![250],
        "another bucket is untouched"
    );
}

/// The paths of the problems that made the store refuse `batch` from `organisation`.
async fn refused_paths(
    store: &Arc<dyn Store>,
    batch: &candour_domain::ingest::Batch,
    organisation: &str,
    now: i64,
) -> Vec<String> {
    store
        .import(batch, organisation, now)
        .await
        .expect("store")
        .expect_err("refused")
        .into_iter()
        .map(|p| p.path)
        .collect()
}

fn ingest_batch(people: &[&str], entries: &[(&str, &str, &str)]) -> candour_domain::ingest::Batch {
    use candour_domain::ingest::{Batch, IncomingEntry};
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    let template = synthetic::entries(9, 0, PersonId(0))
        .into_iter()
        .next()
        .expect("an entry");
    Batch {
        people: people
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let mut p = synthetic::person(9, i as u64);
                p.source_id = (*id).to_owned();
                p.nhs_number = None;
                p
            })
            .collect(),
        entries: entries
            .iter()
            .map(|(person, id, text)| {
                let mut entry = template.clone();
                entry.source_id = (*id).to_owned();
                entry.checked_on = None;
                entry.written_date = entry.written_date.min(today);
                entry.statements[0].text = (*text).to_owned();
                IncomingEntry {
                    person_source_id: (*person).to_owned(),
                    entry,
                }
            })
            .collect(),
        ..Batch::default()
    }
}

/// A share of `entries` of `person`'s record, recorded as told.
fn incoming_share(
    person: &str,
    id: &str,
    entries: &[&str],
) -> candour_domain::ingest::IncomingSharing {
    use candour_domain::sharing::{Authority, LawfulBasis, Sharing, Telling};
    candour_domain::ingest::IncomingSharing {
        person_source_id: person.to_owned(),
        sharing: Sharing {
            source_id: id.to_owned(),
            shared_on: "2026-11-02".parse().expect("date"),
            recipient_organisation: "Northshire NHS Trust".to_owned(),
            recipient_role: "District nurse".to_owned(),
            information: "Care and support plan".to_owned(),
            entries: entries.iter().map(|e| (*e).to_owned()).collect(),
            purpose: "To plan care at home".to_owned(),
            basis: LawfulBasis::PublicTask,
            authority: Some(Authority::IndividualCare),
            consent: None,
            approved_by: Some("Team manager".to_owned()),
            telling: Telling::Told {
                on: "2026-11-02".parse().expect("date"),
            },
        },
    }
}

async fn shares_are_imported_for_entries_the_person_has_and_replaced_when_sent_again(
    store: Arc<dyn Store>,
) {
    use candour_domain::sharing::Telling;
    let mut batch = ingest_batch(
        &["P-1", "P-2"],
        &[("P-1", "E-1", "Words"), ("P-2", "E-2", "Other")],
    );
    batch.sharing = vec![
        incoming_share("P-1", "SH-1", &["E-1"]),
        incoming_share("P-2", "SH-2", &[]),
    ];
    let summary = store
        .import(&batch, "Anytown", 10)
        .await
        .expect("store")
        .expect("accepted");
    assert_eq!(summary.sharing_saved, 2);
    let me = store
        .person_by_source_id("P-1")
        .await
        .expect("q")
        .expect("present")
        .id;
    let mine = store.sharing_for_person(me).await.expect("q");
    assert_eq!(
        mine,
        vec![batch.sharing[0].sharing.clone()],
        "only P-1's share, as sent"
    );

    // Sent again, not yet told: replaced, not added.
    let mut again = incoming_share("P-1", "SH-1", &["E-1"]);
    again.sharing.telling = Telling::NotYet {
        reason: "Telling would increase the risk".to_owned(),
        review_on: "2027-01-04".parse().expect("date"),
    };
    let resend = candour_domain::ingest::Batch {
        sharing: vec![again.clone()],
        ..candour_domain::ingest::Batch::default()
    };
    store
        .import(&resend, "Anytown", 20)
        .await
        .expect("store")
        .expect("accepted");
    assert_eq!(
        store.sharing_for_person(me).await.expect("q"),
        vec![again.sharing]
    );

    // An entry the person does not have, another person's entry, a person of another
    // organisation: all refused at their paths, nothing stored.
    let wrong = candour_domain::ingest::Batch {
        sharing: vec![
            incoming_share("P-1", "SH-3", &["E-1", "E-2", "E-404"]),
            incoming_share("P-9", "SH-4", &[]),
        ],
        ..candour_domain::ingest::Batch::default()
    };
    let paths = refused_paths(&store, &wrong, "Anytown", 30).await;
    assert_eq!(
        paths,
        vec![
            "$.sharing[0].entries[1]",
            "$.sharing[0].entries[2]",
            "$.sharing[1].person_source_id"
        ]
    );
    assert_eq!(store.sharing_for_person(me).await.expect("q").len(), 1);
    let elsewhere = candour_domain::ingest::Batch {
        sharing: vec![incoming_share("P-1", "SH-5", &[])],
        ..candour_domain::ingest::Batch::default()
    };
    let problems = store
        .import(&elsewhere, "Othertown", 40)
        .await
        .expect("store")
        .expect_err("not theirs");
    assert_eq!(problems[0].path, "$.sharing[0].person_source_id");
    let direct = incoming_share("P-1", "SH-9", &[]).sharing;
    store.save_sharing(me, &direct, 50).await.expect("save");
    assert_eq!(
        store.sharing_for_person(me).await.expect("q").len(),
        2,
        "saved outside an import too"
    );
}

/// A consent `id` for `person`, given in writing by the person.
fn incoming_consent(person: &str, id: &str) -> candour_domain::ingest::IncomingConsent {
    use candour_domain::consent::{Consent, ConsentAnswer, ConsentMethod};
    candour_domain::ingest::IncomingConsent {
        person_source_id: person.to_owned(),
        consent: Consent {
            source_id: id.to_owned(),
            answer: ConsentAnswer::Yes,
            answered_on: "2026-10-01".parse().expect("date"),
            answered_by: None,
            method: ConsentMethod::InWriting,
            purpose: "To share your housing needs with the housing team".to_owned(),
            recipients: "Northshire Council Housing".to_owned(),
            withdrawn_on: None,
        },
    }
}

async fn consents_are_imported_per_person_and_a_withdrawal_replaces_the_consent(
    store: Arc<dyn Store>,
) {
    use candour_domain::consent::ConsentMethod;
    let mut batch = ingest_batch(&["P-1", "P-2"], &[]);
    let mut attorney = incoming_consent("P-1", "C-2");
    attorney.consent.answered_on = "2026-09-01".parse().expect("date");
    attorney.consent.answered_by = Some("Mary Smith, daughter (attorney)".to_owned());
    attorney.consent.method = ConsentMethod::Spoken;
    attorney.consent.answer = candour_domain::consent::ConsentAnswer::No;
    batch.consents = vec![
        incoming_consent("P-1", "C-1"),
        attorney.clone(),
        incoming_consent("P-2", "C-1"),
    ];
    let summary = store
        .import(&batch, "Anytown", 10)
        .await
        .expect("store")
        .expect("accepted");
    assert_eq!(summary.consents_saved, 3);
    let me = store
        .person_by_source_id("P-1")
        .await
        .expect("q")
        .expect("present")
        .id;
    assert_eq!(
        store.consents_for_person(me).await.expect("q"),
        vec![attorney.consent.clone(), batch.consents[0].consent.clone()],
        "only P-1's, oldest first, as sent"
    );

    // Withdrawn: the case system sends it again with the day; replaced, not added.
    let mut withdrawn = incoming_consent("P-1", "C-1");
    withdrawn.consent.withdrawn_on = Some("2026-11-20".parse().expect("date"));
    let resend = candour_domain::ingest::Batch {
        consents: vec![withdrawn.clone()],
        ..candour_domain::ingest::Batch::default()
    };
    store
        .import(&resend, "Anytown", 20)
        .await
        .expect("store")
        .expect("accepted");
    assert_eq!(
        store.consents_for_person(me).await.expect("q"),
        vec![attorney.consent.clone(), withdrawn.consent.clone()]
    );

    // An unknown person, and a person of another organisation: refused at their paths, and the
    // good consent sent with them is not stored either.
    let wrong = candour_domain::ingest::Batch {
        consents: vec![
            incoming_consent("P-1", "C-3"),
            incoming_consent("P-9", "C-4"),
        ],
        ..candour_domain::ingest::Batch::default()
    };
    assert_eq!(
        refused_paths(&store, &wrong, "Anytown", 30).await,
        vec!["$.consents[1].person_source_id"]
    );
    let elsewhere = candour_domain::ingest::Batch {
        consents: vec![incoming_consent("P-1", "C-5")],
        ..candour_domain::ingest::Batch::default()
    };
    assert_eq!(
        refused_paths(&store, &elsewhere, "Othertown", 40).await,
        vec!["$.consents[0].person_source_id"]
    );
    assert_eq!(store.consents_for_person(me).await.expect("q").len(), 2);
    let direct = incoming_consent("P-1", "C-9").consent;
    store.save_consent(me, &direct, 50).await.expect("save");
    assert_eq!(
        store.consents_for_person(me).await.expect("q").len(),
        3,
        "saved outside an import too"
    );
}

async fn an_import_adds_then_updates_and_keeps_changed_entries_history(store: Arc<dyn Store>) {
    let first = ingest_batch(
        &["P-1", "P-2"],
        &[("P-1", "E-1", "First words"), ("P-2", "E-2", "Other words")],
    );
    let summary = store
        .import(&first, "Anytown", 100)
        .await
        .expect("store")
        .expect("accepted");
    assert_eq!((summary.people_added, summary.entries_added), (2, 2));
    let again = ingest_batch(
        &["P-1", "P-2"],
        &[
            ("P-1", "E-1", "Corrected words"),
            ("P-2", "E-2", "Other words"),
        ],
    );
    let summary = store
        .import(&again, "Anytown", 200)
        .await
        .expect("store")
        .expect("accepted");
    assert_eq!(
        (
            summary.people_updated,
            summary.entries_changed,
            summary.entries_unchanged
        ),
        (2, 1, 1)
    );
    let entry = store
        .entry_by_source("Anytown", "P-1", "E-1")
        .await
        .expect("read")
        .expect("present");
    assert_eq!(entry.details.statements[0].text, "Corrected words");
    let history = store.entry_versions(entry.id).await.expect("versions");
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].0, 200);
    assert_eq!(history[0].1.statements[0].text, "First words");
    assert!(
        store
            .entry_by_source("Othertown", "P-1", "E-1")
            .await
            .expect("read")
            .is_none(),
        "found only within its organisation"
    );
}

async fn an_import_with_a_problem_stores_nothing_and_never_touches_another_organisation(
    store: Arc<dyn Store>,
) {
    let theirs = ingest_batch(&["SHARED-1"], &[("SHARED-1", "E-1", "Theirs")]);
    store
        .import(&theirs, "Othertown", 100)
        .await
        .expect("store")
        .expect("accepted");
    let before = store.count_people().await.expect("count");
    let mine = ingest_batch(
        &["NEW-1", "SHARED-1"],
        &[("NEW-1", "E-9", "Mine"), ("NOBODY", "E-10", "Lost")],
    );
    let paths = refused_paths(&store, &mine, "Anytown", 200).await;
    assert_eq!(
        paths,
        vec!["$.people[1].source_id", "$.entries[1].person_source_id"]
    );
    assert_eq!(
        store.count_people().await.expect("count"),
        before,
        "NEW-1 was not kept"
    );
    let kept = store
        .entry_by_source("Othertown", "SHARED-1", "E-1")
        .await
        .expect("read")
        .expect("present");
    assert_eq!(kept.details.statements[0].text, "Theirs");
    let writing_theirs = ingest_batch(&[], &[("SHARED-1", "E-1", "Overwritten")]);
    let problems = store
        .import(&writing_theirs, "Anytown", 300)
        .await
        .expect("store")
        .expect_err("not theirs to write");
    assert_eq!(problems[0].path, "$.entries[0].person_source_id");
}

async fn a_check_made_in_candour_survives_the_next_import(store: Arc<dyn Store>) {
    let batch = ingest_batch(&["P-1"], &[("P-1", "E-1", "Words")]);
    store
        .import(&batch, "Anytown", 100)
        .await
        .expect("store")
        .expect("accepted");
    let entry = store
        .entry_by_source("Anytown", "P-1", "E-1")
        .await
        .expect("read")
        .expect("present");
    let checker = store
        .upsert_account(
            &NewAccount {
                kind: AccountKind::Staff,
                issuer: "https://staff.example".into(),
                subject: "checker".into(),
                display_name: "Checker".into(),
                email: None,
                person: None,
                roles: [Role::Caseworker].into_iter().collect(),
            },
            100,
        )
        .await
        .expect("account");
    let checked = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
    assert!(
        store
            .mark_entry_checked(entry.details.person, entry.id, checked, checker.id)
            .await
            .expect("mark")
    );
    store
        .import(&batch, "Anytown", 200)
        .await
        .expect("store")
        .expect("accepted");
    let after = store
        .entry_by_source("Anytown", "P-1", "E-1")
        .await
        .expect("read")
        .expect("present");
    assert_eq!(after.details.checked_on, Some(checked));
    assert_eq!(after.checked_by, Some(checker.id));
}

async fn api_clients_are_kept_listed_and_revoked(store: Arc<dyn Store>) {
    use crate::records::ApiClient;
    let client = ApiClient {
        client_id: "c-1".into(),
        secret_hash: "ab".repeat(32),
        organisation: "Anytown".into(),
        name: "Mosaic".into(),
        created_at: 10,
        revoked_at: None,
    };
    store.create_api_client(&client).await.expect("create");
    assert_eq!(
        store.api_client("c-1").await.expect("read"),
        Some(client.clone())
    );
    assert_eq!(store.api_clients().await.expect("list"), vec![client]);
    assert!(store.revoke_api_client("c-1", 20).await.expect("revoke"));
    assert!(!store.revoke_api_client("c-1", 30).await.expect("again"));
    assert!(!store.revoke_api_client("nope", 30).await.expect("missing"));
    assert_eq!(
        store
            .api_client("c-1")
            .await
            .expect("read")
            .and_then(|c| c.revoked_at),
        Some(20)
    );
}

async fn access_copies_are_the_persons_alone_and_expire(store: Arc<dyn Store>) {
    use crate::records::AccessCopyRecord;
    let people: Vec<_> = (0..2).map(|i| synthetic::person(21, i)).collect();
    store.insert_people(&people).await.expect("people");
    let me = store
        .person_by_source_id(&people[0].source_id)
        .await
        .expect("read")
        .expect("present")
        .id;
    let other = store
        .person_by_source_id(&people[1].source_id)
        .await
        .expect("read")
        .expect("present")
        .id;
    let staff = AccountId(
        store
            .upsert_account(
                &NewAccount {
                    kind: AccountKind::Staff,
                    issuer: "https://staff.example".into(),
                    subject: "officer".into(),
                    display_name: "Officer".into(),
                    email: None,
                    person: None,
                    roles: [Role::PrivacyOfficer].into_iter().collect(),
                },
                1,
            )
            .await
            .expect("account")
            .id
            .0,
    );
    let request = store
        .create_request(
            &synthetic::request(
                21,
                0,
                me,
                staff,
                chrono::NaiveDate::from_ymd_opt(2026, 11, 1).expect("date"),
            ),
            None,
            1,
        )
        .await
        .expect("request");
    let copy = AccessCopyRecord {
        request,
        person: me,
        made_at: 100,
        expires_at: 200,
        document: "{\"made\":1}".into(),
    };
    store.save_access_copy(&copy).await.expect("save");
    assert_eq!(
        store.access_copy(me, request, 150).await.expect("read"),
        Some(copy.clone())
    );
    assert_eq!(
        store.access_copy(other, request, 150).await.expect("read"),
        None,
        "another person's copy is not found"
    );
    assert_eq!(
        store.access_copy(me, request, 200).await.expect("read"),
        None,
        "not served once expired"
    );
    let replaced = AccessCopyRecord {
        made_at: 300,
        expires_at: 400,
        ..copy
    };
    store.save_access_copy(&replaced).await.expect("again");
    assert_eq!(
        store
            .remove_expired_access_copies(350)
            .await
            .expect("purge"),
        0
    );
    assert_eq!(
        store
            .remove_expired_access_copies(400)
            .await
            .expect("purge"),
        1
    );
    assert_eq!(store.access_copy(me, request, 0).await.expect("read"), None);
}

async fn a_correction_keeps_the_old_version_and_a_disagreement_stays_with_its_person(
    store: Arc<dyn Store>,
) {
    use candour_domain::rectification::{Disagreement, StatementRef};
    let (me, someone_else) = two_people(&store).await;
    let account = store
        .upsert_account(&public_account("hal", Some(me)), 1)
        .await
        .expect("account");
    let entry = synthetic::entries(1, 0, me).remove(0);
    let entry_id = store.upsert_entry(&entry, 1).await.expect("entry");
    let target = StatementRef {
        entry: entry_id,
        position: 0,
    };
    let new = NewRequest {
        person: me,
        right: Right::Rectification,
        channel: Channel::Portal,
        received: "2026-03-02".parse().expect("date"),
        made_by: account.id,
        on_behalf: false,
        helped_by: None,
        about: "Wrong".to_owned(),
        wrong: Some("Wrong".to_owned()),
        should_say: Some("Right".to_owned()),
        statement: Some(target),
        contact: ContactPreference::Portal,
        contact_detail: None,
    };
    let id = store.create_request(&new, None, 5).await.expect("create");
    let stored = store.request(id).await.expect("q").expect("present");
    assert_eq!(
        stored.details.statement,
        Some(target),
        "the statement pointed at is kept"
    );
    assert_eq!(
        store.open_requests().await.expect("q")[0].details.statement,
        Some(target),
        "and read the same way by the queue"
    );
    let mut corrected = entry.clone();
    corrected.statements[0].text = "Right".to_owned();
    let done = RequestEvent {
        kind: EventKind::Completed,
        on: "2026-03-09".parse().expect("date"),
        note: "Corrected".to_owned(),
        by: account.id,
    };
    store
        .correct_entry(id, &corrected, &done, None, 9)
        .await
        .expect("correct");
    let now = store.entry(me, entry_id).await.expect("q").expect("entry");
    assert_eq!(now.details.statements[0].text, "Right");
    let versions = store.entry_versions(entry_id).await.expect("versions");
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].1, entry, "the old version is kept");
    let closed = store.request(id).await.expect("q").expect("present");
    assert_eq!(
        closed.events.last().map(|e| e.kind),
        Some(EventKind::Completed)
    );
    assert!(store.open_requests().await.expect("q").is_empty(), "closed");

    let disagreement = Disagreement {
        request: id,
        statement: Some(target),
        text: "I still disagree".to_owned(),
        added_on: "2026-03-10".parse().expect("date"),
    };
    store
        .save_disagreement(me, &disagreement, account.id, 10)
        .await
        .expect("save");
    let changed = Disagreement {
        text: "I disagree, and here is why".to_owned(),
        ..disagreement.clone()
    };
    store
        .save_disagreement(me, &changed, account.id, 11)
        .await
        .expect("replace");
    assert_eq!(
        store.disagreements_for_person(me).await.expect("q"),
        vec![changed],
        "one statement per request, the latest kept"
    );
    assert!(
        store
            .disagreements_for_person(someone_else)
            .await
            .expect("q")
            .is_empty(),
        "never another person's"
    );
}
