//! Staff work on record entries.

pub mod mark_checked;
pub mod open;
