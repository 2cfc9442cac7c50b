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
        invited_email_hash: None,
    };
    let id = w!(store, create_delegation(&invitation, 100)).expect("create");
    assert!(
        w!(
            store,
            accept_invitation("code-hash", person.id, Some(me), None, 0, 150)
        )
        .expect("own")
        .is_none(),
        "nobody accepts their own invitation"
    );
    assert!(
        w!(
            store,
            accept_invitation("code-hash", friend.id, None, None, 101, 150)
        )
        .expect("old")
        .is_none(),
        "an invitation made before the cut-off has expired"
    );
    let accepted = w!(
        store,
        accept_invitation("code-hash", friend.id, None, None, 100, 200)
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
            accept_invitation("code-hash", friend.id, None, None, 0, 300)
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

/// An invitation emailed to an address is accepted only by an account with that address.
pub async fn an_emailed_invitation_is_accepted_only_with_its_address(store: Arc<dyn Store>) {
    use candour_domain::delegation::email_hash;
    let (me, _) = two_people(&store).await;
    let person = w!(store, upsert_account(&public_account("owner", Some(me)), 1)).expect("account");
    let friend = w!(store, upsert_account(&public_account("friend", None), 1)).expect("account");
    let invitation = NewDelegation {
        person: me,
        delegate: None,
        delegate_name: "Friend".to_owned(),
        authority: AuthorityKind::PersonsAuthority,
        scopes: [DelegateScope::ReadRecord].into_iter().collect(),
        ends_on: None,
        invite_code_hash: Some("emailed-code".to_owned()),
        evidence: None,
        created_by: person.id,
        invited_email_hash: Some(email_hash("Friend@Example.test ")),
    };
    w!(store, create_delegation(&invitation, 100)).expect("create");
    assert_eq!(
        store
            .reads()
            .open_invitation("emailed-code")
            .await
            .expect("q")
            .and_then(|d| d.details.invited_email_hash),
        Some(email_hash("friend@example.test"))
    );
    let other = email_hash("someone@example.test");
    assert!(
        w!(
            store,
            accept_invitation("emailed-code", friend.id, None, Some(&other), 0, 150)
        )
        .expect("q")
        .is_none(),
        "another address is refused"
    );
    assert!(
        w!(
            store,
            accept_invitation("emailed-code", friend.id, None, None, 0, 150)
        )
        .expect("q")
        .is_none(),
        "no address is refused"
    );
    let own = email_hash("friend@example.test");
    let accepted = w!(
        store,
        accept_invitation("emailed-code", friend.id, None, Some(&own), 0, 160)
    )
    .expect("q")
    .expect("the address it was sent to");
    assert_eq!(accepted.details.delegate, Some(friend.id));
}

/// An attorney registered by staff cannot start until a second member of staff approves the
/// registration; nobody approves their own, nor twice; its days count from the approval.
pub async fn a_registration_works_only_once_another_member_of_staff_approves_it(
    store: Arc<dyn Store>,
) {
    let (me, _) = two_people(&store).await;
    let staff = |subject: &str| NewAccount {
        kind: AccountKind::Staff,
        ..public_account(subject, None)
    };
    let registrant = w!(store, upsert_account(&staff("registrant"), 1)).expect("account");
    let second = w!(store, upsert_account(&staff("second"), 1)).expect("account");
    let attorney =
        w!(store, upsert_account(&public_account("attorney", None), 1)).expect("account");
    let registration = NewDelegation {
        person: me,
        delegate: None,
        delegate_name: "Pat".to_owned(),
        authority: AuthorityKind::LastingPowerOfAttorney,
        scopes: [DelegateScope::ReadRecord].into_iter().collect(),
        ends_on: None,
        invite_code_hash: Some("registered-code".to_owned()),
        evidence: Some("LPA seen".to_owned()),
        created_by: registrant.id,
        invited_email_hash: None,
    };
    let id = w!(store, create_delegation(&registration, 100)).expect("create");
    let waiting = || async {
        store
            .reads()
            .delegations_awaiting_approval()
            .await
            .expect("q")
            .into_iter()
            .map(|d| d.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(waiting().await, vec![id]);
    assert!(
        w!(
            store,
            accept_invitation("registered-code", attorney.id, None, None, 0, 150)
        )
        .expect("q")
        .is_none(),
        "not before approval"
    );
    let open = store
        .reads()
        .open_invitation("registered-code")
        .await
        .expect("q")
        .expect("still open");
    assert!(open.awaits_approval());
    assert!(
        !w!(store, approve_delegation(id, registrant.id, 200)).expect("q"),
        "nobody approves their own"
    );
    assert!(w!(store, approve_delegation(id, second.id, 1_000)).expect("approve"));
    assert!(
        !w!(store, approve_delegation(id, second.id, 1_100)).expect("q"),
        "approved once"
    );
    assert!(waiting().await.is_empty());
    let approved = store
        .reads()
        .delegation(id)
        .await
        .expect("q")
        .expect("present");
    assert_eq!(approved.approved, Some((1_000, Some(second.id))));
    assert!(
        w!(
            store,
            accept_invitation("registered-code", attorney.id, None, None, 500, 1_200)
        )
        .expect("q")
        .is_some(),
        "its days count from the approval, not the registration"
    );

    // An invitation from the person is never a registration to approve.
    let invitation = NewDelegation {
        authority: AuthorityKind::PersonsAuthority,
        invite_code_hash: Some("invited-code".to_owned()),
        evidence: None,
        ..registration
    };
    let invited = w!(store, create_delegation(&invitation, 100)).expect("create");
    assert!(!w!(store, approve_delegation(invited, second.id, 200)).expect("q"));
    assert!(waiting().await.is_empty());
}
