//! Why a workflow did not do what was asked. Every variant a person can see carries a stable
//! key that is also a Fluent message id (`error-…`), so pages show it in the reader's language;
//! storage failures are logged where they are turned into a page, never shown.

use candour_store::StoreError;

/// A problem with one answer: the form field and the Fluent message id explaining it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    /// The form field (`name` of the input).
    pub field: String,
    /// The Fluent message id.
    pub message: String,
}

/// Why a workflow refused or failed. Nothing of the workflow was written.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// The thing does not exist, or the caller may not know that it does (the same answer).
    #[error("not found")]
    NotFound,
    /// One or more answers need changing.
    #[error("some answers need changing")]
    Invalid(Vec<FieldProblem>),
    /// Tried too often: the next try is allowed in this many minutes.
    #[error("too many tries; try again in {minutes} minutes")]
    TooMany {
        /// Minutes to wait.
        minutes: i64,
    },
    /// A member of staff must say why before opening this person's closed case
    /// (`crate::closed_cases`).
    #[error("a reason is needed to open this closed case")]
    ReasonNeeded {
        /// Whose case.
        person: candour_domain::person::PersonId,
    },
    /// The database failed.
    #[error("storage failed: {0}")]
    Store(#[from] StoreError),
    /// Something else failed that the person cannot fix.
    #[error("{0}")]
    Failed(String),
}

impl ServiceError {
    /// One problem with one field.
    pub fn invalid(field: &str, message: &str) -> Self {
        ServiceError::Invalid(vec![FieldProblem {
            field: field.to_owned(),
            message: message.to_owned(),
        }])
    }
}

/// A workflow's result.
pub type ServiceResult<T> = Result<T, ServiceError>;

/// Collects problems with answers, in the order of the form.
#[derive(Debug, Default)]
pub(crate) struct Problems(Vec<FieldProblem>);

impl Problems {
    /// Notes a problem.
    pub(crate) fn add(&mut self, field: &str, message: &str) {
        self.0.push(FieldProblem {
            field: field.to_owned(),
            message: message.to_owned(),
        });
    }

    /// `Ok` when there were none.
    pub(crate) fn check(self) -> ServiceResult<()> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ServiceError::Invalid(self.0))
        }
    }

    /// True when there are none.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
