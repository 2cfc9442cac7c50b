//! Staff record in Candour that they shared some of a person's information
//! (`/staff/people/{person}/sharing/new`), question by question
//! (`candour_domain::sharing::draft`), then check and confirm. The answers so far are kept on
//! the server for the member of staff's session and that person, so they survive going back,
//! mistakes and a browser without JavaScript.
//!
//! Who may: caseworkers and privacy officers (the access policy, `PersonAction::RecordOnBehalf`:
//! "record a disclosure"); anyone else, and a person who does not exist, get "not found", and
//! the refusal is on the audit log.
//!
//! Decisions, written down:
//! - UK GDPR Art 7(3): from the moment a consent is withdrawn nothing more may be shared on it.
//!   Choosing a consent that is not in force today (withdrawn, refused, or ended) is refused
//!   with a message saying so, and the refusal is on the audit log against the person, as the
//!   ingestion API's refusal is; confirming checks it again in the transaction that stores the
//!   share, in case it was withdrawn in between.
//! - The entries offered are the person's 500 newest that they are shown; an entry withheld
//!   without saying so is never named to the person, so a share of it is described in words.
//! - The share is stored with an id of Candour's own (`candour-…`), so it can never replace a
//!   share the case system sent.
//! - Told now: the person is told at once in the portal and, if they chose email for news, by
//!   an email that says only that there is news (`crate::tell`). Not yet: nothing reaches them,
//!   and staff see it among the shares not yet told with its review date.
//! - Answering a question is not an action on the person's information (nothing is shared or
//!   shown), so it is not on the log; the share itself is (`RecordedShare`), in the same
//!   transaction that stores it.

use crate::{Caller, ServiceError, ServiceResult, Services, audit, authorise};
use candour_domain::access::PersonAction;
use candour_domain::audit::AuditAction;
use candour_domain::consent::{ConsentOnRecord, ConsentStatus};
use candour_domain::person::{Person, PersonId};
use candour_domain::sharing::Sharing;
use candour_domain::sharing::draft::{ShareAnswers, ShareDraft, ShareQuestion};
use candour_store::Transaction;

/// The most entries offered to choose from.
const MOST_ENTRIES: u32 = 500;

/// A consent a share may name, as staff choose it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentChoice {
    /// The case system's reference.
    pub source_id: String,
    /// What it lets the council do.
    pub purpose: String,
    /// Who with.
    pub recipients: String,
    /// Where it stands today.
    pub status: ConsentStatus,
}

/// What the question pages show: whose share it is, the answers so far, the entries that may
/// be named and the person's consents.
#[derive(Clone, Debug)]
pub struct Recording {
    /// The person.
    pub person: Person,
    /// The answers so far.
    pub draft: ShareDraft,
    /// The entries that may be named: the case system's id and the title.
    pub entries: Vec<(String, String)>,
    /// The person's consents.
    pub consents: Vec<ConsentChoice>,
}

/// A share just recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedShare {
    /// Its number.
    pub id: i64,
    /// The share.
    pub sharing: Sharing,
}

/// The caller's session, once they may record a share for `person` (checked before any
/// transaction opens: a refusal is written in a transaction of its own).
async fn authorised<'c>(
    services: &Services,
    caller: &'c Caller,
    person: PersonId,
) -> ServiceResult<&'c str> {
    authorise::for_person(
        services,
        caller,
        person,
        PersonAction::RecordOnBehalf,
        AuditAction::RecordedShare,
        "share",
    )
    .await?;
    crate::closed_cases::gate(services, caller, person).await?;
    caller.session().ok_or(ServiceError::NotFound)
}

/// The person, who must exist.
async fn person_in(tx: &mut dyn Transaction, person: PersonId) -> ServiceResult<Person> {
    tx.person(person).await?.ok_or(ServiceError::NotFound)
}

/// The answers kept for this session and person (none yet: empty).
async fn draft_in(
    tx: &mut dyn Transaction,
    session: &str,
    person: PersonId,
) -> ServiceResult<ShareDraft> {
    Ok(tx
        .share_draft(session, person)
        .await?
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default())
}

/// The person's consents, as they stand today.
async fn consents_in(
    services: &Services,
    tx: &mut dyn Transaction,
    person: PersonId,
) -> ServiceResult<Vec<ConsentOnRecord>> {
    Ok(tx
        .consents_on_record(person)
        .await?
        .into_iter()
        .map(|c| c.as_of(services.today()))
        .collect())
}

/// Everything the question pages and the check page show for `person`.
pub async fn recording(
    services: &Services,
    caller: &Caller,
    person: PersonId,
) -> ServiceResult<Recording> {
    let session = authorised(services, caller, person).await?;
    let mut tx = services.begin().await?;
    let found = person_in(tx.as_mut(), person).await?;
    let draft = draft_in(tx.as_mut(), session, person).await?;
    let (entries, _) = tx
        .entries_for_person(person, None, None, 0, MOST_ENTRIES)
        .await?;
    let consents = consents_in(services, tx.as_mut(), person)
        .await?
        .into_iter()
        .map(|c| ConsentChoice {
            status: c.status(),
            source_id: c.consent.source_id,
            purpose: c.consent.purpose,
            recipients: c.consent.recipients,
        })
        .collect();
    Ok(Recording {
        person: found,
        draft,
        entries: entries
            .into_iter()
            .map(|e| (e.details.source_id, e.details.title))
            .collect(),
        consents,
    })
}

/// Takes the answers to one question and keeps them; the draft as it now stands.
pub async fn answer(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    question: ShareQuestion,
    answers: ShareAnswers,
) -> ServiceResult<ShareDraft> {
    let session = authorised(services, caller, person).await?;
    let mut tx = services.begin().await?;
    person_in(tx.as_mut(), person).await?;
    let mut draft = draft_in(tx.as_mut(), session, person).await?;
    match question {
        ShareQuestion::Information => {
            let (held, _) = tx
                .entries_for_person(person, None, None, 0, MOST_ENTRIES)
                .await?;
            let unknown = answers
                .entries
                .iter()
                .any(|wanted| !held.iter().any(|e| &e.details.source_id == wanted));
            if unknown {
                return Err(ServiceError::invalid(
                    "entries",
                    "error-share-entry-unknown",
                ));
            }
        }
        ShareQuestion::Grounds if !answers.consent.is_empty() => {
            let consents = consents_in(services, tx.as_mut(), person).await?;
            drop(tx);
            consent_in_force(services, caller, person, &consents, &answers.consent).await?;
            tx = services.begin().await?;
        }
        _ => {}
    }
    draft
        .answer(question, answers, services.today())
        .map_err(|problems| {
            ServiceError::Invalid(
                problems
                    .into_iter()
                    .map(|p| crate::error::FieldProblem {
                        field: p.field().to_owned(),
                        message: p.message().to_owned(),
                    })
                    .collect(),
            )
        })?;
    let text = serde_json::to_string(&draft).map_err(|e| ServiceError::Failed(e.to_string()))?;
    tx.save_share_draft(session, person, &text, services.now())
        .await?;
    crate::commit(services, tx).await?;
    Ok(draft)
}

/// `Ok` when `named` is one of `consents` and in force today; otherwise the problem, with a
/// consent that has stopped (UK GDPR Art 7(3)) refused on the audit log against the person.
async fn consent_in_force(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    consents: &[ConsentOnRecord],
    named: &str,
) -> ServiceResult<()> {
    match consents.iter().find(|c| c.consent.source_id == named) {
        None => Err(ServiceError::invalid(
            "consent",
            "error-share-consent-unknown",
        )),
        Some(consent) if consent.in_force_on(services.today()) => Ok(()),
        Some(_) => {
            audit::refused(
                services,
                caller,
                AuditAction::RecordedShare,
                Some(person),
                format!("consent:{named}"),
            )
            .await;
            Err(ServiceError::invalid(
                "consent",
                "error-share-consent-not-in-force",
            ))
        }
    }
}

/// Records the share the answers make, shared today: stored, the answers forgotten, the
/// person told (when told now) and the event on the log, all at once.
pub async fn record(
    services: &Services,
    caller: &Caller,
    person: PersonId,
) -> ServiceResult<RecordedShare> {
    let session = authorised(services, caller, person).await?;
    let mut tx = services.begin().await?;
    person_in(tx.as_mut(), person).await?;
    let draft = draft_in(tx.as_mut(), session, person).await?;
    let source_id = format!("candour-{}", crate::sessions::random_token(12));
    let sharing = draft
        .sharing(source_id, services.today())
        .map_err(|question| ServiceError::invalid(question.slug(), "error-share-unanswered"))?;
    if let Some(named) = &sharing.consent {
        let consents = consents_in(services, tx.as_mut(), person).await?;
        let today = services.today();
        if !consents
            .iter()
            .any(|c| &c.consent.source_id == named && c.in_force_on(today))
        {
            // Withdrawn since it was chosen: refused as choosing it now would be.
            drop(tx);
            consent_in_force(services, caller, person, &consents, named).await?;
            return Err(ServiceError::invalid(
                "consent",
                "error-share-consent-not-in-force",
            ));
        }
    }
    tx.save_sharing(person, &sharing, services.now()).await?;
    let id = tx
        .shares_with_ids(person)
        .await?
        .into_iter()
        .find(|(_, s)| s.source_id == sharing.source_id)
        .map(|(id, _)| id)
        .ok_or_else(|| ServiceError::Failed("the share just stored is missing".to_owned()))?;
    tx.clear_share_draft(session, person).await?;
    tx.append(audit::event(
        services,
        caller,
        AuditAction::RecordedShare,
        Some(person),
        format!("share:{id}"),
    ))
    .await?;
    if sharing.shown_to_person() {
        let args =
            serde_json::json!({ "organisation": sharing.recipient_organisation }).to_string();
        crate::tell::person(
            services,
            tx.as_mut(),
            person,
            "share-told",
            &args,
            "/sharing",
        )
        .await?;
    }
    crate::commit(services, tx).await?;
    Ok(RecordedShare { id, sharing })
}

/// A share of `person`'s information as staff see it after recording it (every share, told or
/// not yet), by its number.
pub async fn recorded(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    id: i64,
) -> ServiceResult<(Person, RecordedShare)> {
    authorised(services, caller, person).await?;
    let mut tx = services.begin().await?;
    let found = person_in(tx.as_mut(), person).await?;
    let share = tx
        .shares_with_ids(person)
        .await?
        .into_iter()
        .find(|(share, _)| *share == id)
        .map(|(id, sharing)| RecordedShare { id, sharing })
        .ok_or(ServiceError::NotFound)?;
    Ok((found, share))
}
