//! `candour deadline`, the contract: the due date on the last line, `--json`, and exit 2 with
//! one line for invalid input.

use crate::support::run;

fn deadline(args: &[&str]) -> (i32, String, String) {
    let dir = tempfile::tempdir().expect("dir");
    let mut all = vec!["deadline"];
    all.extend_from_slice(args);
    run(&all, &[], dir.path())
}

#[test]
fn the_due_date_is_on_the_last_line() {
    let cases: &[(&[&str], &str)] = &[
        // ICO: Monday 25 November 2024 → Friday 27 December (Christmas and Boxing Day).
        (
            &["--received", "2024-11-25", "--nation", "england-and-wales"],
            "2024-12-27",
        ),
        // ICO: 31 January → 29 February in a leap year.
        (
            &["--received", "2024-01-31", "--nation", "scotland"],
            "2024-02-29",
        ),
        // St Andrew's Day moves a Scottish deadline only.
        (
            &["--received", "2026-10-30", "--nation", "scotland"],
            "2026-12-01",
        ),
        (
            &["--received", "2026-10-30", "--nation", "northern-ireland"],
            "2026-11-30",
        ),
        // ID arrived on 10 March: the month starts again.
        (
            &[
                "--received",
                "2026-03-02",
                "--nation",
                "england-and-wales",
                "--restart",
                "2026-03-10",
            ],
            "2026-04-10",
        ),
        // A five-day clarification pause, both ends counted.
        (
            &[
                "--received",
                "2026-03-02",
                "--nation",
                "england-and-wales",
                "--pause",
                "2026-03-05:2026-03-09",
            ],
            "2026-04-07",
        ),
        // Extended: three months from the start.
        (
            &[
                "--received",
                "2026-03-02",
                "--nation",
                "england-and-wales",
                "--extended",
            ],
            "2026-06-02",
        ),
    ];
    for (args, expected) in cases {
        let (code, stdout, stderr) = deadline(args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        assert_eq!(stdout.lines().last(), Some(*expected), "{args:?}: {stdout}");
    }
}

#[test]
fn json_gives_the_due_date_the_notice_deadline_and_every_step() {
    let (code, stdout, _) = deadline(&[
        "--received",
        "2026-03-02",
        "--nation",
        "scotland",
        "--pause",
        "2026-03-05:2026-03-09",
        "--extended",
        "--json",
    ]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(stdout.trim()).expect("one JSON object");
    assert_eq!(value["due"], "2026-06-08");
    assert_eq!(value["extension_notice_deadline"], "2026-04-07");
    assert_eq!(value["paused_days"], 5);
    let steps = value["steps"].as_array().expect("steps");
    assert_eq!(
        steps.first().map(|s| s["step"].clone()),
        Some("received".into())
    );
    assert!(
        steps
            .iter()
            .all(|s| s["explanation"].as_str().is_some_and(|e| !e.is_empty()))
    );
}

#[test]
fn invalid_input_exits_2_with_one_line() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["--received", "2026-02-30", "--nation", "scotland"],
            "--received 2026-02-30 is not a real date",
        ),
        (
            &["--received", "yesterday", "--nation", "scotland"],
            "--received must be a date written YYYY-MM-DD",
        ),
        (
            &["--received", "2026-01-01", "--nation", "wales"],
            "--nation must be england-and-wales, scotland or northern-ireland",
        ),
        (
            &[
                "--received",
                "2026-01-01",
                "--nation",
                "scotland",
                "--restart",
                "2025-12-31",
            ],
            "before the request was received",
        ),
        (
            &[
                "--received",
                "2026-01-01",
                "--nation",
                "scotland",
                "--pause",
                "2026-01-09:2026-01-05",
            ],
            "ends before it starts",
        ),
        (
            &[
                "--received",
                "2026-01-01",
                "--nation",
                "scotland",
                "--pause",
                "2026-01-05",
            ],
            "--pause must be two dates",
        ),
        (&["--nation", "scotland"], "--received"),
    ];
    for (args, expected) in cases {
        let (code, stdout, stderr) = deadline(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(stdout.is_empty(), "{args:?}: {stdout}");
        assert_eq!(stderr.trim().lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
}
