//! One file per page. Pages read what they show through the store or request context and
//! render GOV.UK components; they run no SQL and hold no rules.

pub mod accessibility;
pub mod contact;
pub mod cookies;
pub mod cross_site;
pub mod not_found;
pub mod privacy;
pub mod problem;
pub mod sign_in;
pub mod start;
pub mod too_large;
