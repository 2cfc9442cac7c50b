//! Telling a person that something happened, inside the workflow's transaction: always a
//! message in the portal; and an email through the outbox when they asked for one — for a
//! request, by the contact they chose for it; for anything else, by their choice of how to be
//! told of news (`crate::notification_choices`).
//!
//! The email says only that there is news, with the request's reference and a link to sign in
//! (the GOV.UK Notify pattern). Email is not a secure channel, so nothing about the person or
//! the request's content goes in it (UK GDPR Art 5(1)(f), security; ICO guidance on email and
//! security). It is written in the person's preferred language, not the sender's: staff often
//! work in English for a person who reads Welsh.

use crate::{ServiceResult, Services};
use candour_domain::rights::{ContactPreference, NewRequest, RequestId};
use candour_store::Transaction;
use candour_store::records::OutgoingEmail;

/// What happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestNews {
    /// The request arrived.
    Made,
    /// Staff recorded something that happened to it.
    Updated,
}

impl RequestNews {
    /// The notification kind stored for the portal's messages (also the suffix of its Fluent
    /// message, `message-<kind>`).
    pub fn kind(self) -> &'static str {
        match self {
            RequestNews::Made => "request-made",
            RequestNews::Updated => "request-updated",
        }
    }
}

/// Tells the person the request `id` is about; queues an email when they chose email.
pub(crate) async fn about_request(
    services: &Services,
    tx: &mut dyn Transaction,
    id: RequestId,
    request: &NewRequest,
    news: RequestNews,
) -> ServiceResult<()> {
    let now = services.now();
    let reference = id.reference();
    let args = serde_json::json!({ "name": reference }).to_string();
    tx.notify(request.person, news.kind(), &args, now).await?;
    let address = match (request.contact, request.contact_detail.as_deref()) {
        (ContactPreference::Email, Some(address)) if !address.trim().is_empty() => address.trim(),
        _ => return Ok(()),
    };
    let Some(person) = tx.person(request.person).await? else {
        return Ok(());
    };
    let email =
        services
            .wording()
            .request_news_email(person.details.preferred_locale, news, &reference);
    tx.queue_email(
        &OutgoingEmail {
            to: address.to_owned(),
            subject: email.subject,
            body: email.body,
        },
        now,
    )
    .await?;
    Ok(())
}

/// Tells `person` of news of `kind` (with Fluent `args` as JSON) in the portal, and by email
/// to the address they chose for news, if they chose that kind of news by email
/// (`candour_domain::news`); the email points to `path`.
pub(crate) async fn person(
    services: &Services,
    tx: &mut dyn Transaction,
    person: candour_domain::person::PersonId,
    kind: &str,
    args: &str,
    path: &str,
) -> ServiceResult<()> {
    let now = services.now();
    tx.notify(person, kind, args, now).await?;
    let choice = tx.news_choice(person).await?;
    let Some(address) = choice.email_for(kind).map(str::to_owned) else {
        return Ok(());
    };
    let Some(found) = tx.person(person).await? else {
        return Ok(());
    };
    let email = services
        .wording()
        .news_email(found.details.preferred_locale, path);
    tx.queue_email(
        &OutgoingEmail {
            to: address,
            subject: email.subject,
            body: email.body,
        },
        now,
    )
    .await?;
    Ok(())
}
