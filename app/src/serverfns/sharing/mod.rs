//! Staff recording a share in Candour (`candour_services::share_recording`).

pub mod answer;
pub mod record;
