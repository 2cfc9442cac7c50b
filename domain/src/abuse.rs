//! Limits on how often something can be tried, so that a script cannot guess invitation codes,
//! flood the sign-in provider or fill the rights-request queue (OWASP ASVS 4.0 V2.2.1
//! "anti-automation controls"; NCSC, "Password policy: rate limiting").
//!
//! A limit is a number of tries in a sliding window. The person who reaches it is told in plain
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
    /// Too many; the earliest try in the window leaves it in this many whole minutes (at
    /// least 1).
    TryAgainIn {
        /// Minutes to wait, rounded up.
        minutes: i64,
    },
}

impl Limit {
    /// The verdict at `now` given the times (unix seconds) of earlier tries, in any order.
    pub fn check(self, earlier: &[i64], now: i64) -> Verdict {
        let since = self.window_start(now);
        let in_window: Vec<i64> = earlier.iter().copied().filter(|t| *t > since).collect();
        if in_window.len() < self.max as usize {
            return Verdict::Allowed;
        }
        let oldest = in_window.iter().copied().min().unwrap_or(now);
        let seconds = (oldest + self.window_seconds - now).max(1);
        Verdict::TryAgainIn {
            minutes: (seconds + 59) / 60,
        }
    }

    /// Tries at or before this time no longer count.
    pub fn window_start(self, now: i64) -> i64 {
        now - self.window_seconds
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tries_are_counted_in_a_sliding_window_and_the_wait_is_rounded_up() {
        let limit = Limit {
            max: 3,
            window_seconds: 600,
        };
        let cases: &[(&[i64], i64, Verdict)] = &[
            (&[], 1_000, Verdict::Allowed),
            (&[900, 950], 1_000, Verdict::Allowed),
            // The third try in the window is the last allowed; the fourth waits for the first
            // (at 500) to leave at 1,100: 100 seconds, so 2 minutes.
            (&[500, 900, 950], 1_000, Verdict::TryAgainIn { minutes: 2 }),
            // A try exactly a window ago no longer counts.
            (&[400, 900, 950], 1_000, Verdict::Allowed),
            (
                &[999, 999, 999, 999],
                1_000,
                Verdict::TryAgainIn { minutes: 10 },
            ),
            // One second left still says one minute, never zero.
            (&[401, 402, 403], 1_000, Verdict::TryAgainIn { minutes: 1 }),
        ];
        for (earlier, now, expected) in cases {
            assert_eq!(
                limit.check(earlier, *now),
                *expected,
                "{earlier:?} at {now}"
            );
        }
    }

    #[test]
    fn ten_online_requests_a_day_are_allowed_and_the_eleventh_waits_for_the_first() {
        let limit = Limits::default().rights_requests;
        let day = 86_400;
        let sent: Vec<i64> = (0..10).map(|i| i * 60).collect();
        assert_eq!(limit.check(&sent[..9], 600), Verdict::Allowed);
        // The first was sent at 0, so the eleventh may go a day later: 23 h 50 min from 600 s.
        assert_eq!(
            limit.check(&sent, 600),
            Verdict::TryAgainIn {
                minutes: (day - 600) / 60
            }
        );
        assert_eq!(limit.check(&sent, day), Verdict::Allowed);
    }
}
