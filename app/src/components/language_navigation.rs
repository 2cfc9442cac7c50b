//! GOV.UK language navigation: every language the page is available in, each named in its own
//! language and marked with `lang`, so a reader who cannot read the current page can still find
//! theirs (WCAG 2.2 SC 3.1.2 Language of Parts).

use leptos::prelude::*;

/// One language in the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageItem {
    /// The language's name in that language ("Cymraeg").
    pub text: String,
    /// Its BCP 47 tag.
    pub lang: String,
    /// The link to this page in that language; `None` for the current language.
    pub href: Option<String>,
}

/// The list of languages, the current one marked and not linked.
#[component]
pub fn LanguageNavigation(
    /// The languages, in display order.
    items: Vec<LanguageItem>,
    /// The navigation landmark's accessible name, in the page's language.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    view! {
        <nav class="govuk-language-navigation" aria-label=label>
            <ul class="govuk-language-navigation__list">
                {items
                    .into_iter()
                    .map(|item| {
                        view! {
                            <li class="govuk-language-navigation__list-item">
                                {match item.href {
                                    None => {
                                        view! {
                                            <span
                                                class="govuk-language-navigation__text"
                                                aria-current="true"
                                                lang=item.lang
                                            >
                                                {item.text}
                                            </span>
                                        }
                                            .into_any()
                                    }
                                    Some(href) => {
                                        view! {
                                            <a
                                                class="govuk-language-navigation__link"
                                                href=href
                                                rel="alternate"
                                                lang=item.lang.clone()
                                                hreflang=item.lang
                                            >
                                                {item.text}
                                            </a>
                                        }
                                            .into_any()
                                    }
                                }}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
