//! Candour's configuration: typed, loaded once at start-up, validated with one plain message per
//! mistake.
//!
//! Sources, later ones winning: built-in defaults, an optional TOML file (`--config FILE` or
//! `CANDOUR_CONFIG`), then `CANDOUR_*` environment variables. An unknown `CANDOUR_*` variable is
//! an error (a typo in a security setting must not be silently ignored), with a suggestion.
//!
//! Defaults are safe: with no configuration Candour keeps its data in `./data/candour.db` and
//! serves plain HTTP only on this computer. Outside `--demo`, a public base URL must be HTTPS.
//! Secrets are held in `secrecy` types and print as `[REDACTED]`.

use candour_domain::abuse::Limits;
use candour_domain::closed_case::ClosedCaseRule;
use candour_domain::deadline::Nation;
use candour_domain::ingest::IngestLimits;
use candour_domain::organisation::Organisation;
use candour_domain::retention::RetentionSchedule;
use candour_domain::session::SessionLimits;
use openidconnect::JwsSigningAlgorithm as _;
use openidconnect::core::CoreJwsSigningAlgorithm;
use secrecy::SecretString;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// The database used when none is configured.
pub const DEFAULT_DATABASE_URL: &str = "sqlite:data/candour.db";

/// The public address used when none is configured.
pub const DEFAULT_BASE_URL: &str = "http://127.0.0.1:3000";

/// Every environment variable Candour reads, with what it sets.
pub const VARIABLES: &[(&str, &str)] = &[
    (
        "CANDOUR_CONFIG",
        "path of an optional TOML configuration file",
    ),
    (
        "CANDOUR_DATABASE_URL",
        "sqlite:PATH or postgres://USER@HOST/DB",
    ),
    (
        "CANDOUR_BASE_URL",
        "the public address, e.g. https://care.example.gov.uk",
    ),
    ("CANDOUR_LOG", "log filter, e.g. info or candour=debug"),
    (
        "CANDOUR_TRUSTED_PROXIES",
        "comma-separated CIDR blocks of the reverse proxies whose X-Forwarded-For is believed",
    ),
    (
        "CANDOUR_AUDIT_KEY",
        "the Ed25519 private key (PKCS#8 PEM file) that signs the audit log's checkpoints",
    ),
    (
        "CANDOUR_NATION",
        "whose bank holidays the legal clock uses: england-and-wales, scotland or northern-ireland",
    ),
    ("CANDOUR_LOG_FORMAT", "json (default) or text"),
    (
        "CANDOUR_ACCESS_LOG_SHOWS",
        "how \"Who looked at your record\" names staff: role (default: role and organisation) or name (the name too, when known)",
    ),
    (
        "CANDOUR_RETENTION",
        "how many years each class of record is kept after the case closes, e.g. standard=8,safeguarding-enquiry=20 (the default)",
    ),
    (
        "CANDOUR_CLOSED_CASE_DAYS",
        "days after a case closes from which staff must say why before opening it, and privacy officers are alerted (default 14)",
    ),
    ("CANDOUR_ORGANISATION_NAME", "the council's name"),
    (
        "CANDOUR_ORGANISATION_ADDRESS",
        "the council's postal address",
    ),
    (
        "CANDOUR_ORGANISATION_PHONE",
        "adult social care phone number",
    ),
    (
        "CANDOUR_ORGANISATION_EMAIL",
        "adult social care email address",
    ),
    ("CANDOUR_ORGANISATION_WEBSITE", "the council's website"),
    (
        "CANDOUR_ORGANISATION_DPO_EMAIL",
        "the data protection officer's email address",
    ),
    (
        "CANDOUR_ORGANISATION_LOGO",
        "path of the council's logo (PNG or SVG)",
    ),
    (
        "CANDOUR_OIDC_PUBLIC_ISSUER",
        "OpenID Connect issuer for the public",
    ),
    (
        "CANDOUR_OIDC_PUBLIC_CLIENT_ID",
        "client id at the public provider",
    ),
    (
        "CANDOUR_OIDC_PUBLIC_CLIENT_SECRET",
        "client secret at the public provider",
    ),
    (
        "CANDOUR_OIDC_STAFF_ISSUER",
        "OpenID Connect issuer for staff",
    ),
    (
        "CANDOUR_OIDC_STAFF_CLIENT_ID",
        "client id at the staff provider",
    ),
    (
        "CANDOUR_OIDC_STAFF_CLIENT_SECRET",
        "client secret at the staff provider",
    ),
    (
        "CANDOUR_INGEST_STATEMENT_LIMIT",
        "the most characters one statement sent by the case system may have (default 20000)",
    ),
    (
        "CANDOUR_LIMIT_SIGN_IN",
        "sign-ins that may start from one network address in 10 minutes (default 30)",
    ),
    (
        "CANDOUR_LIMIT_REQUESTS",
        "rights requests that may be sent online for one person in a day (default 10)",
    ),
    (
        "CANDOUR_OIDC_PUBLIC_PRIVATE_KEY",
        "PEM file of the private key for private_key_jwt at the public provider (instead of a secret)",
    ),
    (
        "CANDOUR_OIDC_PUBLIC_KEY_ID",
        "the key id (kid) the public provider knows that key by",
    ),
    (
        "CANDOUR_OIDC_STAFF_PRIVATE_KEY",
        "PEM file of the private key for private_key_jwt at the staff provider (instead of a secret)",
    ),
    (
        "CANDOUR_OIDC_STAFF_KEY_ID",
        "the key id (kid) the staff provider knows that key by",
    ),
    (
        "CANDOUR_OIDC_PUBLIC_HIGH_ASSURANCE",
        "acr/vot values that count as a checked identity (default P9)",
    ),
    (
        "CANDOUR_OIDC_STAFF_ROLES_CLAIM",
        "the staff ID token claim listing roles (default roles)",
    ),
    (
        "CANDOUR_OIDC_PUBLIC_ID_TOKEN_ALGORITHMS",
        "asymmetric algorithms an ID token from the public provider may be signed with (default RS256,RS512,PS256,ES256)",
    ),
    (
        "CANDOUR_OIDC_STAFF_ID_TOKEN_ALGORITHMS",
        "asymmetric algorithms an ID token from the staff provider may be signed with (default RS256,RS512,PS256,ES256)",
    ),
    (
        "CANDOUR_SESSION_IDLE_MINUTES",
        "minutes without use before signing out (default 30)",
    ),
    ("CANDOUR_SMTP_HOST", "mail server for notifications"),
    (
        "CANDOUR_SMTP_PORT",
        "mail server port (default 587, or 465 with tls = wrapper)",
    ),
    ("CANDOUR_SMTP_FROM", "the From address of notifications"),
    (
        "CANDOUR_SMTP_TLS",
        "starttls (default), wrapper (SMTPS) or none (this computer or --demo only)",
    ),
    (
        "CANDOUR_SMTP_USERNAME",
        "mail server user name, if it needs one",
    ),
    ("CANDOUR_SMTP_PASSWORD", "mail server password (secret)"),
    (
        "CANDOUR_LEAFLET_PICTURES",
        "a folder of the council's own licensed leaflet pictures (NAME.svg)",
    ),
];

/// The validated configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// Where data is kept.
    pub database: DatabaseUrl,
    /// The public address people reach Candour at.
    pub base_url: BaseUrl,
    /// The council's contact details; `None` until a council sets them.
    pub organisation: Option<Organisation>,
    /// OpenID Connect provider for the public.
    pub oidc_public: Option<OidcProvider>,
    /// OpenID Connect provider for staff.
    pub oidc_staff: Option<OidcProvider>,
    /// Mail server for notifications.
    pub smtp: Option<Smtp>,
    /// How long sessions last.
    pub session_limits: SessionLimits,
    /// Whose bank holidays the statutory clock uses (the council's nation).
    pub nation: Nation,
    /// Whether "Who looked at your record" shows staff by name too (`CANDOUR_ACCESS_LOG_SHOWS`).
    pub access_log_names: bool,
    /// How long each class of record is kept after the case closes (`CANDOUR_RETENTION`).
    pub retention: RetentionSchedule,
    /// From how many days after a case closes staff must say why before opening it
    /// (`CANDOUR_CLOSED_CASE_DAYS`).
    pub closed_cases: ClosedCaseRule,
    /// Log filter directive.
    pub log_filter: String,
    /// JSON logs (for collectors) or text (for people).
    pub log_json: bool,
    /// A folder of the council's own leaflet pictures, replacing the built-in OpenMoji ones.
    pub leaflet_pictures: Option<PathBuf>,
    /// How often sign-in and online requests may be tried (`candour_domain::abuse`).
    pub limits: Limits,
    /// Size limits on what the ingestion API accepts.
    pub ingest_limits: IngestLimits,
    /// The reverse proxies whose `X-Forwarded-For` is believed (none by default).
    pub trusted_proxies: Vec<crate::http::client_address::Cidr>,
    /// The audit key file, when configured; otherwise the embedded SQLite default keeps one
    /// beside its database ([`Config::audit_key_path`]).
    pub audit_key: Option<PathBuf>,
}

/// A database URL: `sqlite:` or `postgres:`, with any password hidden when printed.
#[derive(Clone)]
pub struct DatabaseUrl(SecretString);

impl DatabaseUrl {
    /// The URL itself, to connect with.
    pub fn expose(&self) -> &str {
        secrecy::ExposeSecret::expose_secret(&self.0)
    }

    /// True for the embedded SQLite backend.
    pub fn is_sqlite(&self) -> bool {
        self.expose().starts_with("sqlite:")
    }

    /// For SQLite, the folder the database file lives in (created at start-up if missing).
    pub fn sqlite_folder(&self) -> Option<PathBuf> {
        let path = self.expose().strip_prefix("sqlite:")?;
        let path = path.strip_prefix("//").unwrap_or(path);
        let path = path.split('?').next().unwrap_or(path);
        if path.is_empty() || path == ":memory:" {
            return None;
        }
        Path::new(path).parent().map(Path::to_path_buf)
    }
}

impl fmt::Display for DatabaseUrl {
    /// The URL with any password replaced, safe for logs and messages.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let url = self.expose();
        match (url.find("://"), url.rfind('@')) {
            (Some(scheme), Some(at)) if at > scheme => {
                let credentials = &url[scheme + 3..at];
                match credentials.split_once(':') {
                    Some((user, _)) => {
                        write!(f, "{}{user}:[REDACTED]{}", &url[..scheme + 3], &url[at..])
                    }
                    None => f.write_str(url),
                }
            }
            _ => f.write_str(url),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({self})")
    }
}

/// The public base URL, without a trailing slash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseUrl(String);

impl BaseUrl {
    /// The URL text, e.g. `https://care.example.gov.uk`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when served over HTTPS (cookies get `Secure` and `__Host-`, HSTS is sent).
    pub fn is_https(&self) -> bool {
        self.0.starts_with("https://")
    }

    /// True when the host is this computer only.
    pub fn is_loopback(&self) -> bool {
        let rest = self.0.split_once("://").map_or("", |(_, r)| r);
        let host = if let Some(v6) = rest.strip_prefix('[') {
            v6.split(']').next().unwrap_or("")
        } else {
            rest.split([':', '/']).next().unwrap_or("")
        };
        is_loopback_host(host)
    }

    /// The origin (`scheme://host[:port]`), as browsers send it in `Origin`.
    pub fn origin(&self) -> &str {
        let after_scheme = self.0.find("://").map_or(0, |i| i + 3);
        match self.0[after_scheme..].find('/') {
            Some(slash) => &self.0[..after_scheme + slash],
            None => &self.0,
        }
    }
}

/// An OpenID Connect provider's registration.
#[derive(Clone, Debug)]
pub struct OidcProvider {
    /// The issuer URL; discovery is at `<issuer>/.well-known/openid-configuration`.
    pub issuer: String,
    /// Candour's client id there.
    pub client_id: String,
    /// How Candour proves who it is at the token endpoint.
    pub client_auth: ClientAuth,
    /// `acr` (or `vot`) values that count as a checked identity (public provider).
    pub high_assurance: Vec<String>,
    /// The claim listing staff roles (staff provider).
    pub roles_claim: String,
    /// The algorithms an ID token may be signed with: asymmetric only, whatever the provider's
    /// discovery document lists (see [`id_token_algorithms`]).
    pub id_token_algorithms: Vec<CoreJwsSigningAlgorithm>,
}

/// The ID-token algorithms accepted when the council names none: RS256 (OpenID Connect Core
/// 1.0 §15.1, every provider must offer it), RS512 (NHS login's discovery document lists it),
/// PS256, and ES256 (GOV.UK One Login's).
pub const DEFAULT_ID_TOKEN_ALGORITHMS: &str = "RS256,RS512,PS256,ES256";

/// Reads a list of JWS algorithm names (RFC 7518 §3.1) for ID tokens. Only asymmetric ones are
/// allowed: a token MACed with the client secret (HS256 and its kin) proves nothing about the
/// provider, since Candour holds that secret too (and a leaked secret would then sign anyone
/// in), and `none` is no signature at all (OpenID Connect Core 1.0 §3.1.3.7 steps 6–8).
pub fn id_token_algorithms(names: &str) -> Result<Vec<CoreJwsSigningAlgorithm>, String> {
    let mut algorithms = Vec::new();
    for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let algorithm: CoreJwsSigningAlgorithm =
            serde_json::from_value(serde_json::Value::String(name.to_owned()))
                .ok()
                .ok_or_else(|| format!("{name} is not a signing algorithm Candour knows"))?;
        if algorithm.uses_shared_secret() || algorithm == CoreJwsSigningAlgorithm::None {
            return Err(format!(
                "{name} is not allowed: an ID token must be signed with the provider's own key \
                 (RS256, RS512, PS256, ES256 and the like)"
            ));
        }
        if !algorithms.contains(&algorithm) {
            algorithms.push(algorithm);
        }
    }
    if algorithms.is_empty() {
        return Err("name at least one algorithm".to_owned());
    }
    Ok(algorithms)
}

/// How Candour authenticates to a provider's token endpoint: exactly one of the two.
#[derive(Clone, Debug)]
pub enum ClientAuth {
    /// A shared secret (`client_secret_basic`).
    Secret(SecretString),
    /// A private key signing a JWT each time (`private_key_jwt`).
    PrivateKey(std::sync::Arc<crate::client_assertion::SigningKey>),
}

/// An SMTP server for notifications.
#[derive(Clone, Debug)]
pub struct Smtp {
    /// Host name.
    pub host: String,
    /// Port.
    pub port: u16,
    /// The From address.
    pub from: String,
    /// How the connection is encrypted.
    pub tls: SmtpTls,
    /// User name and password, when the server needs them.
    pub credentials: Option<(String, SecretString)>,
}

/// How mail reaches the SMTP server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpTls {
    /// Plain connection upgraded with STARTTLS, which must succeed (port 587).
    StartTls,
    /// TLS from the first byte (SMTPS, port 465).
    Wrapper,
    /// No encryption: only to a server on this computer, or with `--demo`.
    None,
}

/// What went wrong loading the configuration: every problem, one per line.
#[derive(Debug, thiserror::Error)]
#[error("the configuration has {} problem(s):\n{}", .0.len(), .0.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
pub struct ConfigError(pub Vec<String>);

/// The TOML file's shape; every field optional so environment variables can fill gaps.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    database_url: Option<String>,
    base_url: Option<String>,
    log: Option<String>,
    log_format: Option<String>,
    organisation: Option<BTreeMap<String, String>>,
    oidc: Option<BTreeMap<String, BTreeMap<String, String>>>,
    smtp: Option<BTreeMap<String, String>>,
    session_idle_minutes: Option<String>,
    nation: Option<String>,
    access_log_shows: Option<String>,
    retention: Option<String>,
    closed_case_days: Option<String>,
    leaflet_pictures: Option<String>,
    limit_sign_in: Option<String>,
    limit_requests: Option<String>,
    ingest_statement_limit: Option<String>,
    audit_key: Option<String>,
    trusted_proxies: Option<String>,
}

impl Config {
    /// Where the audit key is: the configured file, or `audit-key.pem` beside the SQLite
    /// database (under `./data/` by default), made there on first start.
    pub fn audit_key_path(&self) -> (PathBuf, bool) {
        match &self.audit_key {
            Some(path) => (path.clone(), true),
            None => (
                self.database
                    .sqlite_folder()
                    .unwrap_or_else(|| PathBuf::from("data"))
                    .join("audit-key.pem"),
                false,
            ),
        }
    }

    /// Loads from the process environment and the file it names (or `file`).
    pub fn load(file: Option<&Path>, demo: bool) -> Result<Config, ConfigError> {
        let env: BTreeMap<String, String> = std::env::vars()
            .filter(|(k, _)| k.starts_with("CANDOUR_"))
            .collect();
        Config::from_sources(file, &env, demo)
    }

    /// Loads from an explicit set of variables (for tests).
    pub fn from_sources(
        file: Option<&Path>,
        env: &BTreeMap<String, String>,
        demo: bool,
    ) -> Result<Config, ConfigError> {
        let mut problems = Vec::new();
        for name in env.keys() {
            if !VARIABLES.iter().any(|(known, _)| known == name) {
                let hint = closest(name)
                    .map(|n| format!(" Did you mean {n}?"))
                    .unwrap_or_default();
                problems.push(format!("{name} is not a setting Candour knows.{hint}"));
            }
        }
        let file_path = file
            .map(Path::to_path_buf)
            .or_else(|| env.get("CANDOUR_CONFIG").map(PathBuf::from));
        let file = match file_path {
            None => FileConfig::default(),
            Some(path) => match std::fs::read_to_string(&path) {
                Err(e) => {
                    problems.push(format!(
                        "cannot read the configuration file {}: {e}",
                        path.display()
                    ));
                    FileConfig::default()
                }
                Ok(text) => toml::from_str(&text).unwrap_or_else(|e: toml::de::Error| {
                    problems.push(format!(
                        "the configuration file {} is not valid: {}",
                        path.display(),
                        e.message()
                    ));
                    FileConfig::default()
                }),
            },
        };
        let pick = |var: &str, from_file: Option<&String>| -> Option<String> {
            env.get(var)
                .or(from_file)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };

        let database = pick("CANDOUR_DATABASE_URL", file.database_url.as_ref())
            .unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        if !(database.starts_with("sqlite:")
            || database.starts_with("postgres://")
            || database.starts_with("postgresql://"))
        {
            problems.push(
                "CANDOUR_DATABASE_URL must start with sqlite: or postgres:// (for example \
                 sqlite:data/candour.db)"
                    .to_owned(),
            );
        }

        let base = pick("CANDOUR_BASE_URL", file.base_url.as_ref())
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_owned());
        let base_url = BaseUrl(base.trim_end_matches('/').to_owned());
        if !(base.starts_with("https://") || base.starts_with("http://")) {
            problems.push("CANDOUR_BASE_URL must start with https:// (for example https://care.example.gov.uk)".to_owned());
        } else if !demo && !base_url.is_https() && !base_url.is_loopback() {
            problems.push(format!(
                "CANDOUR_BASE_URL is {base}, which is not HTTPS. People's information must only \
                 travel encrypted: use an https:// address (plain http is allowed only on this \
                 computer, or with --demo)."
            ));
        }

        let organisation = organisation(env, file.organisation.as_ref(), &mut problems);
        let oidc_public = oidc("PUBLIC", env, file.oidc.as_ref(), &mut problems);
        let oidc_staff = oidc("STAFF", env, file.oidc.as_ref(), &mut problems);
        let smtp = smtp(env, file.smtp.as_ref(), demo, &mut problems);

        let mut session_limits = SessionLimits::default();
        if let Some(minutes) = pick(
            "CANDOUR_SESSION_IDLE_MINUTES",
            file.session_idle_minutes.as_ref(),
        ) {
            match minutes.parse::<i64>() {
                Ok(m) if (5..=240).contains(&m) => session_limits.idle = m * 60,
                _ => problems.push(format!(
                    "CANDOUR_SESSION_IDLE_MINUTES must be a whole number from 5 to 240, not {minutes}"
                )),
            }
        }

        let nation = match pick("CANDOUR_NATION", file.nation.as_ref()) {
            None => Nation::EnglandAndWales,
            Some(text) => text.parse().unwrap_or_else(|e| {
                problems.push(format!("CANDOUR_NATION {e}"));
                Nation::EnglandAndWales
            }),
        };

        let retention = match pick("CANDOUR_RETENTION", file.retention.as_ref()) {
            None => RetentionSchedule::default(),
            Some(text) => RetentionSchedule::parse(&text).unwrap_or_else(|e| {
                problems.push(format!("CANDOUR_RETENTION: {e}"));
                RetentionSchedule::default()
            }),
        };

        let closed_cases = match pick("CANDOUR_CLOSED_CASE_DAYS", file.closed_case_days.as_ref()) {
            None => ClosedCaseRule::default(),
            Some(text) => match text.trim().parse::<u32>() {
                Ok(days) if days <= 3_650 => ClosedCaseRule { days },
                _ => {
                    problems.push(format!(
                        "CANDOUR_CLOSED_CASE_DAYS must be a whole number of days from 0 to 3650, not {text}"
                    ));
                    ClosedCaseRule::default()
                }
            },
        };

        let access_log_names =
            match pick("CANDOUR_ACCESS_LOG_SHOWS", file.access_log_shows.as_ref()).as_deref() {
                None | Some("role") => false,
                Some("name") => true,
                Some(other) => {
                    problems.push(format!(
                        "CANDOUR_ACCESS_LOG_SHOWS must be role or name, not {other}"
                    ));
                    false
                }
            };

        let mut limits = Limits::default();
        for (name, value, limit) in [
            (
                "CANDOUR_LIMIT_SIGN_IN",
                file.limit_sign_in.as_ref(),
                &mut limits.sign_in,
            ),
            (
                "CANDOUR_LIMIT_REQUESTS",
                file.limit_requests.as_ref(),
                &mut limits.rights_requests,
            ),
        ] {
            if let Some(text) = pick(name, value) {
                match text.parse::<u32>() {
                    Ok(max) if (1..=100_000).contains(&max) => limit.max = max,
                    _ => problems.push(format!(
                        "{name} must be a whole number from 1 to 100000, not {text}"
                    )),
                }
            }
        }

        let mut ingest_limits = IngestLimits::default();
        if let Some(text) = pick(
            "CANDOUR_INGEST_STATEMENT_LIMIT",
            file.ingest_statement_limit.as_ref(),
        ) {
            match text.parse::<usize>() {
                Ok(chars) if (100..=1_000_000).contains(&chars) => {
                    ingest_limits.statement_chars = chars;
                }
                _ => problems.push(format!(
                    "CANDOUR_INGEST_STATEMENT_LIMIT must be a whole number of characters from 100 to 1000000, not {text}"
                )),
            }
        }

        let log_format = pick("CANDOUR_LOG_FORMAT", file.log_format.as_ref())
            .unwrap_or_else(|| "json".to_owned());
        if log_format != "json" && log_format != "text" {
            problems.push(format!(
                "CANDOUR_LOG_FORMAT must be json or text, not {log_format}"
            ));
        }

        let leaflet_pictures =
            pick("CANDOUR_LEAFLET_PICTURES", file.leaflet_pictures.as_ref()).map(PathBuf::from);
        if let Some(dir) = &leaflet_pictures
            && !dir.is_dir()
        {
            problems.push(format!(
                "CANDOUR_LEAFLET_PICTURES must be a folder of pictures, but {} is not a folder",
                dir.display()
            ));
        }

        let mut trusted_proxies = Vec::new();
        if let Some(list) = pick("CANDOUR_TRUSTED_PROXIES", file.trusted_proxies.as_ref()) {
            for block in list.split(',').filter(|b| !b.trim().is_empty()) {
                match block.parse() {
                    Ok(cidr) => trusted_proxies.push(cidr),
                    Err(problem) => problems.push(format!("CANDOUR_TRUSTED_PROXIES: {problem}")),
                }
            }
        }

        let audit_key = pick("CANDOUR_AUDIT_KEY", file.audit_key.as_ref()).map(PathBuf::from);
        if audit_key.is_none() && !demo && !database.starts_with("sqlite:") {
            problems.push(
                "CANDOUR_AUDIT_KEY must name the audit key file when the database is PostgreSQL: \
                 every app server signs the audit log with the same key (make one with: openssl \
                 genpkey -algorithm ed25519 -out audit-key.pem)"
                    .to_owned(),
            );
        }

        if !problems.is_empty() {
            return Err(ConfigError(problems));
        }
        Ok(Config {
            audit_key,
            trusted_proxies,
            database: DatabaseUrl(SecretString::from(database)),
            base_url,
            organisation,
            oidc_public,
            oidc_staff,
            smtp,
            session_limits,
            nation,
            access_log_names,
            retention,
            closed_cases,
            log_filter: pick("CANDOUR_LOG", file.log.as_ref())
                .unwrap_or_else(|| "info,sqlx=warn".to_owned()),
            log_json: log_format == "json",
            leaflet_pictures,
            limits,
            ingest_limits,
        })
    }
}

const ORGANISATION_KEYS: [&str; 7] = [
    "name",
    "address",
    "phone",
    "email",
    "website",
    "dpo_email",
    "logo",
];

fn organisation(
    env: &BTreeMap<String, String>,
    file: Option<&BTreeMap<String, String>>,
    problems: &mut Vec<String>,
) -> Option<Organisation> {
    if let Some(file) = file {
        for key in file
            .keys()
            .filter(|k| !ORGANISATION_KEYS.contains(&k.as_str()))
        {
            problems.push(format!(
                "[organisation] has an unknown key {key}; the keys are {}",
                ORGANISATION_KEYS.join(", ")
            ));
        }
    }
    let value = |key: &str| {
        env.get(&format!(
            "CANDOUR_ORGANISATION_{}",
            key.to_ascii_uppercase()
        ))
        .or_else(|| file.and_then(|f| f.get(key)))
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
    };
    if ORGANISATION_KEYS.iter().all(|k| value(k).is_none()) {
        return None;
    }
    let organisation = Organisation {
        name: value("name").unwrap_or_default(),
        address: value("address").unwrap_or_default(),
        phone: value("phone").unwrap_or_default(),
        email: value("email").unwrap_or_default(),
        website: value("website").unwrap_or_default(),
        dpo_email: value("dpo_email").unwrap_or_default(),
        logo: value("logo"),
    };
    for (key, reason) in organisation.problems() {
        problems.push(format!(
            "the organisation's {key} (CANDOUR_ORGANISATION_{}) {reason}",
            key.to_ascii_uppercase()
        ));
    }
    Some(organisation)
}

fn oidc(
    kind: &str,
    env: &BTreeMap<String, String>,
    file: Option<&BTreeMap<String, BTreeMap<String, String>>>,
    problems: &mut Vec<String>,
) -> Option<OidcProvider> {
    let section = file.and_then(|f| f.get(&kind.to_ascii_lowercase()));
    let value = |key: &str| {
        env.get(&format!("CANDOUR_OIDC_{kind}_{}", key.to_ascii_uppercase()))
            .or_else(|| section.and_then(|s| s.get(key)))
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let (issuer, client_id, secret, key_path) = (
        value("issuer"),
        value("client_id"),
        value("client_secret"),
        value("private_key"),
    );
    if issuer.is_none() && client_id.is_none() && secret.is_none() && key_path.is_none() {
        return None;
    }
    let mut missing = Vec::new();
    for (key, v) in [("ISSUER", &issuer), ("CLIENT_ID", &client_id)] {
        if v.is_none() {
            missing.push(format!("CANDOUR_OIDC_{kind}_{key}"));
        }
    }
    if secret.is_none() && key_path.is_none() {
        missing.push(format!(
            "CANDOUR_OIDC_{kind}_CLIENT_SECRET or CANDOUR_OIDC_{kind}_PRIVATE_KEY"
        ));
    }
    if !missing.is_empty() {
        problems.push(format!(
            "the {} sign-in provider is only partly set: also set {}",
            kind.to_ascii_lowercase(),
            missing.join(" and ")
        ));
        return None;
    }
    let client_auth = match (secret, key_path) {
        (Some(_), Some(_)) => {
            problems.push(format!(
                "set only one of CANDOUR_OIDC_{kind}_CLIENT_SECRET and CANDOUR_OIDC_{kind}_PRIVATE_KEY"
            ));
            return None;
        }
        (Some(secret), None) => ClientAuth::Secret(SecretString::from(secret)),
        (None, Some(path)) => {
            let key = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot be read ({e})"))
                .and_then(|pem| {
                    crate::client_assertion::SigningKey::from_pem(&pem, value("key_id"))
                });
            match key {
                Ok(key) => ClientAuth::PrivateKey(std::sync::Arc::new(key)),
                Err(reason) => {
                    problems.push(format!(
                        "the private key {path} (CANDOUR_OIDC_{kind}_PRIVATE_KEY) {reason}"
                    ));
                    return None;
                }
            }
        }
        (None, None) => return None,
    };
    let issuer = issuer.unwrap_or_default();
    if !issuer.starts_with("https://")
        && !issuer.starts_with("http://127.0.0.1")
        && !issuer.starts_with("http://localhost")
    {
        problems.push(format!(
            "CANDOUR_OIDC_{kind}_ISSUER must be an https:// address, not {issuer}"
        ));
    }
    let names = value("id_token_algorithms");
    let id_token_algorithms =
        match id_token_algorithms(names.as_deref().unwrap_or(DEFAULT_ID_TOKEN_ALGORITHMS)) {
            Ok(algorithms) => algorithms,
            Err(reason) => {
                problems.push(format!("CANDOUR_OIDC_{kind}_ID_TOKEN_ALGORITHMS: {reason}"));
                return None;
            }
        };
    Some(OidcProvider {
        issuer,
        client_id: client_id.unwrap_or_default(),
        client_auth,
        high_assurance: value("high_assurance")
            .unwrap_or_else(|| "P9".to_owned())
            .split(',')
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
            .collect(),
        roles_claim: value("roles_claim").unwrap_or_else(|| "roles".to_owned()),
        id_token_algorithms,
    })
}

fn smtp(
    env: &BTreeMap<String, String>,
    file: Option<&BTreeMap<String, String>>,
    demo: bool,
    problems: &mut Vec<String>,
) -> Option<Smtp> {
    let value = |key: &str| {
        env.get(&format!("CANDOUR_SMTP_{}", key.to_ascii_uppercase()))
            .or_else(|| file.and_then(|f| f.get(key)))
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let host = value("host")?;
    let tls = match value("tls").as_deref() {
        None | Some("starttls") => SmtpTls::StartTls,
        Some("wrapper") => SmtpTls::Wrapper,
        Some("none") => SmtpTls::None,
        Some(other) => {
            problems.push(format!(
                "CANDOUR_SMTP_TLS is {other}: use starttls, wrapper or none"
            ));
            SmtpTls::StartTls
        }
    };
    if tls == SmtpTls::None && !demo && !is_loopback_host(&host) {
        problems.push(format!(
            "CANDOUR_SMTP_TLS is none but the mail server {host} is not on this computer. Emails \
             must travel encrypted: use starttls or wrapper (none is allowed only for a server on \
             this computer, or with --demo)."
        ));
    }
    let default_port = if tls == SmtpTls::Wrapper { 465 } else { 587 };
    let port = match value("port").map(|p| p.parse::<u16>()) {
        None => default_port,
        Some(Ok(port)) if port > 0 => port,
        Some(_) => {
            problems.push("CANDOUR_SMTP_PORT must be a number from 1 to 65535".to_owned());
            default_port
        }
    };
    let credentials = match (value("username"), value("password")) {
        (Some(user), Some(password)) => Some((user, SecretString::from(password))),
        (None, None) => None,
        _ => {
            problems.push(
                "Set both CANDOUR_SMTP_USERNAME and CANDOUR_SMTP_PASSWORD, or neither".to_owned(),
            );
            None
        }
    };
    let Some(from) = value("from") else {
        problems.push("CANDOUR_SMTP_HOST is set, so CANDOUR_SMTP_FROM must be set too".to_owned());
        return None;
    };
    if !from.contains('@') {
        problems.push(format!(
            "CANDOUR_SMTP_FROM is {from}: it must be an email address, for example \
             \"Care portal <care@example.gov.uk>\""
        ));
    }
    Some(Smtp {
        host,
        port,
        from,
        tls,
        credentials,
    })
}

/// True when `host` names this computer only.
fn is_loopback_host(host: &str) -> bool {
    matches!(host, "localhost" | "127.0.0.1" | "::1") || host.starts_with("127.")
}

/// The known variable nearest to a misspelt one, if any is close.
fn closest(name: &str) -> Option<&'static str> {
    VARIABLES
        .iter()
        .map(|(known, _)| (edit_distance(name, known), *known))
        .filter(|(d, _)| *d <= 3)
        .min()
        .map(|(_, known)| known)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn no_configuration_gives_safe_local_defaults() {
        let config = Config::from_sources(None, &env(&[]), false).expect("defaults load");
        assert_eq!(config.database.expose(), DEFAULT_DATABASE_URL);
        assert_eq!(config.database.sqlite_folder(), Some(PathBuf::from("data")));
        assert!(config.base_url.is_loopback());
        assert!(config.organisation.is_none());
        assert!(config.oidc_public.is_none() && config.oidc_staff.is_none());
    }

    #[test]
    fn each_mistake_gets_its_own_message() {
        let cases: &[(&[(&str, &str)], &str)] = &[
            (
                &[("CANDOUR_DATABSE_URL", "x")],
                "Did you mean CANDOUR_DATABASE_URL?",
            ),
            (
                &[("CANDOUR_DATABASE_URL", "mysql://x")],
                "must start with sqlite: or postgres://",
            ),
            (
                &[("CANDOUR_BASE_URL", "http://care.example.gov.uk")],
                "not HTTPS",
            ),
            (
                &[("CANDOUR_BASE_URL", "care.example.gov.uk")],
                "must start with https://",
            ),
            (
                &[("CANDOUR_OIDC_PUBLIC_ISSUER", "https://id.example")],
                "also set CANDOUR_OIDC_PUBLIC_CLIENT_ID and CANDOUR_OIDC_PUBLIC_CLIENT_SECRET",
            ),
            (
                &[("CANDOUR_ORGANISATION_NAME", "Anytown")],
                "the organisation's address (CANDOUR_ORGANISATION_ADDRESS) is empty",
            ),
            (
                &[("CANDOUR_SMTP_HOST", "mail"), ("CANDOUR_SMTP_PORT", "lots")],
                "CANDOUR_SMTP_PORT must be a number",
            ),
            (
                &[("CANDOUR_LEAFLET_PICTURES", "/no/such/folder")],
                "CANDOUR_LEAFLET_PICTURES must be a folder of pictures, but /no/such/folder is not a folder",
            ),
            (
                &[
                    ("CANDOUR_SMTP_HOST", "mail.example"),
                    ("CANDOUR_SMTP_FROM", "care@example.gov.uk"),
                    ("CANDOUR_SMTP_TLS", "none"),
                ],
                "is not on this computer",
            ),
            (
                &[
                    ("CANDOUR_SMTP_HOST", "mail.example"),
                    ("CANDOUR_SMTP_FROM", "care@example.gov.uk"),
                    ("CANDOUR_SMTP_TLS", "maybe"),
                ],
                "use starttls, wrapper or none",
            ),
            (
                &[
                    ("CANDOUR_SMTP_HOST", "mail.example"),
                    ("CANDOUR_SMTP_FROM", "care@example.gov.uk"),
                    ("CANDOUR_SMTP_USERNAME", "portal"),
                ],
                "or neither",
            ),
            (
                &[
                    ("CANDOUR_SMTP_HOST", "mail.example"),
                    ("CANDOUR_SMTP_FROM", "care portal"),
                ],
                "it must be an email address",
            ),
            (&[("CANDOUR_LOG_FORMAT", "xml")], "must be json or text"),
        ];
        for (vars, expected) in cases {
            let error = Config::from_sources(None, &env(vars), false).expect_err("refused");
            let text = error.to_string();
            assert!(text.contains(expected), "{vars:?}: {text}");
        }
    }

    #[test]
    fn unencrypted_mail_is_allowed_only_on_this_computer_or_in_demo_mode() {
        let to = |host: &str| {
            env(&[
                ("CANDOUR_SMTP_HOST", host),
                ("CANDOUR_SMTP_FROM", "care@example.gov.uk"),
                ("CANDOUR_SMTP_TLS", "none"),
            ])
        };
        assert!(Config::from_sources(None, &to("mail.example"), false).is_err());
        assert!(Config::from_sources(None, &to("mail.example"), true).is_ok());
        let local = Config::from_sources(None, &to("127.0.0.1"), false).expect("loopback");
        let smtp = local.smtp.expect("smtp");
        assert_eq!((smtp.port, smtp.tls), (587, SmtpTls::None));
        let wrapped = env(&[
            ("CANDOUR_SMTP_HOST", "mail.example"),
            ("CANDOUR_SMTP_FROM", "care@example.gov.uk"),
            ("CANDOUR_SMTP_TLS", "wrapper"),
        ]);
        let smtp = Config::from_sources(None, &wrapped, false)
            .expect("valid")
            .smtp
            .expect("smtp");
        assert_eq!((smtp.port, smtp.tls), (465, SmtpTls::Wrapper));
    }

    #[test]
    fn the_retention_schedule_is_the_councils_choice_and_a_bad_one_is_refused_with_its_reason() {
        let default = Config::from_sources(None, &env(&[]), true).expect("loads");
        assert_eq!(default.retention, RetentionSchedule::default());
        let chosen = Config::from_sources(None, &env(&[("CANDOUR_RETENTION", "standard=6")]), true)
            .expect("loads");
        assert_eq!(chosen.retention.years("standard"), Some(6));
        assert_eq!(chosen.retention.years("safeguarding-enquiry"), None);
        let problems =
            Config::from_sources(None, &env(&[("CANDOUR_RETENTION", "standard=six")]), true)
                .expect_err("refused");
        assert!(
            problems.0.iter().any(|p| p
                == "CANDOUR_RETENTION: the years in \"standard=six\" are not a whole number from 1 to 150"),
            "{problems:?}"
        );
    }

    #[test]
    fn closed_cases_ask_why_from_fourteen_days_unless_the_council_says_otherwise() {
        let default = Config::from_sources(None, &env(&[]), true).expect("loads");
        assert_eq!(default.closed_cases.days, 14);
        let chosen = Config::from_sources(None, &env(&[("CANDOUR_CLOSED_CASE_DAYS", "30")]), true)
            .expect("loads");
        assert_eq!(chosen.closed_cases.days, 30);
        for bad in ["-1", "two weeks", "9999"] {
            let problems =
                Config::from_sources(None, &env(&[("CANDOUR_CLOSED_CASE_DAYS", bad)]), true)
                    .expect_err("refused");
            assert!(
                problems.0.iter().any(|p| p
                    == &format!("CANDOUR_CLOSED_CASE_DAYS must be a whole number of days from 0 to 3650, not {bad}")),
                "{problems:?}"
            );
        }
    }

    #[test]
    fn plain_http_on_a_public_host_is_allowed_only_in_demo_mode() {
        let vars = env(&[("CANDOUR_BASE_URL", "http://demo.example:3000")]);
        assert!(Config::from_sources(None, &vars, false).is_err());
        assert!(Config::from_sources(None, &vars, true).is_ok());
    }

    #[test]
    fn postgres_outside_demo_mode_needs_a_configured_audit_key() {
        let vars = env(&[("CANDOUR_DATABASE_URL", "postgres://candour@db/candour")]);
        let problems = Config::from_sources(None, &vars, false).expect_err("refused");
        assert!(
            problems
                .0
                .iter()
                .any(|p| p.starts_with("CANDOUR_AUDIT_KEY must name")),
            "{problems:?}"
        );
        assert!(
            Config::from_sources(None, &vars, true).is_ok(),
            "demo mode makes one"
        );
        let sqlite = Config::from_sources(None, &env(&[]), false).expect("loads");
        assert_eq!(
            sqlite.audit_key_path(),
            (std::path::PathBuf::from("data/audit-key.pem"), false),
            "the embedded default keeps its key beside the database"
        );
    }

    #[test]
    fn passwords_never_appear_when_a_database_url_is_printed() {
        let vars = env(&[
            (
                "CANDOUR_DATABASE_URL",
                "postgres://candour:hunter2@db:5432/candour",
            ),
            ("CANDOUR_AUDIT_KEY", "/etc/candour/audit-key.pem"),
        ]);
        let config = Config::from_sources(None, &vars, false).expect("loads");
        let shown = format!("{} {:?} {config:?}", config.database, config.database);
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("postgres://candour:[REDACTED]@db:5432/candour"));
    }

    #[test]
    fn client_secrets_never_appear_in_debug_output() {
        let vars = env(&[
            ("CANDOUR_OIDC_STAFF_ISSUER", "https://login.example"),
            ("CANDOUR_OIDC_STAFF_CLIENT_ID", "candour"),
            ("CANDOUR_OIDC_STAFF_CLIENT_SECRET", "s3cret-value"),
        ]);
        let config = Config::from_sources(None, &vars, false).expect("loads");
        assert!(!format!("{config:?}").contains("s3cret-value"));
    }

    #[test]
    fn a_provider_takes_a_secret_or_a_private_key_but_not_both_and_a_bad_key_is_named() {
        let dir = tempfile::tempdir().expect("dir");
        let key = dir.path().join("staff.pem");
        std::fs::write(&key, "not a key").expect("write");
        let key = key.display().to_string();
        let base = [
            ("CANDOUR_OIDC_STAFF_ISSUER", "https://login.example"),
            ("CANDOUR_OIDC_STAFF_CLIENT_ID", "candour"),
        ];
        let with = |extra: &[(&'static str, &str)]| {
            let mut all: Vec<(&str, &str)> = base.to_vec();
            all.extend_from_slice(extra);
            Config::from_sources(None, &env(&all), false)
        };
        let neither = with(&[]).expect_err("incomplete");
        assert!(
            neither.to_string().contains(
                "also set CANDOUR_OIDC_STAFF_CLIENT_SECRET or CANDOUR_OIDC_STAFF_PRIVATE_KEY"
            ),
            "{neither}"
        );
        let both = with(&[
            ("CANDOUR_OIDC_STAFF_CLIENT_SECRET", "s"),
            ("CANDOUR_OIDC_STAFF_PRIVATE_KEY", &key),
        ])
        .expect_err("both");
        assert!(both.to_string().contains("set only one of"), "{both}");
        let bad = with(&[("CANDOUR_OIDC_STAFF_PRIVATE_KEY", &key)]).expect_err("bad key");
        assert!(
            bad.to_string().contains("is not a PKCS#8 private key"),
            "{bad}"
        );
    }

    #[test]
    fn id_tokens_may_be_signed_only_with_asymmetric_algorithms() {
        use CoreJwsSigningAlgorithm as A;
        let cases: &[(&str, Result<Vec<A>, &str>)] = &[
            (
                DEFAULT_ID_TOKEN_ALGORITHMS,
                Ok(vec![
                    A::RsaSsaPkcs1V15Sha256,
                    A::RsaSsaPkcs1V15Sha512,
                    A::RsaSsaPssSha256,
                    A::EcdsaP256Sha256,
                ]),
            ),
            ("ES256", Ok(vec![A::EcdsaP256Sha256])),
            (" RS256 , RS256,", Ok(vec![A::RsaSsaPkcs1V15Sha256])),
            ("HS256", Err("HS256 is not allowed")),
            ("RS256,HS512", Err("HS512 is not allowed")),
            ("none", Err("none is not allowed")),
            (
                "RS257",
                Err("RS257 is not a signing algorithm Candour knows"),
            ),
            (" , ", Err("name at least one algorithm")),
        ];
        for (names, expected) in cases {
            match (id_token_algorithms(names), expected) {
                (Ok(got), Ok(want)) => assert_eq!(&got, want, "{names}"),
                (Err(got), Err(want)) => assert!(got.contains(want), "{names}: {got}"),
                (got, _) => panic!("{names}: {got:?}"),
            }
        }
        let vars = env(&[
            ("CANDOUR_OIDC_PUBLIC_ISSUER", "https://id.example"),
            ("CANDOUR_OIDC_PUBLIC_CLIENT_ID", "candour"),
            ("CANDOUR_OIDC_PUBLIC_CLIENT_SECRET", "s"),
            ("CANDOUR_OIDC_PUBLIC_ID_TOKEN_ALGORITHMS", "RS256,HS256"),
        ]);
        let refused = Config::from_sources(None, &vars, false).expect_err("HS256");
        assert!(
            refused
                .to_string()
                .contains("CANDOUR_OIDC_PUBLIC_ID_TOKEN_ALGORITHMS: HS256 is not allowed"),
            "{refused}"
        );
    }

    #[test]
    fn a_toml_file_is_read_and_environment_variables_win() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("candour.toml");
        std::fs::write(
            &path,
            "database_url = \"sqlite:/tmp/x.db\"\nbase_url = \"https://care.example.gov.uk/\"\n\
             [organisation]\nname = \"Anytown Council\"\naddress = \"1 High St\"\nphone = \"01632 960000\"\n\
             email = \"asc@anytown.example\"\nwebsite = \"https://anytown.example\"\ndpo_email = \"dpo@anytown.example\"\n",
        )
        .expect("write");
        let vars = env(&[("CANDOUR_ORGANISATION_NAME", "Othertown Council")]);
        let config = Config::from_sources(Some(&path), &vars, false).expect("loads");
        assert_eq!(config.base_url.as_str(), "https://care.example.gov.uk");
        assert_eq!(config.base_url.origin(), "https://care.example.gov.uk");
        assert_eq!(config.organisation.expect("set").name, "Othertown Council");
    }

    #[test]
    fn a_broken_toml_file_is_named_with_the_reason() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("broken.toml");
        std::fs::write(&path, "database_url = [").expect("write");
        let text = Config::from_sources(Some(&path), &env(&[]), false)
            .expect_err("refused")
            .to_string();
        assert!(text.contains("broken.toml is not valid"), "{text}");
        let missing = Config::from_sources(Some(&dir.path().join("nope.toml")), &env(&[]), false)
            .expect_err("refused")
            .to_string();
        assert!(
            missing.contains("cannot read the configuration file"),
            "{missing}"
        );
    }
}
