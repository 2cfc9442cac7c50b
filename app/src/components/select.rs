//! GOV.UK select with its label and error message, keeping what was chosen.

use super::error_message::ErrorMessage;
use leptos::prelude::*;

/// A labelled drop-down list of `(value, text)` options.
#[component]
pub fn Select(
    /// Form field name and id.
    #[prop(into)]
    name: String,
    /// The label (the question).
    #[prop(into)]
    label: String,
    /// The options, in order, as `(value, text)`.
    options: Vec<(String, String)>,
    /// The value chosen before, if any.
    #[prop(default = None, into)]
    selected: Option<String>,
    /// The error message, when the answer needs changing.
    #[prop(default = None, into)]
    error: Option<String>,
) -> impl IntoView {
    let error_id = format!("{name}-error");
    let (group_class, select_class) = if error.is_some() {
        (
            "govuk-form-group govuk-form-group--error",
            "govuk-select govuk-select--error",
        )
    } else {
        ("govuk-form-group", "govuk-select")
    };
    let described_by = error.as_ref().map(|_| error_id.clone());
    let selected = selected.unwrap_or_default();
    view! {
        <div class=group_class>
            <label class="govuk-label" for=name.clone()>{label}</label>
            {error.map(|e| view! { <ErrorMessage id=error_id text=e/> })}
            <select class=select_class id=name.clone() name=name aria-describedby=described_by>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let is_selected = value == selected;
                        view! { <option value=value selected=is_selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
