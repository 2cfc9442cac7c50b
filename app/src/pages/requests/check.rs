//! "Check your answers before sending" (GOV.UK check answers pattern): each answer with a
//! "Change" link that returns here, then the send button with what happens next.

use crate::components::back_link::BackLink;
use crate::i18n::{t, t_args};
use crate::labels;
use crate::layout::guard::require_signed_in;
use crate::layout::statement_quote::StatementQuote;
use crate::pages::not_found::NotFound;
use crate::requests::{load_draft, pointed_statement, requester};
use crate::serverfns::requests::send::SendRequest;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/requests/new/check`
#[component]
pub fn CheckRequestPage() -> impl IntoView {
    if require_signed_in().is_none() {
        return ().into_any();
    }
    let Ok((signed_in, person)) = requester() else {
        return view! { <NotFound/> }.into_any();
    };
    let send = ServerAction::<SendRequest>::new();
    view! {
        <Title text=t("request-check-title")/>
        <BackLink href="/requests/new/contact" text=t("back")/>
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{t("request-check-heading")}</h1>
                <Suspense fallback=|| ()>
                    {Suspend::new(async move {
                        let draft = load_draft(&signed_in, person).await.unwrap_or_default();
                        let Some(right) = draft.right() else {
                            return view! {
                                <p class="govuk-body">{t("request-check-start")}</p>
                                <a class="govuk-link" href="/requests/new">{t("requests-new")}</a>
                            }
                            .into_any();
                        };
                        let about = match (&draft.wrong, &draft.should_say) {
                            (Some(wrong), Some(should)) => format!("{wrong}\n→ {should}"),
                            _ => draft.about.clone().unwrap_or_default(),
                        };
                        let contact = draft
                            .contact()
                            .map(|c| {
                                let how = t(labels::contact(c));
                                draft.contact_detail.clone().map_or(how.clone(), |d| format!("{how}: {d}"))
                            })
                            .unwrap_or_default();
                        let quote = match draft.statement.filter(|_| right == candour_domain::rights::Right::Rectification) {
                            Some(target) => pointed_statement(&signed_in, person, target).await.ok(),
                            None => None,
                        };
                        let quote_row = quote.map(|(entry, statement)| view! {
                            <div class="govuk-summary-list__row govuk-summary-list__row--no-actions">
                                <dt class="govuk-summary-list__key">{t("request-which-part")}</dt>
                                <dd class="govuk-summary-list__value">
                                    <StatementQuote entry=entry statement=statement/>
                                </dd>
                            </div>
                        });
                        let rows = [
                            (t("request-right"), t(labels::right(right)), "/requests/new?change=1", t("request-change-right")),
                            (t("request-about"), about, "/requests/new/about?change=1", t("request-change-about")),
                            (t("request-reply"), contact, "/requests/new/contact", t("request-change-reply")),
                        ];
                        view! {
                            <dl class="govuk-summary-list">
                                {quote_row}
                                {rows
                                    .into_iter()
                                    .map(|(key, value, href, hidden)| view! {
                                        <div class="govuk-summary-list__row">
                                            <dt class="govuk-summary-list__key">{key}</dt>
                                            <dd class="govuk-summary-list__value candour-preserve-lines">{value}</dd>
                                            <dd class="govuk-summary-list__actions">
                                                <a class="govuk-link" href=href>
                                                    {t("change")}
                                                    <span class="govuk-visually-hidden">" " {hidden}</span>
                                                </a>
                                            </dd>
                                        </div>
                                    })
                                    .collect_view()}
                            </dl>
                            <h2 class="govuk-heading-m">{t("request-check-next-heading")}</h2>
                            <p class="govuk-body">{t("request-check-next")}</p>
                            <p class="govuk-body">{t_args("request-check-deadline", [("name", t(labels::right(right)).into())])}</p>
                            <ActionForm action=send>
                                <button type="submit" class="govuk-button" data-module="govuk-button">{t("request-send")}</button>
                            </ActionForm>
                        }
                        .into_any()
                    })}
                </Suspense>
            </div>
        </div>
    }
    .into_any()
}
