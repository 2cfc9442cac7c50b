//! A record entry as staff see it: the person's communication needs first (Accessible
//! Information Standard: shown every time their record opens), every statement with its label
//! (withheld ones marked, with the reason the person is shown), the plain-English report for
//! the entry's text, and a button to mark it checked for accuracy today. A statement the person
//! disputes after a refused correction carries their statement of disagreement.
//!
//! The address names the reason (`why`, from the page the link is on); without one the page is
//! not found. Fetching the address records nothing (a browser or a link checker may fetch it on
//! its own): until this sign-in has opened the entry for that reason, the page shows nothing of
//! the entry or the person, only the reason and a button that opens it
//! ([`OpenStaffEntry`], which records the view with its reason through
//! `candour_services::records::staff_open_entry`). After that, in the same sign-in, the page shows
//! the entry (`candour_services::records::staff_entry_opened`).

use crate::components::notification_banner::NotificationBanner;
use crate::glossary;
use crate::i18n::{date, t, t_args};
use crate::labels;
use crate::layout::disagreement_note::DisagreementNote;
use crate::layout::guard::require_signed_in;
use crate::markdown::Markdown;
use crate::pages::not_found::NotFound;
use crate::pages::record::statement_badge;
use crate::serverfns::records::mark_checked::MarkEntryChecked;
use crate::serverfns::records::open::OpenStaffEntry;
use crate::state::app_state;
use candour_domain::person::{CommunicationNeeds, PersonId};
use candour_domain::record::EntryId;
use candour_services::records::{Why, staff_entry_opened};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/staff/people/{person}/record/{entry}?why=…`
#[component]
pub fn StaffEntryPage() -> impl IntoView {
    let Some(signed_in) = require_signed_in() else {
        return ().into_any();
    };
    let ids = use_params_map().with_untracked(|p| {
        let person = p.get("person").and_then(|v| v.parse::<i64>().ok());
        let entry = p.get("entry").and_then(|v| v.parse::<i64>().ok());
        person.zip(entry)
    });
    let (why, checked) = use_query_map().with_untracked(|q| {
        (
            q.get("why").as_deref().and_then(Why::from_key),
            q.get("checked").is_some(),
        )
    });
    let (Some((person, entry)), Some(why)) = (ids, why) else {
        return view! { <NotFound/> }.into_any();
    };
    let action = ServerAction::<MarkEntryChecked>::new();
    let open = ServerAction::<OpenStaffEntry>::new();
    let store = app_state().services;
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let opened = staff_entry_opened(&store, &signed_in.caller(), PersonId(person), EntryId(entry), why).await;
                let (person, entry) = match opened {
                    Ok(Some(opened)) => opened,
                    Ok(None) => return view! { <OpenEntry open person entry why/> }.into_any(),
                    Err(error) => return crate::refusals::instead_of(&error),
                };
                let details = entry.details.clone();
                let disagreements = store.reads().disagreements_for_person(person.id).await.unwrap_or_default();
                let report = candour_domain::record::readability(&details, &glossary::explains);
                let statements = details
                    .statements
                    .iter()
                    .enumerate()
                    .map(|(position, s)| {
                        let (class, badge) = statement_badge(s.label.clone());
                        let disputes = disagreements
                            .iter()
                            .filter(|d| d.statement.is_some_and(|at| at.entry == entry.id && at.position == position))
                            .cloned()
                            .map(|d| view! { <DisagreementNote disagreement=d for_staff=true/> })
                            .collect_view();
                        let withheld = s.withheld.map(|w| t(labels::withheld_reason(w.reason)));
                        view! {
                            <li class="candour-statement">
                                <strong class=class>{badge}</strong>
                                {withheld.map(|reason| view! {
                                    " " <strong class="govuk-tag govuk-tag--red">{t("staff-entry-withheld")}</strong>
                                    <span class="govuk-body-s">" " {reason}</span>
                                })}
                                <Markdown text=s.text.clone()/>
                                {disputes}
                            </li>
                        }
                    })
                    .collect_view();
                let checked_text = details.checked_on.map_or_else(|| t("entry-never-checked"), date);
                let (back, back_text) = back_for(why, person.id.0);
                view! {
                    <Title text=details.title.clone()/>
                    <a href=back class="govuk-back-link">{back_text}</a>
                    {checked.then(|| view! {
                        <NotificationBanner title=t("banner-success") success=true>
                            <p class="govuk-notification-banner__heading">{t("staff-entry-checked")}</p>
                        </NotificationBanner>
                    })}
                    <span class="govuk-caption-l">{person.details.full_name()}</span>
                    <h1 class="govuk-heading-l">{details.title.clone()}</h1>
                    <CommunicationNeedsPanel needs=person.details.communication.clone() language=person.details.preferred_locale.tag().to_owned()/>
                    <dl class="govuk-summary-list">
                        <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key">{t("entry-event-date")}</dt>
                            <dd class="govuk-summary-list__value">{date(details.event_date)}</dd>
                        </div>
                        <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key">{t("entry-checked")}</dt>
                            <dd class="govuk-summary-list__value">{checked_text}</dd>
                        </div>
                    </dl>
                    <ol class="govuk-list candour-statements">{statements}</ol>
                    <h2 class="govuk-heading-m">{t("staff-entry-plain-heading")}</h2>
                    <PlainEnglishReport report/>
                    <ActionForm action=action>
                        <input type="hidden" name="person" value=person.id.0.to_string()/>
                        <input type="hidden" name="entry" value=entry.id.0.to_string()/>
                        <button type="submit" class="govuk-button" data-module="govuk-button">{t("staff-entry-mark-checked")}</button>
                    </ActionForm>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}

/// Back where they came from: the person's summary for casework, else the list.
fn back_for(why: Why, person: i64) -> (String, String) {
    match why {
        Why::CaseWork => (
            format!("/staff/people/{person}"),
            t("staff-entry-back-summary"),
        ),
        Why::AccuracyCheck | Why::RightsRequest => {
            ("/staff/accuracy".to_owned(), t("staff-entry-back"))
        }
    }
}

/// Before the entry opens: the reason from the link, what opening records, and the button
/// that opens it. Nothing of the entry or the person is shown.
#[component]
fn OpenEntry(
    open: ServerAction<OpenStaffEntry>,
    person: i64,
    entry: i64,
    why: Why,
) -> impl IntoView {
    let (back, back_text) = back_for(why, person);
    let reason = t(match why {
        Why::CaseWork => "staff-open-reason-casework",
        Why::AccuracyCheck => "staff-open-reason-accuracy",
        Why::RightsRequest => "staff-open-reason-request",
    });
    view! {
        <Title text=t("staff-open-title")/>
        <a href=back class="govuk-back-link">{back_text}</a>
        <h1 class="govuk-heading-l">{t("staff-open-heading")}</h1>
        <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{t("staff-open-reason")}</dt>
                <dd class="govuk-summary-list__value">{reason}</dd>
            </div>
        </dl>
        <p class="govuk-body">{t("staff-open-recorded")}</p>
        <ActionForm action=open>
            <input type="hidden" name="person" value=person.to_string()/>
            <input type="hidden" name="entry" value=entry.to_string()/>
            <input type="hidden" name="why" value=why.key()/>
            <button type="submit" class="govuk-button" data-module="govuk-button">{t("staff-open-button")}</button>
        </ActionForm>
    }
}

/// The person's communication needs, or that none are recorded.
#[component]
fn CommunicationNeedsPanel(needs: CommunicationNeeds, language: String) -> impl IntoView {
    let mut rows = vec![(t("needs-language"), language)];
    if let Some(support) = needs.communication_support.clone() {
        rows.push((t("needs-support"), support));
    }
    if let Some(format) = needs.information_format {
        rows.push((t("needs-format"), t(labels::information_format(format))));
    }
    if let Some(method) = needs.contact_method {
        rows.push((t("needs-contact"), t(labels::contact_method(method))));
    }
    if let Some(professional) = needs.communication_professional.clone() {
        rows.push((t("needs-professional"), labels::professional(&professional)));
    }
    view! {
        <div class="govuk-inset-text">
            <h2 class="govuk-heading-s">{t("needs-heading")}</h2>
            {needs.is_empty().then(|| view! { <p class="govuk-body">{t("needs-none")}</p> })}
            <dl class="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-0">
                {rows
                    .into_iter()
                    .map(|(key, value)| view! {
                        <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key">{key}</dt>
                            <dd class="govuk-summary-list__value">{value}</dd>
                        </div>
                    })
                    .collect_view()}
            </dl>
        </div>
    }
}

/// What the plain-English check found, as lists a writer can act on.
#[component]
fn PlainEnglishReport(report: candour_domain::readability::Report) -> impl IntoView {
    let summary = if report.passes() {
        t("plain-passes")
    } else {
        t("plain-fails")
    };
    let list = |heading: String, items: Vec<String>| {
        (!items.is_empty()).then(|| {
            view! {
                <h3 class="govuk-heading-s">{heading}</h3>
                <ul class="govuk-list govuk-list--bullet">
                    {items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}
                </ul>
            }
        })
    };
    let long = report
        .long_sentences
        .iter()
        .map(|s| {
            t_args(
                "plain-long-sentence",
                [
                    ("words", s.words.into()),
                    ("sentence", s.text.clone().into()),
                ],
            )
        })
        .collect();
    let wordy = report
        .wordy
        .iter()
        .map(|w| {
            t_args(
                "plain-wordy",
                [
                    ("found", w.found.clone().into()),
                    ("instead", w.instead.into()),
                ],
            )
        })
        .collect();
    view! {
        <p class="govuk-body">
            {summary} " "
            {t_args("plain-counts", [("sentences", report.sentences.into()), ("words", report.words.into())])}
        </p>
        {list(t("plain-long-heading"), long)}
        {list(t("plain-wordy-heading"), wordy)}
        {list(t("plain-unexplained-heading"), report.unexplained.clone())}
        {list(t("plain-passive-heading"), report.passive.clone())}
        {list(t("plain-long-words-heading"), report.long_words.clone())}
    }
}
