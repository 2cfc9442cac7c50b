//! Server functions: one per file, grouped by domain. Each begins by establishing who is asking
//! and what they may do (`candour_domain::access`), before reading anything.

pub mod auth;
pub mod closed_cases;
pub mod consents;
pub mod delegates;
pub mod notifications;
pub mod organisation;
pub mod questions;
pub mod records;
pub mod requests;
pub mod sharing;
