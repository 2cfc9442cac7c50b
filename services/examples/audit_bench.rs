//! The audit log's budgets (`scripts/bench`, issue "one action, one transaction, one
//! tamper-evident audit log"): appends from 8 concurrent writers (p95 ≤ 2 ms) on SQLite and on
//! PostgreSQL, and `candour audit verify` over 10 million events (≤ 60 s on 2 cores).
//!
//! `cargo run --release -p candour-services --example audit_bench -- appends [POSTGRES_URL]`
//! measures appends: each writer commits transactions of one event each, as a workflow does,
//! then runs the sequencer as the workflow layer does, on durable settings (SQLite
//! `synchronous=FULL`; PostgreSQL's defaults). It reports the append (the workflow's own
//! transaction) and the time until the event is in the chain.
//!
//! `… -- verify N` writes a chain of N events straight into a fresh SQLite file (hashes made the
//! same way the store makes them), then times the same check `candour audit verify` runs.

use candour_domain::audit::{
    ActorKind, AuditAction, AuditActor, AuditEvent, Checkpoint, NewAuditEvent, Outcome,
    PersonalContent,
};
use candour_domain::person::PersonId;
use candour_services::audit::key::AuditKey;
use candour_store::Store;
use candour_store::repo::audit::Committed;
use std::sync::Arc;
use std::time::Instant;

const WRITERS: usize = 8;
const PER_WRITER: usize = 250;

fn event(n: i64) -> NewAuditEvent {
    NewAuditEvent {
        at: 1_780_000_000 + n,
        actor: AuditActor {
            kind: ActorKind::Staff,
            id: Some((n % 40).to_string()),
            role: Some("caseworker".to_owned()),
            organisation: Some("Benchtown Council".to_owned()),
        },
        acting_for: None,
        person: Some(PersonId(n % 100_000 + 1)),
        action: AuditAction::StaffViewedEntry,
        object: format!("entry:{n}"),
        outcome: Outcome::Done,
        content: (n % 4 == 0).then(|| PersonalContent {
            salt: format!("{n:032x}"),
            reason: Some("accuracy".to_owned()),
            detail: None,
        }),
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

/// Eight writers appending at once: flat out (`per_second` None) or each at a steady rate.
async fn appends(name: &str, store: Arc<dyn Store>, per_second: Option<u64>) {
    let started = Instant::now();
    // The workflow layer's gate: one sequencer at a time on a server.
    let gate = Arc::new(tokio::sync::Mutex::new(()));
    // Collected first, so every writer is running before any is awaited.
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let (store, gate) = (store.clone(), gate.clone());
            tokio::spawn(async move {
                let (mut appended, mut chained) = (Vec::new(), Vec::new());
                let began = started.elapsed().as_secs_f64();
                // Each writer at its own phase, as independent people's requests arrive.
                let mut pace = per_second.map(|rate| {
                    let period = std::time::Duration::from_micros(1_000_000 / rate);
                    tokio::time::interval_at(
                        tokio::time::Instant::now() + period * (w as u32) / (WRITERS as u32),
                        period,
                    )
                });
                for n in 0..PER_WRITER {
                    if let Some(pace) = pace.as_mut() {
                        pace.tick().await;
                    }
                    // The append: the workflow's transaction with its event, committed.
                    let t = Instant::now();
                    let mut tx = store.begin().await.expect("begin");
                    tx.append(event((w * PER_WRITER + n) as i64))
                        .await
                        .expect("append");
                    let committed = tx.commit().await.expect("commit");
                    appended.push(t.elapsed().as_secs_f64() * 1000.0);
                    // Then, as the workflow layer does (`audit::sequence_now`), the sequencer
                    // places it in the chain unless another writer's run already did (SQLite
                    // chained it in the commit).
                    if let Committed::Queued(queued) = committed {
                        let _one_at_a_time = gate.lock().await;
                        while store.reads().audit_waiting(queued).await.expect("waiting") {
                            let mut tx = store.begin().await.expect("begin");
                            tx.sequence(5_000).await.expect("sequence");
                            tx.commit().await.expect("commit");
                        }
                    }
                    chained.push(t.elapsed().as_secs_f64() * 1000.0);
                }
                (appended, chained, began, started.elapsed().as_secs_f64())
            })
        })
        .collect();
    let (mut appended, mut chained, mut spans) = (Vec::new(), Vec::new(), Vec::new());
    for writer in writers {
        let (a, c, began, ended) = writer.await.expect("writer");
        appended.extend(a);
        chained.extend(c);
        spans.push((began, ended));
    }
    let elapsed = started.elapsed().as_secs_f64();
    // How much the writers overlapped: the sum of their working times over the wall time.
    let overlap = spans.iter().map(|(b, e)| e - b).sum::<f64>() / elapsed;
    appended.sort_by(f64::total_cmp);
    chained.sort_by(f64::total_cmp);
    let load = per_second.map_or_else(|| "flat_out".to_owned(), |r| format!("{r}_per_second_each"));
    println!(
        "audit_append_{name}_8_writers_{load}_p50_ms={:.2} p95_ms={:.2} p99_ms={:.2} (budget p95 2 ms); \
         until_chained_p50_ms={:.2} p95_ms={:.2}; events_per_second={:.0}; writers_at_once={overlap:.1}",
        percentile(&appended, 0.50),
        percentile(&appended, 0.95),
        percentile(&appended, 0.99),
        percentile(&chained, 0.50),
        percentile(&chained, 0.95),
        appended.len() as f64 / elapsed
    );
}

async fn verify(count: i64) {
    use sqlx::Connection as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = std::env::var("AUDIT_BENCH_DB")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| dir.path().join("audit.db"));
    let url = format!("sqlite:{}", path.display());
    drop(
        candour_store_sqlite::SqliteStore::open(&url)
            .await
            .expect("migrate"),
    );
    let mut db = sqlx::SqliteConnection::connect(&url).await.expect("open");
    sqlx::query("PRAGMA synchronous = OFF")
        .execute(&mut db)
        .await
        .expect("pragma");
    let t = Instant::now();
    let mut previous: Option<(i64, String)> = None;
    let mut n = 0;
    // Rows per INSERT statement.
    const ROWS: i64 = 100;
    while n < count {
        let mut tx = db.begin().await.expect("begin");
        for _ in 0..(1_000 / ROWS) {
            let rows = ROWS.min(count - n);
            if rows == 0 {
                break;
            }
            let mut events = Vec::with_capacity(rows as usize);
            for _ in 0..rows {
                n += 1;
                let new = event(n);
                let e = AuditEvent::chain(previous.as_ref().map(|(s, h)| (*s, h.as_str())), &new);
                previous = Some((e.seq, e.hash.clone()));
                events.push((e, new.content));
            }
            let marks: Vec<String> = (0..events.len())
                .map(|i| {
                    let b = i * 14;
                    format!(
                        "(${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${})",
                        b + 1,
                        b + 2,
                        b + 3,
                        b + 4,
                        b + 5,
                        b + 6,
                        b + 7,
                        b + 8,
                        b + 9,
                        b + 10,
                        b + 11,
                        b + 12,
                        b + 13,
                        b + 14
                    )
                })
                .collect();
            let sql = format!(
                "INSERT INTO audit_events (seq, at, actor_kind, actor_id, actor_role, actor_organisation, \
                 acting_for, person_id, action, object, outcome, content_hash, prev_hash, hash) VALUES {}",
                marks.join(", ")
            );
            let mut query = sqlx::query(&sql);
            for (e, _) in &events {
                query = query
                    .bind(e.seq)
                    .bind(e.at)
                    .bind(e.actor.kind.key())
                    .bind(e.actor.id.clone())
                    .bind(e.actor.role.clone())
                    .bind(e.actor.organisation.clone())
                    .bind(e.acting_for.map(|p| p.0))
                    .bind(e.person.map(|p| p.0))
                    .bind(e.action.key())
                    .bind(e.object.clone())
                    .bind(e.outcome.key())
                    .bind(e.content_hash.clone())
                    .bind(e.prev_hash.clone())
                    .bind(e.hash.clone());
            }
            query.execute(&mut *tx).await.expect("insert");
            for (e, content) in &events {
                if let Some(content) = content {
                    sqlx::query("INSERT INTO audit_details (seq, salt, reason, detail) VALUES ($1, $2, $3, $4)")
                        .bind(e.seq)
                        .bind(&content.salt)
                        .bind(&content.reason)
                        .bind(&content.detail)
                        .execute(&mut *tx)
                        .await
                        .expect("insert");
                }
            }
        }
        tx.commit().await.expect("commit");
    }
    let (key, _) = AuditKey::generate();
    let (seq, hash) = previous.expect("events");
    let checkpoint = Checkpoint {
        number: 1,
        seq,
        hash: hash.clone(),
        at: 1,
        public_key: key.public_key(),
        signature: key.sign(&Checkpoint::signed_message(1, seq, &hash, 1)),
    };
    sqlx::query(
        "INSERT INTO audit_checkpoints (number, seq, hash, at, public_key, signature) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(checkpoint.number)
    .bind(checkpoint.seq)
    .bind(&checkpoint.hash)
    .bind(checkpoint.at)
    .bind(&checkpoint.public_key)
    .bind(&checkpoint.signature)
    .execute(&mut db)
    .await
    .expect("checkpoint");
    drop(db);
    println!(
        "audit_written_events={count} in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let store = candour_store_sqlite::SqliteStore::open(&url)
        .await
        .expect("open");
    let t = Instant::now();
    let checked = candour_services::audit::verify::verify(store.reads(), &key.public_key())
        .await
        .expect("read")
        .expect("intact");
    println!(
        "audit_verify_sqlite_events={} seconds={:.1} (budget 60 s for 10,000,000)",
        checked.events,
        t.elapsed().as_secs_f64()
    );
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("appends") => {
            let dir = tempfile::tempdir().expect("temp dir");
            let url = format!("sqlite:{}", dir.path().join("appends.db").display());
            let sqlite = candour_store_sqlite::SqliteStore::open(&url)
                .await
                .expect("open sqlite");
            let sqlite: Arc<dyn Store> = Arc::new(sqlite);
            appends("sqlite", sqlite.clone(), None).await;
            appends("sqlite", sqlite, Some(50)).await;
            if let Some(url) = args.get(1) {
                let postgres: Arc<dyn Store> = Arc::new(
                    candour_store_postgres::PostgresStore::open(url)
                        .await
                        .expect("open postgres"),
                );
                appends("postgres", postgres.clone(), None).await;
                appends("postgres", postgres, Some(50)).await;
            }
        }
        Some("verify") => {
            let count = args
                .get(1)
                .and_then(|n| n.parse().ok())
                .unwrap_or(10_000_000);
            verify(count).await;
        }
        _ => eprintln!("usage: audit_bench appends [POSTGRES_URL] | verify [EVENTS]"),
    }
}
