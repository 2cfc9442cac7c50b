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

use crate::i18n::{date, t, t_args};
use candour_domain::consent::{ChangedBy, ConsentChange, ConsentStatus};

/// One line of a consent's history, in words: "12 March 2026: you said yes. How: In writing."
fn history_line(line: &ConsentChange) -> String {
    let who = match &line.by {
        ChangedBy::Person => t("consents-by-you"),
        ChangedBy::OnTheirBehalf(name) | ChangedBy::Delegate(name) => name.clone(),
        ChangedBy::Council => String::new(),
    };
    let key = match (line.status, line.again, &line.by) {
        (ConsentStatus::Withdrawn, _, ChangedBy::Council) => "consents-line-withdrawn-recorded",
        (ConsentStatus::Withdrawn, _, _) => "consents-line-withdrawn",
        (ConsentStatus::Given, true, _) => "consents-line-given-again",
        (ConsentStatus::Given, false, _) => "consents-line-given",
        (ConsentStatus::Refused, _, _) => "consents-line-refused",
    };
    let mut text = t_args(key, [("date", date(line.on).into()), ("who", who.into())]);
    if let Some(method) = line.method {
        text.push(' ');
        text.push_str(&t_args(
            "consents-line-how",
            [("how", t(crate::labels::consent_method(method)).into())],
        ));
    }
    if let Some(reference) = &line.reference {
        text.push(' ');
        text.push_str(&t_args(
            "consents-line-reference",
            [("reference", reference.clone().into())],
        ));
    }
    text
}

/// Where a consent stands, in words.
fn status_words(status: ConsentStatus) -> &'static str {
    match status {
        ConsentStatus::Given => "consents-status-given",
        ConsentStatus::Refused => "consents-status-refused",
        ConsentStatus::Withdrawn => "consents-status-withdrawn",
    }
}
