//! Messages to people and the email outbox.

use super::*;

/// Notifications are kept per person newest first.
pub async fn notifications_are_kept_per_person_newest_first(store: Arc<dyn Store>) {
    let (me, someone_else) = two_people(&store).await;
    for (at, person) in [(10, me), (30, me), (20, someone_else)] {
        w!(
            store,
            notify(person, "delegate_added", r#"{"name":"Eve"}"#, at)
        )
        .expect("notify");
    }
    let messages = store.reads().notifications(me, 10).await.expect("q");
    assert_eq!(
        messages.iter().map(|n| n.at).collect::<Vec<_>>(),
        vec![30, 10]
    );
    assert_eq!(messages[0].args, r#"{"name":"Eve"}"#);
}

/// Messages are unread until the person reads them; reading theirs leaves others' unread, and
/// a message that comes later is unread again.
pub async fn messages_are_unread_until_the_person_reads_them(store: Arc<dyn Store>) {
    let (me, someone_else) = two_people(&store).await;
    for (at, person) in [(10, me), (30, me), (20, someone_else)] {
        w!(
            store,
            notify(person, "share-told", r#"{"organisation":"A"}"#, at)
        )
        .expect("notify");
    }
    let unread = |person| {
        let store = store.clone();
        async move { store.reads().unread_notifications(person).await.expect("q") }
    };
    assert_eq!(unread(me).await, 2);
    assert_eq!(w!(store, mark_notifications_read(me, 40)).expect("read"), 2);
    assert_eq!(unread(me).await, 0);
    assert_eq!(unread(someone_else).await, 1);
    let mine = store.reads().notifications(me, 10).await.expect("q");
    assert!(mine.iter().all(|n| n.read_at == Some(40)));
    assert_eq!(
        w!(store, mark_notifications_read(me, 50)).expect("again"),
        0
    );
    assert!(
        store
            .reads()
            .notifications(me, 10)
            .await
            .expect("q")
            .iter()
            .all(|n| n.read_at == Some(40)),
        "read once, when first read"
    );
    w!(
        store,
        notify(me, "share-told", r#"{"organisation":"B"}"#, 60)
    )
    .expect("notify");
    assert_eq!(unread(me).await, 1);
}

/// The outbox sends each email once and gives up after the limit.
pub async fn the_outbox_sends_each_email_once_and_gives_up_after_the_limit(store: Arc<dyn Store>) {
    let email = |to: &str| OutgoingEmail {
        to: to.to_owned(),
        subject: "News about your request CR-000001".to_owned(),
        body: "Sign in to see it.".to_owned(),
    };
    w!(store, queue_email(&email("a@example.test"), 1)).expect("queue");
    w!(store, queue_email(&email("b@example.test"), 2)).expect("queue");
    let waiting = store.reads().emails_to_send(3, 10).await.expect("q");
    assert_eq!(
        waiting
            .iter()
            .map(|(_, e)| e.to.as_str())
            .collect::<Vec<_>>(),
        vec!["a@example.test", "b@example.test"],
        "oldest first"
    );
    assert_eq!(waiting[0].1, email("a@example.test"));
    w!(store, email_sent(waiting[0].0, 5)).expect("sent");
    for _ in 0..3 {
        w!(store, email_failed(waiting[1].0, "connection refused")).expect("failed");
    }
    assert!(
        store
            .reads()
            .emails_to_send(3, 10)
            .await
            .expect("q")
            .is_empty(),
        "a sent email is not sent again; one that failed three times is left for a person to look at"
    );
    assert_eq!(
        store.reads().emails_to_send(4, 10).await.expect("q").len(),
        1
    );
    assert_eq!(
        store.reads().emails_to_send(4, 0).await.expect("q").len(),
        0
    );
}

/// A person's choice of news by email (address and kinds) is kept, replaced and taken back, and
/// is theirs alone.
pub async fn a_choice_of_email_for_news_is_kept_per_person_and_can_be_taken_back(
    store: Arc<dyn Store>,
) {
    use candour_domain::news::{NewsChoice, NewsKind};
    let (me, someone_else) = two_people(&store).await;
    let choice = |email: Option<&str>, kinds: &[NewsKind]| NewsChoice {
        email: email.map(str::to_owned),
        by_email: kinds.iter().copied().collect(),
    };
    assert_eq!(
        store.reads().news_choice(me).await.expect("q"),
        NewsChoice::default()
    );
    let all = choice(Some("me@example.org"), &NewsKind::ALL);
    w!(store, choose_news(me, &all, 10)).expect("choose");
    let answers = choice(Some("new@example.org"), &[NewsKind::Answers]);
    w!(store, choose_news(me, &answers, 20)).expect("change");
    assert_eq!(store.reads().news_choice(me).await.expect("q"), answers);
    assert_eq!(
        store.reads().news_choice(someone_else).await.expect("q"),
        NewsChoice::default()
    );
    w!(store, choose_news(me, &choice(None, &[]), 30)).expect("website only");
    assert_eq!(store.reads().news_choice(me).await.expect("q").email, None);
}
