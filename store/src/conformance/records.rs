//! Record entries: accuracy checks, search, scoping by person, earlier versions.

use super::*;
use candour_domain::record::EntryId;

/// Entries are marked checked and listed when due.
pub async fn entries_are_marked_checked_and_listed_when_due(store: Arc<dyn Store>) {
    let (me, someone_else) = two_people(&store).await;
    let checker = w!(store, upsert_account(&public_account("kit", None), 1)).expect("account");
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
        ids.push(w!(store, upsert_entry(&entry, 1)).expect("upsert"));
    }
    let cutoff: chrono::NaiveDate = "2025-06-01".parse().expect("date");
    let (due, total) = store
        .reads()
        .entries_due_for_check(cutoff, 0, 10)
        .await
        .expect("q");
    assert_eq!(total, 3);
    assert_eq!(
        due.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![ids[0], ids[3], ids[1]],
        "never checked first, then the oldest check"
    );
    let (second_page, _) = store
        .reads()
        .entries_due_for_check(cutoff, 1, 1)
        .await
        .expect("q");
    assert_eq!(second_page[0].id, ids[3]);
    let today: chrono::NaiveDate = "2026-11-23".parse().expect("date");
    assert!(
        !w!(
            store,
            mark_entry_checked(someone_else, ids[0], today, checker.id)
        )
        .expect("mark"),
        "an entry is marked only through its own person"
    );
    assert!(w!(store, mark_entry_checked(me, ids[0], today, checker.id)).expect("mark"));
    let marked = store
        .reads()
        .entry(me, ids[0])
        .await
        .expect("q")
        .expect("present");
    assert_eq!(marked.details.checked_on, Some(today));
    assert_eq!(marked.checked_by, Some(checker.id));
    assert_eq!(
        store
            .reads()
            .entries_due_for_check(cutoff, 0, 10)
            .await
            .expect("q")
            .1,
        2
    );
}

/// Entries are scoped by person searchable and keep versions.
pub async fn entries_are_scoped_by_person_searchable_and_keep_versions(store: Arc<dyn Store>) {
    use candour_domain::record::EntryKind;
    let (me, someone_else) = two_people(&store).await;
    let mine = synthetic::entries(1, 0, me);
    for entry in &mine {
        w!(store, upsert_entry(entry, 1)).expect("upsert");
    }
    for entry in synthetic::entries(1, 1, someone_else) {
        w!(store, upsert_entry(&entry, 1)).expect("upsert");
    }
    let (page, total) = store
        .reads()
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
        store.reads().entry(me, first.id).await.expect("q").as_ref(),
        Some(first)
    );
    assert_eq!(
        store
            .reads()
            .entry(someone_else, first.id)
            .await
            .expect("q"),
        None,
        "another person's id is not found"
    );
    let kind = first.details.kind;
    let (of_kind, _) = store
        .reads()
        .entries_for_person(me, Some(kind), None, 0, 100)
        .await
        .expect("q");
    assert!(of_kind.iter().all(|e| e.details.kind == kind));
    let (none, n) = store
        .reads()
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
        .reads()
        .entries_for_person(me, None, Some(&word), 0, 100)
        .await
        .expect("q");
    assert!(
        found.iter().any(|e| e.id == first.id),
        "search ignores case"
    );
    let (withheld, _) = store
        .reads()
        .entries_for_person(me, None, Some("withheld from this record"), 0, 100)
        .await
        .expect("q");
    assert!(withheld.is_empty(), "withheld text is never searchable");
    let mut changed = first.details.clone();
    changed.title = "Corrected title".to_owned();
    assert_eq!(
        w!(store, upsert_entry(&changed, 2)).expect("change"),
        first.id
    );
    w!(store, upsert_entry(&changed, 3)).expect("same again");
    let versions = store
        .reads()
        .entry_versions(me, first.id)
        .await
        .expect("versions");
    assert_eq!(versions.len(), 1, "only a real change keeps a version");
    assert_eq!(versions[0].1, first.details);
}

/// An entry withheld without saying so is in none of the person's pages, searches, counts or
/// totals; one withheld saying so is listed (the person is told something is withheld).
pub async fn an_entry_withheld_without_saying_so_is_never_listed_or_counted(store: Arc<dyn Store>) {
    use candour_domain::record::{EntryKind, Withheld, WithheldReason};
    let (me, _) = two_people(&store).await;
    let mut entries = synthetic::entries(5, 0, me);
    entries.truncate(3);
    entries[0].title = "Silent secret title".to_owned();
    entries[0].withheld = Some(Withheld {
        reason: WithheldReason::SeriousHarm,
        say_so: false,
    });
    entries[1].title = "Said withheld title".to_owned();
    entries[1].withheld = Some(Withheld {
        reason: WithheldReason::SeriousHarm,
        say_so: true,
    });
    for entry in &entries {
        w!(store, upsert_entry(entry, 1)).expect("entry");
    }
    let (listed, total) = store
        .reads()
        .entries_for_person(me, None, None, 0, 100)
        .await
        .expect("list");
    assert_eq!(total, 2, "the total leaves the silent one out");
    assert_eq!(listed.len(), 2);
    assert!(
        listed
            .iter()
            .all(|e| e.details.title != "Silent secret title")
    );
    assert!(
        listed
            .iter()
            .any(|e| e.details.title == "Said withheld title")
    );
    let (found, total) = store
        .reads()
        .entries_for_person(me, None, Some("silent secret"), 0, 100)
        .await
        .expect("search");
    assert!(
        found.is_empty() && total == 0,
        "not even its title is searchable"
    );
    let kind = entries[0].kind;
    let (of_kind, _) = store
        .reads()
        .entries_for_person(me, Some(kind), None, 0, 100)
        .await
        .expect("filter");
    assert!(
        of_kind
            .iter()
            .all(|e| e.details.title != "Silent secret title")
    );
    // The parts of the record ("what we hold about you") count the two shown, by kind and team.
    let parts = store.reads().record_parts(me).await.expect("parts");
    assert_eq!(
        parts.iter().map(|p| p.entries).sum::<u64>(),
        2,
        "the silent one is not counted"
    );
    let mut expected: Vec<(EntryKind, String)> = entries[1..]
        .iter()
        .map(|e| (e.kind, e.team.clone()))
        .collect();
    expected.sort_by_key(|(k, t)| (k.key(), t.clone()));
    expected.dedup();
    let mut got: Vec<(EntryKind, String)> =
        parts.iter().map(|p| (p.kind, p.team.clone())).collect();
    got.sort_by_key(|(k, t)| (k.key(), t.clone()));
    assert_eq!(got, expected);
    assert!(
        store
            .reads()
            .record_parts(PersonId(i64::MAX))
            .await
            .expect("parts")
            .is_empty(),
        "nobody else's parts"
    );
    // Withholding it later, and releasing it again, follow the entry.
    let mut released = entries[0].clone();
    released.withheld = None;
    w!(store, upsert_entry(&released, 2)).expect("release");
    let (_, total) = store
        .reads()
        .entries_for_person(me, None, None, 0, 100)
        .await
        .expect("list");
    assert_eq!(total, 3);
    let parts = store.reads().record_parts(me).await.expect("parts");
    assert_eq!(parts.iter().map(|p| p.entries).sum::<u64>(), 3);
}

/// An entry opened by a sign-in for a reason is known as opened for that sign-in, entry,
/// person and reason only; opening it again changes nothing.
pub async fn an_opening_holds_for_its_sign_in_entry_and_reason(store: Arc<dyn Store>) {
    let (me, someone_else) = two_people(&store).await;
    let entry = w!(store, upsert_entry(&synthetic::entries(1, 0, me)[0], 1)).expect("upsert");
    let opened = |session: &'static str, person, why: &'static str| {
        let store = store.clone();
        async move {
            store
                .reads()
                .opened(session, person, entry, why)
                .await
                .expect("read")
        }
    };
    assert!(!opened("s1", me, "casework").await, "not yet opened");
    w!(store, keep_opening("s1", me, entry, "casework", 10)).expect("keep");
    w!(store, keep_opening("s1", me, entry, "casework", 20)).expect("again");
    assert!(opened("s1", me, "casework").await);
    for (session, person, why, what) in [
        ("s2", me, "casework", "another sign-in"),
        ("s1", me, "accuracy", "another reason"),
        (
            "s1",
            someone_else,
            "casework",
            "the entry under someone else",
        ),
    ] {
        assert!(!opened(session, person, why).await, "{what}");
    }
    let other = EntryId(entry.0 + 1_000);
    assert!(
        !store
            .reads()
            .opened("s1", me, other, "casework")
            .await
            .expect("read"),
        "another entry"
    );
}
