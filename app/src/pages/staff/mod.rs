//! Pages for staff. Each checks the staff member's role with the access policy first; anyone
//! without it gets the not-found page.

pub mod accuracy;
pub mod alert;
pub mod alerts;
pub mod authority_registered;
pub mod closed_case_reason;
pub mod consents;
pub mod delegate_approvals;
pub mod leaflets;
pub mod organisation;
pub mod organisation_logo;
pub mod people;
pub mod person;
pub mod question;
pub mod questions;
pub mod record_entry;
pub mod register_authority;
pub mod request_queue;
pub mod request_record;
pub mod request_work;
pub mod share_new;
pub mod untold_shares;
