//! The audit log: appends queued with their transaction, then placed in the chain in order by
//! the sequencer, under the log's lock.

use super::*;
use candour_domain::audit::{
    ActorKind, AuditAction, AuditActor, ChainCheck, Checkpoint, NewAuditEvent, Outcome,
    PersonalContent,
};
use candour_domain::paging::{Position, Window};

fn event(
    at: i64,
    person: Option<PersonId>,
    acting_for: Option<PersonId>,
    words: bool,
) -> NewAuditEvent {
    NewAuditEvent {
        at,
        actor: AuditActor {
            kind: if acting_for.is_some() {
                ActorKind::Delegate
            } else {
                ActorKind::Staff
            },
            id: Some("7".to_owned()),
            role: acting_for.is_none().then(|| "caseworker".to_owned()),
            organisation: None,
        },
        acting_for,
        person,
        action: AuditAction::StaffViewedEntry,
        object: format!("entry:{at}"),
        outcome: Outcome::Done,
        content: words.then(|| PersonalContent {
            salt: format!("{at:032x}"),
            reason: Some("accuracy".to_owned()),
            detail: None,
        }),
    }
}

/// Every staff look at a person's information, not narrowed.
fn looks() -> crate::repo::audit::EventsBy {
    crate::repo::audit::EventsBy {
        actor_kind: ActorKind::Staff,
        actions: vec![AuditAction::StaffViewedEntry],
        organisation: None,
        since: None,
    }
}

/// Checks every stored event in order; returns how many.
async fn verify_chain(store: &Arc<dyn Store>) -> i64 {
    let checkpoints = store.reads().checkpoints().await.expect("checkpoints");
    let mut check = ChainCheck::new(checkpoints).expect("checkpoints in order");
    let mut after = 0;
    loop {
        let chunk = store
            .reads()
            .audit_events_after(after, 50)
            .await
            .expect("read");
        let Some((last, _)) = chunk.last() else { break };
        after = last.seq;
        for (event, content) in &chunk {
            check.next(event, content.as_ref()).expect("intact");
        }
    }
    check.finish().expect("intact")
}

/// Events appended in transactions are numbered 1, 2, 3… in commit order, each carrying the
/// hash of the one before; a person's are read back newest first, with their personal words,
/// including what a delegate did for them.
pub async fn events_chain_in_order_and_read_back_per_person(store: Arc<dyn Store>) {
    let (me, someone_else) = two_people(&store).await;
    assert_eq!(store.reads().audit_head().await.expect("head"), None);
    let mut tx = store.begin().await.expect("begin");
    tx.append(event(10, Some(me), None, true))
        .await
        .expect("append");
    tx.append(event(11, Some(someone_else), None, false))
        .await
        .expect("append");
    // A backend whose transactions hold the only write lock chains at commit (nothing
    // queued); others queue, and the sequencer places the events, oldest first.
    if let crate::repo::audit::Committed::Queued(queued) = tx.commit().await.expect("commit") {
        assert!(store.reads().audit_waiting(queued).await.expect("waiting"));
        assert_eq!(store.reads().audit_queued().await.expect("queued"), 2);
        assert_eq!(
            store.reads().audit_head().await.expect("head"),
            None,
            "not yet chained"
        );
        assert_eq!(
            w!(store, sequence(1)).expect("sequence"),
            Some(1),
            "one at a time if asked"
        );
        assert!(
            store.reads().audit_waiting(queued).await.expect("waiting"),
            "the second still waits"
        );
    }
    let mut tx = store.begin().await.expect("begin");
    tx.append(event(12, None, Some(me), false))
        .await
        .expect("append");
    tx.commit().await.expect("commit");
    w!(store, sequence(100)).expect("sequence");
    assert_eq!(
        w!(store, sequence(100)).expect("sequence"),
        None,
        "nothing left"
    );
    assert_eq!(store.reads().audit_queued().await.expect("queued"), 0);
    let tx = store.begin().await.expect("begin");
    assert_eq!(
        tx.commit().await.expect("commit"),
        crate::repo::audit::Committed::NoEvents,
        "nothing appended"
    );
    assert_eq!(verify_chain(&store).await, 3);
    let head = store
        .reads()
        .audit_head()
        .await
        .expect("head")
        .expect("some");
    assert_eq!((head.seq, head.at), (3, 12));
    let mine = store.reads().audit_for_person(me, 10).await.expect("mine");
    assert_eq!(
        mine.iter().map(|(e, _)| e.seq).collect::<Vec<_>>(),
        vec![3, 1],
        "newest first; the delegate's action for me included; never another person's"
    );
    assert_eq!(
        mine[1].1.as_ref().and_then(|c| c.reason.as_deref()),
        Some("accuracy")
    );
    assert_eq!(mine[1].0.actor.role.as_deref(), Some("caseworker"));
}

/// A person's events by one kind of actor and action come a page at a time, newest first,
/// with how many there are: refusals, other actions, other actors and other people left out;
/// and only one organisation's, or only those since a moment, when asked.
pub async fn a_persons_events_by_one_kind_of_actor_page_newest_first(store: Arc<dyn Store>) {
    let (me, someone_else) = two_people(&store).await;
    let mut tx = store.begin().await.expect("begin");
    for at in 1..=5 {
        let mut view = event(at, Some(me), None, at == 5);
        if at == 3 {
            view.actor.organisation = Some("Northshire NHS Foundation Trust".to_owned());
        }
        tx.append(view).await.expect("append");
    }
    let mut refused = event(6, Some(me), None, false);
    refused.outcome = Outcome::Refused;
    let mut other_action = event(7, Some(me), None, false);
    other_action.action = AuditAction::CheckedEntry;
    let mut other_kind = event(8, Some(me), None, false);
    other_kind.actor.kind = ActorKind::Person;
    for extra in [
        refused,
        other_action,
        other_kind,
        event(9, Some(someone_else), None, false),
    ] {
        tx.append(extra).await.expect("append");
    }
    tx.commit().await.expect("commit");
    w!(store, sequence(100)).expect("sequence");
    let views = looks();
    let page = |by: crate::repo::audit::EventsBy, offset, limit| {
        let store = store.clone();
        async move {
            store
                .reads()
                .audit_of_person_by(me, &by, Window::Skip(offset), limit)
                .await
                .expect("page")
        }
    };
    let (first, total) = page(views.clone(), 0, 2).await;
    assert_eq!(total, 5);
    assert_eq!(
        first.iter().map(|(e, _)| e.at).collect::<Vec<_>>(),
        vec![5, 4]
    );
    assert_eq!(
        first[0].1.as_ref().and_then(|c| c.reason.as_deref()),
        Some("accuracy"),
        "with the words kept beside the chain"
    );
    let (last, _) = page(views.clone(), 4, 2).await;
    assert_eq!(last.iter().map(|(e, _)| e.at).collect::<Vec<_>>(), vec![1]);
    let both = crate::repo::audit::EventsBy {
        actions: vec![AuditAction::StaffViewedEntry, AuditAction::CheckedEntry],
        ..views.clone()
    };
    let (found, total) = page(both, 0, 10).await;
    assert_eq!((found.len(), total), (6, 6));
    let (recent, total) = page(
        crate::repo::audit::EventsBy {
            since: Some(4),
            ..views.clone()
        },
        0,
        10,
    )
    .await;
    assert_eq!(
        recent.iter().map(|(e, _)| e.at).collect::<Vec<_>>(),
        vec![5, 4]
    );
    assert_eq!(total, 2);
    let (elsewhere, total) = page(
        crate::repo::audit::EventsBy {
            organisation: Some("Northshire NHS Foundation Trust".to_owned()),
            ..views.clone()
        },
        0,
        10,
    )
    .await;
    assert_eq!((elsewhere.len(), total), (1, 1), "only that organisation's");
    assert_eq!(elsewhere[0].0.at, 3);
}

/// A look reported late (appended after others, with the earlier time it happened) takes its
/// place by when it happened, in the page and in a period.
pub async fn a_persons_events_come_newest_first_by_when_they_happened(store: Arc<dyn Store>) {
    let (me, _) = two_people(&store).await;
    let mut tx = store.begin().await.expect("begin");
    for at in [10, 30, 20, 5] {
        tx.append(event(at, Some(me), None, false))
            .await
            .expect("append");
    }
    tx.commit().await.expect("commit");
    w!(store, sequence(100)).expect("sequence");
    let by = looks();
    let times = |by: crate::repo::audit::EventsBy, offset| {
        let store = store.clone();
        async move {
            let (events, total) = store
                .reads()
                .audit_of_person_by(me, &by, Window::Skip(offset), 2)
                .await
                .expect("page");
            (events.iter().map(|(e, _)| e.at).collect::<Vec<_>>(), total)
        }
    };
    assert_eq!(times(by.clone(), 0).await, (vec![30, 20], 4));
    assert_eq!(times(by.clone(), 2).await, (vec![10, 5], 4));
    // The total not narrowed is the one the database keeps as events are placed; counted from
    // the log itself (narrowed to all time), it is the same.
    let counted = crate::repo::audit::EventsBy {
        since: Some(i64::MIN),
        ..by.clone()
    };
    assert_eq!(times(counted, 0).await, (vec![30, 20], 4));
    let since = crate::repo::audit::EventsBy {
        since: Some(15),
        ..by
    };
    assert_eq!(times(since, 0).await, (vec![30, 20], 2));
}

/// Paging from where the page before ended gives the same pages as counting from the newest,
/// in both directions, with looks of the same second kept apart by their number, and
/// nothing of another person's.
pub async fn a_persons_events_page_from_where_the_last_page_ended(store: Arc<dyn Store>) {
    let (me, someone_else) = two_people(&store).await;
    let mut tx = store.begin().await.expect("begin");
    // Seven looks at me, three of them in the same second; one at someone else between.
    for at in [10, 20, 20, 20, 30, 40, 50] {
        tx.append(event(at, Some(me), None, false))
            .await
            .expect("append");
    }
    tx.append(event(35, Some(someone_else), None, false))
        .await
        .expect("append");
    tx.commit().await.expect("commit");
    w!(store, sequence(100)).expect("sequence");
    let by = looks();
    let page = |window| {
        let (store, by) = (store.clone(), by.clone());
        async move {
            let (events, total) = store
                .reads()
                .audit_of_person_by(me, &by, window, 3)
                .await
                .expect("page");
            assert_eq!(total, 7);
            events
                .iter()
                .map(|(e, _)| Position {
                    at: e.at,
                    seq: e.seq,
                })
                .collect::<Vec<_>>()
        }
    };
    let counted = [
        page(Window::Skip(0)).await,
        page(Window::Skip(3)).await,
        page(Window::Skip(6)).await,
    ];
    assert_eq!(
        counted.iter().flatten().map(|p| p.at).collect::<Vec<_>>(),
        vec![50, 40, 30, 20, 20, 20, 10]
    );
    // Forwards: each page from the last look of the one before.
    let second = page(Window::OlderThan(counted[0][2])).await;
    assert_eq!(second, counted[1], "the second page, ties and all");
    assert_eq!(page(Window::OlderThan(second[2])).await, counted[2]);
    assert_eq!(page(Window::OlderThan(counted[2][0])).await, vec![]);
    // Backwards: each page from the first look of the one after, still newest first.
    assert_eq!(page(Window::NewerThan(counted[2][0])).await, counted[1]);
    assert_eq!(page(Window::NewerThan(counted[1][0])).await, counted[0]);
    assert_eq!(page(Window::NewerThan(counted[0][0])).await, vec![]);
}

/// A transaction dropped without committing leaves no event (and no gap).
pub async fn an_uncommitted_transaction_leaves_no_event(store: Arc<dyn Store>) {
    let mut tx = store.begin().await.expect("begin");
    tx.append(event(1, None, None, true)).await.expect("append");
    drop(tx);
    assert_eq!(store.reads().audit_head().await.expect("head"), None);
    let mut tx = store.begin().await.expect("begin");
    tx.append(event(2, None, None, false))
        .await
        .expect("append");
    tx.commit().await.expect("commit");
    // A sequencer's transaction dropped before committing leaves the event queued.
    if store.reads().audit_queued().await.expect("queued") == 1 {
        let mut sequencer = store.begin().await.expect("begin");
        assert_eq!(sequencer.sequence(100).await.expect("sequence"), Some(1));
        drop(sequencer);
        assert_eq!(store.reads().audit_queued().await.expect("queued"), 1);
    }
    w!(store, sequence(100)).expect("sequence");
    assert_eq!(verify_chain(&store).await, 1);
}

/// Eight writers appending at once, in transactions of their own, each then running the
/// sequencer as the workflows do, make one unbroken chain with nothing left queued.
pub async fn appends_at_once_from_many_transactions_chain_without_gaps(store: Arc<dyn Store>) {
    // Collected first, so every writer is running before any is awaited.
    let writers: Vec<_> = (0..8)
        .map(|w| {
            let store = store.clone();
            tokio::spawn(async move {
                for n in 0..15 {
                    let mut tx = store.begin().await.expect("begin");
                    tx.append(event(w * 100 + n, None, None, n % 2 == 0))
                        .await
                        .expect("append");
                    tx.commit().await.expect("commit");
                    w!(store, sequence(1_000)).expect("sequence");
                }
            })
        })
        .collect();
    for writer in writers {
        writer.await.expect("writer");
    }
    assert_eq!(verify_chain(&store).await, 120);
    assert_eq!(store.reads().audit_queued().await.expect("queued"), 0);
}

/// Checkpoints are kept in number order, and erasing a person's personal words leaves a chain
/// that still verifies.
pub async fn checkpoints_are_kept_and_personal_content_can_be_erased(store: Arc<dyn Store>) {
    let (me, _) = two_people(&store).await;
    let mut tx = store.begin().await.expect("begin");
    tx.append(event(1, Some(me), None, true))
        .await
        .expect("append");
    tx.append(event(2, Some(me), None, true))
        .await
        .expect("append");
    tx.commit().await.expect("commit");
    w!(store, sequence(100)).expect("sequence");
    let head = store
        .reads()
        .audit_head()
        .await
        .expect("head")
        .expect("some");
    let checkpoint = Checkpoint {
        number: 1,
        seq: head.seq,
        hash: head.hash.clone(),
        at: 3,
        public_key: "ab".to_owned(),
        signature: "cd".to_owned(),
    };
    w!(store, save_checkpoint(&checkpoint)).expect("save");
    assert_eq!(
        store.reads().latest_checkpoint().await.expect("latest"),
        Some(checkpoint.clone())
    );
    assert_eq!(
        store.reads().checkpoints().await.expect("all"),
        vec![checkpoint]
    );
    assert_eq!(w!(store, erase_audit_content(me)).expect("erase"), 2);
    assert!(
        store
            .reads()
            .audit_for_person(me, 10)
            .await
            .expect("mine")
            .iter()
            .all(|(_, content)| content.is_none()),
        "the words are gone"
    );
    assert_eq!(
        verify_chain(&store).await,
        2,
        "and the chain still verifies"
    );
}

/// The activity trail kept before the audit log is readable until its table is dropped.
pub async fn the_earlier_activity_table_is_read_once_then_dropped(store: Arc<dyn Store>) {
    // A fresh database has the old table (its migration predates the log), empty.
    let earlier = store.reads().earlier_activity().await.expect("read");
    if earlier.is_some() {
        assert_eq!(earlier, Some(Vec::new()));
        w!(store, drop_earlier_activity()).expect("drop");
    }
    assert_eq!(store.reads().earlier_activity().await.expect("read"), None);
}
