//! `candour demo-data --people N --seed S [--entries] [--requests R] [--long-record E]`: adds a
//! deterministic synthetic council, optionally with care record entries, open rights requests,
//! and one person with a record of E entries.
//!
//! People are written in batches of 10,000, each batch in one transaction. Running the command
//! again with the same seed adds only the people not yet present (their case-system ids are
//! derived from the seed and index), so an interrupted load is completed by running it again.

use crate::config::Config;
use crate::open_store;
use anyhow::bail;
use candour_domain::account::{AccountKind, NewAccount};
use candour_domain::deadline::Nation;
use candour_domain::synthetic;
use candour_store::{SETTING_DEMO_DATA, Store};
use std::collections::BTreeSet;
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
    /// Also add this many open rights requests, spread over the people, received in the last
    /// 40 days (for measuring the staff queue). Each run adds this many more.
    #[arg(long, default_value_t = 0)]
    requests: u64,
    /// Also give the first person a record of this many entries (for measuring long records).
    #[arg(long, default_value_t = 0)]
    long_record: usize,
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
    if args.requests > MOST_REQUESTS {
        bail!(
            "--requests must be from 0 to {MOST_REQUESTS}, not {}",
            args.requests
        );
    }
    let config = Config::load(config_file, true)?;
    let store = open_store::open(&config.database).await?;
    let added = load(store.as_ref(), args.people, args.seed, args.entries).await?;
    println!(
        "Added {added} synthetic people (seed {}, {} asked for) to {}",
        args.seed, args.people, config.database
    );
    if args.long_record > 0 {
        let first = synthetic::person(args.seed, 0);
        let Some(person) = store.person_by_source_id(&first.source_id).await? else {
            bail!("the first synthetic person is missing");
        };
        let now = chrono::Utc::now().timestamp();
        for entry in synthetic::long_record(args.seed, 0, person.id, args.long_record.min(100_000))
        {
            store.upsert_entry(&entry, now).await?;
        }
        println!(
            "Gave person {} ({}) a record of {} entries",
            person.id.0, first.source_id, args.long_record
        );
    }
    if args.requests > 0 {
        let made = add_requests(
            store.as_ref(),
            config.nation,
            args.people,
            args.seed,
            args.requests,
        )
        .await?;
        let open = store.open_requests().await?.len();
        println!("Added {made} open rights requests; {open} are open in all");
    }
    Ok(())
}

/// Adds `count` open requests for people `0..people` in turn, taken down by a synthetic intake
/// account; returns how many were added.
async fn add_requests(
    store: &dyn Store,
    nation: Nation,
    people: u64,
    seed: u64,
    count: u64,
) -> anyhow::Result<u64> {
    let now = chrono::Utc::now();
    let intake = store
        .upsert_account(
            &NewAccount {
                kind: AccountKind::Demo,
                issuer: "demo".to_owned(),
                subject: "synthetic-intake".to_owned(),
                display_name: "Synthetic intake".to_owned(),
                email: None,
                person: None,
                roles: BTreeSet::new(),
            },
            now.timestamp(),
        )
        .await?;
    let today = candour_app::session::today();
    let mut ids = Vec::new();
    let mut index = 0;
    while (ids.len() as u64) < people.min(count) {
        let Some(person) = store
            .person_by_source_id(&synthetic::person(seed, index).source_id)
            .await?
        else {
            bail!("person {index} of seed {seed} is missing; run without --requests first");
        };
        ids.push(person.id);
        index += 1;
    }
    for n in 0..count {
        let person = ids[(n % ids.len() as u64) as usize];
        let request = synthetic::request(seed, n, person, intake.id, today);
        let due = candour_app::due_dates::when_made(&request, nation);
        store.create_request(&request, due, now.timestamp()).await?;
    }
    Ok(count)
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
                let entries = synthetic::entries(seed, index, person.id);
                for entry in &entries {
                    store.upsert_entry(entry, now).await?;
                }
                for share in synthetic::sharing(index, &entries) {
                    store.save_sharing(person.id, &share, now).await?;
                }
                for consent in synthetic::consents(index, &entries) {
                    store.save_consent(person.id, &consent, now).await?;
                }
            }
        }
        start = end;
    }
    Ok(added)
}
