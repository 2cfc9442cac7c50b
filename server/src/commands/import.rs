//! `candour import FILE.json --org NAME`: the ingestion API's batch from the command line, for a
//! first load or a nightly file drop. The file has the shape of `POST /api/v1/import`
//! (`{"people": [...], "entries": [...]}`), with no size limit per batch; it is checked and
//! stored exactly as the API does, all or nothing. Every problem is printed on its own line as
//! `PATH: MESSAGE`, then the command exits 2 having stored nothing.

use crate::config::Config;
use crate::{InvalidInput, open_services};
use candour_domain::clock::Clock as _;
use candour_domain::ingest::{IngestLimits, parse_batch};
use candour_services::{Caller, SystemClock};
use std::path::{Path, PathBuf};

/// Options of `candour import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The JSON file.
    file: PathBuf,
    /// The organisation the people belong to (as given to `candour api-client create`).
    #[arg(long)]
    org: String,
}

/// Runs the subcommand.
pub async fn run(config_file: Option<&Path>, args: ImportArgs) -> anyhow::Result<()> {
    let org = args.org.trim();
    if org.is_empty() {
        return Err(InvalidInput("--org must name the organisation".to_owned()).into());
    }
    let text = std::fs::read(&args.file)
        .map_err(|e| InvalidInput(format!("cannot read {}: {e}", args.file.display())))?;
    let value: serde_json::Value = serde_json::from_slice(&text)
        .map_err(|e| InvalidInput(format!("{} is not valid JSON: {e}", args.file.display())))?;
    let config = Config::load(config_file, true)?;
    let limits = IngestLimits {
        people_per_batch: usize::MAX,
        entries_per_batch: usize::MAX,
        sharing_per_batch: usize::MAX,
        consents_per_batch: usize::MAX,
        access_events_per_batch: usize::MAX,
        ..config.ingest_limits
    };
    let problems = match parse_batch(&value, limits, SystemClock.today()) {
        Ok(batch) => {
            let services = open_services::for_command(&config).await?;
            match candour_services::ingest::import(&services, &Caller::System, org, &batch).await? {
                Ok(summary) => {
                    println!(
                        "people added {}, updated {}; entries added {}, changed {}, unchanged {}; \
                         shares saved {}; consents saved {}; access events added {}",
                        summary.people_added,
                        summary.people_updated,
                        summary.entries_added,
                        summary.entries_changed,
                        summary.entries_unchanged,
                        summary.sharing_saved,
                        summary.consents_saved,
                        summary.access_events_added
                    );
                    return Ok(());
                }
                Err(problems) => problems,
            }
        }
        Err(problems) => problems,
    };
    let lines: Vec<String> = problems
        .iter()
        .map(|p| format!("{}: {}", p.path, p.message))
        .collect();
    Err(InvalidInput(format!(
        "nothing was stored; {} problem(s):\n{}",
        lines.len(),
        lines.join("\n")
    ))
    .into())
}
