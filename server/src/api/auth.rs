//! API clients' credentials: made by `candour api-client create`, checked on every call.
//!
//! A client id (`cid_` and 32 hex digits) names the client; its secret is 32 random bytes,
//! shown once and kept only as a SHA-256 hash (a random secret this long needs no slow hash:
//! there is nothing to guess). Calls send both as HTTP Basic authentication (RFC 7617), as
//! OAuth 2.0 `client_secret_basic` does. The hash is compared in constant time; a revoked
//! client is refused at once. Nothing about a failed attempt is logged but the client id.

use super::ApiError;
use axum::extract::FromRequestParts;
use base64::Engine as _;
use candour_app::session;
use candour_store::Store;
use candour_store::records::ApiClient;
use http::request::Parts;
use rand::RngCore as _;

/// A client's credentials, as made: the secret exists only here and in what is printed.
pub struct NewCredentials {
    /// The record to store.
    pub client: ApiClient,
    /// The secret, to print once.
    pub secret: String,
}

/// New credentials for a client of `organisation` called `name`, made at `now`.
pub fn new_credentials(organisation: &str, name: &str, now: i64) -> NewCredentials {
    let mut id = [0u8; 16];
    rand::rng().fill_bytes(&mut id);
    let client_id = format!(
        "cid_{}",
        id.iter().map(|b| format!("{b:02x}")).collect::<String>()
    );
    let secret = session::random_token(32);
    NewCredentials {
        client: ApiClient {
            client_id,
            secret_hash: session::token_hash(&secret),
            organisation: organisation.to_owned(),
            name: name.to_owned(),
            created_at: now,
            revoked_at: None,
        },
        secret,
    }
}

/// The API client making a call.
#[derive(Clone, Debug)]
pub struct Caller {
    /// Its id.
    pub client_id: String,
    /// The organisation whose people it may write.
    pub organisation: String,
}

impl FromRequestParts<super::ApiState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &super::ApiState,
    ) -> Result<Self, Self::Rejection> {
        let (id, secret) = basic_credentials(parts).ok_or(ApiError::Unauthorised)?;
        authenticate(state.app.store.as_ref(), &id, &secret).await
    }
}

/// The (id, secret) pair of an `Authorization: Basic …` header.
fn basic_credentials(parts: &Parts) -> Option<(String, String)> {
    let header = parts
        .headers
        .get(http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, encoded) = header.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (id, secret) = text.split_once(':')?;
    Some((id.to_owned(), secret.to_owned()))
}

/// The caller, if `id` names a live client whose secret is `secret`.
pub async fn authenticate(store: &dyn Store, id: &str, secret: &str) -> Result<Caller, ApiError> {
    let client = store.api_client(id).await?.ok_or(ApiError::Unauthorised)?;
    let presented = session::token_hash(secret);
    if client.revoked_at.is_some()
        || !constant_time_equal(presented.as_bytes(), client.secret_hash.as_bytes())
    {
        tracing::warn!(
            client_id = id,
            "refused an API call: wrong secret or revoked"
        );
        return Err(ApiError::Unauthorised);
    }
    Ok(Caller {
        client_id: client.client_id,
        organisation: client.organisation,
    })
}

fn constant_time_equal(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_are_random_and_only_the_secret_hash_is_kept() {
        let a = new_credentials("Anytown", "Mosaic", 1);
        let b = new_credentials("Anytown", "Mosaic", 1);
        assert_ne!(a.client.client_id, b.client.client_id);
        assert_ne!(a.secret, b.secret);
        assert!(a.client.client_id.starts_with("cid_") && a.client.client_id.len() == 36);
        assert_eq!(a.client.secret_hash, session::token_hash(&a.secret));
        assert!(!a.client.secret_hash.contains(&a.secret));
    }

    #[test]
    fn basic_credentials_are_read_from_the_header_and_nothing_else() {
        let parts = |value: &str| {
            let (parts, ()) = http::Request::builder()
                .header(http::header::AUTHORIZATION, value)
                .body(())
                .expect("request")
                .into_parts();
            parts
        };
        let encoded = base64::engine::general_purpose::STANDARD.encode("cid_1:s3cret:with:colons");
        assert_eq!(
            basic_credentials(&parts(&format!("Basic {encoded}"))),
            Some(("cid_1".into(), "s3cret:with:colons".into()))
        );
        assert_eq!(
            basic_credentials(&parts(&format!("Bearer {encoded}"))),
            None
        );
        assert_eq!(basic_credentials(&parts("Basic not-base64!")), None);
    }
}
