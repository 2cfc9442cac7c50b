//! A person's consents (`/consents`): each one with its history, the uses of their information
//! that do not rest on consent, and withdrawing or giving a consent online (UK GDPR Art 7(3):
//! "as easy to withdraw as to give").
//!
//! Who may: the person, and a delegate with the "manage consent" scope
//! (`PersonAction::ManageConsent`); anyone else is refused, the refusal is on the audit log,
//! and the answer is "not found", exactly as for a consent that does not exist.
//!
//! Decisions, written down:
//! - A change is one transaction: the change, its audit event and, when a delegate made it, the
//!   message telling the person (and an email saying there is news, if they chose email for
//!   news: `crate::tell::person`). It takes effect at once (the day it is made, Europe/London).
//! - A change that cannot be made (withdrawing twice, withdrawing a no, giving what is given)
//!   changes nothing, is answered with its reason, and the refusal is on the audit log. Two
//!   presses of the same button race for the same change number in the store; one is kept.
//! - The person is shown the shares that went out under a consent: information already shared
//!   stays with the recipient, and the page says so before they confirm.
//! - A delegate's reading is recorded, as for sharing; the person's own is not.
//! - After a withdrawal the person sees each organisation that received information under the
//!   consent, and what staff recorded: told on a day, confirmed stopped on a day
//!   (`candour_domain::consent::Withdrawal`). Only shares the person was told of count, so a
//!   share kept from them is never named here either.

use crate::error::ServiceError;
use crate::sharing::{ToldShare, told_in};
use crate::{Caller, ServiceResult, Services, audit, authorise};
use candour_domain::access::{Actor, PersonAction};
use candour_domain::audit::AuditAction;
use candour_domain::consent::{
    ChangedBy, ConsentOnRecord, ConsentReceipt, ConsentStatus, OnlineChange, RecordedChange,
    SharedUnder, Withdrawal,
};
use candour_domain::locale::Locale;
use candour_domain::person::PersonId;

/// The audit log's name for the list.
const LIST: &str = "consents";

/// Everything on `/consents`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consents {
    /// Each consent, oldest first, with the shares under it.
    pub consents: Vec<ConsentInFull>,
    /// The shares the person was told of that did not rest on consent, newest first.
    pub shares_without_consent: Vec<ToldShare>,
}

/// One consent with the shares made under it that the person was told of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentInFull {
    /// The consent.
    pub consent: ConsentOnRecord,
    /// The shares under it, newest first.
    pub shares: Vec<ToldShare>,
    /// The withdrawal in force, if it stands withdrawn, with whom the council must tell.
    pub withdrawal: Option<Withdrawal>,
}

/// `person`'s consents and the uses that do not rest on consent.
pub async fn consents(
    services: &Services,
    caller: &Caller,
    person: PersonId,
) -> ServiceResult<Consents> {
    let delegate_reading =
        authorise::own_reading(services, caller, person, PersonAction::ManageConsent, LIST).await?;
    let mut tx = services.begin().await?;
    let told = told_in(tx.as_mut(), person).await?;
    let notices = tx.recipient_notices(person).await?;
    let consents = tx
        .consents_on_record(person)
        .await?
        .into_iter()
        .map(|consent| in_full(services, consent.as_of(services.today()), &told, &notices))
        .collect();
    let shares_without_consent = told
        .into_iter()
        .filter(|s| !s.sharing.with_consent())
        .collect();
    if let Some(event) = delegate_reading {
        tx.append(event).await?;
    }
    crate::commit(services, tx).await?;
    Ok(Consents {
        consents,
        shares_without_consent,
    })
}

/// `person`'s consent number `id`, with the shares made under it.
pub async fn consent(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    id: i64,
) -> ServiceResult<ConsentInFull> {
    let object = format!("consent:{id}");
    let delegate_reading = authorise::own_reading(
        services,
        caller,
        person,
        PersonAction::ManageConsent,
        &object,
    )
    .await?;
    let mut tx = services.begin().await?;
    let Some(consent) = find(services, tx.as_mut(), person, id).await? else {
        drop(tx);
        return Err(audit::refused(services, caller, AuditAction::OpenedPage, None, object).await);
    };
    let told = told_in(tx.as_mut(), person).await?;
    let notices = tx.recipient_notices(person).await?;
    if let Some(event) = delegate_reading {
        tx.append(event).await?;
    }
    crate::commit(services, tx).await?;
    Ok(in_full(services, consent, &told, &notices))
}

/// The withdrawal in force of `consent` (read as of today), with its recipients among
/// `shares` and what `notices` say of them, its days counted by the council's calendar.
pub(crate) fn withdrawal_of(
    services: &Services,
    consent: &ConsentOnRecord,
    shares: &[candour_domain::sharing::Sharing],
    notices: &[candour_domain::consent::StoredNotice],
) -> Option<Withdrawal> {
    consent.withdrawal(
        shares,
        notices,
        services.settings().nation,
        candour_domain::deadline::Calendar::bundled(),
    )
}

/// `consent` with the shares under it among `told`, and its withdrawal's recipients.
fn in_full(
    services: &Services,
    consent: ConsentOnRecord,
    told: &[ToldShare],
    notices: &[candour_domain::consent::StoredNotice],
) -> ConsentInFull {
    let shares: Vec<ToldShare> = told
        .iter()
        .filter(|s| s.sharing.consent.as_deref() == Some(consent.consent.source_id.as_str()))
        .cloned()
        .collect();
    let sharing: Vec<_> = shares.iter().map(|s| s.sharing.clone()).collect();
    let withdrawal = withdrawal_of(services, &consent, &sharing, notices);
    ConsentInFull {
        consent,
        shares,
        withdrawal,
    }
}

/// Withdraws (`to` = withdrawn) or gives (`to` = given) `person`'s consent `id`, at once, and
/// answers the change with its reference.
pub async fn change(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    id: i64,
    to: ConsentStatus,
) -> ServiceResult<RecordedChange> {
    let action = match to {
        ConsentStatus::Withdrawn => AuditAction::WithdrewConsent,
        ConsentStatus::Given | ConsentStatus::Refused | ConsentStatus::Expired => {
            AuditAction::GaveConsent
        }
    };
    let object = format!("consent:{id}");
    let actor = authorise::for_own_pages(
        services,
        caller,
        person,
        PersonAction::ManageConsent,
        action,
        &object,
    )
    .await?;
    let mut tx = services.begin().await?;
    let by = match actor {
        Actor::Delegate { account, .. } => ChangedBy::Delegate(
            tx.account(*account)
                .await?
                .map(|a| a.details.display_name)
                .unwrap_or_default(),
        ),
        _ => ChangedBy::Person,
    };
    let Some(consent) = find(services, tx.as_mut(), person, id).await? else {
        drop(tx);
        return Err(audit::refused(services, caller, action, None, object).await);
    };
    if let Err(refused) = consent.may_change_to(to) {
        drop(tx);
        audit::refused(services, caller, action, Some(person), object).await;
        return Err(ServiceError::invalid("consent", refused.message()));
    }
    let change = OnlineChange {
        status: to,
        on: services.today(),
        at: services.now(),
        by: by.clone(),
    };
    let sequence = i64::try_from(consent.changes.len()).unwrap_or(i64::MAX - 1) + 1;
    let Some(change_id) = tx.record_consent_change(id, sequence, &change).await? else {
        // Another press of the same button got there first.
        drop(tx);
        audit::refused(services, caller, action, Some(person), object).await;
        let refused = match to {
            ConsentStatus::Withdrawn => "error-consent-already-withdrawn",
            _ => "error-consent-already-given",
        };
        return Err(ServiceError::invalid("consent", refused));
    };
    tx.append(audit::with_words(
        audit::event(services, caller, action, Some(person), object),
        None,
        Some(consent.consent.purpose.clone()),
    ))
    .await?;
    if let ChangedBy::Delegate(name) = &by {
        let kind = match to {
            ConsentStatus::Withdrawn => "consent-withdrawn-by-delegate",
            _ => "consent-given-by-delegate",
        };
        let args = serde_json::json!({ "name": name }).to_string();
        crate::tell::person(services, tx.as_mut(), person, kind, &args, "/consents").await?;
    }
    crate::commit(services, tx).await?;
    Ok(RecordedChange {
        id: change_id,
        change,
    })
}

/// Consent number `id`, if it is `person`'s, as it stands today.
async fn find(
    services: &Services,
    tx: &mut dyn candour_store::Transaction,
    person: PersonId,
    id: i64,
) -> ServiceResult<Option<ConsentOnRecord>> {
    Ok(tx
        .consents_on_record(person)
        .await?
        .into_iter()
        .find(|c| c.id == id)
        .map(|c| c.as_of(services.today())))
}

/// A receipt to keep, and how the person reads: their language and their recorded format
/// (Accessible Information Standard), so the PDF is Easy Read or large print when that is
/// what they need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceiptToKeep {
    /// The receipt.
    pub receipt: ConsentReceipt,
    /// The person's language.
    pub locale: Locale,
    /// The format they asked for, if any.
    pub format: Option<candour_domain::person::InformationFormat>,
}

/// A receipt for `person`'s consent `id` (ISO/IEC TS 27560 fields), with how the person reads.
pub async fn receipt(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    id: i64,
) -> ServiceResult<ReceiptToKeep> {
    let found = consent(services, caller, person, id).await?;
    let details = services
        .reads()
        .person(person)
        .await?
        .ok_or(ServiceError::NotFound)?
        .details;
    let shared_with = found
        .shares
        .iter()
        .map(|s| SharedUnder {
            organisation: s.sharing.recipient_organisation.clone(),
            shared_on: s.sharing.shared_on,
        })
        .collect();
    let receipt = ConsentReceipt::new(
        &found.consent,
        &details.source_id,
        &services.settings().organisation,
        shared_with,
        services.today(),
    );
    Ok(ReceiptToKeep {
        receipt,
        locale: details.preferred_locale,
        format: details.communication.information_format,
    })
}
