//! What a person typed into a form that had a problem, kept on this server between the form's
//! POST and the page that shows the problem, so that the typed words never travel in a URL.
//!
//! Without JavaScript a server function answers a form with problems by redirecting back to
//! the page with the error in the address (`__err`). Addresses end up in server and proxy logs,
//! in the browser's history and in the `Referer` sent to other sites, and a correction or a
//! disagreement is some of the most private writing a person does. So the error that travels
//! carries only the problems and a random 128-bit token ([`AppError`](crate::errors::AppError)'s
//! serialisation calls [`keep`]); the answers stay here, tied to the session that typed them, for
//! [`KEEP_FOR`], and the page reading the error back ([`find`]) gets them only in that session.
//! Reloading the page shows them again within that time.
//!
//! They are kept in this process's memory, not the database: serialising an error is not
//! async, and nothing typed is worth a disk write. With several app servers behind a load
//! balancer that does not keep a browser on one server, a problem page served by another server
//! shows the problems without the typed words (nothing else is lost); councils running several
//! servers are told to keep sessions sticky (README, "Security baseline").

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, Instant};

/// How long typed answers are kept: long enough to read the problem and reload the page.
pub const KEEP_FOR: Duration = Duration::from_secs(15 * 60);

/// The most sets of answers kept at once; the oldest go first beyond it, so a flood of bad
/// forms cannot fill the memory.
pub const MOST_KEPT: usize = 10_000;

/// The answers of one form with problems.
struct Kept {
    /// The session that typed them (its id hash), if anyone was signed in.
    session: Option<String>,
    /// When they were kept.
    at: Instant,
    /// Field name and value, in the order of the form.
    answers: Vec<(String, String)>,
}

/// Every set of answers kept on this server, by token.
#[derive(Default)]
struct Shelf {
    kept: HashMap<String, Kept>,
}

impl Shelf {
    fn keep(
        &mut self,
        token: String,
        session: Option<String>,
        answers: Vec<(String, String)>,
        now: Instant,
    ) {
        self.kept
            .retain(|_, kept| now.duration_since(kept.at) < KEEP_FOR);
        while self.kept.len() >= MOST_KEPT {
            let Some(oldest) = self
                .kept
                .iter()
                .min_by_key(|(_, kept)| kept.at)
                .map(|(token, _)| token.clone())
            else {
                break;
            };
            self.kept.remove(&oldest);
        }
        self.kept.insert(
            token,
            Kept {
                session,
                at: now,
                answers,
            },
        );
    }

    fn find(
        &self,
        token: &str,
        session: Option<&str>,
        now: Instant,
    ) -> Option<Vec<(String, String)>> {
        self.kept
            .get(token)
            .filter(|kept| kept.session.as_deref() == session)
            .filter(|kept| now.duration_since(kept.at) < KEEP_FOR)
            .map(|kept| kept.answers.clone())
    }
}

static SHELF: LazyLock<Mutex<Shelf>> = LazyLock::new(|| Mutex::new(Shelf::default()));

/// The session typing or reading on the current request, if anyone is signed in.
fn this_session() -> Option<String> {
    crate::session::signed_in().map(|signed_in| signed_in.session_hash)
}

/// Keeps `answers` for the current request's session; returns the token that finds them.
pub fn keep(answers: Vec<(String, String)>) -> String {
    let token = candour_services::sessions::random_token(16);
    let mut shelf = SHELF
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    shelf.keep(token.clone(), this_session(), answers, Instant::now());
    token
}

/// The answers kept under `token`, if the current request's session typed them and they are
/// still kept.
pub fn find(token: &str) -> Option<Vec<(String, String)>> {
    let shelf = SHELF
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    shelf.find(token, this_session().as_deref(), Instant::now())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(text: &str) -> Vec<(String, String)> {
        vec![("correction".to_owned(), text.to_owned())]
    }

    #[test]
    fn answers_are_found_only_by_the_session_that_typed_them_and_only_for_a_while() {
        let start = Instant::now();
        let mut shelf = Shelf::default();
        shelf.keep("t1".into(), Some("mine".into()), answers("my words"), start);
        shelf.keep("t2".into(), None, answers("a visitor's words"), start);
        let cases: [(&str, Option<&str>, Duration, Option<&str>); 7] = [
            ("t1", Some("mine"), Duration::ZERO, Some("my words")),
            (
                "t1",
                Some("mine"),
                KEEP_FOR - Duration::from_secs(1),
                Some("my words"),
            ),
            ("t1", Some("mine"), KEEP_FOR, None),
            ("t1", Some("someone else"), Duration::ZERO, None),
            ("t1", None, Duration::ZERO, None),
            ("t2", None, Duration::ZERO, Some("a visitor's words")),
            ("t3", Some("mine"), Duration::ZERO, None),
        ];
        for (token, session, after, expected) in cases {
            assert_eq!(
                shelf.find(token, session, start + after),
                expected.map(answers),
                "{token} read by {session:?} after {after:?}"
            );
        }
    }

    #[test]
    fn the_oldest_answers_go_when_the_shelf_is_full_and_expired_ones_at_the_next_keep() {
        let start = Instant::now();
        let mut shelf = Shelf::default();
        for n in 0..MOST_KEPT {
            let at = start + Duration::from_micros(n as u64);
            shelf.keep(format!("t{n}"), None, answers("words"), at);
        }
        let later = start + Duration::from_secs(1);
        shelf.keep("newest".into(), None, answers("new"), later);
        assert_eq!(shelf.kept.len(), MOST_KEPT);
        assert_eq!(shelf.find("t0", None, later), None, "the oldest went");
        assert!(shelf.find("t1", None, later).is_some());
        assert!(shelf.find("newest", None, later).is_some());
        shelf.keep("after".into(), None, answers("x"), later + KEEP_FOR);
        assert_eq!(shelf.kept.len(), 1, "every expired set went");
    }
}
