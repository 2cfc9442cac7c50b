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

/// A person's choice of email for news is kept, replaced and taken back, and is theirs alone.
pub async fn a_choice_of_email_for_news_is_kept_per_person_and_can_be_taken_back(
    store: Arc<dyn Store>,
) {
    let (me, someone_else) = two_people(&store).await;
    assert_eq!(store.reads().news_email(me).await.expect("q"), None);
    w!(store, choose_news_email(me, Some("me@example.org"), 10)).expect("choose");
    w!(store, choose_news_email(me, Some("new@example.org"), 20)).expect("change");
    assert_eq!(
        store.reads().news_email(me).await.expect("q").as_deref(),
        Some("new@example.org")
    );
    assert_eq!(
        store.reads().news_email(someone_else).await.expect("q"),
        None
    );
    w!(store, choose_news_email(me, None, 30)).expect("website only");
    assert_eq!(store.reads().news_email(me).await.expect("q"), None);
}
