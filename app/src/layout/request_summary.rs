//! One request's story, for the person and for staff alike: what was asked, where it stands in
//! plain words, the due date and days left, and every event in order with any reasons.

use crate::i18n::{date, t, t_args};
use crate::labels;
use candour_domain::deadline::clock::Deadline;
use candour_domain::rights::{EventKind, RequestStatus, RightsRequest};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The due date in words: days left, overdue, or why there is no date yet.
pub fn due_in_words(request: &RightsRequest, due: Option<NaiveDate>, today: NaiveDate) -> String {
    match (request.status(), due) {
        (RequestStatus::Completed | RequestStatus::Refused, _) => t("request-due-closed"),
        (RequestStatus::WaitingForId, _) => t("request-due-waiting-id"),
        (RequestStatus::WaitingForClarification, _) | (_, None) => t("request-due-paused"),
        (_, Some(due)) => {
            let days = (due - today).num_days();
            if days < 0 {
                t_args(
                    "request-due-overdue",
                    [("date", date(due).into()), ("days", (-days).into())],
                )
            } else {
                t_args(
                    "request-due-in",
                    [("date", date(due).into()), ("days", days.into())],
                )
            }
        }
    }
}

/// The summary list and timeline.
#[component]
pub fn RequestSummary(
    /// The request.
    request: RightsRequest,
    /// Its deadline (none while waiting for ID).
    deadline: Option<Deadline>,
    /// Today, Europe/London.
    today: NaiveDate,
) -> impl IntoView {
    let status = request.status();
    let due = due_in_words(&request, deadline.as_ref().and_then(|d| d.due), today);
    let extended = deadline.as_ref().is_some_and(|d| d.months == 3);
    let rows = vec![
        (t("request-reference"), request.reference()),
        (t("request-right"), t(labels::right(request.details.right))),
        (t("request-received"), date(request.details.received)),
        (t("request-status"), t(labels::request_status(status))),
        (t("request-due"), due),
    ];
    let mut rows = rows;
    if request.details.channel != candour_domain::rights::Channel::Portal {
        rows.push((
            t("request-channel"),
            t(labels::channel(request.details.channel)),
        ));
    }
    if let Some(helper) = request.details.helped_by.clone() {
        rows.push((t("request-helped-by"), helper));
    }
    let about = request.details.wrong.clone().map_or_else(
        || request.details.about.clone(),
        |wrong| {
            format!(
                "{wrong} → {}",
                request.details.should_say.clone().unwrap_or_default()
            )
        },
    );
    let events = request.events.clone();
    let refused = status == RequestStatus::Refused;
    view! {
        <dl class="govuk-summary-list">
            {rows
                .into_iter()
                .map(|(key, value)| view! {
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">{key}</dt>
                        <dd class="govuk-summary-list__value">{value}</dd>
                    </div>
                })
                .collect_view()}
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{t("request-about")}</dt>
                <dd class="govuk-summary-list__value candour-preserve-lines">{about}</dd>
            </div>
        </dl>
        {extended.then(|| view! { <p class="govuk-body">{t("request-extended-explained")}</p> })}
        <h2 class="govuk-heading-m">{t("request-timeline")}</h2>
        <ol class="govuk-list candour-timeline">
            <li>
                <strong>{date(request.details.received)}</strong>
                " "
                {t("event-received")}
            </li>
            {events
                .into_iter()
                .map(|event| {
                    let paused = event.kind == EventKind::ClarificationAsked;
                    view! {
                        <li>
                            <strong>{date(event.on)}</strong>
                            " "
                            {t(labels::event(event.kind))}
                            {paused.then(|| view! { " " {t("event-clock-paused")} })}
                            {(!event.note.is_empty()).then(|| view! {
                                <p class="govuk-body govuk-!-margin-bottom-0 candour-preserve-lines">{event.note.clone()}</p>
                            })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        {refused.then(|| view! {
            <h2 class="govuk-heading-m">{t("request-complain-heading")}</h2>
            <p class="govuk-body">{t("privacy-ico")}</p>
        })}
    }
}
