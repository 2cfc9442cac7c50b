//! Staff finding a person (`/staff/people`): by part of their name or their case reference,
//! narrowed by date of birth (the three things staff are given on the phone), to work on their
//! information.
//!
//! Who may: caseworkers and privacy officers (`StaffAction::FindPeople`); anyone else is
//! refused, on the audit log, and answered as not found. A search names no one in particular,
//! so it is not an access event on anyone's log; opening a person's information from the
//! results is, where that page records it.

use crate::{Caller, ServiceResult, Services, authorise};
use candour_domain::access::StaffAction;
use candour_domain::audit::AuditAction;
use candour_domain::person::Person;
use chrono::NaiveDate;

/// The most people a search lists (narrow it by date of birth when there are more).
pub const MOST_FOUND: u32 = 50;

/// The people whose name contains `words` or whose case reference is `words`, born on `born`
/// when given, by family name; nobody when nothing was asked.
pub async fn find(
    services: &Services,
    caller: &Caller,
    words: &str,
    born: Option<NaiveDate>,
) -> ServiceResult<Vec<Person>> {
    authorise::staff(
        services,
        caller,
        StaffAction::FindPeople,
        AuditAction::OpenedPage,
        "people",
    )
    .await?;
    if words.trim().is_empty() && born.is_none() {
        return Ok(Vec::new());
    }
    Ok(services
        .reads()
        .find_people(words, born, MOST_FOUND)
        .await?)
}
