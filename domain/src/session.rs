//! How long a signed-in session lasts.
//!
//! A session ends after a period without use (30 minutes by default, configurable) and, however
//! busy, after an absolute limit (12 hours), following OWASP ASVS V3.3. Two minutes before the
//! idle limit the person is warned and can stay signed in (WCAG 2.2 SC 2.2.1 Timing
//! Adjustable: "the user is warned before time expires and given at least 20 seconds to extend
//! the time limit with a simple action").

/// Session time limits, in seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionLimits {
    /// Ends after this long without a request.
    pub idle: i64,
    /// Ends this long after sign-in, whatever happens.
    pub absolute: i64,
    /// The warning comes this long before the idle limit.
    pub warning: i64,
}

impl Default for SessionLimits {
    fn default() -> Self {
        SessionLimits {
            idle: 30 * 60,
            absolute: 12 * 60 * 60,
            warning: 2 * 60,
        }
    }
}

/// Whether a session can still be used at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionState {
    /// In use.
    Active,
    /// Unused for longer than the idle limit.
    IdleExpired,
    /// Older than the absolute limit.
    AbsoluteExpired,
}

impl SessionLimits {
    /// The state at `now` of a session created at `created` and last used at `last_seen` (unix
    /// seconds).
    pub fn state(&self, created: i64, last_seen: i64, now: i64) -> SessionState {
        if now - created >= self.absolute {
            SessionState::AbsoluteExpired
        } else if now - last_seen >= self.idle {
            SessionState::IdleExpired
        } else {
            SessionState::Active
        }
    }

    /// Seconds from `last_seen` until the warning should show.
    pub fn warn_after(&self) -> i64 {
        (self.idle - self.warning).max(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_end_when_idle_or_too_old() {
        let limits = SessionLimits::default();
        let cases = [
            (0, 0, 0, SessionState::Active),
            (0, 0, 29 * 60 + 59, SessionState::Active),
            (0, 0, 30 * 60, SessionState::IdleExpired),
            (
                0,
                11 * 3600 + 50 * 60,
                11 * 3600 + 55 * 60,
                SessionState::Active,
            ),
            (
                0,
                11 * 3600 + 59 * 60,
                12 * 3600,
                SessionState::AbsoluteExpired,
            ),
        ];
        for (created, last_seen, now, expected) in cases {
            assert_eq!(
                limits.state(created, last_seen, now),
                expected,
                "{created} {last_seen} {now}"
            );
        }
        assert_eq!(limits.warn_after(), 28 * 60);
    }
}
