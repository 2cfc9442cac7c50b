//! One question of recording a share (GOV.UK "Question pages": one thing per page, the
//! question as the heading): who received it, what, why, the lawful basis, the consent or the
//! law and approver, and whether the person is told now. Answers already given are shown
//! again; after a mistake, what was typed is.
//!
//! Telling "not yet" needs a reason and a review date: they are on the same page under the
//! choice, marked "if not yet", so the page works the same without JavaScript (decision:
//! GOV.UK's conditional reveal shows them anyway when scripts do not run).

use super::{person_in_address, question_path};
use crate::components::back_link::BackLink;
use crate::components::checkboxes::{CheckboxItem, Checkboxes};
use crate::components::date_input::DateInput;
use crate::components::radios::{RadioItem, Radios};
use crate::components::text_input::TextInput;
use crate::components::textarea::Textarea;
use crate::errors::AppError;
use crate::i18n::{t, t_args};
use crate::labels;
use crate::layout::guard::require_signed_in;
use crate::pages::not_found::NotFound;
use crate::pages::requests::{summary, title};
use crate::serverfns::sharing::answer::AnswerShare;
use crate::state::app_state;
use candour_domain::sharing::draft::{DraftTelling, ShareDraft, ShareQuestion};
use candour_domain::sharing::{Authority, LawfulBasis};
use candour_services::share_recording::{Recording, recording};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

/// The fields of each question, with where the error summary points.
fn fields(question: ShareQuestion) -> &'static [(&'static str, &'static str)] {
    match question {
        ShareQuestion::Recipient => &[("organisation", "#organisation"), ("role", "#role")],
        ShareQuestion::Information => &[("information", "#information"), ("entries", "#entries")],
        ShareQuestion::Purpose => &[("purpose", "#purpose")],
        ShareQuestion::Basis => &[("basis", "#basis")],
        ShareQuestion::Grounds => &[
            ("consent", "#consent"),
            ("authority", "#authority"),
            ("approved_by", "#approved_by"),
        ],
        ShareQuestion::Telling => &[
            ("tell", "#tell"),
            ("reason", "#reason"),
            ("review-day", "#review-day"),
        ],
    }
}

/// The page title's message id.
fn title_key(question: ShareQuestion) -> &'static str {
    match question {
        ShareQuestion::Recipient => "share-new-recipient-title",
        ShareQuestion::Information => "share-new-information-title",
        ShareQuestion::Purpose => "share-new-purpose-title",
        ShareQuestion::Basis => "share-new-basis-title",
        ShareQuestion::Grounds => "share-new-grounds-title",
        ShareQuestion::Telling => "share-new-telling-title",
    }
}

/// A lawful basis as staff choose it, with what it means.
fn basis_words(basis: LawfulBasis) -> (&'static str, &'static str) {
    match basis {
        LawfulBasis::Consent => ("share-new-basis-consent", "share-new-basis-consent-hint"),
        LawfulBasis::LegalObligation => (
            "share-new-basis-legal-obligation",
            "share-new-basis-legal-obligation-hint",
        ),
        LawfulBasis::VitalInterests => (
            "share-new-basis-vital-interests",
            "share-new-basis-vital-interests-hint",
        ),
        LawfulBasis::PublicTask => (
            "share-new-basis-public-task",
            "share-new-basis-public-task-hint",
        ),
    }
}

/// Where a consent stands, as staff read it.
fn consent_status(status: candour_domain::consent::ConsentStatus) -> &'static str {
    use candour_domain::consent::ConsentStatus as S;
    match status {
        S::Given => "share-new-consent-given",
        S::Refused => "share-new-consent-refused",
        S::Withdrawn => "share-new-consent-withdrawn",
        S::Expired => "share-new-consent-expired",
    }
}

/// `/staff/people/{person}/sharing/new` and each `…/new/{question}` after it.
#[component]
pub fn ShareQuestionPage(
    /// The question this page asks.
    question: ShareQuestion,
) -> impl IntoView {
    let Some(signed_in) = require_signed_in() else {
        return ().into_any();
    };
    let Some(person) = person_in_address() else {
        return view! { <NotFound/> }.into_any();
    };
    let action = ServerAction::<AnswerShare>::new();
    let error = action.value().get_untracked().and_then(Result::err);
    let services = app_state().services;
    let back = match ShareQuestion::ALL.iter().position(|q| *q == question) {
        Some(0) | None => "/staff/people".to_owned(),
        Some(at) => question_path(person, Some(ShareQuestion::ALL[at - 1])),
    };
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let found = match recording(&services, &signed_in.caller(), person).await {
                    Ok(found) => found,
                    Err(error) => return crate::refusals::instead_of(&error),
                };
                let name = found.person.details.full_name();
                let asked = questions(question, &found, error.as_ref());
                view! {
                    <Title text=title(title_key(question), error.as_ref())/>
                    <BackLink href=back text=t("back")/>
                    <div class="govuk-grid-row">
                        <div class="govuk-grid-column-two-thirds">
                            {summary(error.as_ref(), fields(question))}
                            <span class="govuk-caption-l">{t_args("share-new-caption", [("name", name.into())])}</span>
                            <ActionForm action=action attr:novalidate="true">
                                <input type="hidden" name="person" value=person.0.to_string()/>
                                <input type="hidden" name="question" value=question.slug()/>
                                {asked}
                                <button type="submit" class="govuk-button" data-module="govuk-button">{t("continue")}</button>
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

/// The question's heading and fields, filled with what was typed after a mistake, or else the
/// answer kept.
fn questions(question: ShareQuestion, found: &Recording, error: Option<&AppError>) -> AnyView {
    let draft: &ShareDraft = &found.draft;
    let typed = |field: &str, kept: Option<String>| error.and_then(|e| e.answer(field)).or(kept);
    let problem = |field: &str| error.and_then(|e| e.problem_for(field)).map(|k| t(&k));
    match question {
        ShareQuestion::Recipient => view! {
            <h1 class="govuk-heading-l">{t("share-new-recipient-heading")}</h1>
            <TextInput name="organisation" label=t("share-new-organisation") hint=t("share-new-organisation-hint") value=typed("organisation", draft.organisation.clone()) error=problem("organisation") autocomplete="off".to_owned()/>
            <TextInput name="role" label=t("share-new-role") hint=t("share-new-role-hint") value=typed("role", draft.role.clone()) error=problem("role") autocomplete="off".to_owned()/>
        }
        .into_any(),
        ShareQuestion::Information => {
            let ticked: Vec<String> = match error {
                Some(AppError::Invalid { answers, .. }) => answers
                    .iter()
                    .filter(|(f, _)| f == "entries")
                    .map(|(_, v)| v.clone())
                    .collect(),
                _ => draft.entries.clone(),
            };
            let items: Vec<CheckboxItem> = found
                .entries
                .iter()
                .map(|(source, title)| CheckboxItem {
                    value: source.clone(),
                    text: title.clone(),
                    hint: None,
                })
                .collect();
            view! {
                <Textarea name="information" label=t("share-new-information-heading") label_is_heading=true hint=t("share-new-information-hint") value=typed("information", draft.information.clone()) error=problem("information")/>
                {(!items.is_empty()).then(|| view! {
                    <Checkboxes name="entries[]" legend=t("share-new-entries") hint=t("share-new-entries-hint") items=items checked=ticked error=problem("entries")/>
                })}
            }
            .into_any()
        }
        ShareQuestion::Purpose => view! {
            <Textarea name="purpose" label=t("share-new-purpose-heading") label_is_heading=true hint=t("share-new-purpose-hint") value=typed("purpose", draft.purpose.clone()) error=problem("purpose")/>
        }
        .into_any(),
        ShareQuestion::Basis => {
            let items = LawfulBasis::ALL
                .into_iter()
                .map(|basis| {
                    let (text, hint) = basis_words(basis);
                    RadioItem {
                        value: basis.key().to_owned(),
                        text: t(text),
                        hint: Some(t(hint)),
                    }
                })
                .collect();
            let kept = draft.basis.map(|b| b.key().to_owned());
            view! {
                <Radios name="basis" legend=t("share-new-basis-heading") legend_is_heading=true items=items checked=typed("basis", kept) error=problem("basis")/>
            }
            .into_any()
        }
        ShareQuestion::Grounds if draft.basis == Some(LawfulBasis::Consent) => {
            if found.consents.is_empty() {
                let basis = question_path(found.person.id, Some(ShareQuestion::Basis));
                return view! {
                    <h1 class="govuk-heading-l">{t("share-new-consent-heading")}</h1>
                    <p class="govuk-body">{t("share-new-no-consents")}</p>
                    <p class="govuk-body"><a class="govuk-link" href=basis>{t("share-new-choose-basis")}</a></p>
                }
                .into_any();
            }
            let items = found
                .consents
                .iter()
                .map(|c| RadioItem {
                    value: c.source_id.clone(),
                    text: c.purpose.clone(),
                    hint: Some(t_args(
                        "share-new-consent-hint",
                        [
                            ("status", t(consent_status(c.status)).into()),
                            ("recipients", c.recipients.clone().into()),
                        ],
                    )),
                })
                .collect();
            view! {
                <Radios name="consent" legend=t("share-new-consent-heading") legend_is_heading=true items=items checked=typed("consent", draft.consent.clone()) error=problem("consent")/>
            }
            .into_any()
        }
        ShareQuestion::Grounds => {
            let items = Authority::ALL
                .into_iter()
                .map(|law| RadioItem {
                    value: law.key().to_owned(),
                    text: t(labels::sharing_law(law)),
                    hint: None,
                })
                .collect();
            let kept = draft.authority.map(|a| a.key().to_owned());
            view! {
                <h1 class="govuk-heading-l">{t("share-new-grounds-heading")}</h1>
                <Radios name="authority" legend=t("share-new-authority") items=items checked=typed("authority", kept) error=problem("authority")/>
                <TextInput name="approved_by" label=t("share-new-approved-by") hint=t("share-new-approved-by-hint") value=typed("approved_by", draft.approved_by.clone()) error=problem("approved_by") autocomplete="off".to_owned()/>
            }
            .into_any()
        }
        ShareQuestion::Telling => {
            let (kept, reason, review) = match &draft.telling {
                Some(DraftTelling::Now) => (Some("now".to_owned()), None, None),
                Some(DraftTelling::NotYet { reason, review_on }) => {
                    (Some("not_yet".to_owned()), Some(reason.clone()), Some(*review_on))
                }
                None => (None, None, None),
            };
            let part = |field: &str, format: &str| {
                typed(field, review.map(|d| d.format(format).to_string())).unwrap_or_default()
            };
            let review_value = (part("review_day", "%-d"), part("review_month", "%-m"), part("review_year", "%Y"));
            let items = vec![
                RadioItem {
                    value: "now".to_owned(),
                    text: t("share-new-tell-now"),
                    hint: Some(t("share-new-tell-now-hint")),
                },
                RadioItem {
                    value: "not_yet".to_owned(),
                    text: t("share-new-tell-not-yet"),
                    hint: Some(t("share-new-tell-not-yet-hint")),
                },
            ];
            view! {
                <Radios name="tell" legend=t("share-new-telling-heading") legend_is_heading=true items=items checked=typed("tell", kept) error=problem("tell")/>
                <Textarea name="reason" label=t("share-new-reason") hint=t("share-new-reason-hint") value=typed("reason", reason) error=problem("reason")/>
                <DateInput prefix="review" legend=t("share-new-review") hint=t("share-new-review-hint") value=review_value error=problem("review-day")/>
            }
            .into_any()
        }
    }
}
