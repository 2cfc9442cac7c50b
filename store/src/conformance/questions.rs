//! Questions about who looked: kept per person, the open ones by due date, answered once.

use super::*;
use candour_domain::question::{Answer, NewQuestion};

/// Questions are the asker's alone, open ones come earliest due first, and each is answered once.
pub async fn questions_are_kept_per_person_queued_by_due_date_and_answered_once(
    store: Arc<dyn Store>,
) {
    let (me, someone_else) = two_people(&store).await;
    let day = |d: &str| d.parse::<chrono::NaiveDate>().expect("date");
    let ask = |person, look, due: &str| NewQuestion {
        person,
        look,
        words: format!("Why did they look ({look})? <b>not markup</b>"),
        asked_on: day("2026-03-03"),
        due_on: day(due),
    };
    let first = w!(store, ask_question(&ask(me, 7, "2026-04-20"))).expect("ask");
    let second = w!(store, ask_question(&ask(me, 9, "2026-04-07"))).expect("ask");
    let theirs = w!(store, ask_question(&ask(someone_else, 8, "2026-04-10"))).expect("ask");

    let mine = store.reads().questions_for_person(me).await.expect("mine");
    assert_eq!(
        mine.iter().map(|q| q.id).collect::<Vec<_>>(),
        vec![second, first],
        "newest first"
    );
    assert_eq!(
        mine[1].asked,
        ask(me, 7, "2026-04-20"),
        "kept as asked, words and all"
    );
    assert!(mine.iter().all(|q| q.answer.is_none()));

    let open = store.reads().open_questions(10).await.expect("open");
    assert_eq!(
        open.iter().map(|q| q.id).collect::<Vec<_>>(),
        vec![second, theirs, first]
    );
    assert_eq!(
        store.reads().open_questions(1).await.expect("open").len(),
        1
    );

    let answer = Answer {
        words: "A review of your care.".to_owned(),
        on: day("2026-03-05"),
    };
    assert!(w!(store, answer_question(second, &answer)).expect("answer"));
    let again = Answer {
        words: "Something else".to_owned(),
        on: day("2026-03-06"),
    };
    assert!(
        !w!(store, answer_question(second, &again)).expect("answer"),
        "answered once"
    );
    let answered = store
        .reads()
        .question(second)
        .await
        .expect("q")
        .expect("present");
    assert_eq!(answered.answer, Some(answer));
    let open = store.reads().open_questions(10).await.expect("open");
    assert_eq!(
        open.iter().map(|q| q.id).collect::<Vec<_>>(),
        vec![theirs, first]
    );
    assert!(store.reads().question(987_654).await.expect("q").is_none());
}
