//! GOV.UK pagination for long lists: previous and next links (with `rel`), and "Page 2 of 9"
//! between them, so a keyboard or screen-reader user knows where they are.

use crate::i18n::{t, t_args};
use leptos::prelude::*;

/// Links to the pages either side of `page` of `pages`; `None` where there is no such page.
#[component]
pub fn Pagination(
    /// Where the previous page is, if there is one.
    previous: Option<String>,
    /// Where the next page is, if there is one.
    next: Option<String>,
    /// This page's number, from 1.
    page: u32,
    /// How many pages there are.
    pages: u32,
) -> impl IntoView {
    view! {
        <nav class="govuk-pagination" aria-label=t("pagination-pages")>
            {previous.map(|href| view! { <PageLink href rel="prev"/> })}
            <p class="govuk-body govuk-!-margin-bottom-0">
                {t_args("pagination-page-of", [("page", page.into()), ("pages", pages.into())])}
            </p>
            {next.map(|href| view! { <PageLink href rel="next"/> })}
        </nav>
    }
}

/// A link to the previous (`rel="prev"`) or next (`rel="next"`) page.
#[component]
fn PageLink(href: String, rel: &'static str) -> impl IntoView {
    let (class, text) = if rel == "prev" {
        ("govuk-pagination__prev", t("pagination-previous"))
    } else {
        ("govuk-pagination__next", t("pagination-next"))
    };
    view! {
        <div class=class>
            <a class="govuk-link govuk-pagination__link" href=href rel=rel>
                <span class="govuk-pagination__link-title">{text}</span>
            </a>
        </div>
    }
}
