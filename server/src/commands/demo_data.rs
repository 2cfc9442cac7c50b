//! `candour demo-data --people N --seed S`: adds a deterministic synthetic council.
//!
//! People are written in batches of 10,000, each batch in one transaction. Running the command
//! again with the same seed adds only the people not yet present (their case-system ids are
//! derived from the seed and index), so an interrupted load is completed by running it again.

use crate::config::Config;
use crate::open_store;
use anyhow::bail;
use candour_domain::synthetic;
use candour_store::{SETTING_DEMO_DATA, Store};
use std::path::Path;

/// People per transaction.
const BATCH: u64 = 10_000;

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
    /// Also give each person 4 to 8 care record entries.
    #[arg(long)]
    entries: bool,
}

/// Runs the subcommand.
pub async fn run(config_file: Option<&Path>, args: DemoDataArgs) -> anyhow::Result<()> {
    if args.people == 0 || args.people > MOST_PEOPLE {
        bail!(
            "--people must be from 1 to {MOST_PEOPLE}, not {}",
            args.people
        );
    }
    let config = Config::load(config_file, true)?;
    let store = open_store::open(&config.database).await?;
    let added = load(store.as_ref(), args.people, args.seed, args.entries).await?;
    println!(
        "Added {added} synthetic people (seed {}, {} asked for) to {}",
        args.seed, args.people, config.database
    );
    Ok(())
}

/// Adds people `0..people` of the synthetic council `seed` (and their record entries, if
/// asked); returns how many people were new.
pub async fn load(store: &dyn Store, people: u64, seed: u64, entries: bool) -> anyhow::Result<u64> {
    store
        .set_setting(SETTING_DEMO_DATA, &format!("seed={seed}"))
        .await?;
    let mut added = 0;
    let mut start = 0;
    while start < people {
        let end = (start + BATCH).min(people);
        let batch: Vec<_> = (start..end).map(|i| synthetic::person(seed, i)).collect();
        added += store.insert_people(&batch).await?;
        if entries {
            let now = chrono::Utc::now().timestamp();
            for (index, details) in (start..end).zip(&batch) {
                let Some(person) = store.person_by_source_id(&details.source_id).await? else {
                    continue;
                };
                for entry in synthetic::entries(seed, index, person.id) {
                    store.upsert_entry(&entry, now).await?;
                }
            }
        }
        start = end;
    }
    Ok(added)
}
