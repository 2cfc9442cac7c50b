//! The one error type of Candour's server functions.
//!
//! Every variant a person can see has a stable key that is also its Fluent message id
//! (`error-<key>`), so the message is in their language; internal causes are logged on the server
//! and never sent (STYLE.md, "Errors"). Errors travel back to a browser without JavaScript in the
//! redirect's `__err` parameter, so the same page shows them either way; what was typed does
//! not travel there: it is kept on the server ([`crate::kept_answers`]) and the error carries a
//! token for it. Answers written into an address by anyone else are never shown.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use leptos::server_fn::{Decodes, Encodes};
use serde::{Deserialize, Serialize};

/// A problem with one answer on a form: the field's name and the message's key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    /// The form field (`name` attribute and `id` of the input).
    pub field: String,
    /// The Fluent message id explaining the problem.
    pub message: String,
}

/// Why a server function did not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The thing does not exist, or this person may not know that it does (the same answer).
    #[error("not_found")]
    NotFound,
    /// Signing in is needed (or the session ended).
    #[error("sign_in_needed")]
    SignInNeeded,
    /// One or more answers need changing; `answers` are what was typed, to show again.
    #[error("invalid")]
    Invalid {
        /// Each problem, in the order of the form.
        problems: Vec<FieldProblem>,
        /// The answers as typed.
        answers: Vec<(String, String)>,
    },
    /// Something failed that the person cannot fix; the cause is in the server log.
    #[error("problem")]
    Problem,
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_) => AppError::Invalid {
                problems: vec![FieldProblem {
                    field: String::new(),
                    message: "error-unreadable-form".to_owned(),
                }],
                answers: Vec::new(),
            },
            _ => AppError::Problem,
        }
    }

    /// The error as it travels: typed answers swapped for the token that finds them on the
    /// server, so they never reach an address, a log or a browser's history.
    fn ser(&self) -> leptos::server_fn::Bytes {
        let travelling = match self {
            AppError::Invalid { problems, answers } if !answers.is_empty() => AppError::Invalid {
                problems: problems.clone(),
                answers: vec![(KEPT.to_owned(), keep(answers.clone()))],
            },
            other => other.clone(),
        };
        <JsonEncoding as Encodes<AppError>>::encode(&travelling)
            .unwrap_or_else(|_| leptos::server_fn::Bytes::from_static(br#""Problem""#))
    }

    /// The error as it arrived, with the answers its token finds for this session (none if
    /// the token is unknown, expired or another session's, or if answers came in the open).
    fn de(data: leptos::server_fn::Bytes) -> Self {
        match <JsonEncoding as Decodes<AppError>>::decode(data) {
            Ok(AppError::Invalid { problems, answers }) => {
                let answers = match answers.as_slice() {
                    [(key, token)] if key == KEPT => find(token).unwrap_or_default(),
                    _ => Vec::new(),
                };
                AppError::Invalid { problems, answers }
            }
            Ok(other) => other,
            Err(error) => {
                AppError::from_server_fn_error(ServerFnErrorErr::Deserialization(error.to_string()))
            }
        }
    }
}

/// The answer name under which a travelling error carries its kept answers' token.
const KEPT: &str = "__kept";

#[cfg(feature = "ssr")]
use crate::kept_answers::{find, keep};

/// Without the server (in the browser) nothing is kept: answers stay where they were typed.
#[cfg(not(feature = "ssr"))]
fn keep(_answers: Vec<(String, String)>) -> String {
    String::new()
}

/// Without the server nothing was kept here.
#[cfg(not(feature = "ssr"))]
fn find(_token: &str) -> Option<Vec<(String, String)>> {
    None
}

impl AppError {
    /// One problem with one field, keeping the answers typed.
    pub fn invalid(field: &str, message: &str, answers: Vec<(String, String)>) -> Self {
        AppError::Invalid {
            problems: vec![FieldProblem {
                field: field.to_owned(),
                message: message.to_owned(),
            }],
            answers,
        }
    }

    /// The answer typed for `field`, if this error carries one.
    pub fn answer(&self, field: &str) -> Option<String> {
        match self {
            AppError::Invalid { answers, .. } => answers
                .iter()
                .find(|(f, _)| f == field)
                .map(|(_, v)| v.clone()),
            _ => None,
        }
    }

    /// Every answer typed for `field` (a list, such as ticked checkboxes).
    pub fn answers(&self, field: &str) -> Vec<String> {
        match self {
            AppError::Invalid { answers, .. } => answers
                .iter()
                .filter(|(f, _)| f == field)
                .map(|(_, v)| v.clone())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The problem message key for `field`, if any.
    pub fn problem_for(&self, field: &str) -> Option<String> {
        match self {
            AppError::Invalid { problems, .. } => problems
                .iter()
                .find(|p| p.field == field)
                .map(|p| p.message.clone()),
            _ => None,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<candour_services::data::StoreError> for AppError {
    /// Storage failures are logged here and shown only as "there is a problem".
    fn from(error: candour_services::data::StoreError) -> Self {
        tracing::error!(%error, "storage failed");
        AppError::Problem
    }
}

#[cfg(feature = "ssr")]
impl From<candour_services::ServiceError> for AppError {
    /// A workflow's refusal in the page's terms: problems with answers (the answers typed are
    /// added by [`AppError::keeping`]), not found, or a problem logged here and shown plainly.
    fn from(error: candour_services::ServiceError) -> Self {
        use candour_services::ServiceError;
        match error {
            ServiceError::NotFound => AppError::NotFound,
            ServiceError::Invalid(problems) => AppError::Invalid {
                problems: problems
                    .into_iter()
                    .map(|p| FieldProblem {
                        field: p.field,
                        message: p.message,
                    })
                    .collect(),
                answers: Vec::new(),
            },
            ServiceError::TooMany { minutes } => {
                // Server functions that can be limited redirect before converting; anything
                // else reaching here is a bug worth seeing in the log.
                tracing::error!(minutes, "a limit reached a page that does not expect one");
                AppError::Problem
            }
            // Staff who skipped the question page: nothing of the record is shown or changed.
            ServiceError::ReasonNeeded { .. } => AppError::NotFound,
            ServiceError::Store(error) => AppError::from(error),
            ServiceError::Failed(reason) => {
                tracing::error!(%reason, "a workflow failed");
                AppError::Problem
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl AppError {
    /// The workflow's `error`, keeping what was typed (`answers`) to show again.
    pub fn keeping(error: candour_services::ServiceError, answers: Vec<(String, String)>) -> Self {
        match AppError::from(error) {
            AppError::Invalid { problems, .. } => AppError::Invalid { problems, answers },
            other => other,
        }
    }
}
