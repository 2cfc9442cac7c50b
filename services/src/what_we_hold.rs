//! "What we hold about you" (`/what-we-hold` and its printable PDF): for one person, what UK GDPR
//! Art 15(1)(a)–(h) says they are entitled to know besides the information itself, built from
//! the council's settings and their own data:
//! - (a) why the council uses it: its own uses, each on its real lawful basis
//!   (`candour_domain::consent::COUNCIL_USES`), and every consent in force with its purpose;
//! - (b) what kinds of information: their details and each kind of record entry they are shown,
//!   with how many ([`RecordPart`]);
//! - (c) who it may go to (the recipients each consent in force names, and the organisations the
//!   council's own uses involve) and who it has gone to (the shares they were told of);
//! - (d) how long it is kept: their record's retention class in the council's schedule
//!   (`candour_domain::retention`), with the day it will be reviewed once the case has closed;
//! - (e)–(f) their rights and how to complain (words on the page, linking to the working
//!   journeys);
//! - (g) where it came from: the teams that wrote their entries;
//! - (h) decisions made by computer alone: none are made (Candour only shows and records).
//!
//! Who may: the person, and a delegate who may both read the record and see sharing and access
//! (`PersonAction::ReadRecord` and `PersonAction::SeeSharingAndAccess`): the page names kinds of
//! entries and who received information, so a delegate with only one of the two scopes gets
//! "not found", as anyone else does. A delegate's reading is recorded (the person sees what each
//! delegate did); the person's own is not. A share not yet told, and an entry withheld without
//! saying so, are left out without a word, as everywhere the person looks.

use crate::sharing::{ToldShare, told_in};
use crate::{Caller, ServiceResult, Services, authorise};
use candour_domain::access::PersonAction;
use candour_domain::audit::AuditAction;
use candour_domain::consent::{Consent, ConsentStatus};
use candour_domain::person::{Person, PersonId};
use candour_domain::retention::Keeping;
pub use candour_store::records::RecordPart;

/// The audit log's name for the page.
pub const OBJECT: &str = "what-we-hold";

/// Everything on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WhatWeHold {
    /// The person, as the case system holds them.
    pub person: Person,
    /// The parts of their record they are shown, by kind then team.
    pub parts: Vec<RecordPart>,
    /// The consents in force today, oldest first.
    pub consents: Vec<Consent>,
    /// The shares they were told of, newest first.
    pub shared: Vec<ToldShare>,
    /// How long their record is kept.
    pub keeping: Keeping,
}

/// What the council holds about `person`, and why.
pub async fn what_we_hold(
    services: &Services,
    caller: &Caller,
    person: PersonId,
) -> ServiceResult<WhatWeHold> {
    let delegate_reading = authorise::own_reading(
        services,
        caller,
        person,
        PersonAction::SeeSharingAndAccess,
        OBJECT,
    )
    .await?;
    authorise::for_own_pages(
        services,
        caller,
        person,
        PersonAction::ReadRecord,
        AuditAction::OpenedPage,
        OBJECT,
    )
    .await?;
    let mut tx = services.begin().await?;
    let Some(found) = tx.person(person).await? else {
        return Err(crate::ServiceError::NotFound);
    };
    let parts = tx.record_parts(person).await?;
    let today = services.today();
    let consents = tx
        .consents_on_record(person)
        .await?
        .into_iter()
        .map(|c| c.as_of(today))
        .filter(|c| c.status() == ConsentStatus::Given)
        .map(|c| c.consent)
        .collect();
    let shared = told_in(tx.as_mut(), person).await?;
    if let Some(event) = delegate_reading {
        tx.append(event).await?;
    }
    crate::commit(services, tx).await?;
    let keeping = services
        .settings()
        .retention
        .keeping(&found.details.retention_class, found.details.case_status);
    Ok(WhatWeHold {
        person: found,
        parts,
        consents,
        shared,
        keeping,
    })
}
