//! Refused attempts to see someone else's information, on the audit log: a page that answers
//! "not found" to someone signed in records the attempt first (`candour_services::audit::
//! refused`), so a privacy officer can see who tried. Someone not signed in is sent to sign in
//! instead and nothing is recorded.

use crate::pages::not_found::NotFound;
use crate::session;
use crate::state::app_state;
use candour_domain::audit::AuditAction;
use leptos::prelude::*;

/// Records the refusal without waiting for it (for pages that decide before any await).
pub fn note(action: AuditAction, object: String) {
    let Some(signed_in) = session::signed_in() else {
        return;
    };
    let services = app_state().services;
    let caller = signed_in.caller();
    leptos::task::spawn(async move {
        candour_services::audit::refused(&services, &caller, action, None, object).await;
    });
}

/// Records the refusal, then gives the not-found page.
pub async fn not_found(action: AuditAction, object: String) -> AnyView {
    if let Some(signed_in) = session::signed_in() {
        candour_services::audit::refused(
            &app_state().services,
            &signed_in.caller(),
            action,
            None,
            object,
        )
        .await;
    }
    view! { <NotFound/> }.into_any()
}

/// The page's path, for recording a refusal of it.
pub fn this_page() -> String {
    use_context::<crate::request::CurrentPage>().map_or_else(|| "/".to_owned(), |p| p.path)
}

/// What a page shows in place of what a workflow would not or could not give it: "not found"
/// for a refusal (the workflow has recorded it) or something that is not there; the question
/// "why do you need to open this closed case?" for staff who have not said yet (a redirect to
/// its page, which brings them back here); otherwise that it could not be read, never an empty
/// list that would say "nothing here".
pub fn instead_of(error: &candour_services::ServiceError) -> AnyView {
    match error {
        candour_services::ServiceError::NotFound => view! { <NotFound/> }.into_any(),
        candour_services::ServiceError::ReasonNeeded { person } => {
            let here = use_context::<crate::request::CurrentPage>()
                .map(|p| {
                    if p.query.is_empty() {
                        p.path
                    } else {
                        format!("{}?{}", p.path, p.query.join("&"))
                    }
                })
                .unwrap_or_default();
            crate::layout::guard::send_to(&format!(
                "/staff/people/{}/why?return_to={}",
                person.0,
                crate::layout::guard::encode(&here)
            ));
            ().into_any()
        }
        _ => view! {
            <p class="govuk-body">{crate::i18n::t("problem-heading")}". "{crate::i18n::t("problem-try-later")}</p>
        }
        .into_any(),
    }
}
