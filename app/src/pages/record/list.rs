//! "Your care record": every entry, newest first, with filters by kind and a search that work
//! without JavaScript (a GET form), and pages of 20 so even a 2,000-entry record stays quick.
//! Statements of disagreement that are about the record as a whole (not one statement) stand
//! above the entries on the first page.

use crate::components::pagination::Pagination;
use crate::i18n::{date, t, t_args};
use crate::labels;
use crate::layout::disagreement_note::DisagreementNote;
use crate::records::note_delegate_reading;
use crate::state::app_state;
use candour_domain::record::EntryKind;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Entries per page.
const PAGE_SIZE: u32 = 20;

/// `/record`
#[component]
pub fn RecordPage() -> impl IntoView {
    let (actor, person) = match super::record_reader() {
        Ok(found) => found,
        Err(instead) => return instead,
    };
    let (kind_key, search, page) = use_query_map().with_untracked(|q| {
        (
            q.get("kind").unwrap_or_default(),
            q.get("q").unwrap_or_default(),
            q.get("page")
                .and_then(|p| p.parse::<u32>().ok())
                .unwrap_or(1)
                .max(1),
        )
    });
    let kind = EntryKind::from_key(&kind_key);
    let store = app_state().services;
    let kinds = std::iter::once((String::new(), t("record-all-kinds")))
        .chain(
            EntryKind::ALL
                .into_iter()
                .map(|k| (k.key().to_owned(), t(labels::entry_kind(k)))),
        )
        .collect::<Vec<_>>();
    let search_value = search.clone();
    view! {
        <Title text=t("record-title")/>
        <h1 class="govuk-heading-l">{t("record-heading")}</h1>
        <p class="govuk-body">{t("record-intro")}</p>
        <form method="get" action="/record" class="candour-filters">
            <div class="govuk-form-group">
                <label class="govuk-label" for="kind">{t("record-filter-kind")}</label>
                <select class="govuk-select" id="kind" name="kind">
                    {kinds
                        .into_iter()
                        .map(|(value, text)| {
                            let selected = value == kind_key;
                            view! { <option value=value selected=selected>{text}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="govuk-form-group">
                <label class="govuk-label" for="q">{t("record-search")}</label>
                <input class="govuk-input govuk-input--width-20" id="q" name="q" type="search" value=search_value/>
            </div>
            <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">{t("record-show")}</button>
        </form>
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let search = (!search.trim().is_empty()).then(|| search.trim().to_owned());
                let offset = (page - 1) * PAGE_SIZE;
                let (entries, total) = store
                    .reads().entries_for_person(person, kind, search.as_deref(), offset, PAGE_SIZE)
                    .await
                    .unwrap_or_default();
                let _ = note_delegate_reading(person, "record").await;
                let whole_record = if page == 1 {
                    store.reads().disagreements_for_person(person).await.unwrap_or_default().into_iter().filter(|d| d.statement.is_none()).collect::<Vec<_>>()
                } else {
                    Vec::new()
                };
                let disputes = (!whole_record.is_empty()).then(|| view! {
                    <h2 class="govuk-heading-m">{t("record-disagreements")}</h2>
                    {whole_record.into_iter().map(|d| view! { <DisagreementNote disagreement=d/> }).collect_view()}
                });
                let pages = u32::try_from(total.div_ceil(u64::from(PAGE_SIZE))).unwrap_or(u32::MAX).max(1);
                let link = |p: u32| format!("/record?kind={kind_key}&q={}&page={p}", crate::layout::guard::encode(search.as_deref().unwrap_or("")));
                let previous = (page > 1).then(|| link(page - 1));
                let next = (page < pages).then(|| link(page + 1));
                if entries.is_empty() {
                    return view! { {disputes} <p class="govuk-body">{t("record-none")}</p> }.into_any();
                }
                let easy_read = crate::records::easy_read_first(&actor);
                let rows = entries
                    .into_iter()
                    .map(|e| {
                        let href = format!("/record/{}", e.id.0);
                        let summary = candour_domain::record::shown_summary(&e.details)
                            .filter(|_| easy_read)
                            .map(str::to_owned);
                        view! {
                            <li class="candour-entry-list__item">
                                <h2 class="govuk-heading-s govuk-!-margin-bottom-1">
                                    <a class="govuk-link" href=href>{e.details.title.clone()}</a>
                                </h2>
                                <p class="govuk-body-s govuk-!-margin-bottom-0">
                                    {t(labels::entry_kind(e.details.kind))}
                                    ", "
                                    {date(e.details.event_date)}
                                </p>
                                {summary.map(|text| view! {
                                    <div class="govuk-body govuk-!-margin-top-1"><crate::markdown::Markdown text=text/></div>
                                })}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    {disputes}
                    <p class="govuk-body">{t_args("record-count", [("count", total.into())])}</p>
                    <ul class="govuk-list candour-entry-list">{rows}</ul>
                    <Pagination previous next page pages/>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
