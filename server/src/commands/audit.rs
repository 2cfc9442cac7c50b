//! `candour audit verify` and `candour audit head` (DESIGN.md, "Interfaces").
//!
//! `verify` recomputes the whole hash chain of the audit log and checks every signed
//! checkpoint with the audit key's public half (the configured key file, or `--public-key` for
//! a key kept elsewhere). Intact: exit 0 printing `N events, chain intact, last checkpoint #K
//! at TIME`. Otherwise exit 1 printing the first bad sequence number and what is wrong there:
//! an edit, a deletion, an insertion, a reordering, events cut off the end under a checkpoint,
//! or a checkpoint whose signature is not the key's.
//!
//! `head` prints the newest signed checkpoint as one line of JSON, for a council to keep
//! somewhere Candour cannot write (a later `verify` then proves nothing before it changed).

use crate::config::Config;
use crate::{InvalidInput, open_services};
use candour_services::audit::key::AuditKey;
use candour_services::audit::verify::verify;
use std::path::Path;
use std::process::ExitCode;

/// Options of `candour audit`.
#[derive(Debug, clap::Args)]
pub struct AuditArgs {
    #[command(subcommand)]
    action: Action,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    /// Recompute the audit log's hash chain and check every signed checkpoint.
    Verify {
        /// The audit key's public half (64 hex digits), when the private key is not on this
        /// computer; by default it comes from the configured key file.
        #[arg(long, value_name = "HEX")]
        public_key: Option<String>,
    },
    /// Print the newest signed checkpoint as one line of JSON, to keep elsewhere.
    Head,
}

/// Runs the subcommand: `Ok(SUCCESS)` when intact, `Ok(1)` when the log is broken.
pub async fn run(config_file: Option<&Path>, args: AuditArgs) -> anyhow::Result<ExitCode> {
    let config = Config::load(config_file, true)?;
    match args.action {
        Action::Verify { public_key } => {
            let public_key = match public_key {
                Some(hex) => {
                    let hex = hex.trim().to_lowercase();
                    if hex.len() != 64 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                        return Err(InvalidInput(
                            "--public-key must be the audit key's public half: 64 hex digits"
                                .to_owned(),
                        )
                        .into());
                    }
                    hex
                }
                None => {
                    let (path, _) = config.audit_key_path();
                    AuditKey::load(&path)
                        .map_err(|problem| anyhow::anyhow!("{problem}"))?
                        .public_key()
                }
            };
            let services = open_services::for_reading(&config).await?;
            match verify(services.reads(), &public_key).await? {
                Ok(intact) => {
                    let checkpoint = match intact.last_checkpoint {
                        Some(c) => format!("last checkpoint #{} at {}", c.number, time(c.at)),
                        None => "no checkpoint yet".to_owned(),
                    };
                    println!("{} events, chain intact, {checkpoint}", intact.events);
                    Ok(ExitCode::SUCCESS)
                }
                Err(broken) => {
                    println!("the audit log is broken at event {}: {broken}", broken.seq);
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Action::Head => {
            let services = open_services::for_reading(&config).await?;
            match services.reads().latest_checkpoint().await? {
                Some(checkpoint) => {
                    println!(
                        "{}",
                        serde_json::json!({
                            "number": checkpoint.number,
                            "seq": checkpoint.seq,
                            "hash": checkpoint.hash,
                            "at": time(checkpoint.at),
                            "public_key": checkpoint.public_key,
                            "signature": checkpoint.signature,
                        })
                    );
                    Ok(ExitCode::SUCCESS)
                }
                None => Err(InvalidInput(
                    "the audit log has no signed checkpoint yet: one is made every minute \
                     with activity, and when the server stops"
                        .to_owned(),
                )
                .into()),
            }
        }
    }
}

/// A time as RFC 3339 in UTC (`2026-12-04T17:03:00Z`).
fn time(unix_seconds: i64) -> String {
    chrono::DateTime::from_timestamp(unix_seconds, 0)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default()
}
