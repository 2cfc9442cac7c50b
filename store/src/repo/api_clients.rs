//! Credentials of the case-management systems that use the ingestion API.

use crate::StoreResult;
use crate::records::ApiClient;
use async_trait::async_trait;

/// Looking clients up.
#[async_trait]
pub trait ApiClientReads: Send {
    /// An API client by its id (revoked ones included, so callers can say why).
    async fn api_client(&mut self, client_id: &str) -> StoreResult<Option<ApiClient>>;

    /// Every API client, oldest first.
    async fn api_clients(&mut self) -> StoreResult<Vec<ApiClient>>;
}

/// Making and revoking clients.
#[async_trait]
pub trait ApiClientWrites: Send {
    /// Adds an API client.
    async fn create_api_client(&mut self, client: &ApiClient) -> StoreResult<()>;

    /// Revokes a client at once; false if there is no such client or it was already revoked.
    async fn revoke_api_client(&mut self, client_id: &str, now: i64) -> StoreResult<bool>;
}
