//! The synthetic demonstration council (`candour serve --demo`, `candour demo-data`) and its
//! sign-in, with which anyone can be anyone. Only with `--demo` ([`crate::Settings::demo`]):
//! otherwise every demo sign-in answers as not found.
//!
//! People are written in batches of 10,000, each batch in one transaction with its audit event.
//! Running again with the same seed adds only the people not yet present (their case-system ids
//! come from the seed and index), so an interrupted load is completed by running it again.

use crate::sessions::{Started, start_session};
use crate::{Caller, ServiceError, ServiceResult, Services, audit};
use candour_domain::access::{Assurance, AuthorityKind, DelegateScope, Role};
use candour_domain::account::{AccountKind, NewAccount};
use candour_domain::audit::AuditAction;
use candour_domain::delegation::{DelegationStatus, NewDelegation};
use candour_domain::person::{CaseStatus, PersonId};
use candour_domain::synthetic;
use candour_store::SETTING_DEMO_DATA;
use candour_store::Transaction;
use std::collections::BTreeSet;

/// People per transaction.
const BATCH: u64 = 10_000;

/// The name every demo family member goes by (synthetic, like everyone in the demo).
pub const DEMO_DELEGATE_NAME: &str = "Jordan Ellis";

/// Adds people `0..people` of the synthetic council `seed` (and their record entries, shares and
/// consents, if asked); returns how many people were new.
pub async fn load(
    services: &Services,
    people: u64,
    seed: u64,
    entries: bool,
) -> ServiceResult<u64> {
    let mut added = 0;
    let mut start = 0;
    while start < people {
        let end = (start + BATCH).min(people);
        let batch: Vec<_> = (start..end).map(|i| synthetic::person(seed, i)).collect();
        let mut asking = Vec::new();
        let mut raising = Vec::new();
        let mut tx = services.begin().await?;
        tx.set_setting(SETTING_DEMO_DATA, &format!("seed={seed}"))
            .await?;
        let organisation = services.settings().organisation.clone();
        let new = tx.insert_people(&batch, Some(&organisation)).await?;
        added += new;
        if entries {
            let now = services.now();
            let mut reported = candour_domain::ingest::Batch::default();
            for (index, details) in (start..end).zip(&batch) {
                let Some(person) = tx.person_by_source_id(&details.source_id).await? else {
                    continue;
                };
                if let Some(question) = synthetic::question_about_look(index) {
                    asking.push((person.id, question));
                }
                if let (CaseStatus::Closed { on }, Some(alert)) = (
                    person.details.case_status,
                    synthetic::closed_case_alert(index),
                ) {
                    raising.push((person.id, on, alert));
                }
                let entries = synthetic::entries(seed, index, person.id);
                for entry in &entries {
                    tx.upsert_entry(entry, now).await?;
                }
                for share in synthetic::sharing(index, &entries) {
                    tx.save_sharing(person.id, &share, now).await?;
                }
                for consent in synthetic::consents(index, &entries) {
                    tx.save_consent(person.id, &consent, now).await?;
                }
                if let Some((source, withdrawn_on, told)) =
                    synthetic::told_of_withdrawal(index, &entries)
                {
                    let held = tx.consents_on_record(person.id).await?;
                    if let Some(consent) = held.iter().find(|c| c.consent.source_id == source) {
                        tx.record_recipient_notice(
                            consent.id,
                            withdrawn_on,
                            told,
                            candour_domain::consent::NoticeStep::Told,
                            withdrawn_on,
                        )
                        .await?;
                    }
                }
                reported.access_events.extend(synthetic::reported_views(
                    &details.source_id,
                    index,
                    &entries,
                ));
            }
            // What the council's case system reports of staff looking, through the same door
            // as the ingestion API: people loaded by an earlier version, held by no
            // organisation, are left without.
            if let Ok(summary) = tx.import(&reported, &organisation, now).await? {
                crate::access_log::log_reported(tx.as_mut(), &organisation, &reported, &summary)
                    .await?;
            }
        }
        tx.append(audit::with_words(
            audit::event(
                services,
                &Caller::System,
                AuditAction::LoadedDemoData,
                None,
                format!("seed:{seed}"),
            ),
            None,
            Some(format!("people {start} to {end}: {new} new")),
        ))
        .await?;
        crate::commit(services, tx).await?;
        // The looks are on the log once committed: now the questions about them.
        ask_about_looks(services, &asking).await?;
        raise_alerts(services, &raising).await?;
        start = end;
    }
    Ok(added)
}

/// Each of `asking`'s question about their newest staff look, asked and (if it was) answered
/// as many days ago as the synthetic council says; a person without a look, or who asked
/// already (the demo loaded again), asks nothing.
async fn ask_about_looks(
    services: &Services,
    asking: &[(PersonId, (&str, u64, Option<(&str, u64)>))],
) -> ServiceResult<()> {
    use candour_domain::question::{Answer, NewQuestion, due_on};
    use candour_store::repo::audit::EventsBy;
    if asking.is_empty() {
        return Ok(());
    }
    let today = services.today();
    let mut tx = services.begin().await?;
    for (person, (words, days_ago, answer)) in asking {
        // Loaded again: asked already.
        if !tx.questions_for_person(*person).await?.is_empty() {
            continue;
        }
        let newest = EventsBy {
            actor_kind: candour_domain::audit::ActorKind::Staff,
            actions: crate::access_log::STAFF_VIEWS.to_vec(),
            organisation: None,
            since: None,
        };
        let (looks, _) = tx
            .audit_of_person_by(*person, &newest, candour_domain::paging::Window::Skip(0), 1)
            .await?;
        let Some((look, _)) = looks.first() else {
            continue;
        };
        let asked_on = today - chrono::Days::new(*days_ago);
        let calendar = candour_domain::deadline::Calendar::bundled();
        let id = tx
            .ask_question(&NewQuestion {
                person: *person,
                look: look.seq,
                words: (*words).to_owned(),
                asked_on,
                due_on: due_on(asked_on, services.settings().nation, calendar),
            })
            .await?;
        if let Some((words, took)) = answer {
            let on = asked_on + chrono::Days::new(*took);
            tx.answer_question(
                id,
                &Answer {
                    words: (*words).to_owned(),
                    on,
                },
            )
            .await?;
        }
    }
    tx.append(audit::event(
        services,
        &Caller::System,
        AuditAction::LoadedDemoData,
        None,
        "questions".to_owned(),
    ))
    .await?;
    crate::commit(services, tx).await
}

/// A closed-case alert from the demo caseworker for each of `raising`'s closed cases, raised
/// as many days ago as the synthetic council says and decided if it says so; only where the
/// case had been closed long enough by then, and not again when the demo is loaded again. The
/// demo's alerts belong to no sign-in, so anyone opening the case is still asked why.
async fn raise_alerts(
    services: &Services,
    raising: &[(PersonId, chrono::NaiveDate, synthetic::ClosedCaseAlert)],
) -> ServiceResult<()> {
    use candour_domain::closed_case::{NewAlert, Outcome};
    if raising.is_empty() {
        return Ok(());
    }
    let today = services.today();
    let rule = services.settings().closed_cases;
    let mut tx = services.begin().await?;
    let caseworker = tx
        .upsert_account(&staff_account(Role::Caseworker), services.now())
        .await?;
    let officer = tx
        .upsert_account(&staff_account(Role::PrivacyOfficer), services.now())
        .await?;
    for (person, closed_on, (reason, days_ago, decided)) in raising {
        let raised_on = today - chrono::Days::new(*days_ago);
        let long_closed = rule.needs_reason(CaseStatus::Closed { on: *closed_on }, raised_on);
        if !long_closed || !tx.alerts_for_person(*person).await?.is_empty() {
            continue;
        }
        let id = tx
            .raise_alert(&NewAlert {
                person: *person,
                account: caseworker.id.0,
                session: "demo".to_owned(),
                closed_on: *closed_on,
                at: services.now() - i64::try_from(*days_ago).unwrap_or(0) * 86_400,
                raised_on,
                reason: (*reason).to_owned(),
            })
            .await?;
        if let Some((finding, notes)) = decided {
            tx.decide_alert(
                id,
                &Outcome {
                    finding: *finding,
                    notes: (*notes).to_owned(),
                    by: officer.id.0,
                    on: raised_on + chrono::Days::new(1),
                    breach: None,
                },
            )
            .await?;
        }
    }
    tx.append(audit::event(
        services,
        &Caller::System,
        AuditAction::LoadedDemoData,
        None,
        "closed-case-alerts".to_owned(),
    ))
    .await?;
    crate::commit(services, tx).await
}

/// Gives the first synthetic person of `seed` a record of `entries` entries (for measuring long
/// records); returns their id.
pub async fn long_record(
    services: &Services,
    seed: u64,
    entries: usize,
) -> ServiceResult<PersonId> {
    let first = synthetic::person(seed, 0);
    let mut tx = services.begin().await?;
    let person = tx
        .person_by_source_id(&first.source_id)
        .await?
        .ok_or_else(|| ServiceError::Failed("the first synthetic person is missing".to_owned()))?;
    let now = services.now();
    for entry in synthetic::long_record(seed, 0, person.id, entries.min(100_000)) {
        tx.upsert_entry(&entry, now).await?;
    }
    tx.append(audit::event(
        services,
        &Caller::System,
        AuditAction::LoadedDemoData,
        Some(person.id),
        format!("long-record:{entries}"),
    ))
    .await?;
    crate::commit(services, tx).await?;
    Ok(person.id)
}

/// Gives the first person of `seed` `count` staff views of their record (for measuring
/// "who looked at your record" at scale): caseworkers and privacy officers of the council in
/// turn, one every ten minutes up to now, each opening one of the person's entries with a
/// reason, appended to the audit log 1,000 to a transaction. Returns the person.
pub async fn staff_views(services: &Services, seed: u64, count: u64) -> ServiceResult<PersonId> {
    use candour_domain::audit::{ActorKind, AuditActor, NewAuditEvent, Outcome};
    const BATCH_VIEWS: u64 = 1_000;
    let first = synthetic::person(seed, 0);
    let person = services
        .reads()
        .person_by_source_id(&first.source_id)
        .await?
        .ok_or_else(|| ServiceError::Failed("the first synthetic person is missing".to_owned()))?;
    let (entries, _) = services
        .reads()
        .entries_for_person(person.id, None, None, 0, 50)
        .await?;
    if entries.is_empty() {
        return Err(ServiceError::Failed(
            "the first synthetic person has no record entries (add --entries)".to_owned(),
        ));
    }
    let now = services.now();
    let mut done = 0;
    while done < count {
        let mut tx = services.begin().await?;
        for i in done..(done + BATCH_VIEWS).min(count) {
            let staff = i % 2 == 0;
            let entry = &entries[usize::try_from(i).unwrap_or(0) % entries.len()];
            let event = NewAuditEvent {
                at: now - i64::try_from((count - i) * 600).unwrap_or(i64::MAX / 2),
                actor: AuditActor {
                    kind: ActorKind::Staff,
                    id: None,
                    role: Some(
                        if staff {
                            Role::Caseworker
                        } else {
                            Role::PrivacyOfficer
                        }
                        .key()
                        .to_owned(),
                    ),
                    organisation: Some(services.settings().organisation.clone()),
                },
                acting_for: None,
                person: Some(person.id),
                action: AuditAction::StaffViewedEntry,
                object: format!("entry:{}", entry.id.0),
                outcome: Outcome::Done,
                content: None,
            };
            let reason = if staff { "accuracy" } else { "request" };
            tx.append(audit::with_words(event, Some(reason.to_owned()), None))
                .await?;
        }
        crate::commit(services, tx).await?;
        done = (done + BATCH_VIEWS).min(count);
    }
    Ok(person.id)
}

/// Adds `count` open requests for people `0..people` of `seed` in turn, taken down by a
/// synthetic intake account (for measuring the staff queue); returns how many open requests
/// there are in all.
pub async fn add_requests(
    services: &Services,
    people: u64,
    seed: u64,
    count: u64,
) -> ServiceResult<usize> {
    let mut tx = services.begin().await?;
    let intake = tx
        .upsert_account(
            &NewAccount {
                kind: AccountKind::Demo,
                issuer: "demo".to_owned(),
                subject: "synthetic-intake".to_owned(),
                display_name: "Synthetic intake".to_owned(),
                email: None,
                person: None,
                roles: BTreeSet::new(),
            },
            services.now(),
        )
        .await?;
    let today = services.today();
    let mut ids = Vec::new();
    let mut index = 0;
    while (ids.len() as u64) < people.min(count) {
        let Some(person) = tx
            .person_by_source_id(&synthetic::person(seed, index).source_id)
            .await?
        else {
            return Err(ServiceError::Failed(format!(
                "person {index} of seed {seed} is missing; run without --requests first"
            )));
        };
        ids.push(person.id);
        index += 1;
    }
    let nation = services.settings().nation;
    for n in 0..count {
        let person = ids[(n % ids.len() as u64) as usize];
        let request = synthetic::request(seed, n, person, intake.id, today);
        let due = request.due(nation, candour_domain::deadline::Calendar::bundled());
        tx.create_request(&request, due, services.now()).await?;
    }
    tx.append(audit::event(
        services,
        &Caller::System,
        AuditAction::LoadedDemoData,
        None,
        format!("requests:{count}"),
    ))
    .await?;
    let open = tx.open_requests().await?.len();
    crate::commit(services, tx).await?;
    Ok(open)
}

/// Whom a demo sign-in is as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DemoIdentity {
    /// This person.
    Person(PersonId),
    /// A family member acting for this person, with every scope.
    Delegate(PersonId),
    /// A member of staff with this role.
    Staff(Role),
}

/// The demo member of staff with `role`.
fn staff_account(role: Role) -> NewAccount {
    demo_account(
        format!("staff-{}", role.key()),
        format!("Demo {}", role.key().replace('_', " ")),
        None,
        [role].into_iter().collect(),
    )
}

fn demo_account(
    subject: String,
    name: String,
    person: Option<PersonId>,
    roles: BTreeSet<Role>,
) -> NewAccount {
    NewAccount {
        kind: AccountKind::Demo,
        issuer: "demo".to_owned(),
        subject,
        display_name: name,
        email: None,
        person,
        roles,
    }
}

/// Signs in as `identity` (a family member gets a live delegation with every scope, the person
/// told as for any delegate). Only in demo mode; otherwise not found.
pub async fn sign_in(
    services: &Services,
    previous: Option<&str>,
    identity: DemoIdentity,
) -> ServiceResult<Started> {
    if !services.settings().demo {
        return Err(ServiceError::NotFound);
    }
    let now = services.now();
    let mut tx = services.begin().await?;
    let (account, acting_for) = match identity {
        DemoIdentity::Person(id) => {
            let person = tx.person(id).await?.ok_or(ServiceError::NotFound)?;
            let account = tx
                .upsert_account(
                    &demo_account(
                        format!("person-{}", person.details.source_id),
                        person.details.full_name(),
                        Some(person.id),
                        BTreeSet::new(),
                    ),
                    now,
                )
                .await?;
            (account, None)
        }
        DemoIdentity::Delegate(id) => {
            let person = tx.person(id).await?.ok_or(ServiceError::NotFound)?;
            let own = tx
                .upsert_account(
                    &demo_account(
                        format!("person-{}", person.details.source_id),
                        person.details.full_name(),
                        Some(person.id),
                        BTreeSet::new(),
                    ),
                    now,
                )
                .await?;
            let delegate = tx
                .upsert_account(
                    &demo_account(
                        format!("delegate-of-{}", person.details.source_id),
                        DEMO_DELEGATE_NAME.to_owned(),
                        None,
                        BTreeSet::new(),
                    ),
                    now,
                )
                .await?;
            ensure_demo_delegation(services, tx.as_mut(), person.id, &delegate, own.id).await?;
            (delegate, Some(person.id))
        }
        DemoIdentity::Staff(role) => {
            let account = tx.upsert_account(&staff_account(role), now).await?;
            (account, None)
        }
    };
    let id = start_session(
        services,
        tx.as_mut(),
        previous,
        &account,
        Assurance::High,
        acting_for,
        "demo",
    )
    .await?;
    crate::commit(services, tx).await?;
    Ok(Started { id, account })
}

/// A live delegation from `person` to the demo family member, made (and the person told) when
/// there is none.
async fn ensure_demo_delegation(
    services: &Services,
    tx: &mut dyn Transaction,
    person: PersonId,
    delegate: &candour_domain::account::Account,
    created_by: candour_domain::access::AccountId,
) -> ServiceResult<()> {
    let today = services.today();
    let live = tx
        .delegations_for_delegate(delegate.id)
        .await?
        .iter()
        .any(|d| d.details.person == person && d.status(today) == DelegationStatus::Live);
    if live {
        return Ok(());
    }
    let now = services.now();
    let id = tx
        .create_delegation(
            &NewDelegation {
                person,
                delegate: Some(delegate.id),
                delegate_name: DEMO_DELEGATE_NAME.to_owned(),
                authority: AuthorityKind::PersonsAuthority,
                scopes: DelegateScope::ALL.into_iter().collect(),
                ends_on: None,
                invite_code_hash: None,
                evidence: None,
                created_by,
                invited_email_hash: None,
            },
            now,
        )
        .await?;
    let args = serde_json::json!({ "name": DEMO_DELEGATE_NAME }).to_string();
    tx.notify(person, "delegate-added", &args, now).await?;
    let caller = Caller::SignedIn {
        session: String::new(),
        account: delegate.id,
        actor: None,
        assurance: Assurance::High,
    };
    let mut event = audit::event(
        services,
        &caller,
        AuditAction::AcceptedInvitation,
        Some(person),
        format!("delegation:{}", id.0),
    );
    event.actor.kind = candour_domain::audit::ActorKind::Delegate;
    event.acting_for = Some(person);
    tx.append(event).await?;
    Ok(())
}
