//! The flat shape a person takes in a table row, shared by every backend so that the mapping
//! between domain types and columns is written once.

use crate::StoreError;
use candour_domain::person::{CaseStatus, Person, PersonDetails, PersonId};
use chrono::NaiveDate;

/// A person as columns.
#[derive(Clone, Debug)]
pub struct PersonRow {
    /// `people.id`.
    pub id: i64,
    /// `people.source_id`.
    pub source_id: String,
    /// `people.nhs_number`.
    pub nhs_number: Option<String>,
    /// `people.given_name`.
    pub given_name: String,
    /// `people.family_name`.
    pub family_name: String,
    /// `people.date_of_birth`.
    pub date_of_birth: NaiveDate,
    /// `people.preferred_locale`, a BCP 47 tag.
    pub preferred_locale: String,
    /// `people.communication_needs`, JSON.
    pub communication_needs: String,
    /// `people.closed_on`: `None` while the case is open.
    pub closed_on: Option<NaiveDate>,
    /// `people.retention_class`.
    pub retention_class: String,
    /// `people.allocated_worker`, JSON, or `None` when no one is allocated.
    pub allocated_worker: Option<String>,
}

impl PersonRow {
    /// The columns for a person not yet stored (`id` is left as 0; the database assigns it).
    pub fn from_details(details: &PersonDetails) -> Result<Self, StoreError> {
        if [
            &details.source_id,
            &details.given_name,
            &details.family_name,
        ]
        .iter()
        .any(|text| text.contains('\0'))
        {
            return Err(StoreError::Database(
                "text may not contain the NUL character".to_owned(),
            ));
        }
        Ok(PersonRow {
            id: 0,
            source_id: details.source_id.clone(),
            nhs_number: details.nhs_number.clone(),
            given_name: details.given_name.clone(),
            family_name: details.family_name.clone(),
            date_of_birth: details.date_of_birth,
            preferred_locale: details.preferred_locale.tag().to_owned(),
            communication_needs: serde_json::to_string(&details.communication)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?,
            closed_on: match details.case_status {
                CaseStatus::Open => None,
                CaseStatus::Closed { on } => Some(on),
            },
            retention_class: details.retention_class.clone(),
            allocated_worker: details
                .allocated_worker
                .as_ref()
                .map(serde_json::to_string)
                .transpose()
                .map_err(|e| StoreError::Corrupt(e.to_string()))?,
        })
    }

    /// Back to the domain type; fails if a stored value no longer parses.
    pub fn into_person(self) -> Result<Person, StoreError> {
        Ok(Person {
            id: PersonId(self.id),
            details: PersonDetails {
                source_id: self.source_id,
                nhs_number: self.nhs_number,
                given_name: self.given_name,
                family_name: self.family_name,
                date_of_birth: self.date_of_birth,
                preferred_locale: self
                    .preferred_locale
                    .parse()
                    .map_err(|e| StoreError::Corrupt(format!("people.preferred_locale: {e}")))?,
                communication: serde_json::from_str(&self.communication_needs)
                    .map_err(|e| StoreError::Corrupt(format!("people.communication_needs: {e}")))?,
                case_status: match self.closed_on {
                    None => CaseStatus::Open,
                    Some(on) => CaseStatus::Closed { on },
                },
                retention_class: self.retention_class,
                allocated_worker: self
                    .allocated_worker
                    .as_deref()
                    .map(serde_json::from_str)
                    .transpose()
                    .map_err(|e| StoreError::Corrupt(format!("people.allocated_worker: {e}")))?,
            },
        })
    }
}
