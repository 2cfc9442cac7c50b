//! One question of recording a share: the answers are read as typed and given to
//! `candour_services::share_recording::answer`; then the next question not yet answered, or
//! "check your answers" when every one is (so going back to change an answer returns there).

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]
#![expect(
    clippy::too_many_arguments,
    reason = "one argument per field of the share's question pages, as the form sends them"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Answers question `question` of the share being recorded for person number `person`.
#[server(endpoint = "staff/sharing/answer")]
pub async fn answer_share(
    person: String,
    question: String,
    organisation: Option<String>,
    role: Option<String>,
    information: Option<String>,
    entries: Option<Vec<String>>,
    purpose: Option<String>,
    basis: Option<String>,
    consent: Option<String>,
    authority: Option<String>,
    approved_by: Option<String>,
    tell: Option<String>,
    reason: Option<String>,
    review_day: Option<String>,
    review_month: Option<String>,
    review_year: Option<String>,
) -> Result<(), AppError> {
    use crate::forms::date_from_parts;
    use crate::pages::staff::share_new::question_path;
    use crate::{session, state::app_state};
    use candour_domain::person::PersonId;
    use candour_domain::sharing::draft::{ShareAnswers, ShareQuestion};
    use candour_domain::sharing::{Authority, LawfulBasis};

    let signed_in = session::signed_in().ok_or(AppError::SignInNeeded)?;
    let person = person
        .parse::<i64>()
        .map(PersonId)
        .map_err(|_| AppError::NotFound)?;
    let question = ShareQuestion::from_slug(&question).ok_or(AppError::NotFound)?;
    let tidy = |v: Option<String>| v.map(|s| s.trim().to_owned()).unwrap_or_default();
    let (day, month, year) = (tidy(review_day), tidy(review_month), tidy(review_year));
    let answers = ShareAnswers {
        organisation: tidy(organisation),
        role: tidy(role),
        information: tidy(information),
        entries: entries.unwrap_or_default(),
        purpose: tidy(purpose),
        basis: basis.as_deref().and_then(LawfulBasis::from_key),
        consent: tidy(consent),
        authority: authority.as_deref().and_then(Authority::from_key),
        approved_by: tidy(approved_by),
        tell: tidy(tell),
        reason: tidy(reason),
        review_on: date_from_parts(&day, &month, &year),
    };
    let typed: Vec<(String, String)> = [
        ("organisation", answers.organisation.clone()),
        ("role", answers.role.clone()),
        ("information", answers.information.clone()),
        ("purpose", answers.purpose.clone()),
        (
            "basis",
            answers
                .basis
                .map(|b| b.key().to_owned())
                .unwrap_or_default(),
        ),
        ("consent", answers.consent.clone()),
        (
            "authority",
            answers
                .authority
                .map(|a| a.key().to_owned())
                .unwrap_or_default(),
        ),
        ("approved_by", answers.approved_by.clone()),
        ("tell", answers.tell.clone()),
        ("reason", answers.reason.clone()),
        ("review_day", day),
        ("review_month", month),
        ("review_year", year),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .chain(
        answers
            .entries
            .iter()
            .map(|e| ("entries".to_owned(), e.clone())),
    )
    .collect();
    let draft = candour_services::share_recording::answer(
        &app_state().services,
        &signed_in.caller(),
        person,
        question,
        answers,
    )
    .await
    .map_err(|e| AppError::keeping(e, typed))?;
    leptos_axum::redirect(&question_path(person, draft.next_question()));
    Ok(())
}
