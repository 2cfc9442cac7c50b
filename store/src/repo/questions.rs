//! Questions about who looked ("Ask why someone looked"): each kept per person, the open ones
//! read by due date for the privacy officers, answered once.

use crate::StoreResult;
use async_trait::async_trait;
use candour_domain::person::PersonId;
use candour_domain::question::{Answer, NewQuestion, Question};

/// Reading questions.
#[async_trait]
pub trait QuestionReads: Send {
    /// A person's questions, newest first.
    async fn questions_for_person(&mut self, person: PersonId) -> StoreResult<Vec<Question>>;

    /// One question by its number, whoever asked it (for staff).
    async fn question(&mut self, id: i64) -> StoreResult<Option<Question>>;

    /// Questions not yet answered, earliest due first, at most `limit`.
    async fn open_questions(&mut self, limit: u32) -> StoreResult<Vec<Question>>;
}

/// Asking and answering.
#[async_trait]
pub trait QuestionWrites: Send {
    /// Keeps a new question; its number.
    async fn ask_question(&mut self, question: &NewQuestion) -> StoreResult<i64>;

    /// Answers question `id` if it has no answer yet; whether it did.
    async fn answer_question(&mut self, id: i64, answer: &Answer) -> StoreResult<bool>;
}
