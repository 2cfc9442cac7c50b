//! GOV.UK textarea, keeping what was typed and showing its error.

use super::error_message::ErrorMessage;
use leptos::prelude::*;

/// A labelled textarea.
#[component]
pub fn Textarea(
    /// Field name and id.
    #[prop(into)]
    name: String,
    /// The label.
    #[prop(into)]
    label: String,
    /// True when the label is the page heading.
    #[prop(optional)]
    label_is_heading: bool,
    /// Hint.
    #[prop(default = None, into)]
    hint: Option<String>,
    /// What was typed before.
    #[prop(default = None, into)]
    value: Option<String>,
    /// The error message.
    #[prop(default = None, into)]
    error: Option<String>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described_by = [
        hint.as_ref().map(|_| hint_id.clone()),
        error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let group_class = if error.is_some() {
        "govuk-form-group govuk-form-group--error"
    } else {
        "govuk-form-group"
    };
    let class = if error.is_some() {
        "govuk-textarea govuk-textarea--error"
    } else {
        "govuk-textarea"
    };
    let label_view = if label_is_heading {
        view! {
            <h1 class="govuk-label-wrapper">
                <label class="govuk-label govuk-label--l" for=name.clone()>{label}</label>
            </h1>
        }
        .into_any()
    } else {
        view! { <label class="govuk-label govuk-label--s" for=name.clone()>{label}</label> }
            .into_any()
    };
    view! {
        <div class=group_class>
            {label_view}
            {hint.map(|h| view! { <div id=hint_id class="govuk-hint">{h}</div> })}
            {error.map(|e| view! { <ErrorMessage id=error_id text=e/> })}
            <textarea
                class=class
                id=name.clone()
                name=name
                rows="5"
                aria-describedby=(!described_by.is_empty()).then_some(described_by)
            >
                {value}
            </textarea>
        </div>
    }
}
