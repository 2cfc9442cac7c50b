//! The email outbox, worked by the server's sender: what is waiting, and what became of each
//! try. (Emails are put in the outbox by the workflows that cause them, in their transaction.)
//! Delivery is bookkeeping, not an action on anyone's information, so it is not on the audit
//! log; the SMTP server's own log keeps deliveries.

use crate::{ServiceResult, Services};
use candour_store::records::OutgoingEmail;

/// Emails not yet sent and tried fewer than `max_attempts` times, oldest first.
pub async fn waiting(
    services: &Services,
    max_attempts: u32,
    limit: u32,
) -> ServiceResult<Vec<(i64, OutgoingEmail)>> {
    Ok(services.reads().emails_to_send(max_attempts, limit).await?)
}

/// Email `id` was sent.
pub async fn sent(services: &Services, id: i64) -> ServiceResult<()> {
    let mut tx = services.begin().await?;
    tx.email_sent(id, services.now()).await?;
    crate::commit(services, tx).await
}

/// Email `id` could not be sent, for `reason`.
pub async fn failed(services: &Services, id: i64, reason: &str) -> ServiceResult<()> {
    let mut tx = services.begin().await?;
    tx.email_failed(id, reason).await?;
    crate::commit(services, tx).await
}

/// Deletes subject access copies whose 30 days are over (they are never served after expiry
/// even before this runs) and forgets abuse-limit tries that no longer count; returns how many
/// copies were removed. The removal is on the audit log.
pub async fn tidy(services: &Services) -> ServiceResult<u64> {
    let now = services.now();
    let mut tx = services.begin().await?;
    let removed = tx.remove_expired_access_copies(now).await?;
    tx.forget_old_tries(now.saturating_mul(1000)).await?;
    if removed > 0 {
        tx.append(crate::audit::with_words(
            crate::audit::event(
                services,
                &crate::Caller::System,
                candour_domain::audit::AuditAction::RemovedExpiredCopies,
                None,
                "access-copies",
            ),
            None,
            Some(format!("{removed} removed")),
        ))
        .await?;
    }
    crate::commit(services, tx).await?;
    Ok(removed)
}
