//! Staff following withdrawals to every recipient (`/staff/consents`): the withdrawals with a
//! recipient still to confirm, oldest first, and recording that a recipient was told or
//! confirmed it stopped (UK GDPR Art 7(3), Art 19; `candour_domain::consent::Withdrawal`).
//!
//! Who may: staff who find people's records (caseworkers and the data protection team), for the
//! people the policy lets them act for (`PersonAction::RecordOnBehalf`). Anyone else is refused,
//! the refusal is on the audit log, and the answer is "not found".
//!
//! Decisions, written down:
//! - Staff see every recipient, including those of shares the person has not been told of:
//!   they must be told of the withdrawal too. The person's own page never names those.
//! - A step is one transaction: the notice and its audit event, on the person's trail (it is
//!   about their information). The person is not sent a message for each step: their consents
//!   page shows each step as it is recorded.
//! - A step that cannot be recorded (again, or confirming before telling) changes nothing,
//!   says why, and the refusal is on the audit log.

use crate::consents::withdrawal_of;
use crate::error::ServiceError;
use crate::{Caller, ServiceResult, Services, audit, authorise};
use candour_domain::access::{Decision, PersonAction, StaffAction, decide};
use candour_domain::audit::AuditAction;
use candour_domain::consent::{NoticeStep, RecipientNotice, Withdrawal};
use candour_domain::person::PersonId;
use chrono::NaiveDate;

/// The audit log's name for the list.
const LIST: &str = "consent-withdrawals";

/// A withdrawal with a recipient still to confirm.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutstandingWithdrawal {
    /// Whose consent.
    pub person: PersonId,
    /// Their name.
    pub person_name: String,
    /// The case system's id for them.
    pub person_ref: String,
    /// The consent's number.
    pub consent: i64,
    /// What it was for.
    pub purpose: String,
    /// The withdrawal and its recipients.
    pub withdrawal: Withdrawal,
}

/// Every withdrawal with a recipient still to confirm, oldest withdrawal first.
pub async fn outstanding(
    services: &Services,
    caller: &Caller,
) -> ServiceResult<Vec<OutstandingWithdrawal>> {
    let actor = authorise::staff(
        services,
        caller,
        StaffAction::FindPeople,
        AuditAction::OpenedPage,
        LIST,
    )
    .await?;
    let mut reads = services.reads();
    let mut found = Vec::new();
    for person in reads.people_with_withdrawals().await? {
        if decide(actor, person, PersonAction::RecordOnBehalf) != Decision::Allow {
            continue;
        }
        let Some(details) = reads.person(person).await? else {
            continue;
        };
        let shares = reads.sharing_for_person(person).await?;
        let notices = reads.recipient_notices(person).await?;
        for consent in reads.consents_on_record(person).await? {
            let consent = consent.as_of(services.today());
            let Some(withdrawal) = withdrawal_of(services, &consent, &shares, &notices) else {
                continue;
            };
            if !withdrawal.outstanding() {
                continue;
            }
            found.push(OutstandingWithdrawal {
                person,
                person_name: details.details.full_name(),
                person_ref: details.details.source_id.clone(),
                consent: consent.id,
                purpose: consent.consent.purpose,
                withdrawal,
            });
        }
    }
    found.sort_by_key(|w| (w.withdrawal.on, w.consent));
    Ok(found)
}

/// Records `step` today for `organisation`, a recipient of the withdrawal of consent number
/// `consent`.
pub async fn record(
    services: &Services,
    caller: &Caller,
    consent: i64,
    organisation: &str,
    step: NoticeStep,
) -> ServiceResult<NaiveDate> {
    let action = match step {
        NoticeStep::Told => AuditAction::ToldRecipientOfWithdrawal,
        NoticeStep::ConfirmedStopped => AuditAction::RecipientConfirmedStopped,
    };
    let object = format!("consent:{consent}");
    let actor =
        authorise::staff(services, caller, StaffAction::FindPeople, action, &object).await?;
    let mut tx = services.begin().await?;
    let person = tx
        .consent_owner(consent)
        .await?
        .filter(|person| decide(actor, *person, PersonAction::RecordOnBehalf) == Decision::Allow);
    let found = match person {
        Some(person) => recipient_of(services, tx.as_mut(), person, consent, organisation)
            .await?
            .map(|(on, recipient)| (person, on, recipient)),
        None => None,
    };
    let Some((person, withdrawn_on, recipient)) = found else {
        drop(tx);
        return Err(audit::refused(services, caller, action, None, object).await);
    };
    let refused = |reason: candour_domain::consent::NoticeRefused| async move {
        audit::refused(
            services,
            caller,
            action,
            Some(person),
            format!("consent:{consent}"),
        )
        .await;
        ServiceError::invalid("step", reason.message())
    };
    if let Err(reason) = recipient.may_record(step) {
        drop(tx);
        return Err(refused(reason).await);
    }
    let today = services.today();
    if !tx
        .record_recipient_notice(consent, withdrawn_on, organisation, step, today)
        .await?
    {
        // Another press got there first.
        drop(tx);
        let reason = match step {
            NoticeStep::Told => candour_domain::consent::NoticeRefused::AlreadyTold,
            NoticeStep::ConfirmedStopped => {
                candour_domain::consent::NoticeRefused::AlreadyConfirmed
            }
        };
        return Err(refused(reason).await);
    }
    tx.append(audit::with_words(
        audit::event(services, caller, action, Some(person), object),
        None,
        Some(organisation.to_owned()),
    ))
    .await?;
    crate::commit(services, tx).await?;
    Ok(today)
}

/// The day of consent `consent`'s withdrawal in force and what is recorded of `organisation`
/// among its recipients, if `person`'s consent stands withdrawn and `organisation` is one.
async fn recipient_of(
    services: &Services,
    tx: &mut dyn candour_store::Transaction,
    person: PersonId,
    consent: i64,
    organisation: &str,
) -> ServiceResult<Option<(NaiveDate, RecipientNotice)>> {
    let shares = tx.sharing_for_person(person).await?;
    let notices = tx.recipient_notices(person).await?;
    let Some(found) = tx
        .consents_on_record(person)
        .await?
        .into_iter()
        .find(|c| c.id == consent)
    else {
        return Ok(None);
    };
    let Some(withdrawal) =
        withdrawal_of(services, &found.as_of(services.today()), &shares, &notices)
    else {
        return Ok(None);
    };
    Ok(withdrawal
        .recipients
        .into_iter()
        .find(|r| r.organisation == organisation)
        .map(|r| (withdrawal.on, r)))
}
