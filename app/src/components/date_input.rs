//! GOV.UK date input: day, month and year boxes in a fieldset, with numeric keyboards and no
//! automatic jumping between boxes (GOV.UK "Dates").

use super::error_message::ErrorMessage;
use leptos::prelude::*;

/// A date question.
#[component]
pub fn DateInput(
    /// Prefix of the three fields' names (`{prefix}_day`, `_month`, `_year`) and ids
    /// (`{id}-day`…).
    #[prop(into)]
    prefix: String,
    /// The question.
    #[prop(into)]
    legend: String,
    /// Hint (with an example date).
    #[prop(default = None, into)]
    hint: Option<String>,
    /// Day, month and year as typed before.
    #[prop(default = (String::new(), String::new(), String::new()))]
    value: (String, String, String),
    /// The error message.
    #[prop(default = None, into)]
    error: Option<String>,
) -> impl IntoView {
    let id = prefix.replace('_', "-");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let group_class = if error.is_some() {
        "govuk-form-group govuk-form-group--error"
    } else {
        "govuk-form-group"
    };
    let input_error = if error.is_some() {
        " govuk-input--error"
    } else {
        ""
    };
    let described_by = [
        hint.as_ref().map(|_| hint_id.clone()),
        error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let parts = [
        ("day", "date-day", "govuk-input--width-2", value.0),
        ("month", "date-month", "govuk-input--width-2", value.1),
        ("year", "date-year", "govuk-input--width-4", value.2),
    ];
    view! {
        <div class=group_class>
            <fieldset class="govuk-fieldset" role="group" aria-describedby=(!described_by.is_empty()).then_some(described_by)>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
                {hint.map(|h| view! { <div id=hint_id class="govuk-hint">{h}</div> })}
                {error.map(|e| view! { <ErrorMessage id=error_id text=e/> })}
                <div class="govuk-date-input" id=id.clone()>
                    {parts
                        .into_iter()
                        .map(|(part, label_key, width, typed)| {
                            let field_id = format!("{id}-{part}");
                            view! {
                                <div class="govuk-date-input__item">
                                    <div class="govuk-form-group">
                                        <label class="govuk-label govuk-date-input__label" for=field_id.clone()>
                                            {crate::i18n::t(label_key)}
                                        </label>
                                        <input
                                            class=format!("govuk-input govuk-date-input__input {width}{input_error}")
                                            id=field_id
                                            name=format!("{prefix}_{part}")
                                            type="text"
                                            inputmode="numeric"
                                            value=typed
                                        />
                                    </div>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}
