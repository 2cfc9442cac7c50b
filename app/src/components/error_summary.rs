//! GOV.UK error summary: at the top of a form that came back with problems, listing each with a
//! link to its field (GOV.UK "Recover from validation errors"). With JavaScript the summary
//! island moves focus to it; without, it is the first thing after the page heading's landmark.

use crate::islands::focus_on_load::FocusOnLoad;
use leptos::prelude::*;

/// One problem: the field's id and the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorItem {
    /// `#` plus the id of the field to fix.
    pub href: String,
    /// The message, as shown next to the field too.
    pub text: String,
}

/// The summary box.
#[component]
pub fn ErrorSummary(
    /// "There is a problem", in the page's language.
    #[prop(into)]
    title: String,
    /// Every problem.
    items: Vec<ErrorItem>,
) -> impl IntoView {
    view! {
        <FocusOnLoad target="govuk-error-summary-focus".to_owned()/>
        <div class="govuk-error-summary" data-module="govuk-error-summary" id="govuk-error-summary-focus" tabindex="-1">
            <div role="alert">
                <h2 class="govuk-error-summary__title">{title}</h2>
                <div class="govuk-error-summary__body">
                    <ul class="govuk-list govuk-error-summary__list">
                        {items
                            .into_iter()
                            .map(|item| view! { <li><a href=item.href>{item.text}</a></li> })
                            .collect_view()}
                    </ul>
                </div>
            </div>
        </div>
    }
}
