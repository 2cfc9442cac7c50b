//! People, as mirrored from the case system.

use crate::StoreResult;
use async_trait::async_trait;
use candour_domain::person::{Person, PersonDetails, PersonId};

/// Looking people up.
#[async_trait]
pub trait PeopleReads: Send {
    /// How many people the portal holds.
    async fn count_people(&mut self) -> StoreResult<u64>;

    /// One person, or `None` if there is no such id.
    async fn person(&mut self, id: PersonId) -> StoreResult<Option<Person>>;

    /// One person by the case system's id.
    async fn person_by_source_id(&mut self, source_id: &str) -> StoreResult<Option<Person>>;

    /// People in id order after `after` (keyset pagination, fast at any depth).
    async fn people_after(
        &mut self,
        after: Option<PersonId>,
        limit: u32,
    ) -> StoreResult<Vec<Person>>;

    /// The person with this NHS number, if any.
    async fn person_by_nhs_number(&mut self, nhs_number: &str) -> StoreResult<Option<Person>>;

    /// Up to `limit` people whose name contains `words` or whose case-system id is `words`
    /// (any case), born on `born` when given, by family name.
    async fn find_people(
        &mut self,
        words: &str,
        born: Option<chrono::NaiveDate>,
        limit: u32,
    ) -> StoreResult<Vec<Person>>;
}

/// Adding people.
#[async_trait]
pub trait PeopleWrites: Send {
    /// Adds people, skipping any whose case-system id is already present, as held by
    /// `organisation` (whose case system may then send their shares, consents and access
    /// events). Returns how many were added. All or nothing: if one cannot be written, none are.
    async fn insert_people(
        &mut self,
        people: &[PersonDetails],
        organisation: Option<&str>,
    ) -> StoreResult<u64>;
}
