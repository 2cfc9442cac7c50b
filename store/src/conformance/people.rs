//! People, and portal-wide settings.

use super::*;

/// Ping answers.
pub async fn ping_answers(store: Arc<dyn Store>) {
    store.ping().await.expect("ping");
}

/// People round trip.
pub async fn people_round_trip(store: Arc<dyn Store>) {
    let people: Vec<_> = (0..50).map(|i| synthetic::person(3, i)).collect();
    assert!(
        people
            .iter()
            .any(|p| matches!(p.case_status, CaseStatus::Closed { .. }))
    );
    assert!(people.iter().any(|p| !p.communication.is_empty()));
    assert!(people.iter().any(|p| p.allocated_worker.is_some()));
    assert_eq!(w!(store, insert_people(&people, None)).expect("insert"), 50);
    assert_eq!(store.reads().count_people().await.expect("count"), 50);
    for details in &people {
        let found = store
            .reads()
            .person_by_source_id(&details.source_id)
            .await
            .expect("by source id")
            .expect("present");
        assert_eq!(&found.details, details);
        let again = store
            .reads()
            .person(found.id)
            .await
            .expect("by id")
            .expect("present");
        assert_eq!(again, found);
    }
}

/// Insert skips known source ids.
pub async fn insert_skips_known_source_ids(store: Arc<dyn Store>) {
    let first: Vec<_> = (0..3).map(|i| synthetic::person(4, i)).collect();
    let overlapping: Vec<_> = (2..5).map(|i| synthetic::person(4, i)).collect();
    assert_eq!(w!(store, insert_people(&first, None)).expect("first"), 3);
    assert_eq!(
        w!(store, insert_people(&overlapping, None)).expect("second"),
        2
    );
    assert_eq!(store.reads().count_people().await.expect("count"), 5);
}

/// Insert is all or nothing.
pub async fn insert_is_all_or_nothing(store: Arc<dyn Store>) {
    let mut people: Vec<_> = (0..3).map(|i| synthetic::person(5, i)).collect();
    // A NUL byte cannot be stored in a PostgreSQL text column and is refused by the SQLite
    // backend for the same reason, so the whole batch must fail.
    people[2].family_name = "Bad\0Name".to_owned();
    assert!(w!(store, insert_people(&people, None)).is_err());
    assert_eq!(store.reads().count_people().await.expect("count"), 0);
}

/// Missing person is none.
pub async fn missing_person_is_none(store: Arc<dyn Store>) {
    assert!(
        store
            .reads()
            .person(PersonId(987_654))
            .await
            .expect("query")
            .is_none()
    );
    assert!(
        store
            .reads()
            .person_by_source_id("nobody")
            .await
            .expect("query")
            .is_none()
    );
}

/// People after pages in id order.
pub async fn people_after_pages_in_id_order(store: Arc<dyn Store>) {
    let people: Vec<_> = (0..25).map(|i| synthetic::person(6, i)).collect();
    w!(store, insert_people(&people, None)).expect("insert");
    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let page = store.reads().people_after(after, 10).await.expect("page");
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

/// Staff find people by part of their name or their case reference (any case), narrowed by
/// date of birth, by family name.
pub async fn people_are_found_by_name_case_reference_and_birthday(store: Arc<dyn Store>) {
    let mut people: Vec<_> = (0..3).map(|i| synthetic::person(7, i)).collect();
    let names = [("Ana", "Price"), ("Ben", "Price"), ("Cara", "Okoro")];
    for (person, (given, family)) in people.iter_mut().zip(names) {
        (person.given_name, person.family_name) = (given.to_owned(), family.to_owned());
    }
    people[1].date_of_birth = people[0].date_of_birth + chrono::Days::new(1);
    people[2].date_of_birth = people[0].date_of_birth + chrono::Days::new(2);
    w!(store, insert_people(&people, None)).expect("insert");
    let found = |words: &'static str, born: Option<chrono::NaiveDate>| {
        let store = store.clone();
        async move {
            store
                .reads()
                .find_people(words, born, 10)
                .await
                .expect("search")
                .into_iter()
                .map(|p| p.details.given_name)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(found("price", None).await, ["Ana", "Ben"]);
    assert_eq!(found("NA PRI", None).await, ["Ana"]);
    assert_eq!(found("price", Some(people[1].date_of_birth)).await, ["Ben"]);
    assert_eq!(found("", Some(people[0].date_of_birth)).await, ["Ana"]);
    let reference = people[2].source_id.to_uppercase();
    let by_reference = store
        .reads()
        .find_people(&reference, None, 10)
        .await
        .expect("search");
    assert_eq!(by_reference.len(), 1);
    assert_eq!(by_reference[0].details.family_name, "Okoro");
    assert!(found("nobody", None).await.is_empty());
}

/// Settings replace earlier values.
pub async fn settings_replace_earlier_values(store: Arc<dyn Store>) {
    assert_eq!(
        store.reads().setting(SETTING_DEMO_DATA).await.expect("get"),
        None
    );
    w!(store, set_setting(SETTING_DEMO_DATA, "1")).expect("set");
    w!(store, set_setting(SETTING_DEMO_DATA, "2")).expect("replace");
    assert_eq!(
        store
            .reads()
            .setting(SETTING_DEMO_DATA)
            .await
            .expect("get")
            .as_deref(),
        Some("2")
    );
}

/// People are found by nhs number.
pub async fn people_are_found_by_nhs_number(store: Arc<dyn Store>) {
    let person = synthetic::person(12, 3);
    let number = person
        .nhs_number
        .clone()
        .expect("index 3 has an NHS number");
    w!(store, insert_people(&[person], None)).expect("insert");
    let found = store
        .reads()
        .person_by_nhs_number(&number)
        .await
        .expect("q")
        .expect("present");
    assert_eq!(found.details.nhs_number.as_deref(), Some(number.as_str()));
    assert!(
        store
            .reads()
            .person_by_nhs_number("9990000000")
            .await
            .expect("q")
            .is_none()
    );
}
