//! `candour demo-data`: the synthetic council, as a black box.

use crate::support::run;

#[test]
fn demo_data_adds_people_and_running_again_adds_none() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("sqlite:{}", dir.path().join("demo.db").display());
    let env = [("CANDOUR_DATABASE_URL", url.as_str())];
    let (code, stdout, stderr) = run(
        &["demo-data", "--people", "1500", "--seed", "9"],
        &env,
        dir.path(),
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("Added 1500 synthetic people (seed 9"),
        "{stdout}"
    );
    let (code, stdout, _) = run(
        &["demo-data", "--people", "1500", "--seed", "9"],
        &env,
        dir.path(),
    );
    assert_eq!(code, 0);
    assert!(stdout.contains("Added 0 synthetic people"), "{stdout}");
}

#[test]
fn demo_data_refuses_a_silly_number_of_people() {
    let dir = tempfile::tempdir().expect("dir");
    let (code, _, stderr) = run(&["demo-data", "--people", "0"], &[], dir.path());
    assert_ne!(code, 0);
    assert!(
        stderr.contains("--people must be from 1 to 10000000"),
        "{stderr}"
    );
    assert!(!dir.path().join("data").exists(), "nothing was written");
}

#[test]
fn demo_data_adds_open_requests_for_the_queue() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("sqlite:{}", dir.path().join("demo.db").display());
    let env = [("CANDOUR_DATABASE_URL", url.as_str())];
    let (code, stdout, stderr) = run(
        &["demo-data", "--people", "30", "--requests", "45"],
        &env,
        dir.path(),
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("Added 45 open rights requests; 45 are open in all"),
        "{stdout}"
    );
    let (code, stdout, stderr) = run(
        &["demo-data", "--people", "30", "--requests", "5"],
        &env,
        dir.path(),
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("Added 5 open rights requests; 50 are open in all"),
        "{stdout}"
    );
    let (code, _, stderr) = run(
        &["demo-data", "--people", "30", "--requests", "2000000"],
        &env,
        dir.path(),
    );
    assert_ne!(code, 0);
    assert!(
        stderr.contains("--requests must be from 0 to 1000000"),
        "{stderr}"
    );
}
