//! Structured logs through `tracing`: JSON lines for log collectors by default, or readable
//! text. Request ids tie every line of one request together. Nothing secret or personal is
//! logged: URLs with credentials are redacted by `DatabaseUrl`, and request logs carry method,
//! path, status and timing only.

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber. Safe to call once per process.
pub fn init(filter: &str, json: bool) {
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let result = if json {
        builder.json().flatten_event(true).try_init()
    } else {
        builder.compact().try_init()
    };
    if result.is_err() {
        eprintln!("candour: logging was already set up");
    }
}
