//! `candour api-client create --org NAME --name NAME`, `list` and `revoke --client-id ID`:
//! credentials for the ingestion API (DESIGN.md, "Interfaces").
//!
//! `create` prints `client_id=…` and `client_secret=…`, one per line; the secret is shown this
//! once and kept only as a hash, so a lost secret means revoking the client and making another.
//! `list` prints one client per line (id, organisation, name, and "revoked" when it is); it never
//! shows a secret. `revoke` stops a client at once.

use crate::config::Config;
use crate::{InvalidInput, open_services};
use candour_services::{Caller, ServiceError, api_clients};
use std::path::Path;

/// Options of `candour api-client`.
#[derive(Debug, clap::Args)]
pub struct ApiClientArgs {
    #[command(subcommand)]
    action: Action,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    /// Make credentials for a case-management system of one organisation.
    Create {
        /// The organisation whose people the client may write (e.g. "Anytown Council").
        #[arg(long)]
        org: String,
        /// What the client is, for the list (e.g. "Mosaic case system").
        #[arg(long)]
        name: String,
    },
    /// List every client (never their secrets).
    List,
    /// Stop a client at once.
    Revoke {
        /// The client's id (`cid_…`).
        #[arg(long)]
        client_id: String,
    },
}

/// Runs the subcommand.
pub async fn run(config_file: Option<&Path>, args: ApiClientArgs) -> anyhow::Result<()> {
    let config = Config::load(config_file, true)?;
    let services = open_services::for_command(&config).await?;
    match args.action {
        Action::Create { org, name } => {
            let (org, name) = (org.trim(), name.trim());
            for (flag, value) in [("--org", org), ("--name", name)] {
                if value.is_empty() || value.chars().count() > 200 {
                    return Err(
                        InvalidInput(format!("{flag} must be from 1 to 200 characters")).into(),
                    );
                }
            }
            let made = api_clients::create(&services, &Caller::System, org, name).await?;
            println!("client_id={}", made.client.client_id);
            println!("client_secret={}", made.secret);
        }
        Action::List => {
            for client in services.reads().api_clients().await? {
                let revoked = if client.revoked_at.is_some() {
                    "\trevoked"
                } else {
                    ""
                };
                println!(
                    "{}\t{}\t{}{revoked}",
                    client.client_id, client.organisation, client.name
                );
            }
        }
        Action::Revoke { client_id } => {
            match api_clients::revoke(&services, &Caller::System, &client_id).await {
                Ok(()) => println!("revoked {client_id}"),
                Err(ServiceError::NotFound) => {
                    return Err(
                        InvalidInput(format!("there is no live API client {client_id}")).into(),
                    );
                }
                Err(other) => return Err(other.into()),
            }
        }
    }
    Ok(())
}
