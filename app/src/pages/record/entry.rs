//! One entry: each statement with its label in words (and as a badge), the entry's dates and
//! when it was last checked for accuracy, withheld parts explained but never shown, and the
//! social-care words it uses explained in a details box that opens without JavaScript.
//!
//! Beside each statement the person can see: "Ask us to correct this" (for those who may make
//! requests), and any statement of disagreement the person added after a correction was
//! refused, so it stays attached to what it disputes.

use crate::glossary;
use crate::i18n::{current_locale, date, t, t_args};
use crate::islands::print_button::PrintButton;
use crate::labels;
use crate::layout::disagreement_note::DisagreementNote;
use crate::markdown::Markdown;
use crate::pages::not_found::NotFound;
use crate::records::{easy_read_first, note_delegate_reading};
use crate::session;
use crate::state::app_state;
use candour_domain::access::{Decision, PersonAction, decide};
use candour_domain::audit::AuditAction;
use candour_domain::record::{EntryId, VisibleStatement, check_overdue, visible_statements};
use candour_domain::rectification::Disagreement;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/record/{id}`
#[component]
pub fn EntryPage() -> impl IntoView {
    let (actor, person) = match super::record_reader() {
        Ok(found) => found,
        Err(instead) => return instead,
    };
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .and_then(|i| i.parse::<i64>().ok());
    let store = app_state().services;
    let locale = current_locale();
    let easy_read = easy_read_first(&actor);
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let entry = match id {
                    Some(id) => store.reads().entry(person, EntryId(id)).await.ok().flatten(),
                    None => None,
                };
                let Some(entry) = entry else {
                    let object = format!("entry:{}", id.unwrap_or_default());
                    return crate::refusals::not_found(AuditAction::ReadRecord, object).await;
                };
                let Some(visible) = visible_statements(&entry.details) else {
                    return view! { <NotFound/> }.into_any();
                };
                let _ = note_delegate_reading(person, &format!("entry:{}", entry.id.0)).await;
                let may_ask = decide(&actor, person, PersonAction::MakeRequest) == Decision::Allow;
                let disagreements: Vec<Disagreement> = store
                    .reads().disagreements_for_person(person)
                    .await
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|d| d.statement.is_some_and(|s| s.entry == entry.id))
                    .collect();
                let entry_id = entry.id;
                let details = entry.details.clone();
                let overdue = check_overdue(&details, session::today());
                let checked = details.checked_on.map_or_else(|| t("entry-never-checked"), date);
                // A withheld entry shows only its reason: its summary is withheld too, as it is
                // when every statement is.
                let summary = candour_domain::record::shown_summary(&details).map(str::to_owned);
                let in_short = |large: bool| {
                    summary.clone().map(|text| view! {
                        <div class=if large { "candour-summary candour-summary--first" } else { "candour-summary" }>
                            <h2 class="govuk-heading-m">{t("entry-in-short")}</h2>
                            <div class=if large { "govuk-body-l" } else { "govuk-body" }>
                                <Markdown text=text/>
                            </div>
                        </div>
                    })
                };
                let (summary_first, summary_after) = if easy_read {
                    (in_short(true), None)
                } else {
                    (None, in_short(false))
                };
                let has_summary = details.summary.is_some();
                let body = match visible {
                    Err(reason) => view! {
                        <div class="govuk-inset-text">
                            <p class="govuk-body">{t("withheld-entry")}</p>
                            <p class="govuk-body">{t(labels::withheld_reason(reason))}</p>
                        </div>
                    }
                    .into_any(),
                    Ok(statements) => {
                        let all_text: String = statements
                            .iter()
                            .filter_map(|s| match s {
                                VisibleStatement::Shown { text, .. } => Some(text.clone()),
                                VisibleStatement::Withheld(_) => None,
                            })
                            .collect::<Vec<_>>()
                            .join("\n");
                        let words = glossary::explain(&all_text, locale);
                        view! {
                            <ol class="govuk-list candour-statements">
                                {statements
                                    .into_iter()
                                    .map(|statement| match statement {
                                        VisibleStatement::Shown { position, label, text } => {
                                            let (class, badge) = super::statement_badge(label);
                                            let disputes: Vec<Disagreement> = disagreements
                                                .iter()
                                                .filter(|d| d.statement.is_some_and(|s| s.position == position))
                                                .cloned()
                                                .collect();
                                            let correct = may_ask.then(|| format!("/requests/new/about?entry={}&statement={position}", entry_id.0));
                                            view! {
                                                <li class="candour-statement">
                                                    <strong class=class>{badge}</strong>
                                                    <Markdown text=text/>
                                                    {disputes.into_iter().map(|d| view! { <DisagreementNote disagreement=d/> }).collect_view()}
                                                    {correct.map(|href| view! {
                                                        <p class="govuk-body govuk-!-margin-bottom-0">
                                                            <a class="govuk-link" href=href>
                                                                {t("entry-correct-this")}
                                                                <span class="govuk-visually-hidden">" " {t_args("entry-correct-which", [("number", (position + 1).into())])}</span>
                                                            </a>
                                                        </p>
                                                    })}
                                                </li>
                                            }
                                            .into_any()
                                        }
                                        VisibleStatement::Withheld(reason) => view! {
                                            <li class="candour-statement">
                                                <div class="govuk-inset-text govuk-!-margin-top-0">
                                                    <p class="govuk-body">{t("withheld-statement")}</p>
                                                    <p class="govuk-body">{t(labels::withheld_reason(reason))}</p>
                                                </div>
                                            </li>
                                        }
                                        .into_any(),
                                    })
                                    .collect_view()}
                            </ol>
                            {(!words.is_empty()).then(|| view! {
                                <details class="govuk-details">
                                    <summary class="govuk-details__summary">
                                        <span class="govuk-details__summary-text">{t("entry-words-explained")}</span>
                                    </summary>
                                    <div class="govuk-details__text">
                                        <dl class="govuk-summary-list">
                                            {words
                                                .into_iter()
                                                .map(|w| view! {
                                                    <div class="govuk-summary-list__row">
                                                        <dt class="govuk-summary-list__key">{w.term}</dt>
                                                        <dd class="govuk-summary-list__value">{w.means}</dd>
                                                    </div>
                                                })
                                                .collect_view()}
                                        </dl>
                                    </div>
                                </details>
                            })}
                        }
                        .into_any()
                    }
                };
                view! {
                    <Title text=details.title.clone()/>
                    <a href="/record" class="govuk-back-link">{t("entry-back")}</a>
                    <span class="govuk-caption-l">{t(labels::entry_kind(details.kind))}</span>
                    <h1 class="govuk-heading-l">{details.title.clone()}</h1>
                    {summary_first}
                    <dl class="govuk-summary-list govuk-summary-list--no-border">
                        <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key">{t("entry-event-date")}</dt>
                            <dd class="govuk-summary-list__value">{date(details.event_date)}</dd>
                        </div>
                        <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key">{t("entry-written")}</dt>
                            <dd class="govuk-summary-list__value">
                                {t_args("entry-written-by", [("date", date(details.written_date).into()), ("name", details.author_role.clone().into()), ("organisation", details.team.clone().into())])}
                            </dd>
                        </div>
                        <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key">{t("entry-checked")}</dt>
                            <dd class="govuk-summary-list__value">{checked}</dd>
                        </div>
                    </dl>
                    {overdue.then(|| view! {
                        <div class="govuk-warning-text">
                            <span class="govuk-warning-text__icon" aria-hidden="true">"!"</span>
                            <strong class="govuk-warning-text__text">
                                <span class="govuk-visually-hidden">{t("warning")}</span>
                                {t("entry-check-overdue")}
                            </strong>
                        </div>
                    })}
                    {summary_after}
                    {(easy_read && has_summary).then(|| view! { <h2 class="govuk-heading-m">{t("entry-everything")}</h2> })}
                    <p class="govuk-body">{t("entry-labels-explained")}</p>
                    {body}
                    <PrintButton label=t("print-this-page")/>
                    <p class="govuk-body"><a class="govuk-link" href="/requests/new">{t("entry-something-wrong")}</a></p>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
