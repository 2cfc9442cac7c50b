//! A person's messages as a list: when, the message in their language with every value it
//! names (the organisation of a share, the reference of a request…), "New" in words for one
//! not read before, and a link to the page it is about. Used by `/messages` and, for the
//! newest few, the person's home page. A message of a kind this version does not know is left
//! out rather than shown as an id.

use crate::i18n::{date_and_time, t, t_args};
use crate::labels;
use candour_services::data::Notification;
use leptos::prelude::*;

/// The messages, newest first, as a GOV.UK list with space between items.
#[component]
pub fn MessageList(
    /// The messages.
    messages: Vec<Notification>,
) -> impl IntoView {
    view! {
        <ul class="govuk-list govuk-list--spaced">
            {messages.into_iter().filter_map(message).collect_view()}
        </ul>
    }
}

/// One message, if its kind is known.
fn message(m: Notification) -> Option<impl IntoView> {
    let key = labels::notification(&m.kind)?;
    let values: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&m.args).unwrap_or_default();
    let text = t_args(
        key,
        values
            .iter()
            .filter_map(|(name, value)| Some((name.as_str(), value.as_str()?.to_owned().into()))),
    );
    let link = labels::notification_page(&m.kind).map(|(href, words)| {
        view! { " " <a class="govuk-link" href=href>{t(words)}</a> }
    });
    let new = m.read_at.is_none().then(|| {
        view! { <strong class="govuk-tag govuk-tag--blue">{t("messages-new")}</strong> " " }
    });
    Some(view! {
        <li>
            <p class="govuk-body-s govuk-!-margin-bottom-1">{new}{date_and_time(m.at)}</p>
            <p class="govuk-body govuk-!-margin-bottom-0">{text}{link}</p>
        </li>
    })
}
