//! The workflows on a real SQLite database: each happens whole, with its audit event, or not at
//! all; refusals are on the log; checkpoints are signed as the log grows; the activity trail
//! kept before the log moves into it once, in order; time comes from the injected clock.

use candour_domain::access::{Actor, Assurance, DelegateScope};
use candour_domain::account::{AccountKind, NewAccount};
use candour_domain::audit::{ActorKind, AuditAction, Outcome};
use candour_domain::clock::{Clock, FixedClock};
use candour_domain::locale::Locale;
use candour_domain::person::PersonId;
use candour_domain::rights::{ContactPreference, Right};
use candour_services::audit::key::AuditKey;
use candour_services::delegates::Invited;
use candour_services::requests::OnlineRequest;
use candour_services::tell::RequestNews;
use candour_services::{Caller, Database, Email, ServiceError, Services, Settings, Wording};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Plain words; panics on request emails when `fail` is set, to break a workflow part-way.
#[derive(Debug, Default)]
struct TestWording {
    fail: AtomicBool,
}

impl Wording for TestWording {
    fn request_news_email(&self, _: Locale, news: RequestNews, reference: &str) -> Email {
        assert!(
            !self.fail.load(Ordering::SeqCst),
            "the email could not be written"
        );
        Email {
            subject: format!("{} {reference}", news.kind()),
            body: reference.to_owned(),
        }
    }
    fn news_email(&self, _: Locale, path: &str) -> Email {
        Email {
            subject: "news".to_owned(),
            body: path.to_owned(),
        }
    }
    fn invitation_email(&self, _: Locale, _: Invited, name: &str, code: &str) -> Email {
        Email {
            subject: name.to_owned(),
            body: code.to_owned(),
        }
    }
    fn copy_ready_note(&self, _: Locale, until: chrono::NaiveDate) -> String {
        format!("until {until}")
    }
    fn correction_done_note(&self, _: Locale) -> String {
        "corrected".to_owned()
    }
}

struct World {
    services: Services,
    clock: Arc<FixedClock>,
    wording: Arc<TestWording>,
    key: String,
    url: String,
    _dir: tempfile::TempDir,
}

/// 10:00 on Tuesday 3 March 2026, London.
const MORNING: i64 = 1_772_532_000;

async fn world(checkpoint_every: i64) -> World {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite:{}", dir.path().join("c.db").display());
    let (key, _) = AuditKey::generate();
    let public = key.public_key();
    let clock = Arc::new(FixedClock::at(MORNING));
    let wording = Arc::new(TestWording::default());
    let services = Services::open(
        &Database::Sqlite(url.clone()),
        clock.clone(),
        Settings {
            organisation: "Demo Borough Council".to_owned(),
            checkpoint_every,
            demo: true,
            ..Settings::default()
        },
        Some(key),
        wording.clone(),
    )
    .await
    .expect("open");
    World {
        services,
        clock,
        wording,
        key: public,
        url,
        _dir: dir,
    }
}

/// Demo person `n` (1-based) signed in as themselves.
async fn person(world: &World, n: i64) -> (PersonId, Caller) {
    let started = candour_services::demo::sign_in(
        &world.services,
        None,
        candour_services::demo::DemoIdentity::Person(PersonId(n)),
    )
    .await
    .expect("sign in");
    let caller = Caller::SignedIn {
        session: candour_services::sessions::token_hash(&started.id),
        assurance: Assurance::High,
        account: started.account.id,
        actor: Some(Actor::Person {
            account: started.account.id,
            person: PersonId(n),
            assurance: Assurance::High,
        }),
    };
    (PersonId(n), caller)
}

fn access_request(contact: ContactPreference) -> OnlineRequest {
    OnlineRequest {
        right: Right::Access,
        about: "Everything you hold".to_owned(),
        wrong: None,
        should_say: None,
        statement: None,
        contact,
        contact_detail: (contact == ContactPreference::Email).then(|| "me@example.org".to_owned()),
    }
}

async fn actions(world: &World, person: PersonId) -> Vec<(AuditAction, Outcome)> {
    world
        .services
        .reads()
        .audit_for_person(person, 100)
        .await
        .expect("log")
        .into_iter()
        .map(|(e, _)| (e.action, e.outcome))
        .collect()
}

#[tokio::test]
async fn a_request_is_stored_with_its_message_email_and_event_in_one_go() {
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 3, 1, false)
        .await
        .expect("people");
    let (me, caller) = person(&world, 1).await;
    let id = candour_services::requests::send(
        &world.services,
        &caller,
        access_request(ContactPreference::Email),
    )
    .await
    .expect("sent");
    let mut reads = world.services.reads();
    let request = reads.request_of(me, id).await.expect("q").expect("stored");
    assert_eq!(
        request.details.received,
        world.clock.today(),
        "received today, by the clock"
    );
    assert_eq!(reads.notifications(me, 10).await.expect("q").len(), 1);
    assert_eq!(reads.emails_to_send(5, 10).await.expect("q").len(), 1);
    assert!(
        actions(&world, me)
            .await
            .contains(&(AuditAction::MadeRequest, Outcome::Done))
    );
}

#[tokio::test]
async fn a_workflow_that_fails_part_way_leaves_nothing_of_itself_behind() {
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 3, 1, false)
        .await
        .expect("people");
    let (me, caller) = person(&world, 1).await;
    let before = world.services.reads().audit_head().await.expect("head");
    world.wording.fail.store(true, Ordering::SeqCst);
    let services = world.services.clone();
    let broke = tokio::spawn(async move {
        candour_services::requests::send(
            &services,
            &caller,
            access_request(ContactPreference::Email),
        )
        .await
    })
    .await;
    assert!(
        broke.is_err(),
        "the workflow broke after storing the request, before the email"
    );
    let mut reads = world.services.reads();
    assert!(
        reads.requests_for_person(me).await.expect("q").is_empty(),
        "no request"
    );
    assert!(
        reads.notifications(me, 10).await.expect("q").is_empty(),
        "no message"
    );
    assert!(
        reads.emails_to_send(5, 10).await.expect("q").is_empty(),
        "no email"
    );
    assert_eq!(reads.audit_head().await.expect("head"), before, "no event");
}

#[tokio::test]
async fn refusals_are_on_the_log_and_answer_as_not_found() {
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 3, 1, false)
        .await
        .expect("people");
    let (me, caller) = person(&world, 1).await;
    let (them, _) = person(&world, 2).await;
    let invited = candour_services::delegates::invite(
        &world.services,
        &caller,
        me,
        candour_services::delegates::NewInvitation {
            name: "Sam".to_owned(),
            email: String::new(),
            scopes: vec![DelegateScope::ReadRecord.key().to_owned()],
            ends_on: Ok(None),
        },
    )
    .await;
    assert!(invited.is_ok(), "the owner succeeds: {invited:?}");
    let refused = candour_services::delegates::invite(
        &world.services,
        &caller,
        them,
        candour_services::delegates::NewInvitation {
            name: "Mallory".to_owned(),
            email: String::new(),
            scopes: vec![DelegateScope::ReadRecord.key().to_owned()],
            ends_on: Ok(None),
        },
    )
    .await;
    assert!(
        matches!(refused, Err(ServiceError::NotFound)),
        "{refused:?}"
    );
    assert_eq!(
        actions(&world, them)
            .await
            .into_iter()
            .filter(|(action, _)| *action == AuditAction::InvitedDelegate)
            .collect::<Vec<_>>(),
        vec![(AuditAction::InvitedDelegate, Outcome::Refused)],
        "the attempt on someone else is recorded against them"
    );
    assert!(
        world
            .services
            .reads()
            .delegations_for_person(them)
            .await
            .expect("q")
            .is_empty(),
        "and nothing was made"
    );
}

#[tokio::test]
async fn checkpoints_are_signed_as_the_log_grows_and_the_chain_verifies() {
    let world = world(5).await;
    candour_services::demo::load(&world.services, 3, 1, false)
        .await
        .expect("people");
    let (_, caller) = person(&world, 1).await;
    for _ in 0..6 {
        world.clock.advance(60);
        candour_services::requests::send(
            &world.services,
            &caller,
            access_request(ContactPreference::Portal),
        )
        .await
        .expect("sent");
    }
    let latest = world
        .services
        .reads()
        .latest_checkpoint()
        .await
        .expect("q")
        .expect("a checkpoint after five new events");
    assert!(latest.seq >= 5, "{latest:?}");
    let intact = candour_services::audit::verify::verify(world.services.reads(), &world.key)
        .await
        .expect("read")
        .expect("intact");
    let head = world
        .services
        .reads()
        .audit_head()
        .await
        .expect("q")
        .expect("some");
    assert_eq!(intact.events, head.seq);
    let (other, _) = AuditKey::generate();
    let wrong =
        candour_services::audit::verify::verify(world.services.reads(), &other.public_key())
            .await
            .expect("read");
    assert!(
        wrong.is_err(),
        "another key's public half does not verify the checkpoints"
    );
}

#[tokio::test]
async fn the_activity_trail_from_before_the_log_moves_into_it_once_in_order() {
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 3, 1, false)
        .await
        .expect("people");
    let (me, caller) = person(&world, 1).await;
    let account = caller.account().expect("account");
    let staff = candour_services::sessions::sign_in(
        &world.services,
        None,
        &NewAccount {
            kind: AccountKind::Staff,
            issuer: "https://id.example".to_owned(),
            subject: "kim".to_owned(),
            display_name: "Kim".to_owned(),
            email: None,
            person: None,
            roles: [candour_domain::access::Role::Caseworker]
                .into_iter()
                .collect(),
        },
        Assurance::High,
        "staff",
        candour_services::sessions::PersonLink::Keep,
    )
    .await
    .expect("staff");
    drop(world.services);
    // An older Candour's trail: the table its migration made, with lines in it.
    {
        use sqlx::Connection as _;
        let mut db = sqlx::SqliteConnection::connect(&world.url)
            .await
            .expect("open");
        sqlx::query(
            "CREATE TABLE activity (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, \
             account_id INTEGER NOT NULL, person_id INTEGER, action TEXT NOT NULL, \
             detail TEXT NOT NULL DEFAULT '')",
        )
        .execute(&mut db)
        .await
        .expect("create");
        for (at, who, action, detail) in [
            (100, account.0, "made_request", "CR-000001"),
            (
                200,
                staff.account.id.0,
                "staff_viewed_entry",
                "entry 1 (accuracy)",
            ),
            (300, account.0, "something_retired", "old detail"),
        ] {
            sqlx::query(
                "INSERT INTO activity (at, account_id, person_id, action, detail) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(at)
            .bind(who)
            .bind(me.0)
            .bind(action)
            .bind(detail)
            .execute(&mut db)
            .await
            .expect("insert");
        }
    }
    let reopened = world_again(&world.url).await;
    let moved: Vec<_> = reopened
        .reads()
        .audit_for_person(me, 100)
        .await
        .expect("log")
        .into_iter()
        .filter(|(e, _)| e.at < 1_000)
        .map(|(e, c)| (e.at, e.action, e.actor.kind, c.and_then(|c| c.detail)))
        .collect();
    assert_eq!(
        moved,
        vec![
            (
                300,
                AuditAction::EarlierActivity,
                ActorKind::Person,
                Some("something_retired: old detail".to_owned())
            ),
            (
                200,
                AuditAction::StaffViewedEntry,
                ActorKind::Staff,
                Some("entry 1 (accuracy)".to_owned())
            ),
            (
                100,
                AuditAction::MadeRequest,
                ActorKind::Person,
                Some("CR-000001".to_owned())
            ),
        ]
    );
    assert_eq!(
        reopened.reads().earlier_activity().await.expect("q"),
        None,
        "the old table is gone"
    );
    drop(reopened);
    let again = world_again(&world.url).await;
    assert_eq!(
        again
            .reads()
            .audit_for_person(me, 100)
            .await
            .expect("log")
            .iter()
            .filter(|(e, _)| e.at < 1_000)
            .count(),
        3,
        "moved once"
    );
}

async fn world_again(url: &str) -> Services {
    Services::open(
        &Database::Sqlite(url.to_owned()),
        Arc::new(FixedClock::at(MORNING)),
        Settings::default(),
        None,
        Arc::new(TestWording::default()),
    )
    .await
    .expect("reopen")
}

#[tokio::test]
async fn a_public_account_follows_its_person_when_the_case_system_corrects_an_nhs_number() {
    use candour_services::sessions::{PersonLink, sign_in};
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 3, 1, false)
        .await
        .expect("people");
    // Person 1's record carries the NHS number the provider will vouch for.
    let number = "9434765919".to_owned();
    {
        use sqlx::Connection as _;
        let mut db = sqlx::SqliteConnection::connect(&world.url)
            .await
            .expect("open");
        sqlx::query("UPDATE people SET nhs_number = $1 WHERE id = 1")
            .bind(&number)
            .execute(&mut db)
            .await
            .expect("number");
    }
    let account = NewAccount {
        kind: AccountKind::Public,
        issuer: "https://login.example".to_owned(),
        subject: "nhs-login-subject".to_owned(),
        display_name: "Someone".to_owned(),
        email: None,
        person: None,
        roles: Default::default(),
    };
    let link = || PersonLink::ByNhsNumber(number.clone());
    let signed_in = sign_in(
        &world.services,
        None,
        &account,
        Assurance::High,
        "public",
        link(),
    )
    .await
    .expect("sign in");
    assert_eq!(signed_in.account.details.person, Some(PersonId(1)));
    // The case system corrects person 1's NHS number: it was someone else's.
    {
        use sqlx::Connection as _;
        let mut db = sqlx::SqliteConnection::connect(&world.url)
            .await
            .expect("open");
        sqlx::query("UPDATE people SET nhs_number = '9990001112' WHERE id = 1")
            .execute(&mut db)
            .await
            .expect("correct");
    }
    let again = sign_in(
        &world.services,
        None,
        &account,
        Assurance::High,
        "public",
        link(),
    )
    .await
    .expect("sign in");
    assert_eq!(
        again.account.details.person, None,
        "no longer linked to a record that is not theirs"
    );
    // A sign-in that checks nothing keeps the account as it is.
    let low = sign_in(
        &world.services,
        None,
        &account,
        Assurance::Low,
        "public",
        PersonLink::Keep,
    )
    .await
    .expect("sign in");
    assert_eq!(low.account.details.person, None);
}

#[tokio::test]
async fn a_code_is_accepted_only_by_someone_whose_identity_was_checked() {
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 3, 1, false)
        .await
        .expect("people");
    let (me, caller) = person(&world, 1).await;
    let made = candour_services::delegates::invite(
        &world.services,
        &caller,
        me,
        candour_services::delegates::NewInvitation {
            name: "Sam".to_owned(),
            email: String::new(),
            scopes: vec![DelegateScope::ReadRecord.key().to_owned()],
            ends_on: Ok(None),
        },
    )
    .await
    .expect("invited");
    let (_, helper) = person(&world, 2).await;
    let Caller::SignedIn {
        session, account, ..
    } = helper.clone()
    else {
        panic!("signed in");
    };
    let unchecked = Caller::SignedIn {
        session,
        account,
        actor: None,
        assurance: Assurance::Low,
    };
    let refused =
        candour_services::delegates::accept(&world.services, &unchecked, &made.code).await;
    match refused {
        Err(ServiceError::Invalid(problems)) => {
            assert_eq!(problems[0].message, "error-code-identity-not-checked")
        }
        other => panic!("{other:?}"),
    }
    let accepted = candour_services::delegates::accept(&world.services, &helper, &made.code)
        .await
        .expect("a checked identity is accepted");
    assert_eq!(accepted, me);
}

/// Person `person`'s own caller, re-dressed as someone acting for them with `scopes`.
fn acting_for(caller: &Caller, person: PersonId, scopes: &[DelegateScope]) -> Caller {
    let Caller::SignedIn {
        session, account, ..
    } = caller.clone()
    else {
        panic!("signed in");
    };
    Caller::SignedIn {
        session,
        account,
        assurance: Assurance::High,
        actor: Some(Actor::Delegate {
            account,
            person,
            scopes: scopes.iter().copied().collect(),
            assurance: Assurance::High,
        }),
    }
}

#[tokio::test]
async fn a_person_sees_the_shares_they_were_told_of_and_nothing_of_one_not_yet_told() {
    use candour_services::sharing::{told_share, told_shares};
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 3, 1, true)
        .await
        .expect("people");
    // Demo person 2 was told of two shares (one with consent); person 3 of one, and not yet of
    // a safeguarding share.
    let (two, caller_two) = person(&world, 2).await;
    let shares = told_shares(&world.services, &caller_two, two)
        .await
        .expect("their shares");
    assert_eq!(shares.len(), 2);
    assert!(shares.iter().any(|s| s.sharing.with_consent()));
    let whole = told_share(&world.services, &caller_two, two, shares[0].id)
        .await
        .expect("one share");
    assert_eq!(whole.share, shares[0]);
    assert!(!whole.entries.is_empty(), "the entries shared are named");

    let (three, caller_three) = person(&world, 3).await;
    let all = world
        .services
        .reads()
        .shares_with_ids(three)
        .await
        .expect("stored");
    assert_eq!(all.len(), 2);
    let (hidden, _) = all
        .iter()
        .find(|(_, s)| !s.shown_to_person())
        .expect("a share not yet told");
    let theirs = told_shares(&world.services, &caller_three, three)
        .await
        .expect("their shares");
    assert_eq!(theirs.len(), 1);
    assert!(theirs.iter().all(|s| s.id != *hidden));
    assert!(matches!(
        told_share(&world.services, &caller_three, three, *hidden).await,
        Err(ServiceError::NotFound)
    ));
    // Someone else's share answers exactly as that one does.
    assert!(matches!(
        told_share(&world.services, &caller_three, three, shares[0].id).await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        told_shares(&world.services, &caller_three, two).await,
        Err(ServiceError::NotFound)
    ));
}

#[tokio::test]
async fn a_delegate_sees_sharing_and_who_looked_only_with_that_scope_and_the_person_sees_it_was_them()
 {
    use candour_services::access_log::staff_views;
    use candour_services::sharing::told_shares;
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 3, 1, true)
        .await
        .expect("people");
    let (me, _) = person(&world, 2).await;
    let (_, helper) = person(&world, 1).await;
    let reader_only = acting_for(&helper, me, &[DelegateScope::ReadRecord]);
    assert!(matches!(
        told_shares(&world.services, &reader_only, me).await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        staff_views(&world.services, &reader_only, me, &Default::default(), 1).await,
        Err(ServiceError::NotFound)
    ));
    let with_scope = acting_for(&helper, me, &[DelegateScope::SharingAndAccess]);
    assert_eq!(
        told_shares(&world.services, &with_scope, me)
            .await
            .expect("allowed")
            .len(),
        2
    );
    staff_views(&world.services, &with_scope, me, &Default::default(), 1)
        .await
        .expect("allowed");
    let log = actions(&world, me).await;
    assert!(log.contains(&(AuditAction::OpenedPage, Outcome::Done)));
    assert!(log.contains(&(AuditAction::OpenedPage, Outcome::Refused)));
}

/// Staff open an entry by choosing to (a POST), which records the view; its page (a GET) then
/// shows it in the same sign-in for the same reason without recording anything, and shows
/// nothing before it was opened, to another sign-in or for another reason.
#[tokio::test]
async fn an_entry_page_shows_only_what_this_sign_in_opened_and_records_nothing_itself() {
    use candour_services::records::{Why, staff_entry_opened, staff_open_entry};
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 2, 1, true)
        .await
        .expect("people");
    let (me, my_caller) = person(&world, 1).await;
    let staff = caseworker_for(&world, &[me]).await;
    let colleague = caseworker_for(&world, &[me]).await;
    let (mine, _) = world
        .services
        .reads()
        .entries_for_person(me, None, None, 0, 1)
        .await
        .expect("entries");
    let entry = mine[0].id;
    let head = || async { world.services.reads().audit_head().await.expect("head") };
    let before = head().await;
    let shown = |caller, why| staff_entry_opened(&world.services, caller, me, entry, why);
    assert_eq!(shown(&staff, Why::CaseWork).await.expect("asked"), None);
    assert_eq!(
        head().await,
        before,
        "a page fetched on its own records nothing"
    );
    let (_, opened) = staff_open_entry(&world.services, &staff, me, entry, Why::CaseWork)
        .await
        .expect("opened");
    let after_opening = head().await;
    assert_ne!(after_opening, before, "opening is recorded");
    let (_, again) = shown(&staff, Why::CaseWork)
        .await
        .expect("shown")
        .expect("opened in this sign-in");
    assert_eq!(again, opened);
    assert_eq!(
        head().await,
        after_opening,
        "showing it again records nothing"
    );
    assert_eq!(
        shown(&staff, Why::AccuracyCheck).await.expect("asked"),
        None
    );
    assert_eq!(shown(&colleague, Why::CaseWork).await.expect("asked"), None);
    assert!(matches!(
        shown(&my_caller, Why::CaseWork).await,
        Err(candour_services::ServiceError::NotFound)
    ));
}

#[tokio::test]
async fn every_staff_view_is_in_the_persons_access_log_with_who_what_and_why() {
    use candour_domain::access::Role;
    use candour_services::access_log::{LookedAt, staff_views};
    use candour_services::records::{Why, staff_open_entry};
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 2, 1, true)
        .await
        .expect("people");
    let (me, my_caller) = person(&world, 1).await;
    let (other, _) = person(&world, 2).await;
    let staff = caseworker_for(&world, &[me, other]).await;
    let empty = staff_views(&world.services, &my_caller, me, &Default::default(), 1)
        .await
        .expect("my log");
    assert_eq!(empty.total, 0);
    let (mine, _) = world
        .services
        .reads()
        .entries_for_person(me, None, None, 0, 1)
        .await
        .expect("entries");
    let (theirs, _) = world
        .services
        .reads()
        .entries_for_person(other, None, None, 0, 1)
        .await
        .expect("entries");
    staff_open_entry(&world.services, &staff, me, mine[0].id, Why::AccuracyCheck)
        .await
        .expect("opened");
    world.clock.advance(60);
    staff_open_entry(&world.services, &staff, me, mine[0].id, Why::RightsRequest)
        .await
        .expect("opened");
    staff_open_entry(
        &world.services,
        &staff,
        other,
        theirs[0].id,
        Why::AccuracyCheck,
    )
    .await
    .expect("opened");
    let log = staff_views(&world.services, &my_caller, me, &Default::default(), 1)
        .await
        .expect("my log");
    assert_eq!(log.total, 2, "only views of my information");
    assert_eq!(log.views.len(), 2);
    let newest = &log.views[0];
    assert_eq!(newest.at, MORNING + 60);
    assert_eq!(
        newest.role,
        candour_services::access_log::StaffRole::Candour(Role::Caseworker)
    );
    assert_eq!(
        newest.name, None,
        "the council has not chosen to show names"
    );
    assert_eq!(newest.organisation.as_deref(), Some("Demo Borough Council"));
    assert_eq!(newest.why.as_deref(), Some(Why::RightsRequest.key()));
    assert_eq!(
        newest.looked_at,
        LookedAt::Entry {
            id: mine[0].id,
            title: mine[0].details.title.clone(),
        }
    );
    assert_eq!(log.views[1].why.as_deref(), Some(Why::AccuracyCheck.key()));
    // Staff cannot read a person's access log as if it were theirs.
    assert!(matches!(
        staff_views(&world.services, &staff, me, &Default::default(), 1).await,
        Err(ServiceError::NotFound)
    ));
    let past_the_end = staff_views(&world.services, &my_caller, me, &Default::default(), 2)
        .await
        .expect("page 2");
    assert!(past_the_end.views.is_empty());
    assert_eq!(past_the_end.total, 2);

    // Narrowed by organisation (only those offered) and by period.
    use candour_services::access_log::{Narrowed, Period};
    assert_eq!(log.organisations, vec!["Demo Borough Council".to_owned()]);
    let narrowed = |organisation: &str, period| Narrowed {
        organisation: Some(organisation.to_owned()),
        period,
    };
    let total = |n: Narrowed| {
        let (services, caller) = (&world.services, &my_caller);
        async move {
            staff_views(services, caller, me, &n, 1)
                .await
                .expect("narrowed")
                .total
        }
    };
    assert_eq!(total(narrowed("Demo Borough Council", None)).await, 2);
    let not_offered = staff_views(
        &world.services,
        &my_caller,
        me,
        &narrowed("Northshire Police", None),
        1,
    )
    .await
    .expect("narrowed");
    assert_eq!(
        (not_offered.total, not_offered.narrowed.organisation),
        (2, None),
        "an organisation not offered is every organisation"
    );
    assert_eq!(
        total(narrowed("Demo Borough Council", Some(Period::Week))).await,
        2
    );
    world.clock.advance(8 * 86_400);
    assert_eq!(
        total(narrowed("Demo Borough Council", Some(Period::Week))).await,
        0
    );
    assert_eq!(
        total(narrowed("Demo Borough Council", Some(Period::Month))).await,
        2
    );
}

#[tokio::test]
async fn a_look_a_case_system_reports_is_in_the_log_by_when_it_happened_and_never_names_what_is_hidden()
 {
    use candour_domain::ingest::parse_batch;
    use candour_services::access_log::{LookedAt, Narrowed, StaffRole, staff_views};
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 2, 1, true)
        .await
        .expect("people");
    // The demo's second person was looked at in the council's systems by two organisations.
    let (demo, demo_caller) = person(&world, 2).await;
    let log = staff_views(&world.services, &demo_caller, demo, &Narrowed::default(), 1)
        .await
        .expect("their log");
    assert_eq!(log.total, 2);
    assert_eq!(
        log.organisations,
        vec![
            "Demo Borough Council".to_owned(),
            "Northshire NHS Foundation Trust".to_owned()
        ]
    );
    assert_eq!(
        log.views[0].looked_at,
        LookedAt::Described("Your contact details and address".to_owned())
    );
    assert_eq!(
        log.views[0].role,
        StaffRole::Described("Housing officer".to_owned())
    );
    assert!(matches!(log.views[1].looked_at, LookedAt::Entry { .. }));

    let entry = |id: &str, say_so: Option<bool>| {
        let mut entry = serde_json::json!({
            "person_source_id": "P-7", "source_id": id, "kind": "case_note", "title": format!("Note {id}"),
            "team": "Adults", "author_role": "Social worker", "event_date": "2026-01-02", "written_date": "2026-01-02",
            "statements": [{"label": "fact", "text": "We visited."}]
        });
        if let Some(say_so) = say_so {
            entry["withheld"] = serde_json::json!({"reason": "serious_harm", "say_so": say_so});
        }
        entry
    };
    let look = |id: &str, at: &str, entry: Option<&str>, opened: &str| {
        serde_json::json!({
            "person_source_id": "P-7", "source_id": id, "at": at,
            "staff": {"role": "Social worker"}, "opened": opened, "entry": entry
        })
    };
    let batch = parse_batch(
        &serde_json::json!({
            "people": [{"source_id": "P-7", "given_name": "Ana", "family_name": "Price", "date_of_birth": "1960-01-01"}],
            "entries": [entry("E-1", None), entry("E-2", Some(false))],
            "access_events": [
                look("A-1", "2026-01-05T10:00:00Z", Some("E-1"), "A note"),
                look("A-2", "2026-01-03T10:00:00Z", Some("E-2"), "The police report about your neighbour"),
                look("A-3", "2026-01-04T10:00:00Z", None, "Your address"),
            ]
        }),
        Default::default(),
        world.services.today(),
    )
    .expect("a good batch");
    let summary =
        candour_services::ingest::import(&world.services, &Caller::System, "Anytown", &batch)
            .await
            .expect("store")
            .expect("accepted");
    assert_eq!(summary.access_events_added, 3);
    let me = world
        .services
        .reads()
        .person_by_source_id("P-7")
        .await
        .expect("q")
        .expect("there")
        .id;
    let (_, caller) = person(&world, me.0).await;
    let log = staff_views(&world.services, &caller, me, &Narrowed::default(), 1)
        .await
        .expect("my log");
    let at = |text: &str| {
        chrono::DateTime::parse_from_rfc3339(text)
            .expect("time")
            .timestamp()
    };
    assert_eq!(
        log.views.iter().map(|v| v.at).collect::<Vec<_>>(),
        vec![
            at("2026-01-05T10:00:00Z"),
            at("2026-01-04T10:00:00Z"),
            at("2026-01-03T10:00:00Z")
        ],
        "newest first by when they looked, not by when Candour heard"
    );
    assert!(
        matches!(&log.views[0].looked_at, LookedAt::Entry { title, .. } if title == "Note E-1")
    );
    assert_eq!(
        log.views[1].looked_at,
        LookedAt::Described("Your address".to_owned())
    );
    assert_eq!(
        log.views[2].looked_at,
        LookedAt::Record,
        "an entry withheld without saying so is only \"your care record\", whatever the case system called it"
    );
    assert_eq!(log.views[2].organisation.as_deref(), Some("Anytown"));
}

#[tokio::test]
async fn the_demo_gives_its_first_person_as_many_staff_views_as_asked_paged_newest_first() {
    use candour_services::access_log::{PAGE_SIZE, staff_views};
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 1, 1, true)
        .await
        .expect("people");
    let (me, caller) = person(&world, 1).await;
    let count = u64::from(PAGE_SIZE) + 5;
    assert_eq!(
        candour_services::demo::staff_views(&world.services, 1, count)
            .await
            .expect("views"),
        me
    );
    let first = staff_views(&world.services, &caller, me, &Default::default(), 1)
        .await
        .expect("page 1");
    assert_eq!(first.total, count);
    assert_eq!(first.views.len(), PAGE_SIZE as usize);
    assert!(first.views.windows(2).all(|w| w[0].at > w[1].at));
    let second = staff_views(&world.services, &caller, me, &Default::default(), 2)
        .await
        .expect("page 2");
    assert_eq!(second.views.len(), 5);
    assert!(second.views[0].at < first.views[first.views.len() - 1].at);
    // "Next" from page 1 reads from its last look, and finds the same page; "Previous" from
    // page 2 reads back from its first, and finds page 1.
    use candour_domain::paging::{Position, Window};
    use candour_services::access_log::Place;
    let edge = candour_services::access_log::StaffView::position;
    let place = |page, window| Place { page, window };
    let next = staff_views(
        &world.services,
        &caller,
        me,
        &Default::default(),
        place(
            2,
            Window::OlderThan(edge(first.views.last().expect("a look"))),
        ),
    )
    .await
    .expect("next");
    assert_eq!((next.page, &next.views), (2, &second.views));
    let back = staff_views(
        &world.services,
        &caller,
        me,
        &Default::default(),
        place(1, Window::NewerThan(edge(&second.views[0]))),
    )
    .await
    .expect("previous");
    assert_eq!((back.page, &back.views), (1, &first.views));
    // An edge past every look (typed, or the log changed) is read by counting; one above
    // the newest look is the first page, whatever number the address gave.
    let past = staff_views(
        &world.services,
        &caller,
        me,
        &Default::default(),
        place(
            2,
            Window::OlderThan(Position {
                at: i64::MIN,
                seq: 0,
            }),
        ),
    )
    .await
    .expect("past the oldest");
    assert_eq!((past.page, &past.views), (2, &second.views));
    let above = staff_views(
        &world.services,
        &caller,
        me,
        &Default::default(),
        place(7, Window::NewerThan(edge(&first.views[3]))),
    )
    .await
    .expect("above the newest");
    assert_eq!((above.page, &above.views), (1, &first.views));
}

#[tokio::test]
async fn a_person_withdraws_a_consent_and_gives_it_again_once_each_with_the_log_and_nothing_else_changes()
 {
    use candour_domain::consent::ConsentStatus;
    use candour_services::consents::{change, consent, consents};
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 3, 1, true)
        .await
        .expect("people");
    // Demo person 2 agreed to the housing share; person 3 said no to a day centre.
    let (me, caller) = person(&world, 2).await;
    let mine = consents(&world.services, &caller, me).await.expect("mine");
    assert_eq!(mine.consents.len(), 1);
    let id = mine.consents[0].consent.id;
    assert_eq!(mine.consents[0].consent.status(), ConsentStatus::Given);
    let whole = consent(&world.services, &caller, me, id)
        .await
        .expect("one");
    assert_eq!(whole.shares.len(), 1, "the housing share went out under it");

    let withdrawn = change(&world.services, &caller, me, id, ConsentStatus::Withdrawn)
        .await
        .expect("withdrawn");
    assert!(withdrawn.reference().starts_with("CON-"));
    // A second press: refused with its reason, nothing changed, the refusal on the log.
    match change(&world.services, &caller, me, id, ConsentStatus::Withdrawn).await {
        Err(ServiceError::Invalid(problems)) => {
            assert_eq!(problems[0].message, "error-consent-already-withdrawn")
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    let after = consent(&world.services, &caller, me, id)
        .await
        .expect("one");
    assert_eq!(after.consent.changes.len(), 1);
    assert_eq!(after.consent.status(), ConsentStatus::Withdrawn);
    assert!(!after.consent.in_force_on(world.services.today()));

    change(&world.services, &caller, me, id, ConsentStatus::Given)
        .await
        .expect("given again");
    let again = consent(&world.services, &caller, me, id)
        .await
        .expect("one");
    assert_eq!(again.consent.status(), ConsentStatus::Given);
    assert!(again.consent.history().last().expect("line").again);
    let log = actions(&world, me).await;
    assert!(log.contains(&(AuditAction::WithdrewConsent, Outcome::Done)));
    assert!(log.contains(&(AuditAction::WithdrewConsent, Outcome::Refused)));
    assert!(log.contains(&(AuditAction::GaveConsent, Outcome::Done)));

    // Someone else's consent number answers as not found, and changes nothing.
    let (them, theirs) = person(&world, 3).await;
    assert!(matches!(
        consent(&world.services, &theirs, them, id).await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        change(&world.services, &theirs, them, id, ConsentStatus::Withdrawn).await,
        Err(ServiceError::NotFound)
    ));
    assert_eq!(
        consent(&world.services, &caller, me, id)
            .await
            .expect("one")
            .consent
            .changes
            .len(),
        2
    );
    // A no cannot be withdrawn; it can be given.
    let refused = consents(&world.services, &theirs, them)
        .await
        .expect("theirs");
    assert_eq!(refused.consents[0].consent.status(), ConsentStatus::Refused);
    assert!(matches!(
        change(
            &world.services,
            &theirs,
            them,
            refused.consents[0].consent.id,
            ConsentStatus::Withdrawn
        )
        .await,
        Err(ServiceError::Invalid(_))
    ));
}

#[tokio::test]
async fn only_a_delegate_with_the_consent_scope_may_change_a_consent_and_the_person_is_told() {
    use candour_domain::consent::{ChangedBy, ConsentStatus};
    use candour_services::consents::{change, consents};
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 3, 1, true)
        .await
        .expect("people");
    let (me, mine) = person(&world, 2).await;
    let (_, helper) = person(&world, 1).await;
    let id = consents(&world.services, &mine, me)
        .await
        .expect("mine")
        .consents[0]
        .consent
        .id;
    let reader = acting_for(
        &helper,
        me,
        &[DelegateScope::ReadRecord, DelegateScope::SharingAndAccess],
    );
    assert!(matches!(
        consents(&world.services, &reader, me).await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        change(&world.services, &reader, me, id, ConsentStatus::Withdrawn).await,
        Err(ServiceError::NotFound)
    ));
    let manager = acting_for(&helper, me, &[DelegateScope::ManageConsent]);
    change(&world.services, &manager, me, id, ConsentStatus::Withdrawn)
        .await
        .expect("allowed");
    let now = consents(&world.services, &mine, me).await.expect("mine");
    let line = now.consents[0].consent.history().pop().expect("line");
    assert!(
        matches!(line.by, ChangedBy::Delegate(ref name) if !name.is_empty()),
        "{line:?}"
    );
    let told = world
        .services
        .reads()
        .notifications(me, 10)
        .await
        .expect("messages");
    assert!(
        told.iter()
            .any(|m| m.kind == "consent-withdrawn-by-delegate")
    );
    let log = actions(&world, me).await;
    assert!(log.contains(&(AuditAction::WithdrewConsent, Outcome::Refused)));
    assert!(log.contains(&(AuditAction::WithdrewConsent, Outcome::Done)));
}

/// A caseworker signed in, as the demo signs staff in.
async fn caseworker(world: &World) -> Caller {
    staff_with(world, candour_domain::access::Role::Caseworker).await
}

/// A caseworker who has said why they open each of `people`'s cases (asked only of a case
/// closed long enough ago: `candour_services::closed_cases`).
async fn caseworker_for(world: &World, people: &[PersonId]) -> Caller {
    let staff = caseworker(world).await;
    for person in people {
        candour_services::closed_cases::give_reason(&world.services, &staff, *person, "Casework")
            .await
            .expect("a reason, if asked");
    }
    staff
}

/// A member of staff with one `role`, signed in through the demo.
async fn staff_with(world: &World, role: candour_domain::access::Role) -> Caller {
    let started = candour_services::demo::sign_in(
        &world.services,
        None,
        candour_services::demo::DemoIdentity::Staff(role),
    )
    .await
    .expect("staff");
    Caller::SignedIn {
        session: candour_services::sessions::token_hash(&started.id),
        assurance: Assurance::High,
        account: started.account.id,
        actor: Some(Actor::Staff {
            account: started.account.id,
            roles: [role].into_iter().collect(),
        }),
    }
}

#[tokio::test]
async fn after_a_withdrawal_no_share_is_taken_and_staff_follow_it_to_each_recipient_once() {
    use candour_domain::consent::{ConsentStatus, NoticeStep};
    use candour_domain::ingest::parse_batch;
    use candour_services::consent_recipients::{outstanding, record};
    use candour_services::consents::{change, consents};
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 1, 1, true)
        .await
        .expect("people");
    let share = |id: &str, on: &str| {
        serde_json::json!({
            "person_source_id": "P-9", "source_id": id, "shared_on": on,
            "recipient": {"organisation": "Anytown Housing", "role": "Housing officer"},
            "information": "Housing needs", "purpose": "To find a home",
            "lawful_basis": "consent", "consent": "C-9", "told_on": on
        })
    };
    let batch = |value: serde_json::Value| {
        parse_batch(&value, Default::default(), world.services.today()).expect("a good batch")
    };
    let first = batch(serde_json::json!({
        "people": [{"source_id": "P-9", "given_name": "Ana", "family_name": "Price", "date_of_birth": "1960-01-01"}],
        "consents": [{"person_source_id": "P-9", "source_id": "C-9", "answer": "yes", "answered_on": "2026-01-05",
                      "method": "in_writing", "purpose": "To tell the housing team what you need", "recipients": "Anytown Housing"}],
        "sharing": [share("S-1", "2026-02-02")]
    }));
    candour_services::ingest::import(&world.services, &Caller::System, "Anytown", &first)
        .await
        .expect("store")
        .expect("accepted");
    let me = world
        .services
        .reads()
        .person_by_source_id("P-9")
        .await
        .expect("q")
        .expect("there")
        .id;
    let (_, caller) = person(&world, me.0).await;
    let id = consents(&world.services, &caller, me)
        .await
        .expect("mine")
        .consents[0]
        .consent
        .id;
    change(&world.services, &caller, me, id, ConsentStatus::Withdrawn)
        .await
        .expect("withdrawn");

    // From the withdrawal, the case system cannot share on it: refused, nothing kept, logged.
    let refused = candour_services::ingest::import(
        &world.services,
        &Caller::System,
        "Anytown",
        &batch(serde_json::json!({"sharing": [share("S-2", "2026-03-03")]})),
    )
    .await
    .expect("store")
    .expect_err("refused");
    assert_eq!(refused[0].path, "$.sharing[0].consent");
    assert_eq!(
        world
            .services
            .reads()
            .sharing_for_person(me)
            .await
            .expect("q")
            .len(),
        1
    );
    assert!(
        actions(&world, me)
            .await
            .contains(&(AuditAction::ReceivedShare, Outcome::Refused))
    );

    // The person sees who is being told; staff see it outstanding, and the demo's own.
    let mine = consents(&world.services, &caller, me).await.expect("mine");
    let withdrawal = mine.consents[0].withdrawal.clone().expect("withdrawn");
    assert_eq!(withdrawal.recipients.len(), 1);
    assert_eq!(withdrawal.recipients[0].organisation, "Anytown Housing");
    assert_eq!(withdrawal.recipients[0].told_on, None);
    let staff = caseworker(&world).await;
    let list = outstanding(&world.services, &staff).await.expect("list");
    let demo = list
        .iter()
        .find(|w| w.person == PersonId(1))
        .expect("the demo's withdrawal");
    let told: Vec<bool> = demo
        .withdrawal
        .recipients
        .iter()
        .map(|r| r.told_on.is_some())
        .collect();
    assert_eq!(
        told,
        vec![true, false],
        "the demo has one told and one not yet"
    );
    assert!(list.iter().any(|w| w.person == me && w.consent == id));
    assert!(
        list.windows(2)
            .all(|w| w[0].withdrawal.on <= w[1].withdrawal.on),
        "oldest first"
    );

    // Out of order, again, or by someone who is not staff: refused, nothing changed.
    let step = |caller: Caller, organisation: &'static str, step: NoticeStep| {
        let services = world.services.clone();
        async move { record(&services, &caller, id, organisation, step).await }
    };
    match step(
        staff.clone(),
        "Anytown Housing",
        NoticeStep::ConfirmedStopped,
    )
    .await
    {
        Err(ServiceError::Invalid(problems)) => {
            assert_eq!(problems[0].message, "error-recipient-not-told")
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert!(matches!(
        step(caller.clone(), "Anytown Housing", NoticeStep::Told).await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        outstanding(&world.services, &caller).await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        step(staff.clone(), "Somebody Else", NoticeStep::Told).await,
        Err(ServiceError::NotFound)
    ));
    let today = world.services.today();
    assert_eq!(
        step(staff.clone(), "Anytown Housing", NoticeStep::Told)
            .await
            .expect("told"),
        today
    );
    match step(staff.clone(), "Anytown Housing", NoticeStep::Told).await {
        Err(ServiceError::Invalid(problems)) => {
            assert_eq!(problems[0].message, "error-recipient-already-told")
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    step(
        staff.clone(),
        "Anytown Housing",
        NoticeStep::ConfirmedStopped,
    )
    .await
    .expect("confirmed");
    let seen = consents(&world.services, &caller, me)
        .await
        .expect("mine")
        .consents[0]
        .withdrawal
        .clone()
        .expect("withdrawn");
    assert_eq!(seen.recipients[0].told_on, Some(today));
    assert_eq!(seen.recipients[0].confirmed_on, Some(today));
    assert!(
        !outstanding(&world.services, &staff)
            .await
            .expect("list")
            .iter()
            .any(|w| w.person == me),
        "nothing left to follow up"
    );
    let log = actions(&world, me).await;
    assert!(log.contains(&(AuditAction::ToldRecipientOfWithdrawal, Outcome::Done)));
    assert!(log.contains(&(AuditAction::ToldRecipientOfWithdrawal, Outcome::Refused)));
    assert!(log.contains(&(AuditAction::RecipientConfirmedStopped, Outcome::Done)));
}

#[tokio::test]
async fn a_yes_for_a_set_time_ends_and_can_be_given_again_but_not_taken_back() {
    use candour_domain::consent::ConsentStatus;
    use candour_services::consents::{change, consents};
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 5, 1, true)
        .await
        .expect("people");
    // Demo person 5 (index 4) said yes to the housing share for a set time, now over.
    let (me, caller) = person(&world, 5).await;
    let mine = consents(&world.services, &caller, me).await.expect("mine");
    let ended = &mine.consents[0].consent;
    assert_eq!(ended.status(), ConsentStatus::Expired);
    assert!(ended.consent.evidence.is_some());
    let id = ended.id;
    match change(&world.services, &caller, me, id, ConsentStatus::Withdrawn).await {
        Err(ServiceError::Invalid(problems)) => {
            assert_eq!(problems[0].message, "error-consent-ended")
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    change(&world.services, &caller, me, id, ConsentStatus::Given)
        .await
        .expect("given again");
    let again = consents(&world.services, &caller, me).await.expect("mine");
    let line = again.consents[0].consent.history().pop().expect("line");
    assert_eq!(line.status, ConsentStatus::Given);
    assert!(line.again, "a yes after the end is a yes again");
    assert!(
        again.consents[0]
            .consent
            .in_force_on(world.services.today())
    );
}

#[tokio::test]
async fn someone_who_chose_email_for_news_is_emailed_when_a_delegate_changes_a_consent() {
    use candour_domain::consent::ConsentStatus;
    use candour_services::consents::{change, consents};
    use candour_services::notification_choices::{choice, choose};
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 3, 1, true)
        .await
        .expect("people");
    let (me, mine) = person(&world, 2).await;
    let (_, helper) = person(&world, 1).await;
    let manager = acting_for(&helper, me, &[DelegateScope::ManageConsent]);
    let emails = || async {
        world
            .services
            .reads()
            .emails_to_send(5, 100)
            .await
            .expect("outbox")
            .into_iter()
            .map(|(_, email)| email)
            .collect::<Vec<_>>()
    };

    // Bad answers: refused with the field, nothing kept.
    let helpers = vec!["helpers".to_owned()];
    for (how, email, kinds, field, message) in [
        ("", "", &helpers, "how", "error-notify-choose"),
        (
            "email",
            " ",
            &helpers,
            "email",
            "error-notify-email-missing",
        ),
        (
            "email",
            "not an address",
            &helpers,
            "email",
            "error-notify-email-invalid",
        ),
        (
            "email",
            "me@example.org",
            &vec![],
            "kinds",
            "error-notify-kinds",
        ),
        (
            "email",
            "me@example.org",
            &vec!["nonsense".to_owned()],
            "kinds",
            "error-notify-kinds",
        ),
    ] {
        match choose(&world.services, &mine, me, how, email, kinds).await {
            Err(ServiceError::Invalid(problems)) => {
                assert_eq!(
                    (problems[0].field.as_str(), problems[0].message.as_str()),
                    (field, message)
                )
            }
            other => panic!("{how} {email}: expected a refusal, got {other:?}"),
        }
    }
    assert_eq!(
        choice(&world.services, &mine, me)
            .await
            .expect("mine")
            .email,
        None
    );
    // Only the person chooses where their news goes.
    assert!(matches!(
        choose(
            &world.services,
            &manager,
            me,
            "email",
            "helper@example.org",
            &helpers
        )
        .await,
        Err(ServiceError::NotFound)
    ));

    // Website only: a delegate's change is a message, and no email.
    let id = consents(&world.services, &mine, me)
        .await
        .expect("mine")
        .consents[0]
        .consent
        .id;
    change(&world.services, &manager, me, id, ConsentStatus::Withdrawn)
        .await
        .expect("withdrawn");
    assert!(emails().await.is_empty());

    // Email for answers only: a helper's change is still no email.
    choose(
        &world.services,
        &mine,
        me,
        "email",
        "me@example.org",
        &["answers".to_owned()],
    )
    .await
    .expect("chosen");
    change(&world.services, &manager, me, id, ConsentStatus::Given)
        .await
        .expect("given");
    assert!(emails().await.is_empty(), "helpers' news not chosen");
    change(&world.services, &manager, me, id, ConsentStatus::Withdrawn)
        .await
        .expect("withdrawn");

    // Email for helpers' news: the next change is emailed.
    choose(
        &world.services,
        &mine,
        me,
        "email",
        " me@example.org ",
        &helpers,
    )
    .await
    .expect("chosen");
    let chosen = choice(&world.services, &mine, me).await.expect("mine");
    assert_eq!(chosen.email.as_deref(), Some("me@example.org"));
    assert_eq!(
        chosen.by_email.into_iter().collect::<Vec<_>>(),
        [candour_domain::news::NewsKind::Helpers]
    );
    change(&world.services, &manager, me, id, ConsentStatus::Given)
        .await
        .expect("given");
    let sent = emails().await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].to, "me@example.org");
    assert_eq!(
        sent[0].body, "/consents",
        "it points to the page, and says nothing more"
    );
    let log = actions(&world, me).await;
    assert!(log.contains(&(AuditAction::ChoseNotifications, Outcome::Done)));
    assert!(log.contains(&(AuditAction::ChoseNotifications, Outcome::Refused)));
}

#[tokio::test]
async fn a_session_notes_its_use_at_most_once_a_minute_and_counts_the_time_left_from_it() {
    use candour_domain::session::SessionLimits;
    use candour_services::sessions::{Resumed, resume, token_hash};
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 1, 1, false)
        .await
        .expect("people");
    let started = candour_services::demo::sign_in(
        &world.services,
        None,
        candour_services::demo::DemoIdentity::Person(PersonId(1)),
    )
    .await
    .expect("sign in");
    let hash = token_hash(&started.id);
    let limits = SessionLimits::default();
    let last_seen = || {
        let (services, hash) = (&world.services, &hash);
        async move {
            services
                .reads()
                .session(hash)
                .await
                .expect("read")
                .expect("there")
                .last_seen_at
        }
    };
    let left = || {
        let (services, hash) = (&world.services, &hash);
        async move {
            match resume(services, hash, limits).await.expect("resume") {
                Resumed::Live(live) => live.seconds_left,
                Resumed::Ended => panic!("ended"),
            }
        }
    };
    world.clock.advance(30);
    assert_eq!(left().await, limits.idle - 30, "counted from sign-in");
    assert_eq!(
        last_seen().await,
        MORNING,
        "not written again within the minute"
    );
    world.clock.advance(31);
    assert_eq!(left().await, limits.idle, "a minute on, noted again");
    assert_eq!(last_seen().await, MORNING + 61);
    world.clock.advance(limits.idle - 1);
    assert_eq!(
        left().await,
        limits.idle,
        "just before the limit, still live"
    );
    world.clock.advance(limits.idle);
    assert!(matches!(
        resume(&world.services, &hash, limits)
            .await
            .expect("resume"),
        Resumed::Ended
    ));
}

/// Issue 15 point 5 and issue 16 point 6: staff record a share question by question; told now,
/// the person sees it at once and is told; not yet, they see nothing; a consent withdrawn
/// before the share is refused when chosen and again when confirmed, each refusal on the log.
#[tokio::test]
async fn staff_record_a_share_step_by_step_and_never_under_a_withdrawn_consent() {
    use candour_domain::consent::ConsentStatus;
    use candour_domain::ingest::parse_batch;
    use candour_domain::sharing::LawfulBasis;
    use candour_domain::sharing::draft::{ShareAnswers, ShareQuestion};
    use candour_services::consents::{change, consents};
    use candour_services::share_recording::{answer, record, recorded, recording};
    use candour_services::sharing::told_shares;
    let world = world(1_000).await;
    let batch = parse_batch(
        &serde_json::json!({
            "people": [{"source_id": "P-5", "given_name": "Ana", "family_name": "Price", "date_of_birth": "1960-01-01"}],
            "entries": [{
                "person_source_id": "P-5", "source_id": "E-1", "kind": "case_note", "title": "Care plan",
                "team": "Adults", "author_role": "Social worker", "event_date": "2026-01-02", "written_date": "2026-01-02",
                "statements": [{"label": "fact", "text": "We visited."}]
            }],
            "consents": [{"person_source_id": "P-5", "source_id": "C-5", "answer": "yes", "answered_on": "2026-01-05",
                          "method": "in_writing", "purpose": "To tell the housing team what you need", "recipients": "Anytown Housing"}]
        }),
        Default::default(),
        world.services.today(),
    )
    .expect("a good batch");
    candour_services::ingest::import(&world.services, &Caller::System, "Anytown", &batch)
        .await
        .expect("store")
        .expect("accepted");
    let me = world
        .services
        .reads()
        .person_by_source_id("P-5")
        .await
        .expect("q")
        .expect("there")
        .id;
    let (_, mine) = person(&world, me.0).await;
    let staff = caseworker(&world).await;
    let step = |caller: &Caller, question: ShareQuestion, answers: ShareAnswers| {
        let (services, caller) = (world.services.clone(), caller.clone());
        async move { answer(&services, &caller, me, question, answers).await }
    };
    fn problem<T: std::fmt::Debug>(result: Result<T, ServiceError>) -> String {
        match result {
            Err(ServiceError::Invalid(problems)) => problems[0].message.clone(),
            other => panic!("expected a problem, got {other:?}"),
        }
    }

    // The person cannot record a share of their own information; nor see the staff pages.
    assert!(matches!(
        recording(&world.services, &mine, me).await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        step(&mine, ShareQuestion::Recipient, ShareAnswers::default()).await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        recording(&world.services, &staff, PersonId(999)).await,
        Err(ServiceError::NotFound)
    ));

    // The questions, with a blank recipient and an entry not theirs refused on the way.
    let offered = recording(&world.services, &staff, me).await.expect("staff");
    assert_eq!(
        offered.entries,
        vec![("E-1".to_owned(), "Care plan".to_owned())]
    );
    assert_eq!(offered.consents[0].status, ConsentStatus::Given);
    assert_eq!(
        problem(step(&staff, ShareQuestion::Recipient, ShareAnswers::default()).await),
        "error-share-organisation-missing"
    );
    step(
        &staff,
        ShareQuestion::Recipient,
        ShareAnswers {
            organisation: "Anytown Housing".into(),
            role: "Housing officer".into(),
            ..Default::default()
        },
    )
    .await
    .expect("recipient");
    let information = |entries: Vec<String>| ShareAnswers {
        information: "Your housing needs".into(),
        entries,
        ..Default::default()
    };
    assert_eq!(
        problem(
            step(
                &staff,
                ShareQuestion::Information,
                information(vec!["E-9".into()])
            )
            .await
        ),
        "error-share-entry-unknown"
    );
    step(
        &staff,
        ShareQuestion::Information,
        information(vec!["E-1".into()]),
    )
    .await
    .expect("information");
    step(
        &staff,
        ShareQuestion::Purpose,
        ShareAnswers {
            purpose: "To find you a home".into(),
            ..Default::default()
        },
    )
    .await
    .expect("purpose");
    step(
        &staff,
        ShareQuestion::Basis,
        ShareAnswers {
            basis: Some(LawfulBasis::Consent),
            ..Default::default()
        },
    )
    .await
    .expect("basis");
    let with_consent = ShareAnswers {
        consent: "C-5".into(),
        ..Default::default()
    };
    step(&staff, ShareQuestion::Grounds, with_consent.clone())
        .await
        .expect("grounds");
    let now = ShareAnswers {
        tell: "now".into(),
        ..Default::default()
    };
    let draft = step(&staff, ShareQuestion::Telling, now.clone())
        .await
        .expect("telling");
    assert_eq!(draft.next_question(), None);

    // Confirmed: stored, shown to the person at once, they are told, and it is on the log.
    let made = record(&world.services, &staff, me).await.expect("recorded");
    let told = told_shares(&world.services, &mine, me).await.expect("mine");
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].id, made.id);
    assert_eq!(told[0].sharing.consent.as_deref(), Some("C-5"));
    assert_eq!(told[0].sharing.entries, vec!["E-1".to_owned()]);
    assert!(
        actions(&world, me)
            .await
            .contains(&(AuditAction::RecordedShare, Outcome::Done))
    );
    let news = world
        .services
        .reads()
        .notifications(me, 10)
        .await
        .expect("news");
    assert!(news.iter().any(|n| n.kind == "share-told"), "{news:?}");
    // The answers are forgotten: confirming again records nothing more.
    assert_eq!(
        problem(record(&world.services, &staff, me).await),
        "error-share-unanswered"
    );

    // Answered for a second share, then the person withdraws the consent before it is
    // confirmed: confirming is refused, nothing is stored, and the refusal is on the log.
    for (question, answers) in [
        (
            ShareQuestion::Recipient,
            ShareAnswers {
                organisation: "Anytown Housing".into(),
                role: "Housing officer".into(),
                ..Default::default()
            },
        ),
        (ShareQuestion::Information, information(vec![])),
        (
            ShareQuestion::Purpose,
            ShareAnswers {
                purpose: "To check your new home".into(),
                ..Default::default()
            },
        ),
        (
            ShareQuestion::Basis,
            ShareAnswers {
                basis: Some(LawfulBasis::Consent),
                ..Default::default()
            },
        ),
        (ShareQuestion::Grounds, with_consent.clone()),
        (ShareQuestion::Telling, now.clone()),
    ] {
        step(&staff, question, answers).await.expect("an answer");
    }
    async fn refusals_of(world: &World, me: PersonId) -> usize {
        actions(world, me)
            .await
            .into_iter()
            .filter(|a| *a == (AuditAction::RecordedShare, Outcome::Refused))
            .count()
    }
    let refused_before = refusals_of(&world, me).await;
    let consent = consents(&world.services, &mine, me)
        .await
        .expect("mine")
        .consents[0]
        .consent
        .id;
    change(
        &world.services,
        &mine,
        me,
        consent,
        ConsentStatus::Withdrawn,
    )
    .await
    .expect("withdrawn");
    assert_eq!(
        problem(record(&world.services, &staff, me).await),
        "error-share-consent-not-in-force"
    );
    assert_eq!(
        problem(step(&staff, ShareQuestion::Grounds, with_consent).await),
        "error-share-consent-not-in-force"
    );
    assert_eq!(
        world
            .services
            .reads()
            .sharing_for_person(me)
            .await
            .expect("q")
            .len(),
        1,
        "nothing more stored"
    );
    assert_eq!(
        refusals_of(&world, me).await,
        refused_before + 2,
        "both on the log"
    );

    // On another basis, not told yet: stored, seen by staff with its review date, not by them.
    step(
        &staff,
        ShareQuestion::Basis,
        ShareAnswers {
            basis: Some(LawfulBasis::PublicTask),
            ..Default::default()
        },
    )
    .await
    .expect("basis");
    step(
        &staff,
        ShareQuestion::Grounds,
        ShareAnswers {
            authority: Some(candour_domain::sharing::Authority::Safeguarding),
            approved_by: "Sam Lee, team manager".into(),
            ..Default::default()
        },
    )
    .await
    .expect("grounds");
    let review_on = world.services.today() + chrono::Days::new(28);
    step(
        &staff,
        ShareQuestion::Telling,
        ShareAnswers {
            tell: "not_yet".into(),
            reason: "Telling them now would put them at risk".into(),
            review_on: Ok(Some(review_on)),
            ..Default::default()
        },
    )
    .await
    .expect("not yet");
    let hidden = record(&world.services, &staff, me).await.expect("recorded");
    assert_eq!(
        told_shares(&world.services, &mine, me)
            .await
            .expect("mine")
            .len(),
        1,
        "a share not yet told is not shown"
    );
    let (_, seen) = recorded(&world.services, &staff, me, hidden.id)
        .await
        .expect("staff see it");
    assert!(matches!(
        seen.sharing.telling,
        candour_domain::sharing::Telling::NotYet { review_on: on, .. } if on == review_on
    ));
    assert!(matches!(
        recorded(&world.services, &mine, me, hidden.id).await,
        Err(ServiceError::NotFound)
    ));
}

#[tokio::test]
async fn staff_list_shares_not_yet_told_by_review_date_and_the_person_never_sees_them() {
    use candour_domain::ingest::parse_batch;
    use candour_services::sharing::told_shares;
    use candour_services::untold_shares::untold;
    let world = world(1_000).await;
    let share = |person: &str, id: &str, review: Option<&str>| {
        let mut share = serde_json::json!({
            "person_source_id": person, "source_id": id, "shared_on": "2026-02-02",
            "recipient": {"organisation": "Anytown Police", "role": "Safeguarding officer"},
            "information": "Your care plan", "purpose": "To keep you safe",
            "lawful_basis": "public_task", "authority": "safeguarding",
            "approved_by": "Sam Lee, team manager"
        });
        match review {
            Some(on) => {
                share["not_told"] = serde_json::json!({"reason": "Telling now could put them at risk", "review_on": on})
            }
            None => share["told_on"] = serde_json::json!("2026-02-02"),
        }
        share
    };
    let batch = parse_batch(
        &serde_json::json!({
            "people": [
                {"source_id": "P-1", "given_name": "Ana", "family_name": "Price", "date_of_birth": "1960-01-01"},
                {"source_id": "P-2", "given_name": "Ben", "family_name": "Okoro", "date_of_birth": "1961-01-01"}
            ],
            "sharing": [
                share("P-1", "S-1", Some("2026-06-01")),
                share("P-1", "S-2", None),
                share("P-2", "S-3", Some("2026-03-02"))
            ]
        }),
        Default::default(),
        world.services.today(),
    )
    .expect("a good batch");
    candour_services::ingest::import(&world.services, &Caller::System, "Anytown", &batch)
        .await
        .expect("store")
        .expect("accepted");
    let ana = world
        .services
        .reads()
        .person_by_source_id("P-1")
        .await
        .expect("q")
        .expect("there")
        .id;

    // Staff see both untold shares, the earliest review first; Ben's was due yesterday.
    let staff = caseworker(&world).await;
    let listed = untold(&world.services, &staff).await.expect("staff");
    let shown: Vec<_> = listed
        .iter()
        .map(|u| (u.person_name.as_str(), u.sharing.source_id.as_str()))
        .collect();
    assert_eq!(shown, [("Ben Okoro", "S-3"), ("Ana Price", "S-1")]);
    let today = world.services.today();
    assert!(listed[0].sharing.review_overdue(today));
    assert!(!listed[1].sharing.review_overdue(today));
    let log = world
        .services
        .reads()
        .audit_events_after(0, 1_000)
        .await
        .expect("log");
    let (_, read) = log
        .iter()
        .rev()
        .find(|(e, _)| e.object == "shares-not-told")
        .expect("the list's reading is on the log");
    assert_eq!(
        read.as_ref().and_then(|c| c.detail.as_deref()),
        Some(format!("share:{} share:{}", listed[0].id, listed[1].id).as_str()),
        "with the shares it listed"
    );

    // Ana sees only the share she was told of; she cannot read staff's list.
    let (_, ana_signed_in) = person(&world, ana.0).await;
    let hers = told_shares(&world.services, &ana_signed_in, ana)
        .await
        .expect("hers");
    assert_eq!(hers.len(), 1);
    assert_eq!(hers[0].sharing.source_id, "S-2");
    assert!(matches!(
        untold(&world.services, &ana_signed_in).await,
        Err(ServiceError::NotFound)
    ));
}

#[tokio::test]
async fn a_persons_summary_for_staff_is_a_look_they_see_in_who_looked() {
    use candour_services::access_log::{LookedAt, staff_views};
    use candour_services::people::summary;
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 3, 1, true)
        .await
        .expect("people");
    let (me, mine) = person(&world, 1).await;
    let (_, someone_else) = person(&world, 2).await;
    let staff = caseworker_for(&world, &[me]).await;

    // Neither the person nor anyone else but staff may open it; nor may staff open nobody.
    for (caller, who) in [(&mine, me), (&someone_else, me), (&staff, PersonId(999))] {
        assert!(matches!(
            summary(&world.services, caller, who).await,
            Err(ServiceError::NotFound)
        ));
    }

    let first = summary(&world.services, &staff, me).await.expect("staff");
    assert_eq!(first.person.id, me);
    assert!(!first.entries.0.is_empty(), "the demo person has a record");
    assert!(first.entries.0.len() as u64 <= first.entries.1);
    assert!(
        first
            .shares
            .windows(2)
            .all(|w| w[0].1.shared_on >= w[1].1.shared_on),
        "newest share first"
    );
    assert_eq!(first.looks, 1, "this look counted");
    let again = summary(&world.services, &staff, me).await.expect("staff");
    assert_eq!(again.looks, 2, "each opening is a look");

    // The person sees the look: a summary of their information, for casework.
    let log = staff_views(&world.services, &mine, me, &Default::default(), 1)
        .await
        .expect("mine");
    let newest = &log.views[0];
    assert_eq!(newest.looked_at, LookedAt::Summary);
    assert_eq!(newest.why.as_deref(), Some("casework"));
    assert_eq!(log.total, again.looks);
}

#[tokio::test]
async fn a_persons_messages_are_counted_new_until_they_open_them_and_only_they_may() {
    use candour_services::messages::read;
    use candour_services::sessions::{Resumed, resume};
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 3, 1, false)
        .await
        .expect("people");
    let (me, mine) = person(&world, 1).await;
    let staff = caseworker(&world).await;
    let unread = |caller: &Caller| {
        let (services, caller) = (world.services.clone(), caller.clone());
        async move {
            let Caller::SignedIn { session, .. } = &caller else {
                panic!("signed in")
            };
            match resume(
                &services,
                session,
                candour_domain::session::SessionLimits::default(),
            )
            .await
            .expect("resume")
            {
                Resumed::Live(live) => live.unread_messages,
                Resumed::Ended => panic!("ended"),
            }
        }
    };
    let before = read(&world.services, &mine, me).await.expect("mine").len();
    assert_eq!(unread(&mine).await, 0, "everything so far read");
    // Two requests taken down by phone: the person is told of each.
    let reference = world
        .services
        .reads()
        .person(me)
        .await
        .expect("q")
        .expect("there")
        .details
        .source_id;
    for about in ["My care plan", "My assessment"] {
        candour_services::requests::take_down(
            &world.services,
            &staff,
            candour_services::requests::TakenDown {
                person_ref: reference.clone(),
                right: Some(candour_domain::rights::Right::Access),
                channel: Some(candour_domain::rights::Channel::Phone),
                received: Ok(Some(world.services.today())),
                about: about.to_owned(),
                helped_by: String::new(),
            },
        )
        .await
        .expect("taken down");
    }
    assert_eq!(unread(&mine).await, 2);
    assert_eq!(
        unread(&staff).await,
        0,
        "staff have no messages of their own"
    );

    // Staff cannot read them, and reading nothing changes nothing.
    assert!(matches!(
        read(&world.services, &staff, me).await,
        Err(ServiceError::NotFound)
    ));
    assert_eq!(unread(&mine).await, 2);

    let messages = read(&world.services, &mine, me).await.expect("mine");
    assert_eq!(messages.len(), before + 2);
    assert!(
        messages[..2].iter().all(|m| m.read_at.is_none()),
        "the two new ones are marked new this time"
    );
    assert_eq!(unread(&mine).await, 0);
}

#[tokio::test]
async fn what_we_hold_counts_what_the_person_is_shown_names_only_told_shares_and_keeps_by_the_schedule()
 {
    use candour_domain::retention::{Keeping, RetentionSchedule};
    use candour_services::what_we_hold::what_we_hold;
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 3, 1, true)
        .await
        .expect("people");
    // Person 3 was told of one share and not yet of a safeguarding share with the police.
    let (three, caller_three) = person(&world, 3).await;
    let held = what_we_hold(&world.services, &caller_three, three)
        .await
        .expect("their own");
    let (_, total) = world
        .services
        .reads()
        .entries_for_person(three, None, None, 0, 1)
        .await
        .expect("entries");
    assert!(total > 0);
    assert_eq!(held.parts.iter().map(|p| p.entries).sum::<u64>(), total);
    assert_eq!(held.shared.len(), 1);
    assert!(
        held.shared
            .iter()
            .all(|s| s.sharing.recipient_organisation != "Northshire Police"),
        "a share not yet told is not named"
    );
    assert_eq!(held.person.id, three);
    let keeping = RetentionSchedule::default().keeping(
        &held.person.details.retention_class,
        held.person.details.case_status,
    );
    assert_ne!(
        keeping,
        Keeping::NotInSchedule,
        "the demo's classes are in the schedule"
    );
    assert_eq!(held.keeping, keeping);
    // Person 2 said yes to a housing share: the consent in force is a purpose and a recipient.
    let (two, caller_two) = person(&world, 2).await;
    let theirs = what_we_hold(&world.services, &caller_two, two)
        .await
        .expect("their own");
    assert_eq!(theirs.consents.len(), 1);
    assert_eq!(
        theirs.consents[0].purpose,
        "To tell the housing team what you need from a home"
    );
    assert!(
        theirs
            .shared
            .iter()
            .any(|s| s.sharing.recipient_organisation == "Northshire Council Housing")
    );
    // Nobody else: another person, staff, a delegate with only one of the two scopes.
    assert!(matches!(
        what_we_hold(&world.services, &caller_three, two).await,
        Err(ServiceError::NotFound)
    ));
    let staff = caseworker(&world).await;
    assert!(matches!(
        what_we_hold(&world.services, &staff, two).await,
        Err(ServiceError::NotFound)
    ));
    for scopes in [
        &[DelegateScope::ReadRecord][..],
        &[DelegateScope::SharingAndAccess][..],
    ] {
        assert!(matches!(
            what_we_hold(
                &world.services,
                &acting_for(&caller_three, two, scopes),
                two
            )
            .await,
            Err(ServiceError::NotFound)
        ));
    }
    let before = actions(&world, two).await;
    let helper = acting_for(
        &caller_three,
        two,
        &[DelegateScope::ReadRecord, DelegateScope::SharingAndAccess],
    );
    assert_eq!(
        what_we_hold(&world.services, &helper, two)
            .await
            .expect("a delegate with both scopes")
            .consents,
        theirs.consents
    );
    let after = actions(&world, two).await;
    assert_eq!(
        after.len(),
        before.len() + 1,
        "the delegate's reading is on the log"
    );
    assert_eq!(after[0], (AuditAction::OpenedPage, Outcome::Done));
}

#[tokio::test]
async fn a_person_asks_why_someone_looked_a_privacy_officer_answers_once_and_the_person_is_told() {
    use candour_services::access_log::staff_views;
    use candour_services::questions::{answer, ask, look_to_ask_about, questions, queue};
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 3, 1, true)
        .await
        .expect("people");
    let (me, caller) = person(&world, 2).await;
    let staff = caseworker_for(&world, &[me]).await;
    // A caseworker opens the person's summary: a look on their log.
    candour_services::people::summary(&world.services, &staff, me)
        .await
        .expect("a look");
    let log = staff_views(&world.services, &caller, me, &Default::default(), 1)
        .await
        .expect("their log");
    let seq = log.views[0].seq;
    assert_eq!(
        look_to_ask_about(&world.services, &caller, me, seq)
            .await
            .expect("their look")
            .seq,
        seq
    );

    // Blank, another person's look, or someone else asking: refused, nothing kept.
    assert!(matches!(
        ask(&world.services, &caller, me, seq, "  \n ").await,
        Err(ServiceError::Invalid(p)) if p[0].message == "error-question-blank"
    ));
    let (other, other_caller) = person(&world, 3).await;
    assert!(matches!(
        ask(&world.services, &other_caller, other, seq, "Why?").await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        ask(&world.services, &other_caller, me, seq, "Why?").await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        look_to_ask_about(&world.services, &other_caller, other, seq).await,
        Err(ServiceError::NotFound)
    ));
    assert!(
        questions(&world.services, &caller, me)
            .await
            .expect("none")
            .is_empty()
    );

    let asked = ask(
        &world.services,
        &caller,
        me,
        seq,
        "  Why did you open my summary?  ",
    )
    .await
    .expect("asked");
    assert_eq!(asked.asked.words, "Why did you open my summary?");
    assert_eq!(asked.reference(), format!("WHY-{:06}", asked.id));
    // 3 March 2026: a month later is Good Friday, then Easter Monday.
    assert_eq!(asked.asked.due_on, "2026-04-07".parse().unwrap());
    assert!(
        actions(&world, me)
            .await
            .contains(&(AuditAction::AskedWhyLooked, Outcome::Done))
    );

    // Only privacy officers see the queue and answer.
    assert!(matches!(
        queue(&world.services, &staff).await,
        Err(ServiceError::NotFound)
    ));
    assert!(matches!(
        answer(&world.services, &staff, asked.id, "Casework").await,
        Err(ServiceError::NotFound)
    ));
    let officer = staff_with(&world, candour_domain::access::Role::PrivacyOfficer).await;
    let queued = queue(&world.services, &officer).await.expect("queue");
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].person.id, me);
    // Reading the queue is on the log, with the questions it listed.
    let (read, content) = world
        .services
        .reads()
        .audit_events_after(0, 10_000)
        .await
        .expect("the log")
        .into_iter()
        .rev()
        .find(|(e, _)| e.object == "questions" && e.outcome == Outcome::Done)
        .expect("the queue's read is recorded");
    assert_eq!(read.action, AuditAction::OpenedPage);
    assert_eq!(
        content.and_then(|c| c.detail),
        Some(queued[0].question.reference())
    );
    assert!(matches!(
        answer(&world.services, &officer, asked.id, " ").await,
        Err(ServiceError::Invalid(p)) if p[0].message == "error-answer-blank"
    ));
    let answered = answer(
        &world.services,
        &officer,
        asked.id,
        "A caseworker reviewed your care.",
    )
    .await
    .expect("answered");
    assert_eq!(
        answered.answer.as_ref().map(|a| a.words.as_str()),
        Some("A caseworker reviewed your care.")
    );
    assert!(matches!(
        answer(&world.services, &officer, asked.id, "Again").await,
        Err(ServiceError::Invalid(p)) if p[0].message == "error-answer-already-given"
    ));
    assert!(
        queue(&world.services, &officer)
            .await
            .expect("queue")
            .is_empty()
    );
    let mine = questions(&world.services, &caller, me).await.expect("mine");
    assert_eq!(mine[0].answer, answered.answer);
    let told = world
        .services
        .reads()
        .notifications(me, 5)
        .await
        .expect("messages");
    assert_eq!(told[0].kind, "question-answered");
    assert!(
        actions(&world, me)
            .await
            .contains(&(AuditAction::AnsweredQuestion, Outcome::Done))
    );
}

#[tokio::test]
async fn the_demo_council_has_open_overdue_and_answered_questions_about_who_looked_once() {
    use candour_services::questions::{questions, queue};
    let world = world(1_000).await;
    for _ in 0..2 {
        candour_services::demo::load(&world.services, 24, 1, true)
            .await
            .expect("people");
    }
    // Index 7 (person 8) asked 40 days ago, index 19 (person 20) 3 days ago: both open, the
    // first overdue; index 10 (person 11) and 22 (person 23) were answered.
    let officer = staff_with(&world, candour_domain::access::Role::PrivacyOfficer).await;
    let open = queue(&world.services, &officer).await.expect("queue");
    assert_eq!(
        open.iter().map(|q| q.person.id).collect::<Vec<_>>(),
        vec![PersonId(8), PersonId(20)],
        "once each, earliest due first"
    );
    let today = world.services.today();
    assert!(open[0].question.overdue(today));
    assert!(!open[1].question.overdue(today));
    let (answered, caller) = person(&world, 11).await;
    let theirs = questions(&world.services, &caller, answered)
        .await
        .expect("theirs");
    assert_eq!(theirs.len(), 1);
    assert!(theirs[0].answer.is_some());
    let (nobody, caller) = person(&world, 1).await;
    assert!(
        questions(&world.services, &caller, nobody)
            .await
            .expect("none")
            .is_empty()
    );
}

/// The first of demo people 1 to 12 whose case closed at least 14 days before today, and the
/// first whose case is open.
async fn closed_and_open(world: &World) -> (PersonId, PersonId) {
    use candour_domain::person::CaseStatus;
    let today = world.services.today();
    let (mut closed, mut open) = (None, None);
    for n in 1..=12 {
        let found = world
            .services
            .reads()
            .person(PersonId(n))
            .await
            .expect("read")
            .expect("a demo person");
        match found.details.case_status {
            CaseStatus::Closed { on } if (today - on).num_days() >= 14 => {
                closed = closed.or(Some(found.id));
            }
            CaseStatus::Open => open = open.or(Some(found.id)),
            CaseStatus::Closed { .. } => {}
        }
    }
    (
        closed.expect("a long-closed case among the demo people"),
        open.expect("an open case among the demo people"),
    )
}

#[tokio::test]
async fn staff_say_why_before_opening_a_closed_case_and_officers_decide_once_telling_the_person_of_a_breach()
 {
    use candour_domain::closed_case::Finding;
    use candour_services::closed_cases::{alert, alerts, asking, decide, give_reason, openings};
    use candour_services::people::summary;
    let world = world(1_000).await;
    candour_services::demo::load(&world.services, 12, 1, true)
        .await
        .expect("people");
    let (closed, open) = closed_and_open(&world).await;
    let (_, theirs) = person(&world, closed.0).await;
    let staff = caseworker(&world).await;
    let asked_why = |r: Result<_, ServiceError>| matches!(r, Err(ServiceError::ReasonNeeded { person }) if person == closed);

    // An open case opens at once; a closed one asks why first, and nothing of it is read: not
    // the summary, not an entry, not the pages that record a share.
    assert!(
        asking(&world.services, &staff, open)
            .await
            .expect("staff")
            .is_none()
    );
    summary(&world.services, &staff, open)
        .await
        .expect("open case");
    let closed_on = asking(&world.services, &staff, closed)
        .await
        .expect("staff")
        .expect("asked")
        .closed_on;
    assert!(asked_why(
        summary(&world.services, &staff, closed).await.map(|_| ())
    ));
    let entry = world
        .services
        .reads()
        .entries_for_person(closed, None, None, 0, 1)
        .await
        .expect("entries")
        .0[0]
        .id;
    assert!(asked_why(
        candour_services::records::staff_open_entry(
            &world.services,
            &staff,
            closed,
            entry,
            candour_services::records::Why::CaseWork
        )
        .await
        .map(|_| ())
    ));
    assert!(asked_why(
        candour_services::share_recording::recording(&world.services, &staff, closed)
            .await
            .map(|_| ())
    ));
    let log = candour_services::access_log::staff_views(
        &world.services,
        &theirs,
        closed,
        &Default::default(),
        1,
    )
    .await
    .expect("their log");
    assert_eq!(log.total, 0, "nothing was opened");

    // Only staff may say why; a blank or over-long reason is refused and nothing is kept.
    assert!(matches!(
        give_reason(&world.services, &theirs, closed, "Curious").await,
        Err(ServiceError::NotFound)
    ));
    for (reason, message) in [
        (" \n", "error-closed-reason-blank"),
        (&*"a".repeat(1_001), "error-closed-reason-too-long"),
    ] {
        assert!(matches!(
            give_reason(&world.services, &staff, closed, reason).await,
            Err(ServiceError::Invalid(p)) if p[0].field == "reason" && p[0].message == message
        ));
    }
    // The demo council may have alerts of its own for this case.
    let before = openings(&world.services, &theirs, closed)
        .await
        .expect("theirs")
        .len();

    give_reason(
        &world.services,
        &staff,
        closed,
        "  A complaint about past care came in. ",
    )
    .await
    .expect("given");
    summary(&world.services, &staff, closed)
        .await
        .expect("now it opens");
    give_reason(&world.services, &staff, closed, "Again")
        .await
        .expect("a second press changes nothing");
    // Another sign-in is asked again.
    let later = caseworker(&world).await;
    assert!(asked_why(
        summary(&world.services, &later, closed).await.map(|_| ())
    ));

    // The person sees who opened it and why, and is told.
    let seen = openings(&world.services, &theirs, closed)
        .await
        .expect("theirs");
    assert_eq!(seen.len(), before + 1, "one alert for the sign-in");
    assert_eq!(seen[0].reason, "A complaint about past care came in.");
    assert_eq!(seen[0].role, Some(candour_domain::access::Role::Caseworker));
    assert_eq!(seen[0].finding, None);
    let (_, someone_else) = person(&world, open.0).await;
    assert!(matches!(
        openings(&world.services, &someone_else, closed).await,
        Err(ServiceError::NotFound)
    ));
    let told = |kind: &'static str| {
        let services = world.services.clone();
        async move {
            services
                .reads()
                .notifications(closed, 10)
                .await
                .expect("messages")
                .iter()
                .any(|n| n.kind == kind)
        }
    };
    assert!(told("closed-case-opened").await);

    // Only privacy officers see alerts and decide them.
    assert!(matches!(
        alerts(&world.services, &staff).await,
        Err(ServiceError::NotFound)
    ));
    let officer = staff_with(&world, candour_domain::access::Role::PrivacyOfficer).await;
    let listed = alerts(&world.services, &officer).await.expect("alerts");
    let given = listed
        .iter()
        .find(|a| a.alert.raised.reason == "A complaint about past care came in.")
        .expect("listed");
    let id = given.alert.id;
    assert_eq!(given.person.id, closed);
    assert_eq!(given.alert.raised.closed_on, closed_on);
    assert_eq!(
        given.staff_roles,
        [candour_domain::access::Role::Caseworker]
    );
    assert!(given.alert.outcome.is_none() && !given.flagged);
    assert!(matches!(
        decide(&world.services, &staff, id, "legitimate", "Fine").await,
        Err(ServiceError::NotFound)
    ));
    match decide(&world.services, &officer, id, "", " ").await {
        Err(ServiceError::Invalid(p)) => assert_eq!(
            p.iter()
                .map(|p| (p.field.as_str(), p.message.as_str()))
                .collect::<Vec<_>>(),
            [
                ("finding", "error-alert-finding"),
                ("notes", "error-alert-notes-blank")
            ]
        ),
        other => panic!("refused with both problems, not {other:?}"),
    }
    assert!(
        alert(&world.services, &officer, id)
            .await
            .expect("alert")
            .alert
            .outcome
            .is_none()
    );

    // Not legitimate: a breach record, and the person told in plain words.
    let breach = decide(
        &world.services,
        &officer,
        id,
        "not-legitimate",
        "No complaint was received; the caseworker knew the person.",
    )
    .await
    .expect("decided");
    assert_eq!(breach.as_deref(), Some("BREACH-000001"));
    assert!(matches!(
        decide(&world.services, &officer, id, "legitimate", "Changed my mind").await,
        Err(ServiceError::Invalid(p)) if p[0].message == "error-alert-already-decided"
    ));
    let decided = alert(&world.services, &officer, id).await.expect("alert");
    // What they opened after giving the reason: the summary, from the audit log.
    assert_eq!(
        decided
            .opened
            .iter()
            .map(|v| v.looked_at.clone())
            .collect::<Vec<_>>(),
        [candour_services::access_log::LookedAt::Summary]
    );
    let outcome = decided.alert.outcome.expect("an outcome");
    assert_eq!(
        (outcome.finding, outcome.breach),
        (Finding::NotLegitimate, Some(1))
    );
    let seen = openings(&world.services, &theirs, closed)
        .await
        .expect("theirs");
    assert_eq!(seen[0].finding, Some(Finding::NotLegitimate));
    assert_eq!(seen[0].breach.as_deref(), Some("BREACH-000001"));
    assert!(told("closed-case-breach").await);
    let done = actions(&world, closed).await;
    assert!(done.contains(&(AuditAction::GaveClosedCaseReason, Outcome::Done)));
    assert!(done.contains(&(AuditAction::DecidedAlert, Outcome::Done)));

    // An alert left more than 5 working days is flagged; a decided one never.
    give_reason(&world.services, &later, closed, "Checking an old address")
        .await
        .expect("given");
    world.clock.advance(8 * 86_400);
    let listed = alerts(&world.services, &officer).await.expect("alerts");
    let state = |reason: &str| {
        listed
            .iter()
            .position(|a| a.alert.raised.reason == reason)
            .map(|at| (at, listed[at].alert.outcome.is_some(), listed[at].flagged))
            .expect("listed")
    };
    let (waiting_at, false, true) = state("Checking an old address") else {
        panic!("waiting and flagged");
    };
    let (decided_at, true, false) = state("A complaint about past care came in.") else {
        panic!("decided, never flagged");
    };
    assert!(waiting_at < decided_at, "waiting first");
}

#[tokio::test]
async fn the_demo_council_has_waiting_flagged_and_decided_closed_case_alerts_once() {
    use candour_domain::person::CaseStatus;
    use candour_services::closed_cases::alerts;
    let world = world(1_000).await;
    for _ in 0..2 {
        candour_services::demo::load(&world.services, 48, 1, true)
            .await
            .expect("people");
    }
    let officer = staff_with(&world, candour_domain::access::Role::PrivacyOfficer).await;
    let listed = alerts(&world.services, &officer).await.expect("alerts");
    let waiting = listed.iter().filter(|a| a.alert.outcome.is_none());
    assert!(waiting.clone().any(|a| a.flagged), "one waiting too long");
    assert!(
        waiting.clone().any(|a| !a.flagged),
        "one waiting a short while"
    );
    assert!(
        listed.iter().any(|a| a.alert.outcome.is_some()),
        "one decided"
    );
    let mut people = listed.iter().map(|a| a.person.id).collect::<Vec<_>>();
    people.sort();
    people.dedup();
    assert_eq!(
        people.len(),
        listed.len(),
        "once each, however often loaded"
    );
    for found in &listed {
        let CaseStatus::Closed { on } = found.person.details.case_status else {
            panic!("only closed cases have alerts");
        };
        assert!((found.alert.raised.raised_on - on).num_days() >= 14);
    }
    // Anyone opening a case the demo has an alert for is still asked why.
    let staff = caseworker(&world).await;
    assert!(matches!(
        candour_services::people::summary(&world.services, &staff, listed[0].person.id).await,
        Err(ServiceError::ReasonNeeded { .. })
    ));
}
