//! Closed-case access alerts (`candour_domain::closed_case`): a member of staff opening the
//! record of a person whose case closed [`ClosedCaseRule::days`] or more days ago is first asked
//! why; the reason goes on the audit log and an alert to the privacy officers
//! (`/staff/alerts`); an officer records an outcome with notes, and an outcome of "not
//! legitimate" opens a breach record and tells the person.
//!
//! Who may: give a reason, staff who may read the person's record (the same check as opening
//! it); see and decide alerts, privacy officers (`StaffAction::InvestigateAccess`); see their own
//! closed-case alerts, the person and a delegate with the "see sharing and access" scope. Anyone
//! else is refused, recorded, and answered "not found".
//!
//! Decisions, written down:
//! - **The gate is in the workflows**, not the pages: every way staff read a person's record
//!   (the summary, an entry, marking an entry checked, recording a share) passes [`gate`], which
//!   answers [`ServiceError::ReasonNeeded`] until a reason is given; pages turn that into the
//!   question page, and nothing of the record is read before.
//! - **The question page shows nothing of the person** but the day their case closed.
//! - **The person is told both times**: when someone gives a reason to open their closed case
//!   ("closed-case-opened", with the reason on their access log) and when an officer finds the
//!   reason was not good enough ("closed-case-breach", naming the breach record), each a message
//!   and, if they chose email, an email that says only that there is news. Staff views of a
//!   person's record are already theirs to see (`crate::access_log`); telling them that a closed
//!   case was opened adds no risk.
//! - **An outcome needs notes** (what the officer found, for the breach record's facts), and is
//!   recorded once; a second gets "already decided".

use crate::{Caller, ServiceError, ServiceResult, Services, audit, authorise, tell};
use candour_domain::access::{Role, StaffAction};
use candour_domain::audit::AuditAction;
use candour_domain::closed_case::{
    self, Alert, ClosedCaseRule, Finding, NewAlert, Outcome, WordsProblem,
};
use candour_domain::deadline::Calendar;
use candour_domain::person::{CaseStatus, Person, PersonId};
use chrono::NaiveDate;

/// The most alerts the officers' list shows.
pub const LIST_SIZE: u32 = 200;

/// The form field of a reason.
pub const REASON: &str = "reason";

/// The form field of an officer's finding.
pub const FINDING: &str = "finding";

/// The form field of an officer's notes.
pub const NOTES: &str = "notes";

/// Whether staff reading `person`'s record may go ahead: the case is open, closed for less than
/// the council's number of days, or this sign-in has given a reason. Read-only.
pub(crate) async fn gate(
    services: &Services,
    caller: &Caller,
    person: PersonId,
) -> ServiceResult<()> {
    let mut reads = services.reads();
    let Some(found) = reads.person(person).await? else {
        return Ok(());
    };
    if !services
        .settings()
        .closed_cases
        .needs_reason(found.details.case_status, services.today())
    {
        return Ok(());
    }
    match caller.session() {
        Some(session) if reads.reason_given(session, person).await? => Ok(()),
        _ => Err(ServiceError::ReasonNeeded { person }),
    }
}

/// What the question page may say: the day the case closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReasonAsked {
    /// The day the case closed.
    pub closed_on: NaiveDate,
    /// The council's number of days.
    pub days: u32,
}

/// Checks the caller is staff who may read `person`'s record and the case needs a reason now:
/// `None` when it does not (the page goes on to the record).
pub async fn asking(
    services: &Services,
    caller: &Caller,
    person: PersonId,
) -> ServiceResult<Option<ReasonAsked>> {
    let object = "closed-case-reason";
    crate::records::staff_only(services, caller, person, object).await?;
    let Some(found) = services.reads().person(person).await? else {
        return Err(crate::records::view_refused(services, caller, object).await);
    };
    let rule = services.settings().closed_cases;
    Ok(
        needing(rule, &found, services.today()).map(|closed_on| ReasonAsked {
            closed_on,
            days: rule.days,
        }),
    )
}

/// The day `person`'s case closed, if a reason is needed to open it today.
fn needing(rule: ClosedCaseRule, person: &Person, today: NaiveDate) -> Option<NaiveDate> {
    match person.details.case_status {
        CaseStatus::Closed { on } if rule.needs_reason(person.details.case_status, today) => {
            Some(on)
        }
        _ => None,
    }
}

/// The member of staff gives `reason` for opening `person`'s closed case: the alert, its audit
/// event (with the reason as its words) and the person's message, in one transaction. A reason
/// already given this sign-in is not asked again, so a second press changes nothing.
pub async fn give_reason(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    reason: &str,
) -> ServiceResult<()> {
    let object = "closed-case-reason";
    crate::records::staff_only(services, caller, person, object).await?;
    let reason = closed_case::words(reason).map_err(|p| {
        ServiceError::invalid(
            REASON,
            match p {
                WordsProblem::Blank => "error-closed-reason-blank",
                WordsProblem::TooLong => "error-closed-reason-too-long",
            },
        )
    })?;
    let (Some(account), Some(session)) = (caller.account(), caller.session()) else {
        return Err(ServiceError::NotFound);
    };
    let mut tx = services.begin().await?;
    let Some(found) = tx.person(person).await? else {
        drop(tx);
        return Err(crate::records::view_refused(services, caller, object).await);
    };
    let Some(closed_on) = needing(services.settings().closed_cases, &found, services.today())
    else {
        return Ok(());
    };
    if tx.reason_given(session, person).await? {
        return Ok(());
    }
    let id = tx
        .raise_alert(&NewAlert {
            person,
            account: account.0,
            session: session.to_owned(),
            closed_on,
            at: services.now(),
            raised_on: services.today(),
            reason: reason.clone(),
        })
        .await?;
    tx.append(audit::with_words(
        audit::event(
            services,
            caller,
            AuditAction::GaveClosedCaseReason,
            Some(person),
            closed_case::reference(id),
        ),
        None,
        Some(reason),
    ))
    .await?;
    tell::person(
        services,
        tx.as_mut(),
        person,
        "closed-case-opened",
        "{}",
        "/access-log",
    )
    .await?;
    crate::commit(services, tx).await
}

/// An alert with whose case it is and who opened it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlertInFull {
    /// The alert.
    pub alert: Alert,
    /// Whose case.
    pub person: Person,
    /// The member of staff's name.
    pub staff_name: String,
    /// Their roles.
    pub staff_roles: Vec<Role>,
    /// The officer's name, once decided.
    pub decided_by: Option<String>,
    /// Whether it has waited too long for an outcome.
    pub flagged: bool,
    /// What they opened after giving the reason, oldest first (read for one alert only; empty
    /// in the list).
    pub opened: Vec<crate::access_log::StaffView>,
}

/// Fills in an alert for the officers.
async fn in_full(
    services: &Services,
    reads: &mut dyn candour_store::Reads,
    alert: Alert,
) -> ServiceResult<Option<AlertInFull>> {
    let Some(person) = reads.person(alert.raised.person).await? else {
        return Ok(None);
    };
    let staff = reads
        .account(candour_domain::access::AccountId(alert.raised.account))
        .await?;
    let decided_by = match &alert.outcome {
        Some(outcome) => reads
            .account(candour_domain::access::AccountId(outcome.by))
            .await?
            .map(|a| a.details.display_name),
        None => None,
    };
    let flagged = alert.flagged(
        services.today(),
        services.settings().nation,
        Calendar::bundled(),
    );
    Ok(Some(AlertInFull {
        alert,
        person,
        staff_name: staff
            .as_ref()
            .map(|a| a.details.display_name.clone())
            .unwrap_or_default(),
        staff_roles: staff
            .map(|a| a.details.roles.into_iter().collect())
            .unwrap_or_default(),
        decided_by,
        flagged,
        opened: Vec::new(),
    }))
}

/// The officers' list: alerts waiting for an outcome (oldest first, the flagged marked), then
/// those decided. Reading it is on the audit log.
pub async fn alerts(services: &Services, caller: &Caller) -> ServiceResult<Vec<AlertInFull>> {
    authorise::staff(
        services,
        caller,
        StaffAction::InvestigateAccess,
        AuditAction::OpenedPage,
        "alerts",
    )
    .await?;
    let mut tx = services.begin().await?;
    let mut listed = Vec::new();
    for alert in tx.alerts(LIST_SIZE).await? {
        if let Some(full) = in_full(services, tx.as_mut(), alert).await? {
            listed.push(full);
        }
    }
    tx.append(audit::event(
        services,
        caller,
        AuditAction::OpenedPage,
        None,
        "alerts",
    ))
    .await?;
    crate::commit(services, tx).await?;
    Ok(listed)
}

/// Alert `id`, for a privacy officer; opening it is on the audit log.
pub async fn alert(services: &Services, caller: &Caller, id: i64) -> ServiceResult<AlertInFull> {
    let object = closed_case::reference(id);
    authorise::staff(
        services,
        caller,
        StaffAction::InvestigateAccess,
        AuditAction::OpenedPage,
        &object,
    )
    .await?;
    let mut tx = services.begin().await?;
    let Some(found) = tx.alert(id).await? else {
        return Err(ServiceError::NotFound);
    };
    let Some(mut full) = in_full(services, tx.as_mut(), found).await? else {
        return Err(ServiceError::NotFound);
    };
    let raised = &full.alert.raised;
    full.opened = crate::access_log::looks_by(
        services,
        tx.as_mut(),
        raised.person,
        raised.account,
        raised.at,
    )
    .await?;
    tx.append(audit::event(
        services,
        caller,
        AuditAction::OpenedPage,
        Some(full.alert.raised.person),
        &object,
    ))
    .await?;
    crate::commit(services, tx).await?;
    Ok(full)
}

/// A privacy officer records the outcome of alert `id` (`finding` a [`Finding`] key) with
/// `notes`; "not legitimate" opens a breach record and tells the person. The breach record's
/// reference, when one was opened.
pub async fn decide(
    services: &Services,
    caller: &Caller,
    id: i64,
    finding: &str,
    notes: &str,
) -> ServiceResult<Option<String>> {
    let object = closed_case::reference(id);
    authorise::staff(
        services,
        caller,
        StaffAction::InvestigateAccess,
        AuditAction::DecidedAlert,
        &object,
    )
    .await?;
    let mut problems = crate::error::Problems::default();
    let finding = Finding::from_key(finding);
    if finding.is_none() {
        problems.add(FINDING, "error-alert-finding");
    }
    let notes = match closed_case::words(notes) {
        Ok(notes) => Some(notes),
        Err(WordsProblem::Blank) => {
            problems.add(NOTES, "error-alert-notes-blank");
            None
        }
        Err(WordsProblem::TooLong) => {
            problems.add(NOTES, "error-alert-notes-too-long");
            None
        }
    };
    problems.check()?;
    let (Some(finding), Some(notes), Some(by)) = (finding, notes, caller.account()) else {
        return Err(ServiceError::NotFound);
    };
    let mut tx = services.begin().await?;
    let Some(found) = tx.alert(id).await? else {
        return Err(ServiceError::NotFound);
    };
    let outcome = Outcome {
        finding,
        notes,
        by: by.0,
        on: services.today(),
        breach: None,
    };
    let Some(breach) = tx.decide_alert(id, &outcome).await? else {
        return Err(ServiceError::invalid(
            FINDING,
            "error-alert-already-decided",
        ));
    };
    let person = found.raised.person;
    tx.append(audit::event(
        services,
        caller,
        AuditAction::DecidedAlert,
        Some(person),
        format!("{object}:{}", finding.key()),
    ))
    .await?;
    let breach = breach.map(closed_case::breach_reference);
    if let Some(reference) = &breach {
        let args = serde_json::json!({ "reference": reference }).to_string();
        tell::person(
            services,
            tx.as_mut(),
            person,
            "closed-case-breach",
            &args,
            "/access-log",
        )
        .await?;
    }
    crate::commit(services, tx).await?;
    Ok(breach)
}

/// A time someone opened the person's closed case, as the person sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClosedCaseOpening {
    /// When (unix seconds).
    pub at: i64,
    /// The member of staff's role.
    pub role: Option<Role>,
    /// Their name, when the council shows names.
    pub name: Option<String>,
    /// The reason they gave.
    pub reason: String,
    /// What the privacy officers found, once they have.
    pub finding: Option<Finding>,
    /// The breach record's reference, when they found no good reason.
    pub breach: Option<String>,
}

/// The times staff opened `person`'s closed case, newest first, with what the privacy officers
/// found.
pub async fn openings(
    services: &Services,
    caller: &Caller,
    person: PersonId,
) -> ServiceResult<Vec<ClosedCaseOpening>> {
    let delegate_reading =
        authorise::sharing_and_access(services, caller, person, "closed-case-openings").await?;
    let mut tx = services.begin().await?;
    let mut openings = Vec::new();
    for alert in tx.alerts_for_person(person).await? {
        let staff = tx
            .account(candour_domain::access::AccountId(alert.raised.account))
            .await?;
        openings.push(ClosedCaseOpening {
            at: alert.raised.at,
            role: staff
                .as_ref()
                .and_then(|a| a.details.roles.iter().next().copied()),
            name: staff
                .filter(|_| services.settings().access_log_names)
                .map(|a| a.details.display_name),
            reason: alert.raised.reason,
            finding: alert.outcome.as_ref().map(|o| o.finding),
            breach: alert
                .outcome
                .and_then(|o| o.breach)
                .map(closed_case::breach_reference),
        });
    }
    if let Some(event) = delegate_reading {
        tx.append(event).await?;
    }
    crate::commit(services, tx).await?;
    Ok(openings)
}
