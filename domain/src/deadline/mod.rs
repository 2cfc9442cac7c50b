//! The statutory clock for data-protection rights requests.
//!
//! UK GDPR Art 12(3) and Art 12A (inserted by the Data (Use and Access) Act 2025), read with the
//! ICO's guidance "What should we consider when responding to a request?" (updated 8 December
//! 2025) and "Time limits for responding to data protection rights requests". The same clock
//! applies to every right (access, rectification, erasure, restriction, objection).
//!
//! [`calendar`] knows the bank holidays of each UK nation; [`clock`] turns a request's events
//! into a due date and explains each step.

pub mod calendar;
pub mod clock;

pub use calendar::{Calendar, Nation};
pub use clock::{ClockError, ClockEvents, Deadline, Step};
