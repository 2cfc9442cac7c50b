//! `candour leaflet list` and `candour leaflet render`: Easy Read leaflets from the command
//! line, a contract others test against (DESIGN.md, "Interfaces").
//!
//! `list` prints one leaflet per line, the name first, then its English title. `render` writes
//! a PDF/UA-1 file; it writes to a temporary file beside `--out` and renames it only when the
//! PDF is complete, so a failure never leaves a partial PDF. Bad input (an unknown leaflet or
//! language, a broken organisation file or logo) exits with status 2 and one line naming the
//! problem. Without `--org`, the demo council's details are printed, labelled as demo.

use std::io::Write;
use std::path::PathBuf;

use candour_leaflets::{Engine, LeafletError, Organisation, RenderRequest, catalogue, content};

use crate::InvalidInput;

/// `candour leaflet …`.
#[derive(Debug, clap::Args)]
pub struct LeafletArgs {
    #[command(subcommand)]
    command: LeafletCommand,
}

#[derive(Debug, clap::Subcommand)]
enum LeafletCommand {
    /// List the leaflets: one per line, the name first.
    List,
    /// Render one leaflet as an accessible PDF (PDF/UA-1).
    Render(RenderArgs),
}

/// Options of `candour leaflet render`.
#[derive(Debug, clap::Args)]
struct RenderArgs {
    /// The leaflet's name, as `candour leaflet list` prints it.
    #[arg(long)]
    leaflet: String,
    /// The language: en-GB, cy, ur or pa.
    #[arg(long)]
    locale: String,
    /// Large print: 20 point text instead of 16.
    #[arg(long)]
    large_print: bool,
    /// The organisation file (keys: name, address, phone, email, website, dpo_email, logo).
    #[arg(long, value_name = "FILE.toml")]
    org: Option<PathBuf>,
    /// Where to write the PDF.
    #[arg(long, value_name = "FILE.pdf")]
    out: PathBuf,
}

/// Runs the subcommand.
pub fn run(args: &LeafletArgs) -> anyhow::Result<()> {
    match &args.command {
        LeafletCommand::List => list(),
        LeafletCommand::Render(render_args) => render(render_args),
    }
}

fn list() -> anyhow::Result<()> {
    let english = catalogue::locale("en-GB").expect("English is built in");
    let mut out = std::io::stdout().lock();
    for name in catalogue::LEAFLETS {
        let leaflet = content::Leaflet::load(name, english)?;
        writeln!(out, "{name}\t{}", leaflet.title)?;
    }
    Ok(())
}

fn render(args: &RenderArgs) -> anyhow::Result<()> {
    let (organisation, logo) = match &args.org {
        Some(path) => candour_leaflets::organisation::from_file(path).map_err(invalid)?,
        None => (Organisation::demo(), None),
    };
    let request = RenderRequest {
        leaflet: args.leaflet.clone(),
        locale: args.locale.clone(),
        large_print: args.large_print,
        organisation,
        logo,
        issued: candour_domain::clock::Clock::today(&candour_services::SystemClock),
        personal: None,
    };
    let rendered = Engine::new().render(&request).map_err(invalid)?;
    write_whole(&args.out, &rendered.pdf)?;
    Ok(())
}

/// Bad input is reported as such (exit 2); a template failure is Candour's fault (exit 1).
fn invalid(error: LeafletError) -> anyhow::Error {
    match error {
        LeafletError::Content(_) | LeafletError::Template(_) | LeafletError::TimedOut => {
            anyhow::Error::new(error)
        }
        other => InvalidInput(other.to_string()).into(),
    }
}

/// Writes beside the target, then renames: the file at `path` is either absent or complete.
fn write_whole(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(InvalidInput(format!(
            "--out: the folder {} does not exist",
            dir.display()
        ))
        .into());
    }
    let name = path
        .file_name()
        .ok_or_else(|| InvalidInput(format!("--out: {} is not a file name", path.display())))?;
    let temporary = dir.join(format!(".{}.partial", name.to_string_lossy()));
    std::fs::write(&temporary, bytes)?;
    std::fs::rename(&temporary, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temporary);
    })?;
    Ok(())
}
