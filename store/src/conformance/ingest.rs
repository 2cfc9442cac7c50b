//! Batches from the case system: people, entries, shares and consents, all or nothing.

use super::*;

/// The paths of the problems that made the store refuse `batch` from `organisation`.
async fn refused_paths(
    store: &Arc<dyn Store>,
    batch: &candour_domain::ingest::Batch,
    organisation: &str,
    now: i64,
) -> Vec<String> {
    w!(store, import(batch, organisation, now))
        .expect("store")
        .expect_err("refused")
        .into_iter()
        .map(|p| p.path)
        .collect()
}

fn ingest_batch(people: &[&str], entries: &[(&str, &str, &str)]) -> candour_domain::ingest::Batch {
    use candour_domain::ingest::{Batch, IncomingEntry};
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    let template = synthetic::entries(9, 0, PersonId(0))
        .into_iter()
        .next()
        .expect("an entry");
    Batch {
        people: people
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let mut p = synthetic::person(9, i as u64);
                p.source_id = (*id).to_owned();
                p.nhs_number = None;
                p
            })
            .collect(),
        entries: entries
            .iter()
            .map(|(person, id, text)| {
                let mut entry = template.clone();
                entry.source_id = (*id).to_owned();
                entry.checked_on = None;
                entry.written_date = entry.written_date.min(today);
                entry.statements[0].text = (*text).to_owned();
                IncomingEntry {
                    person_source_id: (*person).to_owned(),
                    entry,
                }
            })
            .collect(),
        ..Batch::default()
    }
}

/// A share of `entries` of `person`'s record, recorded as told.
fn incoming_share(
    person: &str,
    id: &str,
    entries: &[&str],
) -> candour_domain::ingest::IncomingSharing {
    use candour_domain::sharing::{Authority, LawfulBasis, Sharing, Telling};
    candour_domain::ingest::IncomingSharing {
        person_source_id: person.to_owned(),
        sharing: Sharing {
            source_id: id.to_owned(),
            shared_on: "2026-11-02".parse().expect("date"),
            recipient_organisation: "Northshire NHS Trust".to_owned(),
            recipient_role: "District nurse".to_owned(),
            information: "Care and support plan".to_owned(),
            entries: entries.iter().map(|e| (*e).to_owned()).collect(),
            purpose: "To plan care at home".to_owned(),
            basis: LawfulBasis::PublicTask,
            authority: Some(Authority::IndividualCare),
            consent: None,
            approved_by: Some("Team manager".to_owned()),
            telling: Telling::Told {
                on: "2026-11-02".parse().expect("date"),
            },
        },
    }
}

/// Shares the person was not told of are listed for staff, everyone's, earliest review first,
/// with whose they are; a share told since leaves the list.
pub async fn untold_shares_are_listed_by_review_date_with_whose_they_are(store: Arc<dyn Store>) {
    use candour_domain::sharing::Telling;
    let not_yet = |person: &str, id: &str, review: &str| {
        let mut share = incoming_share(person, id, &[]);
        share.sharing.telling = Telling::NotYet {
            reason: "Telling them now could put them at risk".to_owned(),
            review_on: review.parse().expect("date"),
        };
        share
    };
    let mut batch = ingest_batch(&["P-1", "P-2"], &[]);
    batch.sharing = vec![
        not_yet("P-1", "SH-1", "2027-03-01"),
        incoming_share("P-1", "SH-2", &[]),
        not_yet("P-2", "SH-3", "2027-01-15"),
    ];
    w!(store, import(&batch, "Anytown", 10))
        .expect("store")
        .expect("accepted");
    let untold = store.reads().untold_shares(10).await.expect("q");
    let listed: Vec<_> = untold
        .iter()
        .map(|u| (u.sharing.source_id.as_str(), u.person_ref.as_str()))
        .collect();
    assert_eq!(listed, [("SH-3", "P-2"), ("SH-1", "P-1")]);
    let second = &untold[1];
    let theirs = store
        .reads()
        .shares_with_ids(second.person)
        .await
        .expect("q");
    assert!(
        theirs.contains(&(second.id, second.sharing.clone())),
        "the person and number the list gives are the share's own"
    );
    let person = store
        .reads()
        .person(second.person)
        .await
        .expect("q")
        .expect("present");
    assert_eq!(second.person_name, person.details.full_name());
    assert_eq!(store.reads().untold_shares(1).await.expect("q").len(), 1);

    batch.sharing = vec![incoming_share("P-2", "SH-3", &[])];
    w!(store, import(&batch, "Anytown", 11))
        .expect("store")
        .expect("accepted");
    let untold = store.reads().untold_shares(10).await.expect("q");
    assert_eq!(untold.len(), 1);
    assert_eq!(untold[0].sharing.source_id, "SH-1");
}

/// Shares are imported for entries the person has and replaced when sent again.
pub async fn shares_are_imported_for_entries_the_person_has_and_replaced_when_sent_again(
    store: Arc<dyn Store>,
) {
    use candour_domain::sharing::Telling;
    let mut batch = ingest_batch(
        &["P-1", "P-2"],
        &[("P-1", "E-1", "Words"), ("P-2", "E-2", "Other")],
    );
    batch.sharing = vec![
        incoming_share("P-1", "SH-1", &["E-1"]),
        incoming_share("P-2", "SH-2", &[]),
    ];
    let summary = w!(store, import(&batch, "Anytown", 10))
        .expect("store")
        .expect("accepted");
    assert_eq!(summary.sharing_saved, 2);
    let me = store
        .reads()
        .person_by_source_id("P-1")
        .await
        .expect("q")
        .expect("present")
        .id;
    let mine = store.reads().sharing_for_person(me).await.expect("q");
    assert_eq!(
        mine,
        vec![batch.sharing[0].sharing.clone()],
        "only P-1's share, as sent"
    );

    let numbered = store.reads().shares_with_ids(me).await.expect("q");
    assert_eq!(numbered.len(), 1);
    assert_eq!(numbered[0].1, mine[0], "the same share, with its number");
    let named = store
        .reads()
        .entries_by_source_ids(me, &["E-1".to_owned(), "E-2".to_owned(), "nope".to_owned()])
        .await
        .expect("q");
    assert_eq!(
        named
            .iter()
            .map(|e| e.details.source_id.as_str())
            .collect::<Vec<_>>(),
        vec!["E-1"],
        "only this person's entries with those ids (E-2 is P-2's)"
    );
    assert!(
        store
            .reads()
            .entries_by_source_ids(me, &[])
            .await
            .expect("q")
            .is_empty()
    );

    // Sent again, not yet told: replaced, not added.
    let mut again = incoming_share("P-1", "SH-1", &["E-1"]);
    again.sharing.telling = Telling::NotYet {
        reason: "Telling would increase the risk".to_owned(),
        review_on: "2027-01-04".parse().expect("date"),
    };
    let resend = candour_domain::ingest::Batch {
        sharing: vec![again.clone()],
        ..candour_domain::ingest::Batch::default()
    };
    w!(store, import(&resend, "Anytown", 20))
        .expect("store")
        .expect("accepted");
    assert_eq!(
        store.reads().shares_with_ids(me).await.expect("q")[0].0,
        numbered[0].0,
        "a share sent again keeps its number, so its page does not move"
    );
    assert_eq!(
        store.reads().sharing_for_person(me).await.expect("q"),
        vec![again.sharing]
    );

    // An entry the person does not have, another person's entry, a person of another
    // organisation: all refused at their paths, nothing stored.
    let wrong = candour_domain::ingest::Batch {
        sharing: vec![
            incoming_share("P-1", "SH-3", &["E-1", "E-2", "E-404"]),
            incoming_share("P-9", "SH-4", &[]),
        ],
        ..candour_domain::ingest::Batch::default()
    };
    let paths = refused_paths(&store, &wrong, "Anytown", 30).await;
    assert_eq!(
        paths,
        vec![
            "$.sharing[0].entries[1]",
            "$.sharing[0].entries[2]",
            "$.sharing[1].person_source_id"
        ]
    );
    assert_eq!(
        store.reads().sharing_for_person(me).await.expect("q").len(),
        1
    );
    let elsewhere = candour_domain::ingest::Batch {
        sharing: vec![incoming_share("P-1", "SH-5", &[])],
        ..candour_domain::ingest::Batch::default()
    };
    let problems = w!(store, import(&elsewhere, "Othertown", 40))
        .expect("store")
        .expect_err("not theirs");
    assert_eq!(problems[0].path, "$.sharing[0].person_source_id");
    let direct = incoming_share("P-1", "SH-9", &[]).sharing;
    w!(store, save_sharing(me, &direct, 50)).expect("save");
    assert_eq!(
        store.reads().sharing_for_person(me).await.expect("q").len(),
        2,
        "saved outside an import too"
    );
}

/// A consent `id` for `person`, given in writing by the person.
fn incoming_consent(person: &str, id: &str) -> candour_domain::ingest::IncomingConsent {
    use candour_domain::consent::{Consent, ConsentAnswer, ConsentMethod};
    candour_domain::ingest::IncomingConsent {
        person_source_id: person.to_owned(),
        consent: Consent {
            source_id: id.to_owned(),
            answer: ConsentAnswer::Yes,
            answered_on: "2026-10-01".parse().expect("date"),
            answered_by: None,
            method: ConsentMethod::InWriting,
            purpose: "To share your housing needs with the housing team".to_owned(),
            recipients: "Northshire Council Housing".to_owned(),
            withdrawn_on: None,
            expires_on: None,
            capacity: None,
            evidence: None,
        },
    }
}

/// Consents are imported per person and a withdrawal replaces the consent.
pub async fn consents_are_imported_per_person_and_a_withdrawal_replaces_the_consent(
    store: Arc<dyn Store>,
) {
    use candour_domain::consent::ConsentMethod;
    let mut batch = ingest_batch(&["P-1", "P-2"], &[]);
    let mut attorney = incoming_consent("P-1", "C-2");
    attorney.consent.answered_on = "2026-09-01".parse().expect("date");
    attorney.consent.answered_by = Some("Mary Smith, daughter (attorney)".to_owned());
    attorney.consent.method = ConsentMethod::Spoken;
    attorney.consent.answer = candour_domain::consent::ConsentAnswer::No;
    attorney.consent.capacity = Some(candour_domain::consent::CapacityCheck {
        by: "Social worker".to_owned(),
        on: "2026-08-30".parse().expect("date"),
    });
    attorney.consent.evidence = Some("Note of the visit".to_owned());
    let mut for_a_year = incoming_consent("P-1", "C-1");
    for_a_year.consent.expires_on = Some("2027-10-01".parse().expect("date"));
    batch.consents = vec![for_a_year, attorney.clone(), incoming_consent("P-2", "C-1")];
    let summary = w!(store, import(&batch, "Anytown", 10))
        .expect("store")
        .expect("accepted");
    assert_eq!(summary.consents_saved, 3);
    let me = store
        .reads()
        .person_by_source_id("P-1")
        .await
        .expect("q")
        .expect("present")
        .id;
    assert_eq!(
        store.reads().consents_for_person(me).await.expect("q"),
        vec![attorney.consent.clone(), batch.consents[0].consent.clone()],
        "only P-1's, oldest first, as sent"
    );

    // Withdrawn: the case system sends it again with the day; replaced, not added.
    let mut withdrawn = incoming_consent("P-1", "C-1");
    withdrawn.consent.withdrawn_on = Some("2026-11-20".parse().expect("date"));
    let resend = candour_domain::ingest::Batch {
        consents: vec![withdrawn.clone()],
        ..candour_domain::ingest::Batch::default()
    };
    w!(store, import(&resend, "Anytown", 20))
        .expect("store")
        .expect("accepted");
    assert_eq!(
        store.reads().consents_for_person(me).await.expect("q"),
        vec![attorney.consent.clone(), withdrawn.consent.clone()]
    );

    // An unknown person, and a person of another organisation: refused at their paths, and the
    // good consent sent with them is not stored either.
    let wrong = candour_domain::ingest::Batch {
        consents: vec![
            incoming_consent("P-1", "C-3"),
            incoming_consent("P-9", "C-4"),
        ],
        ..candour_domain::ingest::Batch::default()
    };
    assert_eq!(
        refused_paths(&store, &wrong, "Anytown", 30).await,
        vec!["$.consents[1].person_source_id"]
    );
    let elsewhere = candour_domain::ingest::Batch {
        consents: vec![incoming_consent("P-1", "C-5")],
        ..candour_domain::ingest::Batch::default()
    };
    assert_eq!(
        refused_paths(&store, &elsewhere, "Othertown", 40).await,
        vec!["$.consents[0].person_source_id"]
    );
    assert_eq!(
        store
            .reads()
            .consents_for_person(me)
            .await
            .expect("q")
            .len(),
        2
    );
    let direct = incoming_consent("P-1", "C-9").consent;
    w!(store, save_consent(me, &direct, 50)).expect("save");
    assert_eq!(
        store
            .reads()
            .consents_for_person(me)
            .await
            .expect("q")
            .len(),
        3,
        "saved outside an import too"
    );
}

/// Changes made online are numbered per consent, kept when the case system sends the consent
/// again, and a second change under the same number is not kept.
pub async fn online_consent_changes_survive_a_resend_and_a_second_press_is_not_kept(
    store: Arc<dyn Store>,
) {
    use candour_domain::consent::{ChangedBy, ConsentStatus, OnlineChange};
    let mut batch = ingest_batch(&["P-1", "P-2"], &[]);
    batch.consents = vec![
        incoming_consent("P-1", "C-1"),
        incoming_consent("P-2", "C-1"),
    ];
    w!(store, import(&batch, "Anytown", 10))
        .expect("store")
        .expect("accepted");
    let person = |source: &'static str| {
        let store = store.clone();
        async move {
            store
                .reads()
                .person_by_source_id(source)
                .await
                .expect("q")
                .expect("present")
                .id
        }
    };
    let (me, other) = (person("P-1").await, person("P-2").await);
    let mine = store.reads().consents_on_record(me).await.expect("q");
    assert_eq!(mine.len(), 1);
    assert!(mine[0].changes.is_empty());
    assert_eq!(mine[0].consent, batch.consents[0].consent);
    let theirs = store.reads().consents_on_record(other).await.expect("q");
    assert_ne!(
        mine[0].id, theirs[0].id,
        "each person's consent has its own number"
    );

    let withdrawal = OnlineChange {
        status: ConsentStatus::Withdrawn,
        on: "2026-11-02".parse().expect("date"),
        at: 100,
        by: ChangedBy::Person,
    };
    let first = w!(store, record_consent_change(mine[0].id, 1, &withdrawal))
        .expect("store")
        .expect("kept");
    let again = w!(store, record_consent_change(mine[0].id, 1, &withdrawal)).expect("store");
    assert_eq!(again, None, "the same change number twice is kept once");
    let given = OnlineChange {
        status: ConsentStatus::Given,
        on: "2026-11-03".parse().expect("date"),
        at: 200,
        by: ChangedBy::Delegate("Sam Jones".to_owned()),
    };
    let second = w!(store, record_consent_change(mine[0].id, 2, &given))
        .expect("store")
        .expect("kept");
    assert!(second > first);

    // The case system sends the consent again: its copy is replaced, the online changes stay.
    let resend = candour_domain::ingest::Batch {
        consents: vec![incoming_consent("P-1", "C-1")],
        ..candour_domain::ingest::Batch::default()
    };
    w!(store, import(&resend, "Anytown", 20))
        .expect("store")
        .expect("accepted");
    let mine = store.reads().consents_on_record(me).await.expect("q");
    let changes: Vec<_> = mine[0]
        .changes
        .iter()
        .map(|c| (c.id, c.change.clone()))
        .collect();
    assert_eq!(changes, vec![(first, withdrawal), (second, given)]);
    assert_eq!(mine[0].status(), ConsentStatus::Given);
    assert!(
        store.reads().consents_on_record(other).await.expect("q")[0]
            .changes
            .is_empty(),
        "another person's consent is untouched"
    );
}

/// A share under a consent that was withdrawn by its day is refused with nothing stored, whether
/// the case system or the person withdrew it, and one made before the withdrawal is kept; what
/// staff record about each recipient of the withdrawal is kept once, told before confirmed.
pub async fn shares_under_a_withdrawn_consent_are_refused_and_recipients_are_followed(
    store: Arc<dyn Store>,
) {
    use candour_domain::consent::{ChangedBy, ConsentStatus, NoticeStep, OnlineChange};
    use candour_domain::sharing::{Authority, LawfulBasis};
    let under = |id: &str, consent: &str, on: &str| {
        let mut share = incoming_share("P-1", id, &[]);
        share.sharing.basis = LawfulBasis::Consent;
        share.sharing.authority = None::<Authority>;
        share.sharing.approved_by = None;
        share.sharing.consent = Some(consent.to_owned());
        share.sharing.shared_on = on.parse().expect("date");
        share.sharing.recipient_organisation = "Northshire Council Housing".to_owned();
        share
    };
    let mut batch = ingest_batch(&["P-1"], &[]);
    let mut withdrawn = incoming_consent("P-1", "C-OLD");
    withdrawn.consent.withdrawn_on = Some("2026-11-01".parse().expect("date"));
    batch.consents = vec![incoming_consent("P-1", "C-1"), withdrawn];
    batch.sharing = vec![
        under("S-1", "C-1", "2026-10-20"),
        under("S-2", "C-OLD", "2026-10-05"),
    ];
    w!(store, import(&batch, "Anytown", 10))
        .expect("store")
        .expect("shares made while the consents were in force are kept");

    let me = store
        .reads()
        .person_by_source_id("P-1")
        .await
        .expect("q")
        .expect("present")
        .id;
    let consent = store
        .reads()
        .consents_on_record(me)
        .await
        .expect("q")
        .into_iter()
        .find(|c| c.consent.source_id == "C-1")
        .expect("C-1");
    let withdrawal = OnlineChange {
        status: ConsentStatus::Withdrawn,
        on: "2026-11-20".parse().expect("date"),
        at: 100,
        by: ChangedBy::Person,
    };
    w!(store, record_consent_change(consent.id, 1, &withdrawal))
        .expect("store")
        .expect("kept");

    for (share, why) in [
        (
            under("S-3", "C-1", "2026-11-20"),
            "withdrawn online that day",
        ),
        (
            under("S-4", "C-OLD", "2026-11-02"),
            "withdrawn by the case system",
        ),
    ] {
        let refused = candour_domain::ingest::Batch {
            sharing: vec![share],
            ..candour_domain::ingest::Batch::default()
        };
        let problems = w!(store, import(&refused, "Anytown", 20))
            .expect("store")
            .expect_err(why);
        assert_eq!(problems.len(), 1, "{why}: {problems:?}");
        assert_eq!(problems[0].path, "$.sharing[0].consent", "{why}");
        assert!(problems[0].message.contains("withdrawn"), "{why}");
    }
    let held: Vec<String> = store
        .reads()
        .sharing_for_person(me)
        .await
        .expect("q")
        .into_iter()
        .map(|s| s.source_id)
        .collect();
    assert_eq!(held, vec!["S-2", "S-1"], "nothing refused was stored");
    assert!(
        store
            .reads()
            .people_with_withdrawals()
            .await
            .expect("q")
            .contains(&me),
        "the person is among those with a withdrawal"
    );
    assert_eq!(
        store.reads().consent_owner(consent.id).await.expect("q"),
        Some(me)
    );
    assert_eq!(
        store
            .reads()
            .consent_owner(consent.id + 1_000)
            .await
            .expect("q"),
        None
    );

    let on = withdrawal.on;
    let day = |d: &str| -> chrono::NaiveDate { d.parse().expect("date") };
    let housing = "Northshire Council Housing";
    assert!(
        !w!(
            store,
            record_recipient_notice(
                consent.id,
                on,
                housing,
                NoticeStep::ConfirmedStopped,
                day("2026-11-21")
            )
        )
        .expect("store"),
        "no confirmation before telling"
    );
    assert!(
        w!(
            store,
            record_recipient_notice(consent.id, on, housing, NoticeStep::Told, day("2026-11-21"))
        )
        .expect("store")
    );
    assert!(
        !w!(
            store,
            record_recipient_notice(consent.id, on, housing, NoticeStep::Told, day("2026-11-22"))
        )
        .expect("store"),
        "told is recorded once"
    );
    assert!(
        w!(
            store,
            record_recipient_notice(
                consent.id,
                on,
                housing,
                NoticeStep::ConfirmedStopped,
                day("2026-11-23")
            )
        )
        .expect("store")
    );
    assert!(
        !w!(
            store,
            record_recipient_notice(
                consent.id,
                on,
                housing,
                NoticeStep::ConfirmedStopped,
                day("2026-11-24")
            )
        )
        .expect("store"),
        "confirmed is recorded once"
    );
    let notices = store.reads().recipient_notices(me).await.expect("q");
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].consent, consent.id);
    assert_eq!(notices[0].withdrawn_on, on);
    assert_eq!(notices[0].notice.organisation, housing);
    assert_eq!(notices[0].notice.told_on, Some(day("2026-11-21")));
    assert_eq!(notices[0].notice.confirmed_on, Some(day("2026-11-23")));
}

/// An import adds then updates and keeps changed entries history.
pub async fn an_import_adds_then_updates_and_keeps_changed_entries_history(store: Arc<dyn Store>) {
    let first = ingest_batch(
        &["P-1", "P-2"],
        &[("P-1", "E-1", "First words"), ("P-2", "E-2", "Other words")],
    );
    let summary = w!(store, import(&first, "Anytown", 100))
        .expect("store")
        .expect("accepted");
    assert_eq!((summary.people_added, summary.entries_added), (2, 2));
    let again = ingest_batch(
        &["P-1", "P-2"],
        &[
            ("P-1", "E-1", "Corrected words"),
            ("P-2", "E-2", "Other words"),
        ],
    );
    let summary = w!(store, import(&again, "Anytown", 200))
        .expect("store")
        .expect("accepted");
    assert_eq!(
        (
            summary.people_updated,
            summary.entries_changed,
            summary.entries_unchanged
        ),
        (2, 1, 1)
    );
    let entry = store
        .reads()
        .entry_by_source("Anytown", "P-1", "E-1")
        .await
        .expect("read")
        .expect("present");
    assert_eq!(entry.details.statements[0].text, "Corrected words");
    let history = store
        .reads()
        .entry_versions(entry.details.person, entry.id)
        .await
        .expect("versions");
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].0, 200);
    assert_eq!(history[0].1.statements[0].text, "First words");
    assert!(
        store
            .reads()
            .entry_by_source("Othertown", "P-1", "E-1")
            .await
            .expect("read")
            .is_none(),
        "found only within its organisation"
    );
}

/// An import with a problem stores nothing and never touches another organisation.
pub async fn an_import_with_a_problem_stores_nothing_and_never_touches_another_organisation(
    store: Arc<dyn Store>,
) {
    let theirs = ingest_batch(&["SHARED-1"], &[("SHARED-1", "E-1", "Theirs")]);
    w!(store, import(&theirs, "Othertown", 100))
        .expect("store")
        .expect("accepted");
    let before = store.reads().count_people().await.expect("count");
    let mine = ingest_batch(
        &["NEW-1", "SHARED-1"],
        &[("NEW-1", "E-9", "Mine"), ("NOBODY", "E-10", "Lost")],
    );
    let paths = refused_paths(&store, &mine, "Anytown", 200).await;
    assert_eq!(
        paths,
        vec!["$.people[1].source_id", "$.entries[1].person_source_id"]
    );
    assert_eq!(
        store.reads().count_people().await.expect("count"),
        before,
        "NEW-1 was not kept"
    );
    let kept = store
        .reads()
        .entry_by_source("Othertown", "SHARED-1", "E-1")
        .await
        .expect("read")
        .expect("present");
    assert_eq!(kept.details.statements[0].text, "Theirs");
    let writing_theirs = ingest_batch(&[], &[("SHARED-1", "E-1", "Overwritten")]);
    let problems = w!(store, import(&writing_theirs, "Anytown", 300))
        .expect("store")
        .expect_err("not theirs to write");
    assert_eq!(problems[0].path, "$.entries[0].person_source_id");
}

/// A check made in candour survives the next import.
pub async fn a_check_made_in_candour_survives_the_next_import(store: Arc<dyn Store>) {
    let batch = ingest_batch(&["P-1"], &[("P-1", "E-1", "Words")]);
    w!(store, import(&batch, "Anytown", 100))
        .expect("store")
        .expect("accepted");
    let entry = store
        .reads()
        .entry_by_source("Anytown", "P-1", "E-1")
        .await
        .expect("read")
        .expect("present");
    let checker = w!(
        store,
        upsert_account(
            &NewAccount {
                kind: AccountKind::Staff,
                issuer: "https://staff.example".into(),
                subject: "checker".into(),
                display_name: "Checker".into(),
                email: None,
                person: None,
                roles: [Role::Caseworker].into_iter().collect(),
            },
            100,
        )
    )
    .expect("account");
    let checked = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
    assert!(
        w!(
            store,
            mark_entry_checked(entry.details.person, entry.id, checked, checker.id)
        )
        .expect("mark")
    );
    w!(store, import(&batch, "Anytown", 200))
        .expect("store")
        .expect("accepted");
    let after = store
        .reads()
        .entry_by_source("Anytown", "P-1", "E-1")
        .await
        .expect("read")
        .expect("present");
    assert_eq!(after.details.checked_on, Some(checked));
    assert_eq!(after.checked_by, Some(checker.id));
}

/// An access event reported by `organisation`'s case system about `person`.
fn incoming_look(
    person: &str,
    id: &str,
    entry: Option<&str>,
) -> candour_domain::ingest::IncomingAccess {
    candour_domain::ingest::IncomingAccess {
        person_source_id: person.to_owned(),
        view: candour_domain::ingest::ReportedView {
            source_id: id.to_owned(),
            at: 50,
            name: None,
            role: "Duty worker".to_owned(),
            organisation: Some("Northshire NHS Trust".to_owned()),
            opened: "Your address".to_owned(),
            entry: entry.map(str::to_owned),
            reason: None,
        },
    }
}

/// Access events are kept once per sending organisation and id, with the entry they name
/// found in the person's record; one for another organisation's person, or naming an entry
/// the person does not have, is refused and nothing of its batch is kept; people added as held
/// by an organisation are that organisation's to report on.
pub async fn access_events_are_kept_once_and_only_for_the_organisations_own_people(
    store: Arc<dyn Store>,
) {
    let mut batch = ingest_batch(&["P-1"], &[("P-1", "E-1", "Words")]);
    batch.access_events = vec![
        incoming_look("P-1", "A-1", Some("E-1")),
        incoming_look("P-1", "A-2", None),
    ];
    let summary = w!(store, import(&batch, "Anytown", 100))
        .expect("store")
        .expect("accepted");
    assert_eq!(
        (summary.access_events_added, summary.access_events_repeated),
        (2, 0)
    );
    let me = store
        .reads()
        .person_by_source_id("P-1")
        .await
        .expect("read")
        .expect("there")
        .id;
    let entry = store
        .reads()
        .entry_by_source("Anytown", "P-1", "E-1")
        .await
        .expect("read")
        .expect("there")
        .id;
    assert_eq!(
        summary
            .views
            .iter()
            .map(|v| (v.index, v.person, v.entry))
            .collect::<Vec<_>>(),
        vec![(0, me, Some(entry)), (1, me, None)]
    );
    let again = w!(store, import(&batch, "Anytown", 200))
        .expect("store")
        .expect("accepted");
    assert_eq!(
        (again.access_events_added, again.access_events_repeated),
        (0, 2)
    );
    assert!(again.views.is_empty(), "nothing new to log");
    assert_eq!(
        store
            .reads()
            .reported_organisations(me)
            .await
            .expect("read"),
        vec!["Northshire NHS Trust".to_owned()]
    );

    let bad = candour_domain::ingest::Batch {
        access_events: vec![
            incoming_look("P-1", "A-3", None),
            incoming_look("P-1", "A-4", Some("E-404")),
        ],
        ..Default::default()
    };
    assert_eq!(
        refused_paths(&store, &bad, "Anytown", 300).await,
        vec!["$.access_events[1].entry"]
    );
    let theirs = candour_domain::ingest::Batch {
        access_events: vec![incoming_look("P-1", "A-3", None)],
        ..Default::default()
    };
    assert_eq!(
        refused_paths(&store, &theirs, "Othertown", 300).await,
        vec!["$.access_events[0].person_source_id"]
    );
    let after = w!(store, import(&theirs, "Anytown", 400))
        .expect("store")
        .expect("accepted");
    assert_eq!(after.access_events_added, 1, "A-3 was not kept before");

    let mut held = synthetic::person(9, 5);
    held.source_id = "HELD-1".to_owned();
    held.nhs_number = None;
    w!(store, insert_people(&[held], Some("Anytown"))).expect("insert");
    let look = candour_domain::ingest::Batch {
        access_events: vec![incoming_look("HELD-1", "A-9", None)],
        ..Default::default()
    };
    assert_eq!(
        refused_paths(&store, &look, "Othertown", 500).await,
        vec!["$.access_events[0].person_source_id"]
    );
    w!(store, import(&look, "Anytown", 500))
        .expect("store")
        .expect("the holder reports on its own people");
}
