//! Subject access copies.

use super::*;

/// Access copies are the persons alone and expire.
pub async fn access_copies_are_the_persons_alone_and_expire(store: Arc<dyn Store>) {
    use crate::records::AccessCopyRecord;
    let people: Vec<_> = (0..2).map(|i| synthetic::person(21, i)).collect();
    w!(store, insert_people(&people, None)).expect("people");
    let me = store
        .reads()
        .person_by_source_id(&people[0].source_id)
        .await
        .expect("read")
        .expect("present")
        .id;
    let other = store
        .reads()
        .person_by_source_id(&people[1].source_id)
        .await
        .expect("read")
        .expect("present")
        .id;
    let staff = AccountId(
        w!(
            store,
            upsert_account(
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
        )
        .expect("account")
        .id
        .0,
    );
    let request = w!(
        store,
        create_request(
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
    )
    .expect("request");
    let copy = AccessCopyRecord {
        request,
        person: me,
        made_at: 100,
        expires_at: 200,
        document: "{\"made\":1}".into(),
    };
    w!(store, save_access_copy(&copy)).expect("save");
    assert_eq!(
        store
            .reads()
            .access_copy(me, request, 150)
            .await
            .expect("read"),
        Some(copy.clone())
    );
    assert_eq!(
        store
            .reads()
            .access_copy(other, request, 150)
            .await
            .expect("read"),
        None,
        "another person's copy is not found"
    );
    assert_eq!(
        store
            .reads()
            .access_copy(me, request, 200)
            .await
            .expect("read"),
        None,
        "not served once expired"
    );
    let replaced = AccessCopyRecord {
        made_at: 300,
        expires_at: 400,
        ..copy
    };
    w!(store, save_access_copy(&replaced)).expect("again");
    assert_eq!(
        w!(store, remove_expired_access_copies(350)).expect("purge"),
        0
    );
    assert_eq!(
        w!(store, remove_expired_access_copies(400)).expect("purge"),
        1
    );
    assert_eq!(
        store
            .reads()
            .access_copy(me, request, 0)
            .await
            .expect("read"),
        None
    );
}
