//! Objecting to, or asking to restrict, one of the council's uses that does not rest on
//! consent: starts a rights request (UK GDPR Art 21 or Art 18) with the use already written in,
//! then goes on to its "what is it about" question, where the person can change the words.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// Starts an objection (`right` = "objection") or a restriction ("restriction") to the council
/// use `use_key`.
#[server(endpoint = "consents/object")]
pub async fn object_to_use(use_key: String, right: String) -> Result<(), AppError> {
    use crate::i18n::{t, t_args};
    use crate::requests::{load_draft, requester, save_draft};
    use candour_domain::consent::council_use;
    use candour_domain::rights::Right;

    let (signed_in, person) = requester()?;
    // The words go into the person's request, in the language they are using.
    crate::request::establish();
    let Some(found) = council_use(&use_key) else {
        return Err(AppError::NotFound);
    };
    let about_key = match Right::from_key(&right) {
        Some(Right::Objection) => "consents-object-about",
        Some(Right::Restriction) => "consents-restrict-about",
        _ => {
            return Err(AppError::invalid(
                "right",
                "error-request-right-missing",
                Vec::new(),
            ));
        }
    };
    let what = t(crate::labels::council_use(found.key));
    let mut draft = load_draft(&signed_in, person).await?;
    draft.right = Some(right);
    draft.statement = None;
    draft.about = Some(t_args(about_key, [("use", what.into())]));
    save_draft(&signed_in, &draft).await?;
    leptos_axum::redirect("/requests/new/about");
    Ok(())
}
