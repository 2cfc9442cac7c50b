//! GOV.UK summary list (`govuk-summary-list`): key and value rows, on their own or inside a
//! summary card with a title (as staff lists show one person's thing per card, which reads the
//! same at 320 px as on a desktop). Rows without actions: where a row offers a change, the page
//! writes its own link.

use leptos::prelude::*;

/// One row: its key, in words, and its value (any markup).
#[component]
pub fn SummaryRow(
    /// The key.
    #[prop(into)]
    key: String,
    /// The value.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{key}</dt>
            <dd class="govuk-summary-list__value">{children()}</dd>
        </div>
    }
}

/// A summary card: a title (a level 2 heading) over a summary list of `children` rows.
#[component]
pub fn SummaryCard(
    /// The card's title.
    #[prop(into)]
    title: String,
    /// Its rows ([`SummaryRow`]s).
    children: Children,
) -> impl IntoView {
    view! {
        <div class="govuk-summary-card">
            <div class="govuk-summary-card__title-wrapper">
                <h2 class="govuk-summary-card__title">{title}</h2>
            </div>
            <div class="govuk-summary-card__content">
                <dl class="govuk-summary-list">{children()}</dl>
            </div>
        </div>
    }
}
