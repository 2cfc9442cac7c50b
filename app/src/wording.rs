//! The words of the emails and notes the workflows write (`candour_services::Wording`), in the
//! reader's language, from the same Fluent files as the pages.
//!
//! Request emails say only that there is news, with the reference and a link to sign in (the
//! GOV.UK Notify pattern: email is not a secure channel, UK GDPR Art 5(1)(f)). Invitation emails
//! hold the code, where to type it and when it stops working, addressed to the invited person by
//! the name the inviter typed, and never name the person who invited them.

use crate::branding::Branding;
use crate::i18n::{date_in, translate};
use candour_domain::delegation::INVITATION_DAYS;
use candour_domain::locale::Locale;
use candour_services::delegates::Invited;
use candour_services::tell::RequestNews;
use candour_services::{Email, Wording};
use fluent_bundle::{FluentArgs, FluentValue};

/// The portal's wording: its address and the council's name in force.
#[derive(Clone, Debug)]
pub struct PortalWording {
    /// The portal's public address, without a trailing slash.
    pub base_url: String,
    /// The council's details in force.
    pub branding: Branding,
}

impl PortalWording {
    fn organisation(&self) -> FluentValue<'static> {
        FluentValue::from(self.branding.current().organisation.name.clone())
    }
}

impl Wording for PortalWording {
    fn request_news_email(&self, locale: Locale, news: RequestNews, reference: &str) -> Email {
        let mut args = FluentArgs::new();
        args.set("name", FluentValue::from(reference.to_owned()));
        args.set(
            "link",
            FluentValue::from(format!("{}/requests/{reference}", self.base_url)),
        );
        args.set("organisation", self.organisation());
        let news_text = translate(locale, &format!("message-{}", news.kind()), Some(&args));
        args.set("news", FluentValue::from(news_text));
        Email {
            subject: translate(locale, "email-request-subject", Some(&args)),
            body: translate(locale, "email-request-body", Some(&args)),
        }
    }

    fn news_email(&self, locale: Locale, path: &str) -> Email {
        let mut args = FluentArgs::new();
        args.set(
            "link",
            FluentValue::from(format!("{}{path}", self.base_url)),
        );
        args.set("organisation", self.organisation());
        Email {
            subject: translate(locale, "email-news-subject", Some(&args)),
            body: translate(locale, "email-news-body", Some(&args)),
        }
    }

    fn invitation_email(
        &self,
        locale: Locale,
        invited: Invited,
        delegate_name: &str,
        code: &str,
    ) -> Email {
        let mut args = FluentArgs::new();
        args.set("name", FluentValue::from(delegate_name.to_owned()));
        args.set("code", FluentValue::from(code.to_owned()));
        args.set("days", FluentValue::from(INVITATION_DAYS));
        args.set(
            "link",
            FluentValue::from(format!("{}/account/accept", self.base_url)),
        );
        args.set("organisation", self.organisation());
        let (subject, body) = match invited {
            Invited::ByThePerson => ("email-invitation-subject", "email-invitation-body"),
            Invited::ByStaff => ("email-registration-subject", "email-registration-body"),
        };
        Email {
            subject: translate(locale, subject, Some(&args)),
            body: translate(locale, body, Some(&args)),
        }
    }

    fn copy_ready_note(&self, locale: Locale, available_until: chrono::NaiveDate) -> String {
        let mut args = FluentArgs::new();
        args.set("date", FluentValue::from(date_in(locale, available_until)));
        translate(locale, "copy-ready-note", Some(&args))
    }

    fn correction_done_note(&self, locale: Locale) -> String {
        translate(locale, "correction-done-note", None)
    }
}
