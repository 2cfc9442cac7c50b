//! `candour serve`: opens (creating and migrating) the database, and serves the portal until
//! SIGTERM or Ctrl-C, finishing requests in flight before it stops.

use crate::config::Config;
use crate::mailer::{self, Mailer};
use crate::{http, open_services, telemetry};
use anyhow::Context as _;
use candour_app::branding::{Brand, Branding, REFRESH_EVERY};
use candour_app::state::{AppState, Portal};
use candour_domain::organisation::Organisation;
use candour_leaflets::{Engine, Logo, RenderPool};
use candour_services::Services;
use leptos::config::{Env, LeptosOptions};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How many synthetic people `--demo` loads into an empty database.
const DEMO_PEOPLE: u64 = 200;

/// The seed `--demo` uses, so every demonstration shows the same people.
const DEMO_SEED: u64 = 1;

/// Options of `candour serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:3000")]
    addr: SocketAddr,
    /// Serve a synthetic demonstration council with a demo sign-in page. Never use with real
    /// data: anyone can sign in as anyone.
    #[arg(long)]
    demo: bool,
}

/// Leaflets rendered at once: one per core on the 2-core machines councils start with.
const LEAFLET_RENDERS: usize = 2;
/// Leaflets that may wait for a render slot; more are refused at once (503, `Retry-After`).
const LEAFLETS_WAITING: usize = 16;
/// A leaflet renders in milliseconds; anything near this is stuck.
const LEAFLET_TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Runs the subcommand.
pub async fn run(config_file: Option<&Path>, args: ServeArgs) -> anyhow::Result<()> {
    let config = Config::load(config_file, args.demo)?;
    telemetry::init(&config.log_filter, config.log_json);
    if !args.demo && !args.addr.ip().is_loopback() && !config.base_url.is_https() {
        anyhow::bail!(
            "refusing to listen on {} without an https:// CANDOUR_BASE_URL: people's information \
             must only travel encrypted",
            args.addr
        );
    }
    let organisation_configured = config.organisation.is_some();
    let logo = match config.organisation.as_ref().and_then(|o| o.logo.as_deref()) {
        None => None,
        Some(path) => {
            let bytes = std::fs::read(path)
                .with_context(|| format!("cannot read the organisation's logo {path}"))?;
            Some(
                Logo::from_bytes(bytes)
                    .with_context(|| format!("the organisation's logo {path}"))?,
            )
        }
    };
    let leaflet_engine = match &config.leaflet_pictures {
        None => Engine::new(),
        Some(dir) => Engine::new()
            .with_pictures(dir)
            .context("CANDOUR_LEAFLET_PICTURES")?,
    };
    let branding = Branding::new(Brand {
        organisation: config
            .organisation
            .clone()
            .unwrap_or_else(Organisation::demo),
        logo,
        configured: organisation_configured,
    });
    let services = open_services::open(&config, args.demo, &branding).await?;
    if args.demo {
        let mut reads = services.reads();
        let people = reads.count_people().await?;
        let synthetic = reads
            .setting(candour_services::data::SETTING_DEMO_DATA)
            .await?
            .is_some();
        drop(reads);
        if people > 0 && !synthetic {
            // With --demo anyone can sign in as anyone: never over real people's records.
            anyhow::bail!(
                "refusing --demo: the database at {} holds people who are not the synthetic \
                 demonstration council, and with --demo anyone could sign in as them",
                config.database
            );
        }
        if people == 0 {
            let added =
                candour_services::demo::load(&services, DEMO_PEOPLE, DEMO_SEED, true).await?;
            tracing::info!(people = added, "loaded the synthetic demonstration council");
        }
    }
    branding
        .refresh(&services)
        .await
        .context("cannot read the organisation's saved details")?;
    let restated = candour_services::requests::restate_due_dates(&services)
        .await
        .context("cannot work out the open requests' due dates")?;
    if restated > 0 {
        tracing::info!(
            requests = restated,
            "stored new due dates for open requests"
        );
    }
    let portal = Portal {
        demo: args.demo,
        secure_cookies: config.base_url.is_https(),
        public_sign_in: config.oidc_public.is_some(),
        staff_sign_in: config.oidc_staff.is_some(),
        session_limits: config.session_limits,
        nation: config.nation,
        limits: config.limits,
        base_url: config.base_url.as_str().to_owned(),
    };
    if !branding.current().configured {
        tracing::warn!("no organisation is configured: pages show example contact details");
    }
    let refresh = spawn_branding_refresh(branding.clone(), services.clone());
    let tidy = spawn_tidy(services.clone());
    let checkpoints = spawn_checkpoints(services.clone());
    let state = AppState {
        leptos_options: leptos_options(),
        services: services.clone(),
        portal: Arc::new(portal),
        leaflets: RenderPool::new(
            leaflet_engine,
            LEAFLET_RENDERS,
            LEAFLETS_WAITING,
            LEAFLET_TIME_LIMIT,
        ),
        branding,
    };
    let app = http::router(state, &config)?;
    let mail = match &config.smtp {
        Some(smtp) => Some(mailer::spawn(services.clone(), Mailer::new(smtp)?)),
        None => None,
    };
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .with_context(|| format!("cannot listen on {}", args.addr))?;
    let bound = listener.local_addr()?;
    tracing::info!(addr = %bound, backend = services.backend(), demo = args.demo, "Candour is ready");
    println!("Candour is listening on http://{bound}");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .context("the server stopped with an error")?;
    if let Some(mail) = mail {
        mail.abort();
    }
    refresh.abort();
    tidy.abort();
    checkpoints.abort();
    match candour_services::audit::checkpoint(&services).await {
        Ok(Some(checkpoint)) => tracing::info!(
            number = checkpoint.number,
            seq = checkpoint.seq,
            "signed the audit log's checkpoint at shutdown"
        ),
        Ok(None) => {}
        Err(error) => {
            tracing::error!(%error, "could not sign the audit log's checkpoint at shutdown")
        }
    }
    tracing::info!("Candour stopped");
    Ok(())
}

/// Picks up details another app server saved (see `candour_app::branding`).
fn spawn_branding_refresh(branding: Branding, services: Services) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(REFRESH_EVERY);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        every.tick().await;
        loop {
            every.tick().await;
            if let Err(error) = branding.refresh(&services).await {
                tracing::error!(%error, "could not re-read the organisation's saved details");
            }
        }
    })
}

/// Removes subject access copies once their 30 days are over and forgets abuse-limit tries
/// that no longer count, at start-up and every hour (copies are never served after expiry even
/// before this runs).
fn spawn_tidy(services: Services) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(60 * 60));
        loop {
            every.tick().await;
            match candour_services::outbox::tidy(&services).await {
                Ok(0) => {}
                Ok(removed) => tracing::info!(removed, "removed expired access copies"),
                Err(error) => tracing::error!(%error, "could not remove expired access copies"),
            }
        }
    })
}

/// Keeps the audit log moving: every second, places events queued by any app server in the
/// chain (the workflows do so themselves after committing; this catches what a server that
/// stopped suddenly left); every minute there was activity, signs a checkpoint (the sequencer
/// signs one every 1,000 events too, and the server one more as it stops).
fn spawn_checkpoints(services: Services) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(1));
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut ticks: u64 = 0;
        loop {
            every.tick().await;
            ticks += 1;
            if let Err(error) = candour_services::audit::sequence(&services).await {
                tracing::error!(%error, "could not place audit events in the chain");
            }
            if ticks.is_multiple_of(60)
                && let Err(error) = candour_services::audit::checkpoint(&services).await
            {
                tracing::error!(%error, "could not sign an audit checkpoint");
            }
        }
    })
}

/// Leptos' settings. The site folder (CSS, JavaScript, WebAssembly) is `LEPTOS_SITE_ROOT`, else
/// `target/site` under the current folder, else the `site` folder beside the binary's folder
/// (`target/release/../site`), so the binary runs from the repository or from its build folder.
fn leptos_options() -> LeptosOptions {
    let site_root = std::env::var("LEPTOS_SITE_ROOT").ok().unwrap_or_else(|| {
        let local = PathBuf::from("target/site");
        let beside_binary = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent()?.parent().map(|p| p.join("site")));
        match beside_binary {
            Some(path) if !local.exists() && path.exists() => path.display().to_string(),
            _ => local.display().to_string(),
        }
    });
    LeptosOptions::builder()
        .output_name("candour")
        .site_root(site_root)
        .site_pkg_dir("pkg")
        .env(Env::PROD)
        .build()
}

/// Resolves on SIGTERM (how service managers stop a process) or Ctrl-C.
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("stopping: finishing requests in flight");
}
