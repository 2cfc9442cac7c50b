//! Sends the email outbox through SMTP, when a mail server is configured.
//!
//! Pages put emails in the outbox (a table) in the same request that changes things; this task
//! delivers them every few seconds. A web request never waits on a mail server, and an email
//! survives a restart or a mail server that is down for a while. Each email is tried up to
//! [`MAX_ATTEMPTS`] times; after that it stays in the outbox with the last error for an
//! administrator to look at. Logs name the outbox id, never the address (personal data) or the
//! server's password.

use crate::config::{Smtp, SmtpTls};
use anyhow::Context as _;
use candour_services::Services;
use lettre::message::{Mailbox, Message, header::ContentType};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use secrecy::ExposeSecret as _;
use std::time::Duration;

/// How many times an email is tried before it is left for a person to look at.
pub const MAX_ATTEMPTS: u32 = 5;

/// How often the outbox is checked.
const EVERY: Duration = Duration::from_secs(2);

/// How many emails one round sends at most.
const BATCH: u32 = 50;

/// A connection to the configured mail server.
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    /// Prepares the transport (no connection is made until there is something to send).
    pub fn new(smtp: &Smtp) -> anyhow::Result<Self> {
        let from: Mailbox = smtp
            .from
            .parse()
            .with_context(|| format!("CANDOUR_SMTP_FROM is not an email address: {}", smtp.from))?;
        let tls = |host: &str| TlsParameters::new(host.to_owned()).context("TLS settings");
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host)
            .port(smtp.port)
            .tls(match smtp.tls {
                SmtpTls::StartTls => Tls::Required(tls(&smtp.host)?),
                SmtpTls::Wrapper => Tls::Wrapper(tls(&smtp.host)?),
                SmtpTls::None => Tls::None,
            })
            .timeout(Some(Duration::from_secs(20)));
        if let Some((user, password)) = &smtp.credentials {
            builder = builder.credentials(Credentials::new(
                user.clone(),
                password.expose_secret().to_owned(),
            ));
        }
        Ok(Mailer {
            transport: builder.build(),
            from,
        })
    }

    /// Sends what is waiting in the outbox; returns how many were sent.
    pub async fn send_waiting(&self, services: &Services) -> usize {
        let waiting = match candour_services::outbox::waiting(services, MAX_ATTEMPTS, BATCH).await {
            Ok(waiting) => waiting,
            Err(error) => {
                tracing::warn!(%error, "cannot read the email outbox");
                return 0;
            }
        };
        let mut sent = 0;
        for (id, email) in waiting {
            let outcome = match self.message(&email.to, &email.subject, email.body) {
                Ok(message) => self
                    .transport
                    .send(message)
                    .await
                    .map(|_| ())
                    .map_err(|e| e.to_string()),
                Err(reason) => Err(reason),
            };
            let stored = match outcome {
                Ok(()) => {
                    sent += 1;
                    candour_services::outbox::sent(services, id).await
                }
                Err(reason) => {
                    tracing::warn!(outbox_id = id, %reason, "an email could not be sent");
                    candour_services::outbox::failed(services, id, &reason).await
                }
            };
            if let Err(error) = stored {
                tracing::warn!(outbox_id = id, %error, "cannot update the email outbox");
            }
        }
        sent
    }

    fn message(&self, to: &str, subject: &str, body: String) -> Result<Message, String> {
        let to: Mailbox = to
            .parse()
            .map_err(|_| "the address is not a valid email address".to_owned())?;
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| e.to_string())
    }
}

/// Checks the outbox every few seconds for as long as the server runs.
pub fn spawn(services: Services, mailer: Mailer) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(EVERY);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            every.tick().await;
            let sent = mailer.send_waiting(&services).await;
            if sent > 0 {
                tracing::info!(sent, "sent emails from the outbox");
            }
        }
    })
}
