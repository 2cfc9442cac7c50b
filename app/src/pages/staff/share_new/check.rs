//! "Check your answers before recording the share" (GOV.UK check answers pattern): each answer
//! with a "Change" link to its question (which comes back here once every question is
//! answered), what happens next, and the button that records it. Unfinished answers say which
//! question is next instead.

use super::{person_in_address, question_path};
use crate::components::back_link::BackLink;
use crate::i18n::{date, t, t_args};
use crate::labels;
use crate::layout::guard::require_signed_in;
use crate::pages::not_found::NotFound;
use crate::pages::requests::{summary, title};
use crate::serverfns::sharing::record::RecordShare;
use crate::state::app_state;
use candour_domain::sharing::draft::{DraftTelling, ShareQuestion};
use candour_services::share_recording::recording;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/staff/people/{person}/sharing/new/check`
#[component]
pub fn CheckSharePage() -> impl IntoView {
    let Some(signed_in) = require_signed_in() else {
        return ().into_any();
    };
    let Some(person) = person_in_address() else {
        return view! { <NotFound/> }.into_any();
    };
    let action = ServerAction::<RecordShare>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let services = app_state().services;
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let found = match recording(&services, &signed_in.caller(), person).await {
                    Ok(found) => found,
                    Err(error) => return crate::refusals::instead_of(&error),
                };
                let name = found.person.details.full_name();
                let draft = found.draft.clone();
                let back = question_path(person, Some(ShareQuestion::Telling));
                let heading = view! {
                    <Title text=title("share-check-title", error.as_ref())/>
                    <BackLink href=back text=t("back")/>
                };
                if let Some(next) = draft.next_question() {
                    return view! {
                        {heading}
                        <h1 class="govuk-heading-l">{t("share-check-heading")}</h1>
                        <p class="govuk-body">{t("share-check-unfinished")}</p>
                        <p class="govuk-body">
                            <a class="govuk-link" href=question_path(person, Some(next))>{t("share-check-next")}</a>
                        </p>
                    }
                    .into_any();
                }
                let entries: Vec<String> = draft
                    .entries
                    .iter()
                    .map(|source| {
                        found
                            .entries
                            .iter()
                            .find(|(id, _)| id == source)
                            .map_or_else(|| source.clone(), |(_, title)| title.clone())
                    })
                    .collect();
                let what = if entries.is_empty() {
                    draft.information.clone().unwrap_or_default()
                } else {
                    format!("{}\n{}", draft.information.clone().unwrap_or_default(), entries.join("\n"))
                };
                let basis = draft.basis.map(|b| t(labels::lawful_basis(b))).unwrap_or_default();
                let grounds = match (&draft.consent, draft.authority, &draft.approved_by) {
                    (Some(consent), _, _) => found
                        .consents
                        .iter()
                        .find(|c| &c.source_id == consent)
                        .map_or_else(|| consent.clone(), |c| c.purpose.clone()),
                    (None, Some(law), Some(approver)) => t_args(
                        "share-check-law-and-approver",
                        [("law", t(labels::sharing_law(law)).into()), ("approver", approver.clone().into())],
                    ),
                    _ => String::new(),
                };
                let (telling, next) = match &draft.telling {
                    Some(DraftTelling::NotYet { reason, review_on }) => (
                        t_args("share-check-not-yet", [("date", date(*review_on).into()), ("reason", reason.clone().into())]),
                        t_args("share-check-next-hidden", [("name", name.clone().into()), ("date", date(*review_on).into())]),
                    ),
                    _ => (
                        t("share-new-tell-now"),
                        t_args("share-check-next-told", [("name", name.clone().into())]),
                    ),
                };
                let who = t_args(
                    "sharing-who-value",
                    [
                        ("role", draft.role.clone().unwrap_or_default().into()),
                        ("organisation", draft.organisation.clone().unwrap_or_default().into()),
                    ],
                );
                let rows = [
                    (t("share-check-who"), who, ShareQuestion::Recipient),
                    (t("share-check-what"), what, ShareQuestion::Information),
                    (t("share-check-why"), draft.purpose.clone().unwrap_or_default(), ShareQuestion::Purpose),
                    (t("share-check-basis"), basis, ShareQuestion::Basis),
                    (t("share-check-grounds"), grounds, ShareQuestion::Grounds),
                    (t("share-check-telling"), telling, ShareQuestion::Telling),
                ];
                view! {
                    {heading}
                    <div class="govuk-grid-row">
                        <div class="govuk-grid-column-two-thirds">
                            {summary(error.as_ref(), &[
                                ("organisation", "#change-recipient"),
                                ("information", "#change-information"),
                                ("purpose", "#change-purpose"),
                                ("basis", "#change-basis"),
                                ("consent", "#change-grounds"),
                                ("authority", "#change-grounds"),
                                ("approved_by", "#change-grounds"),
                                ("tell", "#change-telling"),
                                ("recipient", "#change-recipient"),
                                ("grounds", "#change-grounds"),
                                ("telling", "#change-telling"),
                            ])}
                            <span class="govuk-caption-l">{t_args("share-new-caption", [("name", name.clone().into())])}</span>
                            <h1 class="govuk-heading-l">{t("share-check-heading")}</h1>
                            <dl class="govuk-summary-list">
                                {rows
                                    .into_iter()
                                    .map(|(key, value, question)| {
                                        let hidden = key.clone();
                                        view! {
                                            <div class="govuk-summary-list__row">
                                                <dt class="govuk-summary-list__key">{key}</dt>
                                                <dd class="govuk-summary-list__value candour-preserve-lines">{value}</dd>
                                                <dd class="govuk-summary-list__actions">
                                                    <a class="govuk-link" id=format!("change-{}", question.slug()) href=question_path(person, Some(question))>
                                                        {t("change")}
                                                        <span class="govuk-visually-hidden">" " {hidden}</span>
                                                    </a>
                                                </dd>
                                            </div>
                                        }
                                    })
                                    .collect_view()}
                            </dl>
                            <h2 class="govuk-heading-m">{t("share-check-next-heading")}</h2>
                            <p class="govuk-body">{next}</p>
                            <ActionForm action=action>
                                <input type="hidden" name="person" value=person.0.to_string()/>
                                <button type="submit" class="govuk-button" data-module="govuk-button">{t("share-check-record")}</button>
                            </ActionForm>
                        </div>
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
