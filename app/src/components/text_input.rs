//! GOV.UK text input with its label, hint and error message, keeping what was typed.

use super::error_message::ErrorMessage;
use leptos::prelude::*;

/// A labelled text input.
#[component]
pub fn TextInput(
    /// Form field name and id.
    #[prop(into)]
    name: String,
    /// The label (the question).
    #[prop(into)]
    label: String,
    /// True when the label is the page heading.
    #[prop(optional)]
    label_is_heading: bool,
    /// Hint under the label.
    #[prop(default = None, into)]
    hint: Option<String>,
    /// What was typed before.
    #[prop(default = None, into)]
    value: Option<String>,
    /// The error message, when the answer needs changing.
    #[prop(default = None, into)]
    error: Option<String>,
    /// The `autocomplete` token, if one applies (WCAG 2.2 SC 1.3.5).
    #[prop(default = None, into)]
    autocomplete: Option<String>,
    /// Extra classes for the input (e.g. a width class).
    #[prop(default = "govuk-input".to_owned(), into)]
    class: String,
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
    let input_class = if error.is_some() {
        format!("{class} govuk-input--error")
    } else {
        class
    };
    let label_view = if label_is_heading {
        view! {
            <h1 class="govuk-label-wrapper">
                <label class="govuk-label govuk-label--l" for=name.clone()>{label}</label>
            </h1>
        }
        .into_any()
    } else {
        view! { <label class="govuk-label" for=name.clone()>{label}</label> }.into_any()
    };
    view! {
        <div class=group_class>
            {label_view}
            {hint.map(|h| view! { <div id=hint_id class="govuk-hint">{h}</div> })}
            {error.map(|e| view! { <ErrorMessage id=error_id text=e/> })}
            <input
                class=input_class
                id=name.clone()
                name=name
                type="text"
                value=value
                autocomplete=autocomplete
                aria-describedby=(!described_by.is_empty()).then_some(described_by)
            />
        </div>
    }
}
