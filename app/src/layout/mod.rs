//! The frame around every page, assembled from the GOV.UK components with this request's
//! language, page address and the council's details, and the pieces of Candour's own that
//! several pages show the same way.

pub mod contact_details;
pub mod disagreement_note;
pub mod guard;
pub mod messages;
pub mod page_frame;
pub mod recipients;
pub mod request_summary;
pub mod statement_quote;
