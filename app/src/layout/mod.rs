//! The frame around every page, assembled from the GOV.UK components with this request's
//! language, page address and the council's details.

pub mod contact_details;
pub mod guard;
pub mod page_frame;
pub mod request_summary;
