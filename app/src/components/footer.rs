//! GOV.UK footer without the crown or the Open Government Licence (a council's own content is
//! not Crown copyright): the support links required on every page in the same place (WCAG 2.2
//! SC 3.2.6 Consistent Help) and a line naming the council.

use leptos::prelude::*;

/// A footer link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FooterLink {
    /// Where it goes.
    pub href: String,
    /// What it says.
    pub text: String,
}

/// The page footer.
#[component]
pub fn Footer(
    /// Heading for the links, read by screen readers.
    #[prop(into)]
    links_heading: String,
    /// Support links (accessibility, privacy, cookies, contact).
    links: Vec<FooterLink>,
    /// The line under the links, e.g. "© Anytown Borough Council".
    #[prop(into)]
    meta_text: String,
) -> impl IntoView {
    view! {
        <footer class="govuk-footer">
            <div class="govuk-width-container">
                <div class="govuk-footer__meta">
                    <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                        <h2 class="govuk-visually-hidden">{links_heading}</h2>
                        <ul class="govuk-footer__inline-list">
                            {links
                                .into_iter()
                                .map(|link| {
                                    view! {
                                        <li class="govuk-footer__inline-list-item">
                                            <a class="govuk-footer__link" href=link.href>
                                                {link.text}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                        <p class="govuk-body-s">{meta_text}</p>
                    </div>
                </div>
            </div>
        </footer>
    }
}
