//! GOV.UK checkboxes in a fieldset, for "select all that apply" questions.

use super::error_message::ErrorMessage;
use leptos::prelude::*;

/// One checkbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckboxItem {
    /// The value sent when ticked.
    pub value: String,
    /// The label.
    pub text: String,
    /// Optional hint under the label.
    pub hint: Option<String>,
}

/// A checkbox group. Every box shares `name`, so the form sends a list.
#[component]
pub fn Checkboxes(
    /// Form field name (the server function argument, a list).
    #[prop(into)]
    name: String,
    /// The question.
    #[prop(into)]
    legend: String,
    /// Hint under the question.
    #[prop(default = None, into)]
    hint: Option<String>,
    /// The choices.
    items: Vec<CheckboxItem>,
    /// Values ticked before.
    #[prop(default = Vec::new())]
    checked: Vec<String>,
    /// The error message.
    #[prop(default = None, into)]
    error: Option<String>,
) -> impl IntoView {
    let id_base = name.replace(['[', ']'], "");
    let hint_id = format!("{id_base}-hint");
    let error_id = format!("{id_base}-error");
    let group_class = if error.is_some() {
        "govuk-form-group govuk-form-group--error"
    } else {
        "govuk-form-group"
    };
    let described_by = [
        hint.as_ref().map(|_| hint_id.clone()),
        error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    view! {
        <div class=group_class>
            <fieldset class="govuk-fieldset" aria-describedby=(!described_by.is_empty()).then_some(described_by)>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
                {hint.map(|h| view! { <div id=hint_id class="govuk-hint">{h}</div> })}
                {error.map(|e| view! { <ErrorMessage id=error_id text=e/> })}
                <div class="govuk-checkboxes" data-module="govuk-checkboxes">
                    {items
                        .into_iter()
                        .enumerate()
                        .map(|(index, item)| {
                            let id = if index == 0 { id_base.clone() } else { format!("{id_base}-{}", index + 1) };
                            let item_hint = format!("{id}-hint");
                            let ticked = checked.contains(&item.value);
                            view! {
                                <div class="govuk-checkboxes__item">
                                    <input
                                        class="govuk-checkboxes__input"
                                        id=id.clone()
                                        name=name.clone()
                                        type="checkbox"
                                        value=item.value
                                        checked=ticked
                                        aria-describedby=item.hint.as_ref().map(|_| item_hint.clone())
                                    />
                                    <label class="govuk-label govuk-checkboxes__label" for=id>{item.text}</label>
                                    {item.hint.map(|h| view! { <div id=item_hint class="govuk-hint govuk-checkboxes__hint">{h}</div> })}
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}
