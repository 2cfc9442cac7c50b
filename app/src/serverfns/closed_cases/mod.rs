//! Closed-case access alerts: staff say why they open a closed case, privacy officers record
//! what they found (`candour_services::closed_cases`).

pub mod decide;
pub mod reason;
