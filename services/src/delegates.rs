//! People who act for someone: the person invites someone they trust (a one-time code, handed
//! over or emailed), staff register an attorney or deputy after checking the document (Mental
//! Capacity Act 2005 s.9, s.16), the invited person types the code, and the person ends a
//! delegation at once. The person is told whenever a delegate is registered or starts, and sees
//! what each did (their actions are on the audit log with the person they acted for).
//!
//! An attorney or deputy registered by staff works only once a second member of staff has
//! approved the registration (nobody approves their own): until then the code is refused with
//! a plain reason, and its 14 days count from the approval. The person is told when the
//! registration is made and again when it is approved. A registration that should not be
//! approved is ended by the person, or stays waiting and never works.
//!
//! The code alone does nothing: it has to be typed by someone signed in, works once, and only
//! for `INVITATION_DAYS` days; only its hash is stored. The invitation email holds the code and
//! never names the person who invited them (an address typed wrongly must not tell a stranger
//! who uses adult social care: UK GDPR Art 5(1)(f)).

use crate::error::Problems;
use crate::sessions::token_hash;
use crate::{Caller, ServiceError, ServiceResult, Services, audit, authorise, limits};
use candour_domain::access::{
    AuthorityKind, Decision, DelegateScope, PersonAction, StaffAction, decide,
};
use candour_domain::audit::AuditAction;
use candour_domain::delegation::{
    AuthorityEvidence, Delegation, DelegationId, DelegationStatus, INVITATION_DAYS, NewDelegation,
    code_from_random, email_hash, normalise_code,
};
use candour_domain::locale::Locale;
use candour_domain::person::PersonId;
use candour_store::Transaction;
use candour_store::records::OutgoingEmail;
use chrono::NaiveDate;
use rand::RngCore as _;

/// Why the invitation was made, which changes what the email says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invited {
    /// The person invited someone they trust.
    ByThePerson,
    /// Staff registered an attorney or deputy after checking the document.
    ByStaff,
}

/// The authorities staff may register (a person's own authority comes by invitation instead).
pub const REGISTERED_AUTHORITIES: [AuthorityKind; 2] = [
    AuthorityKind::LastingPowerOfAttorney,
    AuthorityKind::CourtOfProtectionDeputy,
];

/// A new code, as shown (`ABCD-EFGH-JKMN`), and the hash that is stored.
struct Invitation {
    code: String,
    code_hash: String,
}

impl Invitation {
    fn new() -> Self {
        loop {
            // 64 bytes nearly always give the 20 characters needed (6% of bytes are skipped).
            let mut random = [0u8; 64];
            rand::rng().fill_bytes(&mut random);
            if let Some(code) = code_from_random(random) {
                let code_hash = token_hash(&code.replace('-', ""));
                return Invitation { code, code_hash };
            }
        }
    }
}

/// An invitation made: the code to show once, and whether it was emailed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Made {
    /// The code, as shown.
    pub code: String,
    /// True when it was put in the outbox for the address given.
    pub emailed: bool,
}

/// What the person typed to invite someone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewInvitation {
    /// The delegate's name.
    pub name: String,
    /// Their email address, or empty.
    pub email: String,
    /// The scope keys chosen.
    pub scopes: Vec<String>,
    /// When it ends, as read from the form (a message id when it is not a date).
    pub ends_on: Result<Option<NaiveDate>, &'static str>,
}

/// Checks the delegate's name and email address, as invitations and registrations both ask.
fn check_name_and_email(problems: &mut Problems, name: &str, name_missing: &str, email: &str) {
    if name.is_empty() {
        problems.add("name", name_missing);
    } else if name.chars().count() > 100 {
        problems.add("name", "error-delegate-name-too-long");
    }
    if !email.is_empty() && !candour_domain::email_address::is_plausible(email) {
        problems.add("email", "error-delegate-email-shape");
    }
}

/// Checks the scopes chosen and the end date (not in the past).
fn check_scopes_and_end(
    problems: &mut Problems,
    today: NaiveDate,
    scopes: &[String],
    scopes_missing: &str,
    ends_on: Result<Option<NaiveDate>, &'static str>,
) -> (Vec<DelegateScope>, Option<NaiveDate>) {
    let chosen: Vec<DelegateScope> = scopes.iter().filter_map(|s| s.parse().ok()).collect();
    if chosen.is_empty() {
        problems.add("scopes", scopes_missing);
    }
    let ends_on = match ends_on {
        Ok(Some(date)) if date < today => {
            problems.add("ends-day", "error-delegate-end-past");
            None
        }
        Ok(date) => date,
        Err(message) => {
            problems.add("ends-day", message);
            None
        }
    };
    (chosen, ends_on)
}

/// The person invites someone to act for them: an invitation with a one-time code, emailed when
/// an address is given (in the person's language).
pub async fn invite(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    input: NewInvitation,
) -> ServiceResult<Made> {
    authorise::for_person(
        services,
        caller,
        person,
        PersonAction::ManageDelegates,
        AuditAction::InvitedDelegate,
        "delegation",
    )
    .await?;
    let account = caller.account().ok_or(ServiceError::NotFound)?;
    let mut problems = Problems::default();
    check_name_and_email(
        &mut problems,
        &input.name,
        "error-delegate-name-missing",
        &input.email,
    );
    let (scopes, ends_on) = check_scopes_and_end(
        &mut problems,
        services.today(),
        &input.scopes,
        "error-delegate-scopes-missing",
        input.ends_on,
    );
    problems.check()?;
    let invitation = Invitation::new();
    let mut tx = services.begin().await?;
    if !input.email.is_empty() {
        limits::try_once(
            services,
            tx.as_mut(),
            candour_domain::abuse::EMAILED_INVITATIONS,
            &format!("invitations:{}", person.0),
        )
        .await?;
    }
    let id = tx
        .create_delegation(
            &NewDelegation {
                person,
                delegate: None,
                delegate_name: input.name.clone(),
                authority: AuthorityKind::PersonsAuthority,
                scopes: scopes.into_iter().collect(),
                ends_on,
                invite_code_hash: Some(invitation.code_hash.clone()),
                evidence: None,
                created_by: account,
                invited_email_hash: (!input.email.is_empty()).then(|| email_hash(&input.email)),
            },
            services.now(),
        )
        .await?;
    let emailed = !input.email.is_empty();
    if emailed {
        let locale = tx
            .person(person)
            .await?
            .map_or(Locale::DEFAULT, |p| p.details.preferred_locale);
        email_invitation(
            services,
            tx.as_mut(),
            &input.email,
            &input.name,
            &invitation.code,
            Invited::ByThePerson,
            locale,
        )
        .await?;
    }
    tx.append(audit::with_words(
        audit::event(
            services,
            caller,
            AuditAction::InvitedDelegate,
            Some(person),
            format!("delegation:{}", id.0),
        ),
        None,
        Some(input.name),
    ))
    .await?;
    crate::commit(services, tx).await?;
    Ok(Made {
        code: invitation.code,
        emailed,
    })
}

/// What staff typed to register an attorney or deputy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registration {
    /// The person's case-system id.
    pub person_ref: String,
    /// The attorney's or deputy's name.
    pub name: String,
    /// Their email address, or empty.
    pub email: String,
    /// The authority, if chosen.
    pub authority: Option<AuthorityKind>,
    /// The document's reference.
    pub reference: String,
    /// What was checked.
    pub checked: String,
    /// The scope keys chosen.
    pub scopes: Vec<String>,
    /// When it ends, as read from the form (a message id when it is not a date).
    pub ends_on: Result<Option<NaiveDate>, &'static str>,
}

/// Staff register an attorney or deputy after checking the document: whose it is, who they
/// are, what they may do and until when, the document's reference and what was checked (the
/// member of staff is recorded as who checked). The person is told at once. Every answer is
/// checked before anything is written.
pub async fn register(
    services: &Services,
    caller: &Caller,
    input: Registration,
) -> ServiceResult<Made> {
    let actor = authorise::staff(
        services,
        caller,
        StaffAction::FindPeople,
        AuditAction::RegisteredDelegate,
        "delegation",
    )
    .await?;
    let account = caller.account().ok_or(ServiceError::NotFound)?;
    let mut problems = Problems::default();
    let mut tx = services.begin().await?;
    let person = authorise::staff_named_person(
        tx.as_mut(),
        actor,
        &input.person_ref,
        PersonAction::RegisterAuthority,
        &mut problems,
    )
    .await?;
    check_name_and_email(
        &mut problems,
        &input.name,
        "error-register-name-missing",
        &input.email,
    );
    let authority = input
        .authority
        .filter(|a| REGISTERED_AUTHORITIES.contains(a));
    if authority.is_none() {
        problems.add("authority", "error-register-authority-missing");
    }
    if input.reference.is_empty() {
        problems.add("reference", "error-register-reference-missing");
    } else if input.reference.chars().count() > 60 {
        problems.add("reference", "error-register-reference-too-long");
    }
    if input.checked.is_empty() {
        problems.add("checked", "error-register-checked-missing");
    } else if input.checked.chars().count() > 1000 {
        problems.add("checked", "error-register-checked-too-long");
    }
    let (scopes, ends_on) = check_scopes_and_end(
        &mut problems,
        services.today(),
        &input.scopes,
        "error-register-scopes-missing",
        input.ends_on,
    );
    let (Some(person), Some(authority), true) = (person, authority, problems.is_empty()) else {
        problems.check()?;
        return Err(ServiceError::NotFound);
    };
    let invitation = Invitation::new();
    let now = services.now();
    let id = tx
        .create_delegation(
            &NewDelegation {
                person: person.id,
                delegate: None,
                delegate_name: input.name.clone(),
                authority,
                scopes: scopes.into_iter().collect(),
                ends_on,
                invite_code_hash: Some(invitation.code_hash.clone()),
                evidence: Some(
                    AuthorityEvidence {
                        document_reference: input.reference,
                        what_was_checked: input.checked,
                    }
                    .to_stored(),
                ),
                created_by: account,
                invited_email_hash: (!input.email.is_empty()).then(|| email_hash(&input.email)),
            },
            now,
        )
        .await?;
    let args = serde_json::json!({ "name": input.name }).to_string();
    tx.notify(person.id, "delegate-registered", &args, now)
        .await?;
    let emailed = !input.email.is_empty();
    if emailed {
        email_invitation(
            services,
            tx.as_mut(),
            &input.email,
            &input.name,
            &invitation.code,
            Invited::ByStaff,
            person.details.preferred_locale,
        )
        .await?;
    }
    tx.append(audit::with_words(
        audit::event(
            services,
            caller,
            AuditAction::RegisteredDelegate,
            Some(person.id),
            format!("delegation:{}", id.0),
        ),
        None,
        Some(input.name),
    ))
    .await?;
    crate::commit(services, tx).await?;
    Ok(Made {
        code: invitation.code,
        emailed,
    })
}

/// Someone signed in types the code they were handed: they now act for the person (in this
/// session too), who is told at once. Each try counts against the code limit, right or wrong.
pub async fn accept(services: &Services, caller: &Caller, typed: &str) -> ServiceResult<PersonId> {
    let (Some(account), Some(session)) = (caller.account(), caller.session()) else {
        return Err(ServiceError::NotFound);
    };
    let mut tx = services.begin().await?;
    let found = tx.account(account).await?.ok_or(ServiceError::NotFound)?;
    if found.details.is_staff() {
        drop(tx);
        return Err(audit::refused(
            services,
            caller,
            AuditAction::AcceptedInvitation,
            None,
            "delegation",
        )
        .await);
    }
    // Becoming someone's delegate needs the same checked identity as reading their record
    // (security review: a code must not be weaker than signing in).
    if !caller.identity_checked() {
        return Err(ServiceError::invalid(
            "code",
            "error-code-identity-not-checked",
        ));
    }
    let Some(normal) = normalise_code(typed) else {
        let message = if typed.trim().is_empty() {
            "error-code-missing"
        } else {
            "error-code-shape"
        };
        return Err(ServiceError::invalid("code", message));
    };
    limits::try_once(
        services,
        tx.as_mut(),
        services.settings().limits.invitation_codes,
        &format!("codes:{}", account.0),
    )
    .await?;
    let now = services.now();
    let own_email = found.details.email.as_deref().map(email_hash);
    let accepted = tx
        .accept_invitation(
            &token_hash(&normal),
            account,
            found.details.person,
            own_email.as_deref(),
            now - INVITATION_DAYS * 24 * 60 * 60,
            now,
        )
        .await?;
    let Some(delegation) = accepted else {
        // An emailed code sent to another address says so: whoever holds it was given it. A
        // registration still waiting for its second member of staff says that.
        let open = tx
            .open_invitation(&token_hash(&normal))
            .await?
            .filter(|d| d.ended.is_none());
        // The wrong code still counts against the limit.
        crate::commit(services, tx).await?;
        let message = match open {
            Some(d)
                if d.details
                    .invited_email_hash
                    .as_ref()
                    .is_some_and(|sent_to| Some(sent_to) != own_email.as_ref()) =>
            {
                "error-code-other-email"
            }
            Some(d) if d.awaits_approval() => "error-code-awaiting-approval",
            _ => "error-code-unknown",
        };
        return Err(ServiceError::invalid("code", message));
    };
    let person = delegation.details.person;
    let args = serde_json::json!({ "name": delegation.details.delegate_name }).to_string();
    tx.notify(person, "delegate-added", &args, now).await?;
    tx.set_acting_for(session, Some(person)).await?;
    let mut event = audit::event(
        services,
        caller,
        AuditAction::AcceptedInvitation,
        Some(person),
        format!("delegation:{}", delegation.id.0),
    );
    event.actor.kind = candour_domain::audit::ActorKind::Delegate;
    event.acting_for = Some(person);
    tx.append(audit::with_words(
        event,
        None,
        Some(delegation.details.delegate_name),
    ))
    .await?;
    crate::commit(services, tx).await?;
    Ok(person)
}

/// A registration waiting for a second member of staff, as the staff who may approve it see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AwaitingApproval {
    /// The registration.
    pub delegation: Delegation,
    /// The person's name, as the case system gave it.
    pub person_name: String,
    /// The person's case-system id.
    pub person_ref: String,
    /// The name of the member of staff who registered it.
    pub registered_by: String,
    /// True when the caller registered it (and so may not approve it).
    pub own: bool,
}

/// Registrations waiting for approval that the caller may approve or must leave to someone
/// else, oldest first: staff who may register attorneys and deputies, for people the policy lets
/// them act for. Registrations past their end date are left out (they can no longer work).
pub async fn awaiting_approval(
    services: &Services,
    caller: &Caller,
) -> ServiceResult<Vec<AwaitingApproval>> {
    let actor = authorise::staff(
        services,
        caller,
        StaffAction::FindPeople,
        AuditAction::OpenedPage,
        "delegation-approvals",
    )
    .await?;
    let account = caller.account().ok_or(ServiceError::NotFound)?;
    let today = services.today();
    let mut reads = services.reads();
    let mut waiting = Vec::new();
    for delegation in reads.delegations_awaiting_approval().await? {
        let person = delegation.details.person;
        if delegation.status(today) != DelegationStatus::AwaitingApproval
            || decide(actor, person, PersonAction::RegisterAuthority) != Decision::Allow
        {
            continue;
        }
        let Some(found) = reads.person(person).await? else {
            continue;
        };
        let registered_by = reads
            .account(delegation.details.created_by)
            .await?
            .map(|a| a.details.display_name)
            .unwrap_or_default();
        waiting.push(AwaitingApproval {
            person_name: found.details.full_name(),
            person_ref: found.details.source_id,
            registered_by,
            own: delegation.details.created_by == account,
            delegation,
        });
    }
    Ok(waiting)
}

/// A second member of staff approves the registration `id` after checking it against the
/// document: from now its code works, for `INVITATION_DAYS` days. Nobody approves a
/// registration they made, one already approved or ended, or one for someone the policy does
/// not let them act for: each of those is refused, recorded, and answered as not found. The
/// person is told. Answers the attorney's or deputy's name.
pub async fn approve(
    services: &Services,
    caller: &Caller,
    id: DelegationId,
) -> ServiceResult<String> {
    let object = format!("delegation:{}", id.0);
    let actor = authorise::staff(
        services,
        caller,
        StaffAction::FindPeople,
        AuditAction::ApprovedDelegate,
        &object,
    )
    .await?;
    let account = caller.account().ok_or(ServiceError::NotFound)?;
    let now = services.now();
    let mut tx = services.begin().await?;
    let found = tx.delegation(id).await?.filter(|d| {
        d.status(services.today()) == DelegationStatus::AwaitingApproval
            && decide(actor, d.details.person, PersonAction::RegisterAuthority) == Decision::Allow
    });
    // The store refuses the registrant too, so two requests at once cannot slip past.
    let approved = match &found {
        Some(_) => tx.approve_delegation(id, account, now).await?,
        None => false,
    };
    let Some(found) = found.filter(|_| approved) else {
        drop(tx);
        return Err(audit::refused(
            services,
            caller,
            AuditAction::ApprovedDelegate,
            None,
            object,
        )
        .await);
    };
    let person = found.details.person;
    let name = found.details.delegate_name;
    let args = serde_json::json!({ "name": name }).to_string();
    tx.notify(person, "delegate-approved", &args, now).await?;
    tx.append(audit::with_words(
        audit::event(
            services,
            caller,
            AuditAction::ApprovedDelegate,
            Some(person),
            object,
        ),
        None,
        Some(name.clone()),
    ))
    .await?;
    crate::commit(services, tx).await?;
    Ok(name)
}

/// The person ends their delegation `id` at once, whatever its end date. Someone else's answers
/// as not found.
pub async fn end(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    id: DelegationId,
) -> ServiceResult<()> {
    let object = format!("delegation:{}", id.0);
    authorise::for_person(
        services,
        caller,
        person,
        PersonAction::ManageDelegates,
        AuditAction::EndedDelegation,
        &object,
    )
    .await?;
    let account = caller.account().ok_or(ServiceError::NotFound)?;
    let mut tx = services.begin().await?;
    let found = tx
        .delegation(id)
        .await?
        .filter(|d| d.details.person == person);
    let ended = match &found {
        Some(_) => {
            tx.end_delegation(id, person, account, services.now())
                .await?
        }
        None => false,
    };
    let Some(found) = found.filter(|_| ended) else {
        drop(tx);
        return Err(
            audit::refused(services, caller, AuditAction::EndedDelegation, None, object).await,
        );
    };
    tx.append(audit::with_words(
        audit::event(
            services,
            caller,
            AuditAction::EndedDelegation,
            Some(person),
            object,
        ),
        None,
        Some(found.details.delegate_name),
    ))
    .await?;
    crate::commit(services, tx).await
}

/// Puts the invitation email in the outbox, in `locale`.
async fn email_invitation(
    services: &Services,
    tx: &mut dyn Transaction,
    to: &str,
    delegate_name: &str,
    code: &str,
    invited: Invited,
    locale: Locale,
) -> ServiceResult<()> {
    let email = services
        .wording()
        .invitation_email(locale, invited, delegate_name, code);
    tx.queue_email(
        &OutgoingEmail {
            to: to.trim().to_owned(),
            subject: email.subject,
            body: email.body,
        },
        services.now(),
    )
    .await?;
    Ok(())
}
