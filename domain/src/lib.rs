//! Candour's pure rules of the field.
//!
//! Everything here is plain functions over plain types: no HTTP, no SQL, no clocks read from
//! the system, no files. That keeps each rule readable next to the guidance it implements, and
//! testable with tables of cases.

pub mod abuse;
pub mod access;
pub mod access_copy;
pub mod account;
pub mod audit;
pub mod clock;
pub mod closed_case;
pub mod consent;
pub mod deadline;
pub mod delegation;
pub mod email_address;
pub mod ingest;
pub mod locale;
pub mod news;
pub mod organisation;
pub mod paging;
pub mod person;
pub mod question;
pub mod readability;
pub mod record;
pub mod rectification;
pub mod retention;
pub mod rights;
pub mod session;
pub mod sharing;
pub mod synthetic;
