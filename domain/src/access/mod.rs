//! Who may do what to whose information: one policy, a pure function, used by every server
//! function and route before any data is read.
//!
//! The rules follow the Caldicott principles (National Data Guardian, 2020: need to know,
//! minimum necessary), UK GDPR Art 15–22 (the person's own rights, exercisable by someone they
//! authorise: ICO, "Can a third party make a request on behalf of an individual?") and the
//! Mental Capacity Act 2005 ss.9–23 (attorneys under a health and welfare Lasting Power of
//! Attorney, deputies appointed by the Court of Protection).
//!
//! Anything not allowed answers exactly as a missing record does ([`Decision::NotFound`]), so
//! nobody can learn that someone else's record exists.

pub mod actor;
pub mod policy;

pub use actor::{AccountId, Actor, Assurance, AuthorityKind, DelegateScope, Role};
pub use policy::{Decision, PersonAction, StaffAction, decide, may};

pub mod resolve;
pub use resolve::{people_to_act_for, resolve_actor};
