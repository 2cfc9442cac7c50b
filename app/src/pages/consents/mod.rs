//! "Saying yes or no to how we use your information": every consent with its history and the
//! way to take it back or give it again (`/consents`), the check page before either
//! (`/consents/{id}/change`), and the confirmation with its reference
//! (`/consents/{id}/changed`), from `candour_services::consents`. The person and a delegate
//! with the "manage consent" scope see them; anyone else gets "not found".
//!
//! The honesty rule (`candour_domain::consent::offers`): a "take it back" control appears only
//! where consent is the lawful basis. The council's own uses and the shares made without
//! asking say what the real basis is and offer an objection or a restriction instead.

pub mod change;
pub mod changed;
pub mod list;

use crate::consent_words;
use crate::i18n::current_locale;
use candour_domain::consent::{ConsentChange, ReceiptEvent};

/// One line of a consent's history, in the page's language.
fn history_line(line: &ConsentChange) -> String {
    consent_words::history_line(current_locale(), &ReceiptEvent::from(line))
}

pub(crate) use consent_words::status_words;
