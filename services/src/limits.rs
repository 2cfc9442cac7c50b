//! Abuse limits inside a workflow's transaction: the try is checked and counted by one atomic
//! statement (`candour_store::repo::limits`), and counted only if the workflow commits.
//!
//! Buckets name the limit and whose tries they are: `sign-in:<address>`, `codes:<account>`,
//! `requests:<person>`.

use crate::{ServiceError, ServiceResult, Services};
use candour_domain::abuse::{Limit, Verdict};
use candour_store::Transaction;

/// One more try in `bucket`, or [`ServiceError::TooMany`] saying how long to wait.
pub(crate) async fn try_once(
    services: &Services,
    tx: &mut dyn Transaction,
    limit: Limit,
    bucket: &str,
) -> ServiceResult<()> {
    match tx
        .try_once(bucket, limit, services.now().saturating_mul(1000))
        .await?
    {
        Verdict::Allowed => Ok(()),
        Verdict::TryAgainIn { minutes } => Err(ServiceError::TooMany { minutes }),
    }
}
