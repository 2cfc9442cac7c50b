//! After a correction, whom to tell (UK GDPR Art 19: "The controller shall communicate any
//! rectification … to each recipient to whom the personal data have been disclosed, unless this
//! proves impossible or involves disproportionate effort"): every share the case system has sent
//! Candour that included the corrected entry, oldest first, with whether the person was told of
//! the share. For staff only: it lists shares the person has not yet been told about too, since
//! those recipients hold the wrong words as well.
//!
//! Candour mirrors the case system's sharing records and cannot know of a share it was never
//! sent, so the officer is always asked to check the case system as well.

use crate::i18n::{date, t, t_args};
use candour_domain::sharing::{Sharing, Telling};
use leptos::prelude::*;

/// "Tell anyone it was shared with", and the list.
#[component]
pub fn Recipients(
    /// The shares that included the corrected entry (`candour_domain::sharing::recipients_of`).
    shares: Vec<Sharing>,
) -> impl IntoView {
    let list = if shares.is_empty() {
        view! { <p class="govuk-body">{t("correct-recipients-none")}</p> }.into_any()
    } else {
        let rows = shares
            .into_iter()
            .map(|share| {
                let told = match &share.telling {
                    Telling::Told { on } => {
                        t_args("correct-recipients-told", [("date", date(*on).into())])
                    }
                    Telling::NotYet { review_on, .. } => t_args(
                        "correct-recipients-not-told",
                        [("date", date(*review_on).into())],
                    ),
                };
                view! {
                    <tr class="govuk-table__row">
                        <td class="govuk-table__cell">{share.recipient_organisation}</td>
                        <td class="govuk-table__cell">{share.recipient_role}</td>
                        <td class="govuk-table__cell">{date(share.shared_on)}</td>
                        <td class="govuk-table__cell">{told}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="govuk-table">
                <caption class="govuk-table__caption govuk-table__caption--s">{t("correct-recipients-caption")}</caption>
                <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                        <th scope="col" class="govuk-table__header">{t("sharing-organisation")}</th>
                        <th scope="col" class="govuk-table__header">{t("sharing-role")}</th>
                        <th scope="col" class="govuk-table__header">{t("sharing-shared-on")}</th>
                        <th scope="col" class="govuk-table__header">{t("sharing-person-told")}</th>
                    </tr>
                </thead>
                <tbody class="govuk-table__body">{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <h2 class="govuk-heading-m">{t("correct-recipients-heading")}</h2>
        <p class="govuk-body">{t("correct-recipients-text")}</p>
        {list}
    }
}
