//! The council's details printed on leaflets and pages, changed by comms officers.

pub mod save_details;
