//! Making a rights request (one server function per question), staff recording what happened
//! to one (including correcting the record), and the person's statement of disagreement after
//! a refused correction.

pub mod assign;
pub mod choose_contact;
pub mod choose_right;
pub mod correct;
pub mod describe;
pub mod disagree;
pub mod make_copy;
pub mod record_event;
pub mod record_for_person;
pub mod send;
