//! Limits on how often something can be tried, so that a script cannot guess invitation codes,
//! flood the sign-in provider or fill the rights-request queue (OWASP ASVS 4.0 V2.2.1
//! "anti-automation controls"; NCSC, "Password policy: rate limiting").
//!
//! A limit is a number of tries in a window: that many may go at once, then one each time a
//! share of the window passes ([`Limit::try_at`]). The person who reaches it is told in plain
//! words how many minutes to wait (GOV.UK Design System, "There is a problem with the service"
//! pages: say what happened and what to do), never locked out for good.
//!
//! Rights requests made online are limited per person, not refused: UK GDPR Art 12(5) lets a
//! controller refuse only "manifestly unfounded or excessive" requests, case by case, so the limit
//! is set well above what anyone asks for in a day, and a request taken by staff by phone or
//! letter is never limited.

/// At most `max` tries in any `window_seconds`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    /// Tries allowed in the window.
    pub max: u32,
    /// The window's length.
    pub window_seconds: i64,
}

/// Sign-in starts from one network address: 30 in 10 minutes is far more than a household
/// sharing a connection needs.
pub const SIGN_IN: Limit = Limit {
    max: 30,
    window_seconds: 10 * 60,
};

/// Invitation codes typed by one account: 5 wrong or right in 15 minutes. A code has 96 random
/// bits, so this makes guessing hopeless rather than merely slow.
pub const INVITATION_CODES: Limit = Limit {
    max: 5,
    window_seconds: 15 * 60,
};

/// Rights requests sent online for one person: 10 a day.
pub const RIGHTS_REQUESTS: Limit = Limit {
    max: 10,
    window_seconds: 24 * 60 * 60,
};

/// Invitations emailed for one person: 5 a day. Each email goes to an address someone typed,
/// so without a limit the portal could be made to send mail to anyone, over and over (security
/// review). Invitations handed over in person are not limited.
pub const EMAILED_INVITATIONS: Limit = Limit {
    max: 5,
    window_seconds: 24 * 60 * 60,
};

/// The limits in force; a council may raise or lower the counts (not the windows) in its
/// configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Sign-in starts per network address.
    pub sign_in: Limit,
    /// Invitation codes per account.
    pub invitation_codes: Limit,
    /// Online rights requests per person.
    pub rights_requests: Limit,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            sign_in: SIGN_IN,
            invitation_codes: INVITATION_CODES,
            rights_requests: RIGHTS_REQUESTS,
        }
    }
}

/// Whether one more try may go ahead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Go ahead (and count this try).
    Allowed,
    /// Too many; the next try will be allowed in this many whole minutes (at least 1).
    TryAgainIn {
        /// Minutes to wait, rounded up.
        minutes: i64,
    },
}

impl Limit {
    /// Milliseconds between tries at the steady rate: the window shared out among `max` tries.
    pub fn interval_ms(self) -> i64 {
        self.window_seconds * 1000 / i64::from(self.max.max(1))
    }

    /// How far ahead of now the theoretical arrival time may run: a window less one interval,
    /// which lets `max` tries through at once.
    pub fn tolerance_ms(self) -> i64 {
        self.window_seconds * 1000 - self.interval_ms()
    }

    /// The verdict for a try at `now_ms`, given the bucket's stored theoretical arrival time
    /// (`None` for a bucket never tried), and the time to store when the try is allowed.
    ///
    /// This is the generic cell rate algorithm (ITU-T I.371; as in `redis-cell` and other
    /// limiters): one number per bucket, so the store checks and counts a try in one atomic
    /// statement, which holds when several requests (or app servers) try at once. It allows
    /// `max` tries at once, then one every [`Limit::interval_ms`]; a refused try is not counted,
    /// so waiting always works. The store's SQL mirrors this function exactly.
    pub fn try_at(self, stored_ms: Option<i64>, now_ms: i64) -> (Verdict, Option<i64>) {
        let arrival = stored_ms.map_or(now_ms, |stored| stored.max(now_ms));
        let ahead = arrival - now_ms;
        if ahead <= self.tolerance_ms() {
            return (Verdict::Allowed, Some(arrival + self.interval_ms()));
        }
        let wait_ms = (ahead - self.tolerance_ms()).max(1);
        (
            Verdict::TryAgainIn {
                minutes: ((wait_ms + 59_999) / 60_000).max(1),
            },
            None,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs tries at the given seconds and gives each verdict.
    fn run(limit: Limit, tries: &[i64]) -> Vec<Verdict> {
        let mut stored = None;
        tries
            .iter()
            .map(|at| {
                let (verdict, next) = limit.try_at(stored, at * 1000);
                if next.is_some() {
                    stored = next;
                }
                verdict
            })
            .collect()
    }

    #[test]
    fn max_tries_go_at_once_then_one_per_interval_and_the_wait_is_rounded_up() {
        let limit = Limit {
            max: 3,
            window_seconds: 600,
        };
        use Verdict::{Allowed, TryAgainIn};
        let cases: &[(&[i64], &[Verdict])] = &[
            (&[1_000], &[Allowed]),
            (&[1_000, 1_000, 1_000], &[Allowed, Allowed, Allowed]),
            // The fourth at once waits one interval (200 s): 4 minutes rounded up.
            (
                &[1_000, 1_000, 1_000, 1_000],
                &[Allowed, Allowed, Allowed, TryAgainIn { minutes: 4 }],
            ),
            // A refused try is not counted: after the interval the next one goes.
            (
                &[1_000, 1_000, 1_000, 1_000, 1_200],
                &[
                    Allowed,
                    Allowed,
                    Allowed,
                    TryAgainIn { minutes: 4 },
                    Allowed,
                ],
            ),
            // One second short of the interval still says one minute, never zero.
            (
                &[1_000, 1_000, 1_000, 1_199],
                &[Allowed, Allowed, Allowed, TryAgainIn { minutes: 1 }],
            ),
            // Tries spread at the steady rate never wait.
            (
                &[0, 200, 400, 600, 800, 1_000],
                &[Allowed, Allowed, Allowed, Allowed, Allowed, Allowed],
            ),
            // After a quiet window the full allowance is back.
            (
                &[0, 0, 0, 600, 600, 600],
                &[Allowed, Allowed, Allowed, Allowed, Allowed, Allowed],
            ),
        ];
        for (tries, expected) in cases {
            assert_eq!(run(limit, tries), expected.to_vec(), "{tries:?}");
        }
    }

    #[test]
    fn ten_online_requests_a_day_are_allowed_and_the_eleventh_waits() {
        let limit = Limits::default().rights_requests;
        let sent: Vec<i64> = (0..11).map(|i| i * 60).collect();
        let verdicts = run(limit, &sent);
        assert!(verdicts[..10].iter().all(|v| *v == Verdict::Allowed));
        // Ten in ten minutes use up the day's allowance; one more is allowed 2 h 24 min (a
        // tenth of the day) after the first, so the eleventh at 600 s waits 134 minutes.
        assert_eq!(verdicts[10], Verdict::TryAgainIn { minutes: 134 });
    }
}
