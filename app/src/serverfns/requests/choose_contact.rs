//! The third question: how to reply. An email address or phone number is needed only for
//! those choices.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Saves the reply preference and goes to "check your answers".
#[server(endpoint = "requests/contact")]
pub async fn choose_contact(
    contact: Option<String>,
    contact_detail: Option<String>,
) -> Result<(), AppError> {
    use crate::requests::{load_draft, requester, save_draft};
    use candour_domain::rights::ContactPreference;
    let (signed_in, person) = requester()?;
    let detail = contact_detail
        .map(|d| d.trim().to_owned())
        .unwrap_or_default();
    let answers = vec![
        ("contact".to_owned(), contact.clone().unwrap_or_default()),
        ("contact_detail".to_owned(), detail.clone()),
    ];
    let Some(preference) = contact.as_deref().and_then(ContactPreference::from_key) else {
        return Err(AppError::invalid(
            "contact",
            "error-request-contact-missing",
            answers,
        ));
    };
    let detail_problem = match preference {
        ContactPreference::Email if !candour_domain::email_address::is_plausible(&detail) => {
            Some("error-request-email-needed")
        }
        ContactPreference::Phone if detail.chars().filter(char::is_ascii_digit).count() < 10 => {
            Some("error-request-phone-needed")
        }
        _ => None,
    };
    if let Some(message) = detail_problem {
        return Err(AppError::invalid("contact_detail", message, answers));
    }
    let mut draft = load_draft(&signed_in, person).await?;
    draft.contact = Some(preference.key().to_owned());
    draft.contact_detail = matches!(
        preference,
        ContactPreference::Email | ContactPreference::Phone
    )
    .then_some(detail);
    save_draft(&signed_in, &draft).await?;
    leptos_axum::redirect("/requests/new/check");
    Ok(())
}
