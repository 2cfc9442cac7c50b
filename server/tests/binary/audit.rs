//! `candour audit verify` and `head` on a log the real server wrote, on SQLite and on PostgreSQL:
//! an intact log verifies; every kind of tampering, made directly in the database as an
//! attacker with access would, is caught and the first bad event named. And a server killed
//! while eight clients work leaves a log that verifies, with every request a client saw
//! succeed stored with its event.

use crate::support::{Server, demo_session, post, run, write_audit_key};
use std::collections::BTreeSet;
use std::path::Path;

/// Statements that tamper with the log, each with what `verify` must then say.
struct Tampering {
    name: &'static str,
    statements: &'static [&'static str],
    says: &'static str,
}

const TAMPERING: &[Tampering] = &[
    Tampering {
        name: "an edit",
        statements: &["UPDATE audit_events SET object = 'entry:999' WHERE seq = 5"],
        says: "broken at event 5: event 5 was changed",
    },
    Tampering {
        name: "a deletion",
        statements: &["DELETE FROM audit_events WHERE seq = 5"],
        says: "broken at event 5: event 5 is missing",
    },
    Tampering {
        name: "an insertion",
        statements: &[
            "UPDATE audit_events SET seq = seq + 1000000 WHERE seq >= 5",
            "UPDATE audit_events SET seq = seq - 999999 WHERE seq >= 1000000",
            "INSERT INTO audit_events (seq, at, actor_kind, actor_id, actor_role, actor_organisation, \
             acting_for, person_id, action, object, outcome, content_hash, prev_hash, hash) \
             SELECT 5, at, actor_kind, actor_id, actor_role, actor_organisation, acting_for, \
             person_id, action, object, outcome, content_hash, prev_hash, hash FROM audit_events WHERE seq = 4",
        ],
        says: "broken at event 5:",
    },
    Tampering {
        name: "two events swapped",
        statements: &[
            "UPDATE audit_events SET seq = -1 WHERE seq = 5",
            "UPDATE audit_events SET seq = 5 WHERE seq = 6",
            "UPDATE audit_events SET seq = 6 WHERE seq = -1",
        ],
        says: "broken at event 5: event 5 was changed",
    },
    Tampering {
        name: "the tail cut off under a checkpoint",
        statements: &["DELETE FROM audit_events WHERE seq > 6"],
        says: "broken at event 7: event 7 is missing: signed checkpoint",
    },
    Tampering {
        name: "a forged checkpoint",
        statements: &[
            "UPDATE audit_checkpoints SET seq = 3, hash = (SELECT hash FROM audit_events WHERE seq = 3) \
             WHERE number = (SELECT max(number) FROM audit_checkpoints)",
        ],
        says: "does not carry a valid signature from the audit key",
    },
];

/// A log with some of everything: the demo council loaded, people signing in and making
/// requests, staff opening records. Stopped with SIGTERM, so a last checkpoint covers it all.
fn a_working_day(extra: &[(&str, &str)]) -> tempfile::TempDir {
    let server = Server::start(extra);
    for person in 1..=3 {
        let cookie = demo_session(&server, &format!("person:{person}"));
        for (path, body) in [
            ("/api/requests/right", "right=access"),
            ("/api/requests/about", "about=Everything+you+hold"),
            ("/api/requests/contact", "contact=portal"),
            ("/api/requests/send", ""),
        ] {
            assert!(
                post(&server, path, Some(&cookie), body).status < 400,
                "{path}"
            );
        }
    }
    let caseworker = demo_session(&server, "staff:caseworker");
    crate::support::say_why(&server, &caseworker, 1);
    for entry in 1..=3 {
        crate::support::open_entry(&server, &caseworker, 1, entry, "accuracy");
        let page = server.get(
            &format!("/staff/people/1/record/{entry}?why=accuracy"),
            &[("Accept", "text/html"), ("Cookie", &caseworker)],
        );
        assert_eq!(page.status, 200);
    }
    server.stop()
}

fn verify(dir: &Path, env: &[(&str, &str)]) -> (i32, String) {
    let (code, stdout, stderr) = run(&["audit", "verify"], env, dir);
    (code, format!("{stdout}{stderr}"))
}

/// Runs every tampering against a fresh copy of the log made by `copy`, with `apply` running
/// the statements on it, and checks each is caught.
fn every_tampering_is_caught(
    mut copy: impl FnMut() -> (Vec<(String, String)>, tempfile::TempDir),
    mut apply: impl FnMut(&[(String, String)], &[&str]),
) {
    let (env, dir) = copy();
    let env_refs: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (code, said) = verify(dir.path(), &env_refs);
    assert_eq!(code, 0, "{said}");
    let line = regex_like_intact(&said);
    assert!(line, "intact: {said}");
    let (code, head, _) = run(&["audit", "head"], &env_refs, dir.path());
    assert_eq!(code, 0);
    let head: serde_json::Value = serde_json::from_str(head.trim()).expect("one line of JSON");
    for key in ["number", "seq", "hash", "at", "public_key", "signature"] {
        assert!(!head[key].is_null(), "head has {key}: {head}");
    }
    for tampering in TAMPERING {
        let (env, dir) = copy();
        apply(&env, tampering.statements);
        let env_refs: Vec<(&str, &str)> =
            env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let (code, said) = verify(dir.path(), &env_refs);
        assert_eq!(code, 1, "{}: {said}", tampering.name);
        assert!(said.contains(tampering.says), "{}: {said}", tampering.name);
    }
}

/// `N events, chain intact, last checkpoint #K at 2026-…Z` with N > 10.
fn regex_like_intact(said: &str) -> bool {
    let line = said.lines().next().unwrap_or_default();
    let Some((events, rest)) = line.split_once(" events, chain intact, last checkpoint #") else {
        return false;
    };
    let Some((number, time)) = rest.split_once(" at ") else {
        return false;
    };
    events.parse::<u64>().is_ok_and(|n| n > 10)
        && number.parse::<u64>().is_ok()
        && time.len() == 20
        && time.ends_with('Z')
}

#[test]
fn tampering_with_the_log_on_sqlite_is_caught_and_named() {
    let day = a_working_day(&[]);
    let original = day.path().join("c.db");
    let key = day.path().join("audit-key.pem");
    assert!(
        key.exists(),
        "the embedded default made its key beside the database"
    );
    every_tampering_is_caught(
        || {
            let dir = tempfile::tempdir().expect("dir");
            // The database with its write-ahead log, as SQLite keeps it.
            for suffix in ["", "-wal", "-shm"] {
                let from = original.with_file_name(format!("c.db{suffix}"));
                if from.exists() {
                    std::fs::copy(&from, dir.path().join(format!("c.db{suffix}")))
                        .expect("copy the database");
                }
            }
            let env = vec![
                (
                    "CANDOUR_DATABASE_URL".to_owned(),
                    format!("sqlite:{}", dir.path().join("c.db").display()),
                ),
                ("CANDOUR_AUDIT_KEY".to_owned(), key.display().to_string()),
            ];
            (env, dir)
        },
        |env, statements| {
            let url = env[0].1.clone();
            tokio::runtime::Runtime::new()
                .expect("runtime")
                .block_on(async {
                    use sqlx::Connection as _;
                    let mut db = sqlx::SqliteConnection::connect(&url).await.expect("open");
                    for statement in statements {
                        sqlx::query(statement)
                            .execute(&mut db)
                            .await
                            .expect(statement);
                    }
                });
        },
    );
}

/// A fresh database on the test PostgreSQL server; its URL.
fn fresh_postgres_database() -> String {
    let server = std::env::var("TEST_POSTGRES_URL").expect(
        "TEST_POSTGRES_URL is not set: run the README's test command, which starts a throwaway \
         PostgreSQL cluster",
    );
    let name = format!("candour_audit_{}", uuid::Uuid::new_v4().simple());
    tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            use sqlx::Connection as _;
            let mut admin = sqlx::PgConnection::connect(&server).await.expect("connect");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut admin)
                .await
                .expect("create database");
        });
    let (base, _) = server.rsplit_once('/').expect("a database name");
    format!("{base}/{name}")
}

#[test]
fn tampering_with_the_log_on_postgres_is_caught_and_named() {
    let keys = tempfile::tempdir().expect("dir");
    let key = write_audit_key(keys.path());
    let original = fresh_postgres_database();
    let _day = a_working_day(&[
        ("CANDOUR_DATABASE_URL", &original),
        ("CANDOUR_AUDIT_KEY", &key),
    ]);
    every_tampering_is_caught(
        || {
            // A copy of the database, by PostgreSQL's own template copy.
            let copy = fresh_name();
            let server = std::env::var("TEST_POSTGRES_URL").expect("set");
            let (base, source) = original.rsplit_once('/').expect("name");
            tokio::runtime::Runtime::new()
                .expect("runtime")
                .block_on(async {
                    use sqlx::Connection as _;
                    let mut admin = sqlx::PgConnection::connect(&server).await.expect("connect");
                    sqlx::query(&format!("CREATE DATABASE {copy} TEMPLATE {source}"))
                        .execute(&mut admin)
                        .await
                        .expect("copy database");
                });
            let env = vec![
                ("CANDOUR_DATABASE_URL".to_owned(), format!("{base}/{copy}")),
                ("CANDOUR_AUDIT_KEY".to_owned(), key.clone()),
            ];
            (env, tempfile::tempdir().expect("dir"))
        },
        |env, statements| {
            let url = env[0].1.clone();
            tokio::runtime::Runtime::new()
                .expect("runtime")
                .block_on(async {
                    use sqlx::Connection as _;
                    let mut db = sqlx::PgConnection::connect(&url).await.expect("open");
                    for statement in statements {
                        sqlx::query(statement)
                            .execute(&mut db)
                            .await
                            .expect(statement);
                    }
                });
        },
    );
}

fn fresh_name() -> String {
    format!("candour_audit_{}", uuid::Uuid::new_v4().simple())
}

/// The references of requests stored, and of `made_request` events, from the database.
fn stored_and_logged(url: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            use sqlx::Connection as _;
            let mut db = sqlx::SqliteConnection::connect(url).await.expect("open");
            let stored: Vec<i64> = sqlx::query_scalar("SELECT id FROM rights_requests")
                .fetch_all(&mut db)
                .await
                .expect("requests");
            let logged: Vec<String> = sqlx::query_scalar(
            "SELECT object FROM audit_events WHERE action = 'made_request' AND outcome = 'done'",
        )
        .fetch_all(&mut db)
        .await
        .expect("events");
            (
                stored.into_iter().map(|id| format!("CR-{id:06}")).collect(),
                logged
                    .into_iter()
                    .filter_map(|o| o.strip_prefix("request:").map(str::to_owned))
                    .collect(),
            )
        })
}

#[test]
fn a_server_killed_mid_work_leaves_every_change_with_its_event_and_a_log_that_verifies() {
    let server = Server::start(&[("CANDOUR_LIMIT_REQUESTS", "100000")]);
    let addr = server.addr.clone();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let clients: Vec<_> = (1..=8)
        .map(|n| {
            let (addr, stop) = (addr.clone(), stop.clone());
            std::thread::spawn(move || {
                let server = crate::support::Remote(addr);
                let cookie = server.demo_session(&format!("person:{n}"));
                let mut seen = Vec::new();
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let mut answered = true;
                    for (path, body) in [
                        ("/api/requests/right", "right=access"),
                        ("/api/requests/about", "about=Everything"),
                        ("/api/requests/contact", "contact=portal"),
                    ] {
                        answered &= server.post(path, &cookie, body).is_some_and(|s| s < 400);
                    }
                    if !answered {
                        break;
                    }
                    match server.send(&cookie) {
                        Some(reference) => seen.push(reference),
                        None => break,
                    }
                }
                seen
            })
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(2_500));
    let data = server.kill();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let seen: BTreeSet<String> = clients
        .into_iter()
        .flat_map(|c| c.join().expect("client"))
        .collect();
    assert!(
        seen.len() >= 8,
        "the clients got work done first: {}",
        seen.len()
    );
    // Restarted, the log verifies.
    let again = Server::start_in(data, &["serve", "--demo", "--addr", "127.0.0.1:0"], &[]);
    assert_eq!(again.get("/healthz", &[]).status, 200);
    let data = again.stop();
    let url = format!("sqlite:{}", data.path().join("c.db").display());
    let key = data.path().join("audit-key.pem").display().to_string();
    let (code, said) = verify(
        data.path(),
        &[("CANDOUR_DATABASE_URL", &url), ("CANDOUR_AUDIT_KEY", &key)],
    );
    assert_eq!(code, 0, "{said}");
    let (stored, logged) = stored_and_logged(&url);
    assert_eq!(
        stored, logged,
        "every request stored has its event, and no event lacks its request"
    );
    let lost: Vec<_> = seen.difference(&stored).collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
}

/// Rows of the server's SQLite database for `sql` (one text column).
fn texts(server: &Server, sql: &str) -> Vec<String> {
    let url = crate::support::database(server);
    tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            use sqlx::Connection as _;
            let mut db = sqlx::SqliteConnection::connect(&url).await.expect("open");
            sqlx::query_scalar(sql)
                .fetch_all(&mut db)
                .await
                .expect("query")
        })
}

#[test]
fn an_attempt_to_see_someone_elses_information_is_refused_and_recorded() {
    let server = Server::start(&[]);
    let theirs = texts(
        &server,
        "SELECT CAST(id AS TEXT) FROM record_entries WHERE person_id = 2 ORDER BY id LIMIT 1",
    )
    .remove(0);
    let mine = texts(
        &server,
        "SELECT CAST(id AS TEXT) FROM record_entries WHERE person_id = 1 ORDER BY id LIMIT 1",
    )
    .remove(0);
    let person = demo_session(&server, "person:1");
    fn html(cookie: &str) -> Vec<(&'static str, &str)> {
        vec![("Accept", "text/html"), ("Cookie", cookie)]
    }
    let own = server.get(&format!("/record/{mine}"), &html(&person));
    assert_eq!(own.status, 200, "the owner reads their own entry");
    let other = server.get(&format!("/record/{theirs}"), &html(&person));
    assert_eq!(other.status, 404, "someone else's answers as not found");
    let comms = demo_session(&server, "staff:comms_officer");
    assert_eq!(server.get("/staff/requests", &html(&comms)).status, 404);
    let refused = |object: &str| {
        let sql = format!(
            "SELECT action FROM audit_events WHERE outcome = 'refused' AND object = '{object}'"
        );
        (0..40)
            .find_map(|_| {
                let found = texts(&server, &sql);
                if found.is_empty() {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                    None
                } else {
                    Some(found)
                }
            })
            .unwrap_or_default()
    };
    assert_eq!(refused(&format!("entry:{theirs}")), vec!["read_record"]);
    assert!(
        refused(&format!("entry:{mine}")).is_empty(),
        "the owner's reading is no refusal"
    );
    assert_eq!(refused("/staff/requests"), vec!["opened_page"]);
}
