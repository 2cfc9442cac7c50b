//! GOV.UK file upload: a labelled file input with its hint and error message. A browser never
//! lets a page fill a file input in again, so after an error the person chooses the file again;
//! the error message says what was wrong with the one they chose.

use super::error_message::ErrorMessage;
use leptos::prelude::*;

/// A labelled file input.
#[component]
pub fn FileUpload(
    /// Form field name and id.
    #[prop(into)]
    name: String,
    /// The label.
    #[prop(into)]
    label: String,
    /// Hint under the label.
    #[prop(default = None, into)]
    hint: Option<String>,
    /// The error message, when the file needs changing.
    #[prop(default = None, into)]
    error: Option<String>,
    /// The file types offered in the browser's chooser (`accept`), e.g. `.png,.svg`.
    #[prop(default = None, into)]
    accept: Option<String>,
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
    let (group_class, input_class) = if error.is_some() {
        (
            "govuk-form-group govuk-form-group--error",
            "govuk-file-upload govuk-file-upload--error",
        )
    } else {
        ("govuk-form-group", "govuk-file-upload")
    };
    view! {
        <div class=group_class>
            <label class="govuk-label" for=name.clone()>{label}</label>
            {hint.map(|h| view! { <div id=hint_id class="govuk-hint">{h}</div> })}
            {error.map(|e| view! { <ErrorMessage id=error_id text=e/> })}
            <input
                class=input_class
                id=name.clone()
                name=name
                type="file"
                accept=accept
                aria-describedby=(!described_by.is_empty()).then_some(described_by)
            />
        </div>
    }
}
