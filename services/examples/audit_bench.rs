//! The audit log's budgets (`scripts/bench`, issue "one action, one transaction, one
//! tamper-evident audit log"): appends from 8 concurrent writers (p95 ≤ 2 ms) on SQLite and on
//! PostgreSQL, and `candour audit verify` over 10 million events (≤ 60 s on 2 cores).
//!
//! `cargo run --release -p candour-services --example audit_bench -- appends [POSTGRES_URL]`
//! measures appends: each writer commits transactions of one event each, as a workflow does,
//! on durable settings (SQLite `synchronous=FULL`; PostgreSQL's defaults).
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

async fn appends(name: &str, store: Arc<dyn Store>) {
    let started = Instant::now();
    // Collected first, so every writer is running before any is awaited.
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let store = store.clone();
            tokio::spawn(async move {
                let mut latencies = Vec::with_capacity(PER_WRITER);
                let began = started.elapsed().as_secs_f64();
                for n in 0..PER_WRITER {
                    let t = Instant::now();
                    let mut tx = store.begin().await.expect("begin");
                    tx.append(event((w * PER_WRITER + n) as i64))
                        .await
                        .expect("append");
                    tx.commit().await.expect("commit");
                    latencies.push(t.elapsed().as_secs_f64() * 1000.0);
                }
                (latencies, began, started.elapsed().as_secs_f64())
            })
        })
        .collect();
    let mut all = Vec::new();
    let mut spans = Vec::new();
    for writer in writers {
        let (latencies, began, ended) = writer.await.expect("writer");
        all.extend(latencies);
        spans.push((began, ended));
    }
    // How much the writers overlapped: the sum of their working times over the wall time.
    let overlap = spans.iter().map(|(b, e)| e - b).sum::<f64>() / started.elapsed().as_secs_f64();
    let elapsed = started.elapsed().as_secs_f64();
    all.sort_by(f64::total_cmp);
    println!(
        "audit_append_{name}_8_writers_p50_ms={:.2} p95_ms={:.2} p99_ms={:.2} appends_per_second={:.0} writers_at_once={overlap:.1} (budget p95 2 ms)",
        percentile(&all, 0.50),
        percentile(&all, 0.95),
        percentile(&all, 0.99),
        all.len() as f64 / elapsed
    );
}

async fn verify(count: i64) {
    use sqlx::Connection as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite:{}", dir.path().join("audit.db").display());
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
    while n < count {
        let mut tx = db.begin().await.expect("begin");
        for _ in 0..100_000.min(count - n) {
            n += 1;
            let new = event(n);
            let e = AuditEvent::chain(previous.as_ref().map(|(s, h)| (*s, h.as_str())), &new);
            sqlx::query(
                "INSERT INTO audit_events (seq, at, actor_kind, actor_id, actor_role, actor_organisation, \
                 acting_for, person_id, action, object, outcome, content_hash, prev_hash, hash) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
            )
            .bind(e.seq)
            .bind(e.at)
            .bind(e.actor.kind.key())
            .bind(&e.actor.id)
            .bind(&e.actor.role)
            .bind(&e.actor.organisation)
            .bind(e.acting_for.map(|p| p.0))
            .bind(e.person.map(|p| p.0))
            .bind(e.action.key())
            .bind(&e.object)
            .bind(e.outcome.key())
            .bind(&e.content_hash)
            .bind(&e.prev_hash)
            .bind(&e.hash)
            .execute(&mut *tx)
            .await
            .expect("insert");
            if let Some(content) = &new.content {
                sqlx::query(
                    "INSERT INTO audit_details (seq, salt, reason, detail) VALUES ($1, $2, $3, $4)",
                )
                .bind(e.seq)
                .bind(&content.salt)
                .bind(&content.reason)
                .bind(&content.detail)
                .execute(&mut *tx)
                .await
                .expect("insert");
            }
            previous = Some((e.seq, e.hash));
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
            appends("sqlite", Arc::new(sqlite)).await;
            if let Some(url) = args.get(1) {
                let postgres = candour_store_postgres::PostgresStore::open(url)
                    .await
                    .expect("open postgres");
                appends("postgres", Arc::new(postgres)).await;
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
