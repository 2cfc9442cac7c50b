//! Invitations and delegations.

use super::*;

/// Invitations are accepted once and ended only by their person.
pub async fn invitations_are_accepted_once_and_ended_only_by_their_person(store: Arc<dyn Store>) {
    let (me, someone_else) = two_people(&store).await;
    let person = w!(store, upsert_account(&public_account("dora", Some(me)), 1)).expect("account");
    let friend = w!(store, upsert_account(&public_account("eve", None), 1)).expect("account");
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
    let id = w!(store, create_delegation(&invitation, 100)).expect("create");
    assert!(
        w!(
            store,
            accept_invitation("code-hash", person.id, Some(me), 0, 150)
        )
        .expect("own")
        .is_none(),
        "nobody accepts their own invitation"
    );
    assert!(
        w!(
            store,
            accept_invitation("code-hash", friend.id, None, 101, 150)
        )
        .expect("old")
        .is_none(),
        "an invitation made before the cut-off has expired"
    );
    let accepted = w!(
        store,
        accept_invitation("code-hash", friend.id, None, 100, 200)
    )
    .expect("accept")
    .expect("an open invitation");
    assert_eq!(accepted.id, id);
    assert_eq!(accepted.details.delegate, Some(friend.id));
    assert_eq!(accepted.details.scopes, invitation.scopes);
    assert_eq!(accepted.details.ends_on, invitation.ends_on);
    assert_eq!(accepted.accepted_at, Some(200));
    assert!(
        w!(
            store,
            accept_invitation("code-hash", friend.id, None, 0, 300)
        )
        .expect("again")
        .is_none()
    );
    assert_eq!(
        store
            .reads()
            .delegations_for_delegate(friend.id)
            .await
            .expect("q")
            .len(),
        1
    );
    assert_eq!(
        store
            .reads()
            .delegations_for_person(me)
            .await
            .expect("q")
            .len(),
        1
    );
    assert!(
        store
            .reads()
            .delegations_for_person(someone_else)
            .await
            .expect("q")
            .is_empty()
    );
    assert!(!w!(store, end_delegation(id, someone_else, friend.id, 400)).expect("wrong person"));
    assert!(w!(store, end_delegation(id, me, person.id, 400)).expect("end"));
    assert!(!w!(store, end_delegation(id, me, person.id, 500)).expect("twice"));
    let ended = store
        .reads()
        .delegation(id)
        .await
        .expect("q")
        .expect("present");
    assert_eq!(ended.ended, Some((400, person.id)));
}
