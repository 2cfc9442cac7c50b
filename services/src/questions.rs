//! "Ask why someone looked": from a line of "Who looked at your record", the person (or a
//! delegate with the "see sharing and access" scope) asks in their own words why that member of
//! staff looked; the question reaches the privacy officers' queue (`/staff/questions`) with its
//! own reference and a one-month due date on the statutory clock
//! (`candour_domain::question`); the answer is shown to the person beside the look, in their
//! messages, and by email (saying only that there is news) if they chose email for news.
//!
//! Who may: ask and read, the person and a delegate with the scope (anyone else, or a look that
//! is not one of this person's staff looks, answers "not found"); answer, privacy officers
//! (`StaffAction::InvestigateAccess`). Each action is one transaction with its audit event; an
//! answer also tells the person in the same transaction.
//!
//! Decisions, written down:
//! - The queue shows the question and the look it is about (who, what, when, the reason given)
//!   with the person's name and case reference, so the officer can find out; opening it is on
//!   the audit log as a privacy officer's reading, not as a look at the record.
//! - A blank or over-long question or answer is refused with its reason and nothing is kept.
//! - An answer is given once; a second press (or a second officer) gets "already answered".

use crate::access_log::{StaffView, look};
use crate::tell;
use crate::{Caller, ServiceError, ServiceResult, Services, audit, authorise};
use candour_domain::access::StaffAction;
use candour_domain::audit::AuditAction;
use candour_domain::deadline::Calendar;
use candour_domain::person::{Person, PersonId};
use candour_domain::question::{self, Answer, NewQuestion, Question, WordsProblem};

/// The most open questions the queue lists.
pub const QUEUE_SIZE: u32 = 200;

/// The form field of a question's or an answer's words.
pub const WORDS: &str = "words";

/// The message id for a problem with the words.
fn problem(asking: bool, problem: WordsProblem) -> ServiceError {
    let key = match (asking, problem) {
        (true, WordsProblem::Blank) => "error-question-blank",
        (true, WordsProblem::TooLong) => "error-question-too-long",
        (false, WordsProblem::Blank) => "error-answer-blank",
        (false, WordsProblem::TooLong) => "error-answer-too-long",
    };
    ServiceError::invalid(WORDS, key)
}

/// The look numbered `seq` in `person`'s "who looked", for the question page.
pub async fn look_to_ask_about(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    seq: i64,
) -> ServiceResult<StaffView> {
    let object = format!("look:{seq}");
    let delegate_reading = authorise::sharing_and_access(services, caller, person, &object).await?;
    let mut tx = services.begin().await?;
    let Some(found) = look(services, tx.as_mut(), person, seq).await? else {
        drop(tx);
        return Err(audit::refused(services, caller, AuditAction::OpenedPage, None, object).await);
    };
    if let Some(event) = delegate_reading {
        tx.append(event).await?;
    }
    crate::commit(services, tx).await?;
    Ok(found)
}

/// Asks why the member of staff of look `seq` looked at `person`'s information.
pub async fn ask(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    seq: i64,
    words: &str,
) -> ServiceResult<Question> {
    let object = format!("look:{seq}");
    authorise::sharing_and_access(services, caller, person, &object).await?;
    let words = question::words(words).map_err(|p| problem(true, p))?;
    let mut tx = services.begin().await?;
    if look(services, tx.as_mut(), person, seq).await?.is_none() {
        drop(tx);
        return Err(
            audit::refused(services, caller, AuditAction::AskedWhyLooked, None, object).await,
        );
    }
    let asked_on = services.today();
    let asked = NewQuestion {
        person,
        look: seq,
        words,
        asked_on,
        due_on: question::due_on(asked_on, services.settings().nation, Calendar::bundled()),
    };
    let id = tx.ask_question(&asked).await?;
    let reference = question::reference(id);
    tx.append(audit::event(
        services,
        caller,
        AuditAction::AskedWhyLooked,
        Some(person),
        &reference,
    ))
    .await?;
    crate::commit(services, tx).await?;
    Ok(Question {
        id,
        asked,
        answer: None,
    })
}

/// `person`'s questions, newest first.
pub async fn questions(
    services: &Services,
    caller: &Caller,
    person: PersonId,
) -> ServiceResult<Vec<Question>> {
    let delegate_reading =
        authorise::sharing_and_access(services, caller, person, "questions").await?;
    let mut tx = services.begin().await?;
    let found = tx.questions_for_person(person).await?;
    if let Some(event) = delegate_reading {
        tx.append(event).await?;
    }
    crate::commit(services, tx).await?;
    Ok(found)
}

/// A question in the privacy officers' queue, with whose it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueuedQuestion {
    /// The question.
    pub question: Question,
    /// Whose information was looked at.
    pub person: Person,
}

/// The open questions, earliest due first. The list shows people's names and the start of
/// their words, so each read of it is put on the audit log in the same transaction: who, when,
/// and the questions it listed (as the accuracy list is, `crate::records::due_for_check`; for a
/// data-protection officer's investigation, not on each person's list of who looked, because
/// no record was opened).
pub async fn queue(services: &Services, caller: &Caller) -> ServiceResult<Vec<QueuedQuestion>> {
    let object = "questions";
    authorise::staff(
        services,
        caller,
        StaffAction::InvestigateAccess,
        AuditAction::OpenedPage,
        object,
    )
    .await?;
    let mut tx = services.begin().await?;
    let mut queued = Vec::new();
    for question in tx.open_questions(QUEUE_SIZE).await? {
        if let Some(person) = tx.person(question.asked.person).await? {
            queued.push(QueuedQuestion { question, person });
        }
    }
    let listed = queued.iter().map(|q| q.question.reference());
    tx.append(audit::list_read(services, caller, object, listed))
        .await?;
    crate::commit(services, tx).await?;
    Ok(queued)
}

/// One question for a privacy officer: whose, the look it is about, and the question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionInFull {
    /// The question, with whose it is.
    pub queued: QueuedQuestion,
    /// The look it is about.
    pub look: StaffView,
}

/// Question `id`, for a privacy officer.
pub async fn question_in_full(
    services: &Services,
    caller: &Caller,
    id: i64,
) -> ServiceResult<QuestionInFull> {
    let object = question::reference(id);
    authorise::staff(
        services,
        caller,
        StaffAction::InvestigateAccess,
        AuditAction::OpenedPage,
        &object,
    )
    .await?;
    let mut tx = services.begin().await?;
    let Some(question) = tx.question(id).await? else {
        return Err(ServiceError::NotFound);
    };
    let person = question.asked.person;
    let (Some(found), Some(seen)) = (
        tx.person(person).await?,
        look(services, tx.as_mut(), person, question.asked.look).await?,
    ) else {
        return Err(ServiceError::NotFound);
    };
    tx.append(audit::event(
        services,
        caller,
        AuditAction::OpenedPage,
        Some(person),
        &object,
    ))
    .await?;
    crate::commit(services, tx).await?;
    Ok(QuestionInFull {
        queued: QueuedQuestion {
            question,
            person: found,
        },
        look: seen,
    })
}

/// Answers question `id`, and tells the person.
pub async fn answer(
    services: &Services,
    caller: &Caller,
    id: i64,
    words: &str,
) -> ServiceResult<Question> {
    let object = question::reference(id);
    authorise::staff(
        services,
        caller,
        StaffAction::InvestigateAccess,
        AuditAction::AnsweredQuestion,
        &object,
    )
    .await?;
    let words = question::words(words).map_err(|p| problem(false, p))?;
    let mut tx = services.begin().await?;
    let Some(mut found) = tx.question(id).await? else {
        return Err(ServiceError::NotFound);
    };
    let given = Answer {
        words,
        on: services.today(),
    };
    if !tx.answer_question(id, &given).await? {
        return Err(ServiceError::invalid(WORDS, "error-answer-already-given"));
    }
    let person = found.asked.person;
    tx.append(audit::event(
        services,
        caller,
        AuditAction::AnsweredQuestion,
        Some(person),
        &object,
    ))
    .await?;
    let args = serde_json::json!({ "reference": object }).to_string();
    tell::person(
        services,
        tx.as_mut(),
        person,
        "question-answered",
        &args,
        "/access-log",
    )
    .await?;
    crate::commit(services, tx).await?;
    found.answer = Some(given);
    Ok(found)
}
