//! The care record: the list of entries (filters, search, pages) and each entry.

pub mod entry;
pub mod list;

use crate::i18n::{t, t_args};
use crate::layout::guard::require_signed_in;
use crate::pages::not_found::NotFound;
use crate::records::{CannotRead, reader};
use candour_domain::access::PersonAction;
use candour_domain::access::actor::Actor;
use candour_domain::audit::AuditAction;
use candour_domain::person::PersonId;
use candour_domain::record::StatementLabel;
use leptos::prelude::*;
use leptos_meta::Title;

/// The signed-in reader and whose record they read, or the page to show instead.
fn record_reader() -> Result<(Actor, PersonId), AnyView> {
    person_reader(PersonAction::ReadRecord, AuditAction::ReadRecord)
}

/// The signed-in reader and whose information they may do `action` with, or the page to show
/// instead: nothing while the sign-in redirect happens, the not-found page (the refusal noted
/// as an attempt at `attempted`), or why a higher identity check is needed.
pub fn person_reader(
    action: PersonAction,
    attempted: AuditAction,
) -> Result<(Actor, PersonId), AnyView> {
    let Some(signed_in) = require_signed_in() else {
        return Err(().into_any());
    };
    reader(&signed_in, action).map_err(|cannot| match cannot {
        CannotRead::NeedsHigherAssurance => view! { <NeedsHigherAssurance/> }.into_any(),
        CannotRead::NotFound => {
            crate::refusals::note(attempted, crate::refusals::this_page());
            view! { <NotFound/> }.into_any()
        }
    })
}

/// Shown to someone whose identity was not checked to the level needed to read a record: why,
/// and what they can still do.
#[component]
pub fn NeedsHigherAssurance() -> impl IntoView {
    view! {
        <Title text=t("record-assurance-title")/>
        <h1 class="govuk-heading-l">{t("record-assurance-heading")}</h1>
        <p class="govuk-body">{t("record-assurance-why")}</p>
        <p class="govuk-body">{t("record-assurance-still")}</p>
        <p class="govuk-body"><a class="govuk-link" href="/requests">{t("account-requests-link")}</a></p>
    }
}

/// A statement's label as a GOV.UK tag: its class and its words ("Opinion of the social
/// worker"). Colour is never the only sign: the words say it.
pub fn statement_badge(label: StatementLabel) -> (&'static str, String) {
    match label {
        StatementLabel::Fact => ("govuk-tag govuk-tag--blue", t("label-fact")),
        StatementLabel::Opinion { whose } => (
            "govuk-tag govuk-tag--purple",
            t_args("label-opinion", [("name", whose.into())]),
        ),
        StatementLabel::Reported { by } => (
            "govuk-tag govuk-tag--orange",
            t_args("label-reported", [("name", by.into())]),
        ),
        StatementLabel::Unlabelled => ("govuk-tag govuk-tag--grey", t("label-unlabelled")),
    }
}
