//! Embeds every Fluent file under `locales/<tag>/` into the binary, so adding a file or a
//! language needs no code change, and a running portal never reads translation files from disk.
//!
//! Everything written here is relative to the package (`rerun-if-changed=../locales…`, and
//! `include_str!` of `CARGO_MANIFEST_DIR` paths), never an absolute path: clones share one
//! build folder (`scripts/lib.sh`), and an absolute path would embed another clone's files.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Read when the script runs, not when it was compiled: a build script compiled in another
    // clone (the shared build folder) would otherwise look in that clone, perhaps long gone.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join("../locales");
    println!("cargo:rerun-if-changed=../locales");
    let mut sources = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("the locales folder exists")
        .map(|e| e.expect("a readable entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let tag = dir
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a UTF-8 name")
            .to_owned();
        println!("cargo:rerun-if-changed=../locales/{tag}");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .expect("a readable locale folder")
            .map(|e| e.expect("a readable entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for file in files {
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .expect("a UTF-8 name")
                .to_owned();
            println!("cargo:rerun-if-changed=../locales/{tag}/{name}");
            sources.push((tag.clone(), format!("/../locales/{tag}/{name}")));
        }
    }
    let mut out = String::from(
        "/// Every Fluent file: (locale tag, path, contents).\n\
         pub(crate) const SOURCES: &[(&str, &str, &str)] = &[\n",
    );
    for (tag, path) in sources {
        writeln!(
            out,
            "    ({tag:?}, {path:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {path:?}))),"
        )
        .expect("write");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    std::fs::write(dest, out).expect("write locales.rs");
}
