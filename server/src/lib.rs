//! `candour`: the portal's web server and its command-line tools.
//!
//! Subcommands are contracts other systems test against (DESIGN.md, "Interfaces"): keep their
//! names, options and output stable, and document changes in the README.

pub mod api;
pub mod client_assertion;
pub mod commands;
pub mod config;
pub mod http;
pub mod mailer;
pub mod oidc;
pub mod open_services;
pub mod telemetry;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Candour: see, understand and control your social care information.
/// The command line.
#[derive(Debug, Parser)]
#[command(name = "candour", version, about, long_about = None)]
pub struct Cli {
    /// A TOML configuration file (environment variables CANDOUR_* override it).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the portal (embedded SQLite under ./data/ unless configured otherwise).
    Serve(commands::serve::ServeArgs),
    /// Add a deterministic synthetic council to the database, at any scale.
    DemoData(commands::demo_data::DemoDataArgs),
    /// Compute the legal deadline of a data-protection rights request.
    Deadline(commands::deadline::DeadlineArgs),
    /// List the Easy Read leaflets, or render one as an accessible PDF.
    Leaflet(commands::leaflet::LeafletArgs),
    /// Make, list or revoke credentials for the ingestion API.
    ApiClient(commands::api_client::ApiClientArgs),
    /// Import people and record entries from a JSON file, as the ingestion API does.
    Import(commands::import::ImportArgs),
    /// Check the audit log's hash chain and signatures, or print its newest checkpoint.
    Audit(commands::audit::AuditArgs),
}

/// Parses the command line, runs the subcommand and reports failure in one plain line.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) if !error.use_stderr() => error.exit(),
        Err(error) => {
            // clap's message, first paragraph only, on one line.
            let text = error.to_string();
            let reason: Vec<&str> = text
                .lines()
                .take_while(|line| !line.trim().is_empty())
                .map(str::trim)
                .collect();
            eprintln!(
                "candour: {}",
                reason.join(" ").trim_start_matches("error: ")
            );
            return ExitCode::from(2);
        }
    };
    match &cli.command {
        Command::Deadline(args) => return report(commands::deadline::run(args).map(|()| None)),
        Command::Leaflet(args) => return report(commands::leaflet::run(args).map(|()| None)),
        _ => {}
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("candour: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    report(runtime.block_on(async {
        match cli.command {
            Command::Serve(args) => commands::serve::run(cli.config.as_deref(), args).await,
            Command::DemoData(args) => commands::demo_data::run(cli.config.as_deref(), args).await,
            Command::Deadline(args) => commands::deadline::run(&args),
            Command::Leaflet(args) => commands::leaflet::run(&args),
            Command::ApiClient(args) => {
                commands::api_client::run(cli.config.as_deref(), args).await
            }
            Command::Import(args) => commands::import::run(cli.config.as_deref(), args).await,
            Command::Audit(args) => {
                return match commands::audit::run(cli.config.as_deref(), args).await {
                    Ok(code) => Ok(Some(code)),
                    Err(error) => Err(error),
                };
            }
        }
        .map(|()| None)
    }))
}

/// Input a person typed that cannot be used: reported in one line with exit status 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct InvalidInput(pub String);

/// Exit status 0 on success (or the command's own status); 2 and one line for invalid input;
/// 1 and the reason otherwise.
fn report(result: anyhow::Result<Option<ExitCode>>) -> ExitCode {
    match result {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some(code)) => code,
        Err(e) if e.is::<InvalidInput>() => {
            eprintln!("candour: {e}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("candour: {e:#}");
            ExitCode::FAILURE
        }
    }
}
