//! `candour demo-data --people N --seed S [--entries] [--requests R] [--long-record E]
//! [--staff-views V]`: adds a deterministic synthetic council, optionally with care record
//! entries, open rights requests, one person with a record of E entries, and V staff views of
//! that person's record.
//!
//! The loading is `candour_services::demo`: people in batches of 10,000, each batch in one
//! transaction with its audit event. Running the command again with the same seed adds only the
//! people not yet present, so an interrupted load is completed by running it again.

use crate::config::Config;
use crate::open_services;
use anyhow::bail;
use std::path::Path;

/// The most people one run will make.
const MOST_PEOPLE: u64 = 10_000_000;

/// Options of `candour demo-data`.
#[derive(Debug, clap::Args)]
pub struct DemoDataArgs {
    /// How many people to make (1 to 10,000,000).
    #[arg(long)]
    people: u64,
    /// The seed: the same seed always makes the same people.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Also give each person the story of their care: 4 to 9 record entries.
    #[arg(long)]
    entries: bool,
    /// Also add this many open rights requests, spread over the people, received in the last
    /// 40 days (for measuring the staff queue). Each run adds this many more.
    #[arg(long, default_value_t = 0)]
    requests: u64,
    /// Also give the first person a record of this many entries (for measuring long records).
    #[arg(long, default_value_t = 0)]
    long_record: usize,
    /// Also give the first person this many staff views of their record on the audit log (for
    /// measuring "who looked at your record"). Needs --entries or --long-record.
    #[arg(long, default_value_t = 0)]
    staff_views: u64,
}

/// The most requests one run will make.
const MOST_REQUESTS: u64 = 1_000_000;

/// Runs the subcommand.
pub async fn run(config_file: Option<&Path>, args: DemoDataArgs) -> anyhow::Result<()> {
    if args.people == 0 || args.people > MOST_PEOPLE {
        bail!(
            "--people must be from 1 to {MOST_PEOPLE}, not {}",
            args.people
        );
    }
    if args.staff_views > MOST_REQUESTS {
        bail!(
            "--staff-views must be from 0 to {MOST_REQUESTS}, not {}",
            args.staff_views
        );
    }
    if args.requests > MOST_REQUESTS {
        bail!(
            "--requests must be from 0 to {MOST_REQUESTS}, not {}",
            args.requests
        );
    }
    let config = Config::load(config_file, true)?;
    let services = open_services::for_command(&config).await?;
    let added =
        candour_services::demo::load(&services, args.people, args.seed, args.entries).await?;
    println!(
        "Added {added} synthetic people (seed {}, {} asked for) to {}",
        args.seed, args.people, config.database
    );
    if args.long_record > 0 {
        let person =
            candour_services::demo::long_record(&services, args.seed, args.long_record).await?;
        println!(
            "Gave person {} a record of {} entries",
            person.0, args.long_record
        );
    }
    if args.staff_views > 0 {
        let person =
            candour_services::demo::staff_views(&services, args.seed, args.staff_views).await?;
        println!(
            "Gave person {} {} staff views of their record",
            person.0, args.staff_views
        );
    }
    if args.requests > 0 {
        let open =
            candour_services::demo::add_requests(&services, args.people, args.seed, args.requests)
                .await?;
        println!(
            "Added {} open rights requests; {open} are open in all",
            args.requests
        );
    }
    Ok(())
}
