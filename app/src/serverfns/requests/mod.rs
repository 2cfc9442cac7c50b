//! Making a rights request (one server function per question), and staff recording what
//! happened to one.

pub mod assign;
pub mod choose_contact;
pub mod choose_right;
pub mod describe;
pub mod make_copy;
pub mod record_event;
pub mod record_for_person;
pub mod send;
