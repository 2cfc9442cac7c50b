//! Staff record a share of a person's information in Candour: one question per page
//! ([`question`]), "check your answers" ([`check`]), and the confirmation ([`recorded`]). The
//! workflow, its rules and its decisions are in `candour_services::share_recording` and
//! `candour_domain::sharing::draft`.

pub mod check;
pub mod question;
pub mod recorded;

use candour_domain::person::PersonId;
use candour_domain::sharing::draft::ShareQuestion;

/// The page of `question` for `person`'s share, or "check your answers" when there is none.
pub fn question_path(person: PersonId, question: Option<ShareQuestion>) -> String {
    let start = format!("/staff/people/{}/sharing/new", person.0);
    match question {
        Some(ShareQuestion::Recipient) => start,
        Some(question) => format!("{start}/{}", question.slug()),
        None => format!("{start}/check"),
    }
}

/// The person number in the address (`:person`), if it is one.
pub(crate) fn person_in_address() -> Option<PersonId> {
    use leptos::prelude::*;
    leptos_router::hooks::use_params_map().with_untracked(|p| {
        p.get("person")
            .and_then(|v| v.parse::<i64>().ok())
            .map(PersonId)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_question_has_its_own_page_under_the_persons_new_share() {
        let paths: Vec<String> = ShareQuestion::ALL
            .into_iter()
            .map(Some)
            .chain([None])
            .map(|q| question_path(PersonId(7), q))
            .collect();
        assert_eq!(
            paths,
            [
                "/staff/people/7/sharing/new",
                "/staff/people/7/sharing/new/information",
                "/staff/people/7/sharing/new/purpose",
                "/staff/people/7/sharing/new/basis",
                "/staff/people/7/sharing/new/grounds",
                "/staff/people/7/sharing/new/telling",
                "/staff/people/7/sharing/new/check",
            ]
        );
        for path in &paths {
            let route = path.replace("/7/", "/:person/");
            assert!(
                crate::routes::PAGE_ROUTES.contains(&route.as_str()),
                "{route} is in the router"
            );
        }
    }
}
