//! Renders leaflets for a web server without blocking it: on tokio's blocking pool, at most
//! `concurrency` at once (a semaphore), each stopped after a time limit.
//!
//! A render that runs past the limit answers [`LeafletError::TimedOut`] at once; its thread
//! finishes in the background still holding its permit, so a stuck template can never pile up
//! more than `concurrency` renders. The queue for a slot is bounded too: with `waiting` renders
//! already queued, another is refused at once ([`LeafletError::Busy`], which the server answers
//! with 503 and `Retry-After`), so a flood of uncached requests cannot hold every connection
//! open without end (security review).

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
    admission: Arc<Admission>,
}

/// How many renders may be in the pool at once, running or queued.
#[derive(Debug)]
struct Admission {
    inside: std::sync::atomic::AtomicUsize,
    most: usize,
}

impl Admission {
    /// A place in the pool, or `None` when it is full.
    fn enter(self: &Arc<Self>) -> Option<Place> {
        use std::sync::atomic::Ordering;
        let entered = self
            .inside
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |inside| {
                (inside < self.most).then_some(inside + 1)
            })
            .is_ok();
        entered.then(|| Place(self.clone()))
    }
}

/// A place in the pool, given back when dropped.
struct Place(Arc<Admission>);

impl Drop for Place {
    fn drop(&mut self) {
        self.0
            .inside
            .fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
    }
}

impl RenderPool {
    /// A pool over `engine` running at most `concurrency` renders, each for at most `limit`,
    /// with at most `waiting` more queued for a slot.
    pub fn new(engine: Engine, concurrency: usize, waiting: usize, limit: Duration) -> Self {
        Self {
            engine: Arc::new(engine),
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
            limit,
            admission: Arc::new(Admission {
                inside: std::sync::atomic::AtomicUsize::new(0),
                most: concurrency.max(1) + waiting,
            }),
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

    /// Renders a consent receipt (see [`Engine::render_consent_receipt`]) the same way.
    pub async fn render_consent_receipt(
        &self,
        data: serde_json::Value,
    ) -> Result<Rendered, LeafletError> {
        self.run(move |engine| engine.render_consent_receipt(&data))
            .await
    }

    /// Renders "What we hold about you" (see [`Engine::render_what_we_hold`]) the same way.
    pub async fn render_what_we_hold(
        &self,
        data: serde_json::Value,
    ) -> Result<Rendered, LeafletError> {
        self.run(move |engine| engine.render_what_we_hold(&data))
            .await
    }

    async fn run(
        &self,
        render: impl FnOnce(&Engine) -> Result<Rendered, LeafletError> + Send + 'static,
    ) -> Result<Rendered, LeafletError> {
        let place = self.admission.enter().ok_or(LeafletError::Busy)?;
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
            drop(place);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pool_admits_its_slots_and_queue_then_refuses_until_a_place_is_given_back() {
        let admission = Arc::new(Admission {
            inside: std::sync::atomic::AtomicUsize::new(0),
            most: 3,
        });
        let places: Vec<Place> = (0..3)
            .map(|_| admission.enter().expect("a place"))
            .collect();
        assert!(admission.enter().is_none(), "full: refused at once");
        drop(places);
        assert!(
            admission.enter().is_some(),
            "places given back are free again"
        );
    }
}
