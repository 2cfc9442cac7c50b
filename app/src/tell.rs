//! Telling a person that something happened to their request: always a message in the portal;
//! and, when they asked to be contacted by email, an email through the outbox.
//!
//! The email says only that there is news, with the request's reference and a link to sign in
//! (the GOV.UK Notify pattern). Email is not a secure channel, so nothing about the person or
//! the request's content goes in it (UK GDPR Art 5(1)(f), security; ICO guidance on email and
//! security). It is written in the person's preferred language, not the sender's: staff often
//! work in English for a person who reads Welsh.

use crate::i18n::translate;
use crate::state::AppState;
use candour_domain::rights::{ContactPreference, NewRequest, RequestId};
use candour_store::StoreResult;
use candour_store::records::OutgoingEmail;
use fluent_bundle::{FluentArgs, FluentValue};

/// What happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestNews {
    /// The request arrived.
    Made,
    /// Staff recorded something that happened to it.
    Updated,
}

impl RequestNews {
    /// The notification kind stored for the portal's messages.
    fn kind(self) -> &'static str {
        match self {
            RequestNews::Made => "request-made",
            RequestNews::Updated => "request-updated",
        }
    }
}

/// Tells the person the request `id` is about; queues an email when they chose email.
pub async fn tell_about_request(
    state: &AppState,
    id: RequestId,
    request: &NewRequest,
    news: RequestNews,
    now: i64,
) -> StoreResult<()> {
    let (store, portal) = (&state.store, &state.portal);
    let reference = id.reference();
    let args = serde_json::json!({ "name": reference }).to_string();
    store
        .notify(request.person, news.kind(), &args, now)
        .await?;
    let address = match (request.contact, request.contact_detail.as_deref()) {
        (ContactPreference::Email, Some(address)) if !address.trim().is_empty() => address.trim(),
        _ => return Ok(()),
    };
    let Some(person) = store.person(request.person).await? else {
        return Ok(());
    };
    let locale = person.details.preferred_locale;
    let mut fluent = FluentArgs::new();
    fluent.set("name", FluentValue::from(reference.clone()));
    fluent.set(
        "link",
        FluentValue::from(format!("{}/requests/{reference}", portal.base_url)),
    );
    fluent.set(
        "organisation",
        FluentValue::from(state.branding.current().organisation.name.clone()),
    );
    let news_text = translate(locale, &format!("message-{}", news.kind()), Some(&fluent));
    fluent.set("news", FluentValue::from(news_text));
    let email = OutgoingEmail {
        to: address.to_owned(),
        subject: translate(locale, "email-request-subject", Some(&fluent)),
        body: translate(locale, "email-request-body", Some(&fluent)),
    };
    store.queue_email(&email, now).await
}
