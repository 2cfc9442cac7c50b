//! Delegations: a person invites someone to act for them and ends it when they choose; staff
//! register attorneys and deputies, and a second member of staff approves each registration;
//! the invited person accepts with the code they were given.

pub mod accept;
pub mod approve;
pub mod end;
pub mod invite;
pub mod register;

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    //! The checks every delegation server function starts with.

    use crate::errors::AppError;
    use crate::session::{self, SignedIn};
    use candour_domain::access::{Actor, Decision, PersonAction, decide};
    use candour_domain::person::PersonId;

    /// The signed-in person managing their own delegates; anyone else is told "not found".
    pub fn person_managing_delegates() -> Result<(SignedIn, PersonId), AppError> {
        let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
        let Some(actor @ Actor::Person { person, .. }) = signed_in.actor.clone() else {
            return Err(AppError::NotFound);
        };
        match decide(&actor, person, PersonAction::ManageDelegates) {
            Decision::Allow => Ok((signed_in, person)),
            Decision::NeedsHigherAssurance | Decision::NotFound => Err(AppError::NotFound),
        }
    }
}
