//! Consents: taking one back or saying yes (again), and starting an objection or a restriction
//! for a use of the person's information that does not rest on consent; and staff following a
//! withdrawal to each organisation that received information under it.

pub mod change;
pub mod object;
pub mod record_recipient;
