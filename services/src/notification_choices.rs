//! How a person chooses to be told of news (`/account/notifications`): on this website only, or
//! by email too. Messages always appear on the website; an email only ever says there is news and
//! where to sign in to see it (the GOV.UK Notify pattern; UK GDPR Art 5(1)(f): email is not a
//! secure channel).
//!
//! Who may: the person only (`PersonAction::ChooseNotifications`): news is theirs, and a
//! delegate must not be able to send it somewhere else. Anyone else is refused, the refusal is
//! on the audit log, and the answer is "not found".
//!
//! Decisions, written down:
//! - The choice is asked as one question with the address beside "by email"; an address that
//!   does not look like one is refused with the reason, and what was typed is kept.
//! - A request keeps the contact its maker chose for it; this choice covers everything else
//!   (a delegate's change to a consent).
//! - Choosing is one transaction: the choice and its audit event (which never holds the address).

use crate::{Caller, ServiceError, ServiceResult, Services, audit, authorise};
use candour_domain::access::PersonAction;
use candour_domain::audit::AuditAction;
use candour_domain::person::PersonId;

/// The audit log's name for the choice.
const OBJECT: &str = "notification-choice";

/// The address `person` chose for news, if they chose email.
pub async fn choice(
    services: &Services,
    caller: &Caller,
    person: PersonId,
) -> ServiceResult<Option<String>> {
    authorise::for_own_pages(
        services,
        caller,
        person,
        PersonAction::ChooseNotifications,
        AuditAction::OpenedPage,
        OBJECT,
    )
    .await?;
    Ok(services.reads().news_email(person).await?)
}

/// Keeps `person`'s choice: `how` is "website" or "email" (with `email` the address).
pub async fn choose(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    how: &str,
    email: &str,
) -> ServiceResult<()> {
    authorise::for_own_pages(
        services,
        caller,
        person,
        PersonAction::ChooseNotifications,
        AuditAction::ChoseNotifications,
        OBJECT,
    )
    .await?;
    let email = email.trim();
    let chosen = match how {
        "website" => None,
        "email" if email.is_empty() => {
            return Err(ServiceError::invalid("email", "error-notify-email-missing"));
        }
        "email" if !candour_domain::email_address::is_plausible(email) => {
            return Err(ServiceError::invalid("email", "error-notify-email-invalid"));
        }
        "email" => Some(email),
        _ => return Err(ServiceError::invalid("how", "error-notify-choose")),
    };
    let mut tx = services.begin().await?;
    tx.choose_news_email(person, chosen, services.now()).await?;
    tx.append(audit::with_words(
        audit::event(
            services,
            caller,
            AuditAction::ChoseNotifications,
            Some(person),
            OBJECT,
        ),
        None,
        Some(if chosen.is_some() { "email" } else { "website" }.to_owned()),
    ))
    .await?;
    crate::commit(services, tx).await
}
