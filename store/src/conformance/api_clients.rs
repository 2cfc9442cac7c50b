//! Credentials of the ingestion API.

use super::*;

/// Api clients are kept listed and revoked.
pub async fn api_clients_are_kept_listed_and_revoked(store: Arc<dyn Store>) {
    use crate::records::ApiClient;
    let client = ApiClient {
        client_id: "c-1".into(),
        secret_hash: "ab".repeat(32),
        organisation: "Anytown".into(),
        name: "Mosaic".into(),
        created_at: 10,
        revoked_at: None,
    };
    w!(store, create_api_client(&client)).expect("create");
    assert_eq!(
        store.reads().api_client("c-1").await.expect("read"),
        Some(client.clone())
    );
    assert_eq!(
        store.reads().api_clients().await.expect("list"),
        vec![client]
    );
    assert!(w!(store, revoke_api_client("c-1", 20)).expect("revoke"));
    assert!(!w!(store, revoke_api_client("c-1", 30)).expect("again"));
    assert!(!w!(store, revoke_api_client("nope", 30)).expect("missing"));
    assert_eq!(
        store
            .reads()
            .api_client("c-1")
            .await
            .expect("read")
            .and_then(|c| c.revoked_at),
        Some(20)
    );
}
