//! Credentials of the case-management systems that use the ingestion API: made and revoked at
//! the server's command line (`candour api-client`), checked on every call.
//!
//! A client id (`cid_` and 32 hex digits) names the client; its secret is 32 random bytes,
//! shown once and kept only as a SHA-256 hash (a random secret this long needs no slow hash:
//! there is nothing to guess). Calls send both as HTTP Basic authentication (RFC 7617), as
//! OAuth 2.0 `client_secret_basic` does. The hash is compared in constant time; a revoked
//! client is refused at once.

use crate::sessions::{random_token, token_hash};
use crate::{Caller, ServiceError, ServiceResult, Services, audit};
use candour_domain::audit::{AuditAction, hex};
use candour_store::records::ApiClient;
use rand::RngCore as _;

/// A client's credentials, as made: the secret exists only here and in what is printed.
#[derive(Debug)]
pub struct NewCredentials {
    /// The client as stored.
    pub client: ApiClient,
    /// The secret, to print once.
    pub secret: String,
}

/// Makes credentials for a client of `organisation` called `name`.
pub async fn create(
    services: &Services,
    caller: &Caller,
    organisation: &str,
    name: &str,
) -> ServiceResult<NewCredentials> {
    if *caller != Caller::System {
        return Err(audit::refused(
            services,
            caller,
            AuditAction::CreatedApiClient,
            None,
            "api-client",
        )
        .await);
    }
    let mut id = [0u8; 16];
    rand::rng().fill_bytes(&mut id);
    let secret = random_token(32);
    let client = ApiClient {
        client_id: format!("cid_{}", hex(&id)),
        secret_hash: token_hash(&secret),
        organisation: organisation.to_owned(),
        name: name.to_owned(),
        created_at: services.now(),
        revoked_at: None,
    };
    let mut tx = services.begin().await?;
    tx.create_api_client(&client).await?;
    tx.append(audit::event(
        services,
        caller,
        AuditAction::CreatedApiClient,
        None,
        format!("api-client:{}", client.client_id),
    ))
    .await?;
    crate::commit(services, tx).await?;
    Ok(NewCredentials { client, secret })
}

/// Revokes client `client_id` at once; not found if there is no such live client.
pub async fn revoke(services: &Services, caller: &Caller, client_id: &str) -> ServiceResult<()> {
    let object = format!("api-client:{client_id}");
    if *caller != Caller::System {
        return Err(audit::refused(
            services,
            caller,
            AuditAction::RevokedApiClient,
            None,
            object,
        )
        .await);
    }
    let mut tx = services.begin().await?;
    if !tx.revoke_api_client(client_id, services.now()).await? {
        return Err(ServiceError::NotFound);
    }
    tx.append(audit::event(
        services,
        caller,
        AuditAction::RevokedApiClient,
        None,
        object,
    ))
    .await?;
    crate::commit(services, tx).await
}

/// The caller for `id` and `secret`, if they name a live client. A failed attempt is logged
/// with the client id only.
pub async fn authenticate(services: &Services, id: &str, secret: &str) -> ServiceResult<Caller> {
    let client = services
        .reads()
        .api_client(id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let presented = token_hash(secret);
    if client.revoked_at.is_some()
        || !constant_time_equal(presented.as_bytes(), client.secret_hash.as_bytes())
    {
        tracing::warn!(
            client_id = id,
            "refused an API call: wrong secret or revoked"
        );
        return Err(ServiceError::NotFound);
    }
    Ok(Caller::CaseSystem {
        client_id: client.client_id,
        organisation: client.organisation,
    })
}

fn constant_time_equal(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
