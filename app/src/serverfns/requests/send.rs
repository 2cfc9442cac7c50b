//! Sending the request: the saved answers go to the workflow
//! (`candour_services::requests::send`), which records it received today, forgets the answers,
//! tells the person and logs it, all at once; the confirmation shows the reference and the due
//! date. Past the online limit the answers are kept and the person is told how long to wait.

use crate::errors::AppError;
use leptos::prelude::*;

/// Sends the request built from the saved answers.
#[server(endpoint = "requests/send")]
pub async fn send_request() -> Result<(), AppError> {
    use crate::limits::too_many_page;
    use crate::requests::{load_draft, requester};
    use crate::state::app_state;
    use candour_services::ServiceError;
    use candour_services::requests::{OnlineRequest, send};

    let (signed_in, person) = requester()?;
    let draft = load_draft(&signed_in, person).await?;
    let (Some(right), Some(about), Some(contact)) =
        (draft.right(), draft.about.clone(), draft.contact())
    else {
        leptos_axum::redirect("/requests/new/check");
        return Err(AppError::invalid(
            "",
            "error-request-incomplete",
            Vec::new(),
        ));
    };
    let online = OnlineRequest {
        right,
        about,
        wrong: draft.wrong.clone(),
        should_say: draft.should_say.clone(),
        statement: draft.statement,
        contact,
        contact_detail: draft.contact_detail.clone(),
    };
    match send(&app_state().services, &signed_in.caller(), online).await {
        Ok(id) => {
            leptos_axum::redirect(&format!("/requests/{}?sent=1", id.reference()));
            Ok(())
        }
        Err(ServiceError::TooMany { minutes }) => {
            leptos_axum::redirect(&too_many_page("requests", minutes));
            Ok(())
        }
        Err(error) => Err(error.into()),
    }
}
