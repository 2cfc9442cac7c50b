//! GOV.UK radios in a fieldset, none chosen at first (GOV.UK "Radios": never pre-select), with
//! the error message inside the group when the answer is missing.

use leptos::prelude::*;

/// One choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RadioItem {
    /// The value sent.
    pub value: String,
    /// The label.
    pub text: String,
    /// Optional hint under the label.
    pub hint: Option<String>,
}

/// A radio group.
#[component]
pub fn Radios(
    /// The form field name.
    #[prop(into)]
    name: String,
    /// The first radio's id (the error summary links to it); the others add `-2`, `-3`…
    /// Defaults to the name; give one when several groups share a name.
    #[prop(optional, into)]
    id: Option<String>,
    /// The question, as the legend.
    #[prop(into)]
    legend: String,
    /// True when the legend is the page's heading (one question per page).
    #[prop(optional)]
    legend_is_heading: bool,
    /// The choices.
    items: Vec<RadioItem>,
    /// The value to show chosen (an answer given before).
    #[prop(default = None, into)]
    checked: Option<String>,
    /// The error message, when the answer needs changing.
    #[prop(default = None, into)]
    error: Option<String>,
) -> impl IntoView {
    let group_class = if error.is_some() {
        "govuk-form-group govuk-form-group--error"
    } else {
        "govuk-form-group"
    };
    let id_base = id.unwrap_or_else(|| name.clone());
    let error_id = format!("{id_base}-error");
    let described_by = error.as_ref().map(|_| error_id.clone());
    let legend_view = if legend_is_heading {
        view! {
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
                <h1 class="govuk-fieldset__heading">{legend}</h1>
            </legend>
        }
        .into_any()
    } else {
        view! { <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend> }
            .into_any()
    };
    view! {
        <div class=group_class>
            <fieldset class="govuk-fieldset" aria-describedby=described_by>
                {legend_view}
                {error.map(|text| {
                    view! {
                        <p id=error_id.clone() class="govuk-error-message">
                            <span class="govuk-visually-hidden">{crate::i18n::t("error-prefix")}</span>
                            {text}
                        </p>
                    }
                })}
                <div class="govuk-radios" data-module="govuk-radios">
                    {items
                        .into_iter()
                        .enumerate()
                        .map(|(index, item)| {
                            let id = if index == 0 { id_base.clone() } else { format!("{id_base}-{}", index + 1) };
                            let hint_id = format!("{id}-hint");
                            let is_checked = checked.as_deref() == Some(item.value.as_str());
                            view! {
                                <div class="govuk-radios__item">
                                    <input
                                        class="govuk-radios__input"
                                        id=id.clone()
                                        name=name.clone()
                                        type="radio"
                                        value=item.value
                                        checked=is_checked
                                        aria-describedby=item.hint.as_ref().map(|_| hint_id.clone())
                                    />
                                    <label class="govuk-label govuk-radios__label" for=id>
                                        {item.text}
                                    </label>
                                    {item.hint.map(|hint| {
                                        view! { <div id=hint_id class="govuk-hint govuk-radios__hint">{hint}</div> }
                                    })}
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}
