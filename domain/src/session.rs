//! How long a signed-in session lasts.
//!
//! A session ends after a period without use (30 minutes by default, configurable) and, however
//! busy, after an absolute limit (12 hours), following OWASP ASVS V3.3. Two minutes before the
//! idle limit the person is warned and can stay signed in (WCAG 2.2 SC 2.2.1 Timing
//! Adjustable: "the user is warned before time expires and given at least 20 seconds to extend
//! the time limit with a simple action").
//!
//! The last use is written back only when the one noted is at least [`NOTE_USE_AFTER`] old
//! (OWASP's session guidance asks for an idle limit, not a write per request): a page view
//! then costs no write at all most of the time, and the idle clock is at most a minute behind.
//! Pages count the time left from the use noted ([`SessionLimits::idle_seconds_left`]), so the
//! warning comes exactly when the server would end the session.

/// Seconds after which a session's last use is noted again.
pub const NOTE_USE_AFTER: i64 = 60;

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

    /// Whether a use at `now` should be noted, the last noted being `last_seen`.
    pub fn note_use(&self, last_seen: i64, now: i64) -> bool {
        now - last_seen >= NOTE_USE_AFTER
    }

    /// Seconds left at `now` before the idle limit, counted from the use noted at `last_seen`.
    pub fn idle_seconds_left(&self, last_seen: i64, now: i64) -> i64 {
        (self.idle - (now - last_seen)).max(0)
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

    /// (last use noted, now) → noted again?, seconds left before the idle limit.
    #[test]
    fn a_use_is_noted_once_a_minute_and_the_time_left_counts_from_the_use_noted() {
        let limits = SessionLimits::default();
        let cases = [
            (0, 0, false, 30 * 60),
            (0, 59, false, 30 * 60 - 59),
            (0, 60, true, 29 * 60),
            (100, 400, true, 25 * 60),
            (0, 31 * 60, true, 0),
        ];
        for (last_seen, now, noted, left) in cases {
            assert_eq!(
                (
                    limits.note_use(last_seen, now),
                    limits.idle_seconds_left(last_seen, now)
                ),
                (noted, left),
                "{last_seen} {now}"
            );
        }
    }
}
