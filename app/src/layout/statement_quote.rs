//! The statement a request for a correction is about, quoted as the person sees it on their
//! record (its label as words and a badge, its text through the Markdown sanitiser), with the
//! entry it comes from. Shown while making the request, on the request's page, and to staff.

use crate::i18n::{date, t_args};
use crate::markdown::Markdown;
use crate::pages::record::statement_badge;
use candour_domain::record::{Entry, Statement};
use leptos::prelude::*;

/// The quoted statement; `entry_href` links the entry's title when the reader may open it.
#[component]
pub fn StatementQuote(
    /// The entry.
    entry: Entry,
    /// The statement.
    statement: Statement,
    /// Where the entry can be read, if the reader may.
    #[prop(optional)]
    entry_href: Option<String>,
) -> impl IntoView {
    let (class, badge) = statement_badge(statement.label.clone());
    let title = entry.details.title.clone();
    let from = t_args(
        "quote-from",
        [("date", date(entry.details.event_date).into())],
    );
    view! {
        <div class="govuk-inset-text candour-quote">
            <p class="govuk-body govuk-!-margin-bottom-2">
                {match entry_href {
                    Some(href) => view! { <a class="govuk-link" href=href>{title}</a> }.into_any(),
                    None => view! { <strong>{title}</strong> }.into_any(),
                }}
                " "
                <span class="govuk-hint govuk-!-display-inline">{from}</span>
            </p>
            <strong class=class>{badge}</strong>
            <Markdown text=statement.text/>
        </div>
    }
}
