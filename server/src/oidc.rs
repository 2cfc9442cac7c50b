//! Signing in with OpenID Connect: the authorization code flow with PKCE (RFC 7636), `state`
//! and `nonce` bound to this browser, and the ID token checked for signature, issuer, audience,
//! expiry and nonce (OpenID Connect Core 1.0 §3.1.3.7) before anything is believed.
//!
//! Two providers: one for the public (the kind NHS login and GOV.UK One Login are) and one for
//! staff (the kind Microsoft Entra ID is). Each is discovered on first use and again every hour,
//! so a provider that is briefly down does not stop Candour starting. The HTTP client follows no
//! redirects (an OIDC client that does is an SSRF risk: openidconnect-rs, examples/google.rs).
//!
//! ID tokens are believed only when signed with one of the asymmetric algorithms the council
//! configures (`CANDOUR_OIDC_*_ID_TOKEN_ALGORITHMS`, see `config::id_token_algorithms`), never
//! with what the provider's discovery document happens to list: a provider listing HS256 would
//! otherwise let anyone holding the client secret sign a token. When a token names a key Candour
//! has not seen, the provider has rotated its keys (OpenID Connect Core 1.0 §10.1.1): the keys
//! are fetched again at once, at most once a minute per provider, rather than failing every
//! sign-in until the hourly discovery.
//!
//! A provider that answers with an error (RFC 6749 §4.1.2.1, OpenID Connect Core 1.0 §3.1.2.6)
//! is told apart on the problem page — the person said no, the provider needs them to sign in
//! there again, it is busy, or it went wrong — and logged with the error code.
//!
//! Matching a person: the public provider's verified NHS number, only when the identity was
//! checked to the high level the council configures (`acr` or `vot`), links the account to the
//! care record with that NHS number. A lower level never links, so an unverified claim cannot
//! open anyone's record. Staff roles come from the staff provider's roles claim.
//!
//! Candour authenticates at the token endpoint with a client secret, or with `private_key_jwt`
//! (a JWT signed by the council's private key, see `client_assertion`), which NHS login and
//! GOV.UK One Login require.
//!
//! Starting a sign-in is limited per network address (`candour_domain::abuse::SIGN_IN`), so
//! a script cannot use Candour to flood the provider; each completed sign-in is written to the
//! activity trail.
//!
//! Every route works without JavaScript: plain links and redirects. Each sign-in attempt is
//! remembered once (by a cookie holding a random id whose hash is stored), so a replayed
//! callback finds nothing and is refused.

use crate::config::{BaseUrl, ClientAuth, OidcProvider};
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine as _;
use candour_app::layout::guard::safe_return_to;
use candour_app::limits::too_many_page;
use candour_app::session;
use candour_app::state::AppState;
use candour_domain::access::{Assurance, Role};
use candour_domain::account::{AccountKind, NewAccount};
use candour_services::ServiceError;
use candour_services::data::SignInAttempt;
use candour_services::sessions::PersonLink;
use http::header::{COOKIE, SET_COOKIE};
use http::{HeaderMap, HeaderValue, StatusCode};
use openidconnect::core::{CoreClient, CoreIdToken, CoreProviderMetadata, CoreResponseType};
use openidconnect::{
    AuthType, AuthenticationFlow, AuthorizationCode, ClaimsVerificationError, ClientId,
    ClientSecret, CsrfToken, EndpointMaybeSet, EndpointNotSet, EndpointSet, IssuerUrl, Nonce,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, SignatureVerificationError, reqwest,
};
use secrecy::ExposeSecret as _;
use serde::Deserialize;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

/// RFC 7523 §2.2: a JWT proves the client's identity.
const CLIENT_ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// How long a sign-in attempt may take, from leaving Candour to coming back.
const ATTEMPT_SECONDS: i64 = 10 * 60;

/// How long a discovered provider is trusted before discovering it again.
const REDISCOVER_AFTER: Duration = Duration::from_secs(60 * 60);

/// The least time between two fetches of a provider's keys caused by a token naming a key
/// Candour does not have, so tokens naming made-up keys cannot make Candour flood the provider.
const REFETCH_KEYS_EVERY: Duration = Duration::from_secs(60);

type DiscoveredClient = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// Which provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProviderKind {
    /// For the public.
    Public,
    /// For staff.
    Staff,
}

impl ProviderKind {
    fn key(self) -> &'static str {
        match self {
            ProviderKind::Public => "public",
            ProviderKind::Staff => "staff",
        }
    }
}

/// One configured provider and its discovered client.
pub struct Provider {
    kind: ProviderKind,
    config: OidcProvider,
    redirect: RedirectUrl,
    discovered: Mutex<Option<(Instant, DiscoveredClient)>>,
    /// When the keys were last fetched again for an unknown key id.
    keys_refetched: Mutex<Option<Instant>>,
}

/// The providers, the HTTP client they share, and the portal state.
#[derive(Clone)]
pub struct SignIn {
    app: AppState,
    public: Option<Arc<Provider>>,
    staff: Option<Arc<Provider>>,
    http: reqwest::Client,
    /// The proxies whose `X-Forwarded-For` is believed, for the sign-in limit's address.
    trusted_proxies: Arc<Vec<crate::http::client_address::Cidr>>,
}

impl SignIn {
    /// From the configuration; `None` providers are simply not offered.
    pub fn new(
        app: AppState,
        base_url: &BaseUrl,
        public: Option<OidcProvider>,
        staff: Option<OidcProvider>,
        trusted_proxies: Vec<crate::http::client_address::Cidr>,
    ) -> anyhow::Result<Self> {
        let provider = |kind: ProviderKind,
                        config: Option<OidcProvider>|
         -> anyhow::Result<Option<Arc<Provider>>> {
            let Some(config) = config else {
                return Ok(None);
            };
            let redirect = RedirectUrl::new(format!(
                "{}/auth/{}/callback",
                base_url.as_str(),
                kind.key()
            ))?;
            Ok(Some(Arc::new(Provider {
                kind,
                config,
                redirect,
                discovered: Mutex::new(None),
                keys_refetched: Mutex::new(None),
            })))
        };
        let http = reqwest::ClientBuilder::new()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()?;
        Ok(SignIn {
            app,
            public: provider(ProviderKind::Public, public)?,
            staff: provider(ProviderKind::Staff, staff)?,
            http,
            trusted_proxies: Arc::new(trusted_proxies),
        })
    }

    fn provider(&self, kind: &str) -> Option<Arc<Provider>> {
        match kind {
            "public" => self.public.clone(),
            "staff" => self.staff.clone(),
            _ => None,
        }
    }
}

impl Provider {
    /// The client, discovering the provider if it has not been, or not for an hour.
    async fn client(&self, http: &reqwest::Client) -> Result<DiscoveredClient, String> {
        let mut discovered = self.discovered.lock().await;
        if let Some((when, client)) = discovered.as_ref()
            && when.elapsed() < REDISCOVER_AFTER
        {
            return Ok(client.clone());
        }
        let issuer = IssuerUrl::new(self.config.issuer.clone()).map_err(|e| e.to_string())?;
        let metadata = CoreProviderMetadata::discover_async(issuer, http)
            .await
            .map_err(|e| e.to_string())?;
        let secret = match &self.config.client_auth {
            ClientAuth::Secret(secret) => {
                Some(ClientSecret::new(secret.expose_secret().to_owned()))
            }
            ClientAuth::PrivateKey(_) => None,
        };
        let client = CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(self.config.client_id.clone()),
            secret,
        )
        .set_redirect_uri(self.redirect.clone());
        // With a private key the client id goes in the body beside the assertion (RFC 7523
        // §2.2); a secret goes in the Authorization header (client_secret_basic).
        let client = match self.config.client_auth {
            ClientAuth::PrivateKey(_) => client.set_auth_type(AuthType::RequestBody),
            ClientAuth::Secret(_) => client,
        };
        *discovered = Some((Instant::now(), client.clone()));
        Ok(client)
    }

    /// The client discovered again, with the provider's current keys, for a token that names a
    /// key Candour does not have; `None` when the keys were fetched less than
    /// [`REFETCH_KEYS_EVERY`] ago.
    async fn client_with_new_keys(
        &self,
        http: &reqwest::Client,
    ) -> Option<Result<DiscoveredClient, String>> {
        {
            let mut refetched = self.keys_refetched.lock().await;
            let now = Instant::now();
            if !may_refetch_keys(*refetched, now) {
                return None;
            }
            *refetched = Some(now);
        }
        *self.discovered.lock().await = None;
        Some(self.client(http).await)
    }

    /// Checks the ID token's signature (with the configured algorithms only), issuer, audience,
    /// expiry and nonce, and gives its subject.
    fn subject(
        &self,
        client: &DiscoveredClient,
        id_token: &CoreIdToken,
        nonce: &Nonce,
    ) -> Result<String, ClaimsVerificationError> {
        let verifier = client
            .id_token_verifier()
            .set_allowed_algs(self.config.id_token_algorithms.iter().cloned());
        id_token
            .claims(&verifier, nonce)
            .map(|claims| claims.subject().as_str().to_owned())
    }
}

/// Whether the keys may be fetched again now, having last been fetched again at `last`.
fn may_refetch_keys(last: Option<Instant>, now: Instant) -> bool {
    last.is_none_or(|last| now.saturating_duration_since(last) >= REFETCH_KEYS_EVERY)
}

/// The problem-page reason for a provider's `error` answer (RFC 6749 §4.1.2.1; OpenID Connect
/// Core 1.0 §3.1.2.6). Candour never sends `prompt=none`, so the `*_required` answers mean the
/// provider wants the person to do something there first.
fn provider_refusal(error: &str) -> &'static str {
    match error {
        "access_denied" => "cancelled",
        "login_required"
        | "interaction_required"
        | "consent_required"
        | "account_selection_required" => "sign-in-again",
        "temporarily_unavailable" => "busy",
        "server_error" => "provider-error",
        _ => "failed",
    }
}

/// A provider's error code as it may be logged: RFC 6749 codes are short ASCII words, so
/// anything else is cut to those characters and 40 of them (it came through the browser).
fn loggable_code(error: &str) -> String {
    error
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .take(40)
        .collect()
}

/// The cookie naming the sign-in attempt in progress.
fn attempt_cookie(secure: bool) -> &'static str {
    if secure {
        "__Host-candour_signin"
    } else {
        "candour_signin"
    }
}

/// Why a sign-in did not finish, as shown on `/sign-in/problem`.
fn problem(reason: &str) -> Response {
    Redirect::to(&format!("/sign-in/problem?reason={reason}")).into_response()
}

/// Query of `/auth/{kind}/sign-in`.
#[derive(Debug, Deserialize)]
pub struct Start {
    return_to: Option<String>,
}

/// `GET /auth/{kind}/sign-in`: remembers a new attempt and sends the browser to the provider.
pub async fn start(
    State(sign_in): State<SignIn>,
    Path(kind): Path<String>,
    Query(query): Query<Start>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let Some(provider) = sign_in.provider(&kind) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // The attempt's secrets are made first, so the try is counted against the limit (and
    // remembered) in one workflow before the provider is contacted at all.
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (state, nonce) = (CsrfToken::new_random(), Nonce::new_random());
    let id = session::random_token(32);
    let attempt = SignInAttempt {
        id_hash: session::token_hash(&id),
        provider: provider.kind.key().to_owned(),
        state: state.secret().clone(),
        nonce: nonce.secret().clone(),
        pkce_verifier: verifier.secret().clone(),
        return_to: safe_return_to(query.return_to.as_deref()),
        created_at: sign_in.app.services.now(),
    };
    let address =
        crate::http::client_address::client_address(peer.ip(), &headers, &sign_in.trusted_proxies);
    match candour_services::sessions::start_sign_in(
        &sign_in.app.services,
        &address.to_string(),
        &attempt,
        ATTEMPT_SECONDS,
    )
    .await
    {
        Ok(()) => {}
        Err(ServiceError::TooMany { minutes }) => {
            tracing::warn!(provider = kind, "sign-in limit reached");
            return Redirect::to(&too_many_page("sign-in", minutes)).into_response();
        }
        Err(error) => {
            tracing::error!(%error, "could not remember the sign-in attempt");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    }
    let client = match provider.client(&sign_in.http).await {
        Ok(client) => client,
        Err(error) => {
            tracing::warn!(provider = kind, %error, "could not reach the identity provider");
            return problem("unavailable");
        }
    };
    let (url, _, _) = client
        .authorize_url(
            AuthenticationFlow::<CoreResponseType>::AuthorizationCode,
            move || state,
            move || nonce,
        )
        .add_scope(Scope::new("profile".to_owned()))
        .add_scope(Scope::new("email".to_owned()))
        .set_pkce_challenge(challenge)
        .url();
    let secure = sign_in.app.portal.secure_cookies;
    let cookie = format!(
        "{}={id}; Path=/; HttpOnly; SameSite=Lax; Max-Age={ATTEMPT_SECONDS}{}",
        attempt_cookie(secure),
        if secure { "; Secure" } else { "" }
    );
    let mut response = Redirect::to(url.as_str()).into_response();
    if let Ok(cookie) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(SET_COOKIE, cookie);
    }
    response
}

/// Query of `/auth/{kind}/callback`.
#[derive(Debug, Deserialize)]
pub struct Callback {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// Claims Candour reads beyond the standard ones, from an ID token already verified.
#[derive(Debug, Default, Deserialize)]
struct ExtraClaims {
    acr: Option<String>,
    vot: Option<String>,
    nhs_number: Option<String>,
    #[serde(default)]
    roles: Vec<String>,
    name: Option<String>,
    email: Option<String>,
}

/// `GET /auth/{kind}/callback`: checks the answer against the attempt, exchanges the code,
/// verifies the ID token, and starts a session.
pub async fn finish(
    State(sign_in): State<SignIn>,
    Path(kind): Path<String>,
    Query(query): Query<Callback>,
    headers: HeaderMap,
) -> Response {
    let Some(provider) = sign_in.provider(&kind) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let services = &sign_in.app.services;
    let secure = sign_in.app.portal.secure_cookies;
    let cookies = headers
        .get(COOKIE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let Some(attempt_id) = session::cookie_value(cookies, attempt_cookie(secure)) else {
        return problem("expired");
    };
    let attempt =
        match candour_services::sessions::take_sign_in(services, &session::token_hash(&attempt_id))
            .await
        {
            Ok(attempt)
                if attempt.provider == provider.kind.key()
                    && attempt.created_at >= services.now() - ATTEMPT_SECONDS =>
            {
                attempt
            }
            Ok(_) | Err(ServiceError::NotFound) => return problem("expired"),
            Err(error) => {
                tracing::error!(%error, "could not read the sign-in attempt");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        };
    let Some(state) = query.state else {
        return problem("failed");
    };
    if !constant_time_equal(state.as_bytes(), attempt.state.as_bytes()) {
        tracing::warn!(provider = kind, "refused a sign-in: state does not match");
        return problem("failed");
    }
    if let Some(error) = query.error {
        let reason = provider_refusal(&error);
        tracing::warn!(
            provider = kind,
            error = loggable_code(&error),
            reason,
            "the identity provider did not sign the person in"
        );
        return problem(reason);
    }
    let Some(code) = query.code else {
        return problem("failed");
    };
    let client = match provider.client(&sign_in.http).await {
        Ok(client) => client,
        Err(error) => {
            tracing::warn!(provider = kind, %error, "could not reach the identity provider");
            return problem("unavailable");
        }
    };
    let exchange = match client.exchange_code(AuthorizationCode::new(code)) {
        Ok(exchange) => exchange,
        Err(error) => {
            tracing::warn!(provider = kind, %error, "the provider has no token endpoint");
            return problem("failed");
        }
    };
    let mut exchange = exchange.set_pkce_verifier(PkceCodeVerifier::new(attempt.pkce_verifier));
    if let ClientAuth::PrivateKey(key) = &provider.config.client_auth {
        let audience = client
            .token_uri()
            .map(|u| u.as_str().to_owned())
            .unwrap_or_default();
        match key.assertion(&provider.config.client_id, &audience, services.now()) {
            Ok(assertion) => {
                exchange = exchange
                    .add_extra_param("client_assertion_type", CLIENT_ASSERTION_TYPE)
                    .add_extra_param("client_assertion", assertion);
            }
            Err(error) => {
                tracing::error!(provider = kind, %error, "could not sign the client assertion");
                return problem("failed");
            }
        }
    }
    let tokens = match exchange.request_async(&sign_in.http).await {
        Ok(tokens) => tokens,
        Err(error) => {
            tracing::warn!(provider = kind, %error, "refused a sign-in: the code exchange failed");
            return problem("failed");
        }
    };
    let Some(id_token) = tokens.extra_fields().id_token() else {
        tracing::warn!(provider = kind, "refused a sign-in: no ID token");
        return problem("failed");
    };
    let nonce = Nonce::new(attempt.nonce);
    let verified = match provider.subject(&client, id_token, &nonce) {
        Err(ClaimsVerificationError::SignatureVerification(
            SignatureVerificationError::NoMatchingKey,
        )) => match provider.client_with_new_keys(&sign_in.http).await {
            Some(Ok(client)) => {
                tracing::info!(
                    provider = kind,
                    "fetched the provider's keys again for a new key id"
                );
                provider.subject(&client, id_token, &nonce)
            }
            Some(Err(error)) => {
                tracing::warn!(provider = kind, %error, "could not reach the identity provider");
                return problem("unavailable");
            }
            None => Err(ClaimsVerificationError::SignatureVerification(
                SignatureVerificationError::NoMatchingKey,
            )),
        },
        verified => verified,
    };
    let subject = match verified {
        Ok(subject) => subject,
        Err(error) => {
            tracing::warn!(provider = kind, %error, "refused a sign-in: the ID token did not verify");
            return problem("failed");
        }
    };
    let extra = extra_claims(&id_token.to_string());
    let high = extra
        .acr
        .iter()
        .chain(extra.vot.iter())
        .any(|level| provider.config.high_assurance.iter().any(|h| h == level));
    let assurance = if high {
        Assurance::High
    } else {
        Assurance::Low
    };
    let (account_kind, link, roles) = match provider.kind {
        ProviderKind::Staff => {
            let roles = staff_roles(&extra, &id_token.to_string(), &provider.config.roles_claim);
            (AccountKind::Staff, PersonLink::Keep, roles)
        }
        ProviderKind::Public => {
            let link = match (&extra.nhs_number, assurance) {
                (Some(number), Assurance::High) => PersonLink::ByNhsNumber(number.replace(' ', "")),
                _ => PersonLink::Keep,
            };
            (AccountKind::Public, link, Default::default())
        }
    };
    let account = NewAccount {
        kind: account_kind,
        issuer: provider.config.issuer.clone(),
        subject: subject.clone(),
        display_name: extra.name.clone().unwrap_or_else(|| subject.clone()),
        email: extra.email.clone(),
        person: None,
        roles,
    };
    let previous = session::cookie_value(cookies, session::cookie_name(secure))
        .map(|id| session::token_hash(&id));
    let started = candour_services::sessions::sign_in(
        services,
        previous.as_deref(),
        &account,
        assurance,
        provider.kind.key(),
        link,
    )
    .await;
    let id = match started {
        Ok(started) => started.id,
        Err(error) => {
            tracing::error!(%error, "could not start a session");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let mut response = Redirect::to(&attempt.return_to).into_response();
    for cookie in [
        session::set_cookie(secure, &id),
        format!(
            "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
            attempt_cookie(secure),
            if secure { "; Secure" } else { "" }
        ),
    ] {
        if let Ok(cookie) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(SET_COOKIE, cookie);
        }
    }
    response
}

/// The payload of a JWT whose signature has already been verified.
fn payload(jwt: &str) -> serde_json::Value {
    jwt.split('.')
        .nth(1)
        .and_then(|p| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(p.trim_end_matches('='))
                .ok()
        })
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

fn extra_claims(jwt: &str) -> ExtraClaims {
    serde_json::from_value(payload(jwt)).unwrap_or_default()
}

/// Roles named in the configured claim (an array of role keys, or one string).
fn staff_roles(extra: &ExtraClaims, jwt: &str, claim: &str) -> std::collections::BTreeSet<Role> {
    let value = payload(jwt).get(claim).cloned();
    let names: Vec<String> = match value {
        Some(serde_json::Value::Array(items)) => items
            .into_iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        Some(serde_json::Value::String(one)) => vec![one],
        _ => extra.roles.clone(),
    };
    names.iter().filter_map(|name| name.parse().ok()).collect()
}

fn constant_time_equal(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(payload: &str) -> String {
        let encode = |text: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text);
        format!("{}.{}.sig", encode(r#"{"alg":"RS256"}"#), encode(payload))
    }

    #[test]
    fn roles_come_from_the_configured_claim_and_unknown_roles_are_ignored() {
        let token = jwt(r#"{"groups":["caseworker","wizard"],"roles":["administrator"]}"#);
        let extra = extra_claims(&token);
        let from_groups: Vec<_> = staff_roles(&extra, &token, "groups").into_iter().collect();
        assert_eq!(from_groups, vec![Role::Caseworker]);
        let from_roles: Vec<_> = staff_roles(&extra, &token, "roles").into_iter().collect();
        assert_eq!(from_roles, vec![Role::Administrator]);
        let single = jwt(r#"{"role":"privacy_officer"}"#);
        assert_eq!(
            staff_roles(&extra_claims(&single), &single, "role").len(),
            1
        );
    }

    #[test]
    fn each_provider_error_has_its_own_explanation() {
        let cases = [
            ("access_denied", "cancelled"),
            ("login_required", "sign-in-again"),
            ("interaction_required", "sign-in-again"),
            ("consent_required", "sign-in-again"),
            ("account_selection_required", "sign-in-again"),
            ("temporarily_unavailable", "busy"),
            ("server_error", "provider-error"),
            ("invalid_request", "failed"),
            ("unauthorized_client", "failed"),
            ("<script>", "failed"),
        ];
        for (error, reason) in cases {
            assert_eq!(provider_refusal(error), reason, "{error}");
        }
        assert_eq!(loggable_code("server_error"), "server_error");
        assert_eq!(loggable_code("a\nb c<d>"), "abcd");
        assert_eq!(loggable_code(&"x".repeat(100)).len(), 40);
    }

    #[test]
    fn keys_are_fetched_again_at_most_once_a_minute() {
        let start = Instant::now();
        let cases = [
            (None, start, true),
            (Some(start), start, false),
            (Some(start), start + Duration::from_secs(59), false),
            (Some(start), start + REFETCH_KEYS_EVERY, true),
            (Some(start), start + Duration::from_secs(600), true),
        ];
        for (last, now, may) in cases {
            assert_eq!(may_refetch_keys(last, now), may, "{last:?} {now:?}");
        }
    }

    #[test]
    fn states_compare_in_constant_time_and_exactly() {
        assert!(constant_time_equal(b"abc", b"abc"));
        assert!(!constant_time_equal(b"abc", b"abd"));
        assert!(!constant_time_equal(b"abc", b"abcd"));
    }
}
