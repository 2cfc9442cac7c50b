//! The second question: what the request is about (and, for a correction, what is wrong and
//! what it should say). When the form names an entry and statement (the person came from "Ask
//! us to correct this"), the request becomes a correction of that statement, once it is checked
//! to be one the actor may read and the person is shown.

#![expect(
    missing_docs,
    reason = "the server macro generates an argument struct without docs"
)]

use crate::errors::AppError;
use leptos::prelude::*;

/// The most a description may hold.
pub const MOST_CHARACTERS: usize = 5_000;

/// Saves the description and goes to the next question.
#[server(endpoint = "requests/about")]
pub async fn describe_request(
    about: Option<String>,
    wrong: Option<String>,
    should_say: Option<String>,
    entry: Option<String>,
    statement: Option<String>,
    change: Option<String>,
) -> Result<(), AppError> {
    use crate::errors::FieldProblem;
    use crate::requests::{
        load_draft, next_page, pointed_statement, requester, save_draft, statement_ref,
    };
    use candour_domain::rights::Right;
    let (signed_in, person) = requester()?;
    let mut draft = load_draft(&signed_in, person).await?;
    let pointed = match statement_ref(entry.as_deref(), statement.as_deref()) {
        Some(target) => {
            pointed_statement(&signed_in, person, target).await?;
            draft.right = Some(Right::Rectification.key().to_owned());
            Some(target)
        }
        None if entry.is_some() || statement.is_some() => return Err(AppError::NotFound),
        None => None,
    };
    let Some(right) = draft.right() else {
        leptos_axum::redirect("/requests/new");
        return Ok(());
    };
    let tidy = |text: Option<String>| text.map(|t| t.trim().to_owned()).unwrap_or_default();
    let (about, wrong, should_say) = (tidy(about), tidy(wrong), tidy(should_say));
    let mut problems = Vec::new();
    let mut check = |field: &str, text: &str, missing: &str| {
        if text.is_empty() {
            problems.push(FieldProblem {
                field: field.into(),
                message: missing.into(),
            });
        } else if text.chars().count() > MOST_CHARACTERS {
            problems.push(FieldProblem {
                field: field.into(),
                message: "error-request-too-long".into(),
            });
        }
    };
    if right == Right::Rectification {
        check("wrong", &wrong, "error-request-wrong-missing");
        check(
            "should_say",
            &should_say,
            "error-request-should-say-missing",
        );
    } else {
        check("about", &about, "error-request-about-missing");
    }
    if !problems.is_empty() {
        let answers = vec![
            ("about".into(), about),
            ("wrong".into(), wrong),
            ("should_say".into(), should_say),
        ];
        return Err(AppError::Invalid { problems, answers });
    }
    if right == Right::Rectification {
        draft.about = Some(wrong.clone());
        draft.wrong = Some(wrong);
        draft.should_say = Some(should_say);
        draft.statement = pointed;
    } else {
        draft.about = Some(about);
        draft.wrong = None;
        draft.should_say = None;
        draft.statement = None;
    }
    save_draft(&signed_in, &draft).await?;
    leptos_axum::redirect(&next_page(change.as_deref(), "/requests/new/contact"));
    Ok(())
}
