//! Batches from the council's case-management system (the ingestion API and `candour import`):
//! people, record entries, shares, consents and access events, stored all or nothing for the
//! caller's organisation, with the batch and every share and consent received on the audit log
//! (a share or consent is about one person, who sees it among what happened to their
//! information), and every access event new to Candour on the log as the look it reports
//! (`access_log::reported_event`), where the person's "Who looked at your record" reads it.
//!
//! A share refused because the consent it names was withdrawn (UK GDPR Art 7(3)) goes on the
//! audit log as a refusal against the person, so the data protection officer can see that the
//! case system tried to share after a withdrawal.

use crate::{Caller, ServiceError, ServiceResult, Services, audit};
use candour_domain::audit::AuditAction;
use candour_domain::ingest::{Batch, Problem};
use candour_domain::person::PersonId;
use candour_store::records::ImportSummary;
use std::collections::HashMap;

/// Stores `batch` for `organisation`: the caller must be that organisation's case system (or
/// Candour's own command line). `Ok(Err(problems))` when the batch cannot be stored: nothing
/// was.
pub async fn import(
    services: &Services,
    caller: &Caller,
    organisation: &str,
    batch: &Batch,
) -> ServiceResult<Result<ImportSummary, Vec<Problem>>> {
    let allowed = match caller {
        Caller::CaseSystem {
            organisation: own, ..
        } => own == organisation,
        Caller::System => true,
        _ => false,
    };
    if !allowed {
        return Err(
            audit::refused(services, caller, AuditAction::ReceivedBatch, None, "batch").await,
        );
    }
    let mut tx = services.begin().await?;
    let summary = match tx.import(batch, organisation, services.now()).await? {
        Ok(summary) => summary,
        Err(problems) => {
            drop(tx);
            refused_shares(services, caller, batch, &problems).await?;
            return Ok(Err(problems));
        }
    };
    tx.append(audit::with_words(
        audit::event(services, caller, AuditAction::ReceivedBatch, None, "batch"),
        None,
        Some(format!(
            "people added {}, updated {}; entries added {}, changed {}, unchanged {}; shares {}; consents {}; access events {}",
            summary.people_added,
            summary.people_updated,
            summary.entries_added,
            summary.entries_changed,
            summary.entries_unchanged,
            summary.sharing_saved,
            summary.consents_saved,
            summary.access_events_added
        )),
    ))
    .await?;
    let mut people: HashMap<&str, PersonId> = HashMap::new();
    let received = batch
        .sharing
        .iter()
        .map(|s| {
            (
                AuditAction::ReceivedShare,
                s.person_source_id.as_str(),
                format!("share:{}", s.sharing.source_id),
            )
        })
        .chain(batch.consents.iter().map(|c| {
            (
                AuditAction::ReceivedConsent,
                c.person_source_id.as_str(),
                format!("consent:{}", c.consent.source_id),
            )
        }));
    for (action, source_id, object) in received {
        let person = match people.get(source_id) {
            Some(person) => *person,
            None => {
                let person = tx
                    .person_by_source_id(source_id)
                    .await?
                    .ok_or_else(|| ServiceError::Failed(format!("{source_id} vanished")))?
                    .id;
                people.insert(source_id, person);
                person
            }
        };
        tx.append(audit::event(services, caller, action, Some(person), object))
            .await?;
    }
    crate::access_log::log_reported(tx.as_mut(), organisation, batch, &summary).await?;
    crate::commit(services, tx).await?;
    Ok(Ok(summary))
}

/// Puts each share of `batch` refused for naming a consent no longer in force on the audit log,
/// against its person.
async fn refused_shares(
    services: &Services,
    caller: &Caller,
    batch: &Batch,
    problems: &[Problem],
) -> ServiceResult<()> {
    let stopped = candour_domain::sharing::SharingProblem::ConsentNotInForce;
    for problem in problems.iter().filter(|p| p.message == stopped.message()) {
        let Some(share) = problem
            .path
            .strip_prefix("$.sharing[")
            .and_then(|rest| rest.split_once(']'))
            .and_then(|(k, _)| k.parse::<usize>().ok())
            .and_then(|k| batch.sharing.get(k))
        else {
            continue;
        };
        let person = services
            .reads()
            .person_by_source_id(&share.person_source_id)
            .await?
            .map(|p| p.id);
        audit::refused(
            services,
            caller,
            AuditAction::ReceivedShare,
            person,
            format!("share:{}", share.sharing.source_id),
        )
        .await;
    }
    Ok(())
}
