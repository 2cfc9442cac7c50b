//! Invitations to act for someone: the one-time code (only its hash is kept) and, when an email
//! address was given, the email that carries it through the outbox.
//!
//! The email holds the code, the address to type it at and when it stops working, addressed to
//! the invited person by the name the inviter typed. It never names the person who invited them
//! or says anything about their care: an address typed wrongly must not tell a stranger who uses
//! adult social care (UK GDPR Art 5(1)(f); the GOV.UK Notify pattern of saying little by email).
//! The code alone does nothing: it has to be typed by someone signed in, it works once, and only
//! for [`INVITATION_DAYS`] days. It is written in the language of the person acted for, which
//! is the household's language far more often than the member of staff's.

use crate::i18n::translate;
use crate::session;
use crate::state::AppState;
use candour_domain::delegation::{INVITATION_DAYS, format_code};
use candour_domain::locale::Locale;
use candour_store::StoreResult;
use candour_store::records::OutgoingEmail;
use fluent_bundle::{FluentArgs, FluentValue};
use rand::RngCore as _;

/// A new code, as shown (`ABCD-EFGH-JKMN`), and the hash that is stored.
pub struct Invitation {
    /// What the invited person types.
    pub code: String,
    /// What Candour keeps.
    pub code_hash: String,
}

impl Invitation {
    /// A fresh random code.
    pub fn new() -> Self {
        let mut random = [0u8; 12];
        rand::rng().fill_bytes(&mut random);
        let code = format_code(&random);
        let code_hash = session::token_hash(&code.replace('-', ""));
        Invitation { code, code_hash }
    }
}

impl Default for Invitation {
    fn default() -> Self {
        Invitation::new()
    }
}

/// Why the invitation was made, which changes what the email says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invited {
    /// The person invited someone they trust.
    ByThePerson,
    /// Staff registered an attorney or deputy after checking the document.
    ByStaff,
}

/// Puts the invitation email in the outbox.
pub async fn email_invitation(
    state: &AppState,
    to: &str,
    delegate_name: &str,
    code: &str,
    invited: Invited,
    locale: Locale,
    now: i64,
) -> StoreResult<()> {
    let mut args = FluentArgs::new();
    args.set("name", FluentValue::from(delegate_name.to_owned()));
    args.set("code", FluentValue::from(code.to_owned()));
    args.set("days", FluentValue::from(INVITATION_DAYS));
    args.set(
        "link",
        FluentValue::from(format!("{}/account/accept", state.portal.base_url)),
    );
    args.set(
        "organisation",
        FluentValue::from(state.branding.current().organisation.name.clone()),
    );
    let (subject, body) = match invited {
        Invited::ByThePerson => ("email-invitation-subject", "email-invitation-body"),
        Invited::ByStaff => ("email-registration-subject", "email-registration-body"),
    };
    let email = OutgoingEmail {
        to: to.trim().to_owned(),
        subject: translate(locale, subject, Some(&args)),
        body: translate(locale, body, Some(&args)),
    };
    state.store.queue_email(&email, now).await
}
