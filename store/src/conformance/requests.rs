//! Rights requests, their events, the queue, drafts, corrections and disagreements.

use super::*;

/// Requests keep their events and close when answered.
pub async fn requests_keep_their_events_and_close_when_answered(store: Arc<dyn Store>) {
    let (me, someone_else) = two_people(&store).await;
    let account = w!(store, upsert_account(&public_account("gil", Some(me)), 1)).expect("account");
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
    let mine = w!(store, create_request(&new(me), None, 10)).expect("create");
    let theirs = w!(store, create_request(&new(someone_else), None, 11)).expect("create");
    let event = |kind, on: &str| RequestEvent {
        kind,
        on: on.parse().expect("date"),
        note: "note".to_owned(),
        by: account.id,
    };
    w!(
        store,
        add_request_event(mine, &event(EventKind::IdAsked, "2026-03-03"), None, 20)
    )
    .expect("event");
    w!(
        store,
        add_request_event(mine, &event(EventKind::IdReceived, "2026-03-05"), None, 21)
    )
    .expect("event");
    let stored = store
        .reads()
        .request(mine)
        .await
        .expect("q")
        .expect("present");
    assert_eq!(stored.details, new(me));
    assert_eq!(
        stored.events.iter().map(|e| e.kind).collect::<Vec<_>>(),
        vec![EventKind::IdAsked, EventKind::IdReceived]
    );
    assert_eq!(
        store
            .reads()
            .requests_for_person(me)
            .await
            .expect("q")
            .len(),
        1
    );
    assert_eq!(store.reads().open_requests().await.expect("q").len(), 2);
    w!(
        store,
        add_request_event(theirs, &event(EventKind::Completed, "2026-03-20"), None, 30)
    )
    .expect("event");
    let open = store.reads().open_requests().await.expect("q");
    assert_eq!(
        open.iter().map(|r| r.id).collect::<Vec<_>>(),
        vec![mine],
        "a completed request leaves the queue"
    );
    assert_eq!(open[0].events.len(), 2);
    assert_eq!(
        open[0],
        store
            .reads()
            .request(mine)
            .await
            .expect("q")
            .expect("present"),
        "the queue reads each request exactly as it is read alone"
    );
    assert!(
        store
            .reads()
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

/// Requests are assigned to staff with the role.
pub async fn requests_are_assigned_to_staff_with_the_role(store: Arc<dyn Store>) {
    let (me, _) = two_people(&store).await;
    let person = w!(store, upsert_account(&public_account("ivy", Some(me)), 1)).expect("account");
    let staff = |subject: &str, name: &str, roles: &[Role]| NewAccount {
        kind: AccountKind::Staff,
        issuer: "https://staff.example".to_owned(),
        subject: subject.to_owned(),
        display_name: name.to_owned(),
        email: None,
        person: None,
        roles: roles.iter().copied().collect(),
    };
    let zoe = w!(
        store,
        upsert_account(&staff("z", "Zoe Officer", &[Role::PrivacyOfficer]), 2)
    )
    .expect("staff");
    let amir = w!(
        store,
        upsert_account(
            &staff(
                "a",
                "Amir Officer",
                &[Role::Caseworker, Role::PrivacyOfficer],
            ),
            3,
        )
    )
    .expect("staff");
    w!(
        store,
        upsert_account(&staff("c", "Cara Caseworker", &[Role::Caseworker]), 4)
    )
    .expect("staff");
    let officers = store
        .reads()
        .staff_with_role(Role::PrivacyOfficer)
        .await
        .expect("q");
    assert_eq!(
        officers.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![amir.id, zoe.id],
        "privacy officers by name; the caseworker and the person are not among them"
    );
    let request = w!(
        store,
        create_request(&portal_request(me, Right::Access, person.id), None, 5)
    )
    .expect("create");
    let assigned = |store: Arc<dyn Store>| async move {
        store
            .reads()
            .request(request)
            .await
            .expect("q")
            .expect("present")
            .assigned_to
    };
    assert_eq!(assigned(store.clone()).await, None);
    assert!(w!(store, assign_request(request, Some(zoe.id))).expect("assign"));
    assert_eq!(assigned(store.clone()).await, Some(zoe.id));
    assert_eq!(
        store.reads().open_requests().await.expect("q")[0].assigned_to,
        Some(zoe.id)
    );
    assert!(w!(store, assign_request(request, None)).expect("release"));
    assert_eq!(assigned(store.clone()).await, None);
    w!(
        store,
        add_request_event(
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
    )
    .expect("event");
    assert!(
        !w!(store, assign_request(request, Some(amir.id))).expect("assign"),
        "a closed request cannot be given to anyone"
    );
    assert!(!w!(store, assign_request(RequestId(999_999), Some(amir.id))).expect("assign"));
}

/// The queue pages open requests by stored due date.
pub async fn the_queue_pages_open_requests_by_stored_due_date(store: Arc<dyn Store>) {
    use crate::queue::{AssignedTo, QueueQuery};
    let (me, someone_else) = two_people(&store).await;
    let officer = w!(store, upsert_account(&public_account("quinn", None), 1)).expect("account");
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
        ids.push(w!(store, create_request(&new(person, right), due.map(day), 2)).expect("create"));
    }
    let page = |query: QueueQuery, offset: u64, limit: u32| {
        let store = store.clone();
        async move {
            let page = store
                .reads()
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
        store
            .reads()
            .request(ids[0])
            .await
            .expect("q")
            .expect("present"),
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

    assert!(w!(store, assign_request(ids[3], Some(officer.id))).expect("assign"));
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
        w!(
            store,
            add_request_event(id, &event(kind), Some(day(due)), 3)
        )
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
        w!(store, set_due_dates(&dues)).expect("set"),
        2,
        "the closed request is left alone"
    );
    assert_eq!(w!(store, set_due_dates(&dues)).expect("again"), 0);
    let (_, order, _) = page(QueueQuery::default(), 0, 10).await;
    assert_eq!(
        ids_of(order),
        vec![ids[4], ids[0], ids[1], ids[3]],
        "ordered by the dates stored last"
    );
}

/// Drafts are kept per session until cleared.
pub async fn drafts_are_kept_per_session_until_cleared(store: Arc<dyn Store>) {
    w!(store, save_draft("s1", r#"{"right":"access"}"#, 1)).expect("save");
    w!(store, save_draft("s1", r#"{"right":"erasure"}"#, 2)).expect("replace");
    assert_eq!(
        store.reads().draft("s1").await.expect("q").as_deref(),
        Some(r#"{"right":"erasure"}"#)
    );
    assert_eq!(store.reads().draft("s2").await.expect("q"), None);
    w!(store, clear_draft("s1")).expect("clear");
    assert_eq!(store.reads().draft("s1").await.expect("q"), None);
}

/// A correction keeps the old version and a disagreement stays with its person.
pub async fn a_correction_keeps_the_old_version_and_a_disagreement_stays_with_its_person(
    store: Arc<dyn Store>,
) {
    use candour_domain::rectification::{Disagreement, StatementRef};
    let (me, someone_else) = two_people(&store).await;
    let account = w!(store, upsert_account(&public_account("hal", Some(me)), 1)).expect("account");
    let entry = synthetic::entries(1, 0, me).remove(0);
    let entry_id = w!(store, upsert_entry(&entry, 1)).expect("entry");
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
    let id = w!(store, create_request(&new, None, 5)).expect("create");
    let stored = store
        .reads()
        .request(id)
        .await
        .expect("q")
        .expect("present");
    assert_eq!(
        stored.details.statement,
        Some(target),
        "the statement pointed at is kept"
    );
    assert_eq!(
        store.reads().open_requests().await.expect("q")[0]
            .details
            .statement,
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
    // The workflow's one transaction: the corrected entry and the completing event.
    let mut tx = store.begin().await.expect("begin");
    tx.upsert_entry(&corrected, 9).await.expect("correct");
    tx.add_request_event(id, &done, None, 9)
        .await
        .expect("complete");
    tx.commit().await.expect("commit");
    let now = store
        .reads()
        .entry(me, entry_id)
        .await
        .expect("q")
        .expect("entry");
    assert_eq!(now.details.statements[0].text, "Right");
    let versions = store
        .reads()
        .entry_versions(me, entry_id)
        .await
        .expect("versions");
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].1, entry, "the old version is kept");
    assert!(
        store
            .reads()
            .entry_versions(someone_else, entry_id)
            .await
            .expect("versions")
            .is_empty(),
        "another person's entry has no versions for them"
    );
    let closed = store
        .reads()
        .request(id)
        .await
        .expect("q")
        .expect("present");
    assert_eq!(
        closed.events.last().map(|e| e.kind),
        Some(EventKind::Completed)
    );
    assert!(
        store.reads().open_requests().await.expect("q").is_empty(),
        "closed"
    );

    let disagreement = Disagreement {
        request: id,
        statement: Some(target),
        text: "I still disagree".to_owned(),
        added_on: "2026-03-10".parse().expect("date"),
    };
    w!(store, save_disagreement(me, &disagreement, account.id, 10)).expect("save");
    let changed = Disagreement {
        text: "I disagree, and here is why".to_owned(),
        ..disagreement.clone()
    };
    w!(store, save_disagreement(me, &changed, account.id, 11)).expect("replace");
    assert_eq!(
        store.reads().disagreements_for_person(me).await.expect("q"),
        vec![changed],
        "one statement per request, the latest kept"
    );
    assert!(
        store
            .reads()
            .disagreements_for_person(someone_else)
            .await
            .expect("q")
            .is_empty(),
        "never another person's"
    );
}
