//! A person's statement of disagreement, shown attached to what it disputes (an entry's
//! statement, or the record as a whole) on every page that shows that part of the record. The
//! person's words are plain text: never Markdown, never HTML.

use crate::i18n::{date, t, t_args};
use candour_domain::rectification::Disagreement;
use leptos::prelude::*;

/// "You told us you think this is wrong" (to staff: "The person told us …"), with the date and
/// the person's words.
#[component]
pub fn DisagreementNote(
    /// The statement of disagreement.
    disagreement: Disagreement,
    /// Shown to staff rather than to the person or their delegate.
    #[prop(optional)]
    for_staff: bool,
) -> impl IntoView {
    view! {
        <div class="govuk-inset-text candour-disagreement">
            <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                {t(if for_staff { "disagreement-heading-staff" } else { "disagreement-heading" })}
            </p>
            <p class="govuk-body govuk-!-margin-bottom-1 candour-preserve-lines">{disagreement.text}</p>
            <p class="govuk-hint govuk-!-margin-bottom-0">
                {t_args("disagreement-added", [("date", date(disagreement.added_on).into()), ("reference", disagreement.request.reference().into())])}
            </p>
        </div>
    }
}
