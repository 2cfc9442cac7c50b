//! Pages and handlers cannot write to the store: `candour-app` and `candour-server` depend on the
//! workflows, never on the store crates, and the workflows hand out lookups only. A page or
//! handler that wanted to write would have to add the dependency, and this test fails.

use std::process::Command;

/// The normal (not dev, not build) dependencies of `package`, from `cargo metadata`.
fn dependencies(package: &str) -> Vec<String> {
    let manifest = format!(
        "{}/../Cargo.toml",
        std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")
    );
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .args(["--manifest-path", &manifest])
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON");
    let found = metadata["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .find(|p| p["name"] == package)
        .unwrap_or_else(|| panic!("{package} is in the workspace"));
    found["dependencies"]
        .as_array()
        .expect("dependencies")
        .iter()
        .filter(|d| d["kind"].is_null())
        .filter_map(|d| d["name"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn pages_and_handlers_depend_on_the_workflows_and_never_on_the_store() {
    for package in ["candour-app", "candour-server"] {
        let names = dependencies(package);
        assert!(
            names.iter().any(|n| n == "candour-services"),
            "{package} calls the workflows: {names:?}"
        );
        for store in [
            "candour-store",
            "candour-store-sqlite",
            "candour-store-postgres",
            "sqlx",
        ] {
            assert!(
                !names.iter().any(|n| n == store),
                "{package} must not depend on {store}: writes go through candour-services"
            );
        }
    }
    let services = dependencies("candour-services");
    assert!(
        services.iter().any(|n| n == "candour-store"),
        "{services:?}"
    );
}

#[test]
fn the_workflows_crate_hands_out_no_way_to_write() {
    let source = include_str!("../src/lib.rs");
    for exported in [
        "pub use candour_store::write",
        "pub use candour_store::Transaction",
        "pub use candour_store::Store",
    ] {
        assert!(
            !source.contains(exported),
            "candour-services must not export {exported}"
        );
    }
    assert!(
        source.contains("pub(crate) async fn begin("),
        "only the workflows open transactions"
    );
}
