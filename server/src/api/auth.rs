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
use candour_services::Caller;
use http::request::Parts;

/// The case system making a call: always a [`Caller::CaseSystem`].
#[derive(Clone, Debug)]
pub struct ApiCaller(pub Caller);

impl ApiCaller {
    /// The client's id.
    pub fn client_id(&self) -> String {
        match &self.0 {
            Caller::CaseSystem { client_id, .. } => client_id.clone(),
            _ => String::new(),
        }
    }

    /// The organisation whose people it may write.
    pub fn organisation(&self) -> String {
        match &self.0 {
            Caller::CaseSystem { organisation, .. } => organisation.clone(),
            _ => String::new(),
        }
    }
}

impl FromRequestParts<super::ApiState> for ApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &super::ApiState,
    ) -> Result<Self, Self::Rejection> {
        let (id, secret) = basic_credentials(parts).ok_or(ApiError::Unauthorised)?;
        match candour_services::api_clients::authenticate(&state.app.services, &id, &secret).await {
            Ok(caller) => Ok(ApiCaller(caller)),
            Err(candour_services::ServiceError::NotFound) => Err(ApiError::Unauthorised),
            Err(error) => Err(error.into()),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

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
