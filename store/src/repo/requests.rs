//! Rights requests, their events, statements of disagreement, and the answers of a request
//! still being made.

use crate::StoreResult;
use crate::queue::{QueuePage, QueueQuery};
use async_trait::async_trait;
use candour_domain::access::AccountId;
use candour_domain::person::PersonId;
use candour_domain::rectification::Disagreement;
use candour_domain::rights::{NewRequest, RequestEvent, RequestId, RightsRequest};
use chrono::NaiveDate;

/// Looking requests up.
#[async_trait]
pub trait RequestReads: Send {
    /// One of a person's requests with its events (scoped by the person: another's is `None`).
    async fn request_of(
        &mut self,
        person: PersonId,
        id: RequestId,
    ) -> StoreResult<Option<RightsRequest>>;

    /// One request with its events, whoever it is for: for staff working the queue.
    async fn request(&mut self, id: RequestId) -> StoreResult<Option<RightsRequest>>;

    /// A person's requests, newest first, with their events.
    async fn requests_for_person(&mut self, person: PersonId) -> StoreResult<Vec<RightsRequest>>;

    /// Every request not yet completed or refused, with its events.
    async fn open_requests(&mut self) -> StoreResult<Vec<RightsRequest>>;

    /// One page of open requests matching `query`, soonest due first: `limit` of them after the
    /// first `offset`, and how many match in all.
    async fn request_queue(
        &mut self,
        query: &QueueQuery,
        offset: u64,
        limit: u32,
    ) -> StoreResult<QueuePage>;

    /// A person's statements of disagreement, oldest request first.
    async fn disagreements_for_person(
        &mut self,
        person: PersonId,
    ) -> StoreResult<Vec<Disagreement>>;

    /// The answers saved in this session, if any.
    async fn draft(&mut self, session_hash: &str) -> StoreResult<Option<String>>;
}

/// Making and working requests.
#[async_trait]
pub trait RequestWrites: Send {
    /// Records a new rights request due on `due` (see [`crate::queue`]).
    async fn create_request(
        &mut self,
        request: &NewRequest,
        due: Option<NaiveDate>,
        now: i64,
    ) -> StoreResult<RequestId>;

    /// Stores each open request's due date again (when the clock's rules or the council's
    /// nation change), writing only those that differ; returns how many changed. Closed
    /// requests in `dues` are left as they are.
    async fn set_due_dates(&mut self, dues: &[(RequestId, Option<NaiveDate>)]) -> StoreResult<u64>;

    /// Adds an event, storing `due` as the request's due date once it is recorded; completing or
    /// refusing closes the request.
    async fn add_request_event(
        &mut self,
        id: RequestId,
        event: &RequestEvent,
        due: Option<NaiveDate>,
        now: i64,
    ) -> StoreResult<()>;

    /// Adds the person's statement of disagreement to a refused correction, or replaces the one
    /// it has.
    async fn save_disagreement(
        &mut self,
        person: PersonId,
        disagreement: &Disagreement,
        by: AccountId,
        now: i64,
    ) -> StoreResult<()>;

    /// Gives an open request to a member of staff, or to no one; false if it is closed or
    /// missing.
    async fn assign_request(&mut self, id: RequestId, to: Option<AccountId>) -> StoreResult<bool>;

    /// Saves the answers of a request being made in this session.
    async fn save_draft(&mut self, session_hash: &str, answers: &str, now: i64) -> StoreResult<()>;

    /// Forgets the answers (after sending, or when starting again).
    async fn clear_draft(&mut self, session_hash: &str) -> StoreResult<()>;
}
