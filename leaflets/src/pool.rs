//! Renders leaflets for a web server without blocking it: on tokio's blocking pool, at most
//! `concurrency` at once (a semaphore), each stopped after a time limit.
//!
//! A render that runs past the limit answers [`LeafletError::TimedOut`] at once; its thread
//! finishes in the background still holding its permit, so a stuck template can never pile up
//! more than `concurrency` renders.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;

use crate::engine::{Engine, RenderRequest, Rendered};
use crate::error::LeafletError;

/// Shared by every request handler.
#[derive(Clone)]
pub struct RenderPool {
    engine: Arc<Engine>,
    permits: Arc<Semaphore>,
    limit: Duration,
}

impl RenderPool {
    /// A pool over `engine` running at most `concurrency` renders, each for at most `limit`.
    pub fn new(engine: Engine, concurrency: usize, limit: Duration) -> Self {
        Self {
            engine: Arc::new(engine),
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
            limit,
        }
    }

    /// Renders on the blocking pool; waits for a free slot first.
    pub async fn render(&self, request: RenderRequest) -> Result<Rendered, LeafletError> {
        self.run(move |engine| engine.render(&request)).await
    }

    /// Renders a subject access copy (see [`Engine::render_access_copy`]) the same way.
    pub async fn render_access_copy(
        &self,
        data: serde_json::Value,
    ) -> Result<Rendered, LeafletError> {
        self.run(move |engine| engine.render_access_copy(&data))
            .await
    }

    async fn run(
        &self,
        render: impl FnOnce(&Engine) -> Result<Rendered, LeafletError> + Send + 'static,
    ) -> Result<Rendered, LeafletError> {
        let permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| LeafletError::TimedOut)?;
        let engine = self.engine.clone();
        let job = tokio::task::spawn_blocking(move || {
            let result = render(&engine);
            drop(permit);
            result
        });
        match tokio::time::timeout(self.limit, job).await {
            Ok(Ok(result)) => result,
            Ok(Err(_)) => Err(LeafletError::Template(
                "the leaflet maker stopped unexpectedly".into(),
            )),
            Err(_) => Err(LeafletError::TimedOut),
        }
    }

    /// The engine, for synchronous callers such as the command line.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }
}
