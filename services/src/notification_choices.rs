//! How a person chooses to be told of news (`/notifications`): on this website only, or
//! by email too. Messages always appear on the website; an email only ever says there is news and
//! where to sign in to see it (the GOV.UK Notify pattern; UK GDPR Art 5(1)(f): email is not a
//! secure channel).
//!
//! Who may: the person only (`PersonAction::ChooseNotifications`): news is theirs, and a
//! delegate must not be able to send it somewhere else. Anyone else is refused, the refusal is
//! on the audit log, and the answer is "not found".
//!
//! Decisions, written down:
//! - The choice is asked as one question with the address and the kinds of news
//!   (`candour_domain::news`) beside "by email"; an address that does not look like one, or
//!   email with no kind ticked, is refused with the reason, and what was typed is kept.
//! - A request keeps the contact its maker chose for it; this choice covers everything else
//!   (a delegate's change to a consent).
//! - Choosing is one transaction: the choice and its audit event (which never holds the address).

use crate::{Caller, ServiceError, ServiceResult, Services, audit, authorise};
use candour_domain::access::PersonAction;
use candour_domain::audit::AuditAction;
use candour_domain::news::{NewsChoice, NewsKind};
use candour_domain::person::PersonId;
use std::collections::BTreeSet;

/// The audit log's name for the choice.
const OBJECT: &str = "notification-choice";

/// How `person` chose to hear news by email.
pub async fn choice(
    services: &Services,
    caller: &Caller,
    person: PersonId,
) -> ServiceResult<NewsChoice> {
    authorise::for_own_pages(
        services,
        caller,
        person,
        PersonAction::ChooseNotifications,
        AuditAction::OpenedPage,
        OBJECT,
    )
    .await?;
    Ok(services.reads().news_choice(person).await?)
}

/// Keeps `person`'s choice: `how` is "website" or "email", with `email` the address and
/// `kinds` the keys of the kinds of news they want by email (`candour_domain::news::NewsKind`).
/// Email with no address, an address that does not look like one, or no kind is refused,
/// every problem at once.
pub async fn choose(
    services: &Services,
    caller: &Caller,
    person: PersonId,
    how: &str,
    email: &str,
    kinds: &[String],
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
    let by_email: BTreeSet<NewsKind> = kinds.iter().filter_map(|k| NewsKind::from_key(k)).collect();
    let chosen = match how {
        "website" => NewsChoice::default(),
        "email" => {
            let mut problems = crate::error::Problems::default();
            if email.is_empty() {
                problems.add("email", "error-notify-email-missing");
            } else if !candour_domain::email_address::is_plausible(email) {
                problems.add("email", "error-notify-email-invalid");
            }
            if by_email.is_empty() {
                problems.add("kinds", "error-notify-kinds");
            }
            problems.check()?;
            NewsChoice {
                email: Some(email.to_owned()),
                by_email,
            }
        }
        _ => return Err(ServiceError::invalid("how", "error-notify-choose")),
    };
    let mut tx = services.begin().await?;
    tx.choose_news(person, &chosen, services.now()).await?;
    let words = match &chosen.email {
        Some(_) => format!("email: {}", chosen.kinds_stored()),
        None => "website".to_owned(),
    };
    tx.append(audit::with_words(
        audit::event(
            services,
            caller,
            AuditAction::ChoseNotifications,
            Some(person),
            OBJECT,
        ),
        None,
        Some(words),
    ))
    .await?;
    crate::commit(services, tx).await
}
