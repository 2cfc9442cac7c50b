//! "What we hold about you" in words, in a given language: the sections of UK GDPR Art 15(1)
//! (a)–(h) made from `candour_services::what_we_hold::WhatWeHold` and the council's details. The
//! page (`/what-we-hold`) and its printable PDF (`/what-we-hold.pdf`, the `what-we-hold`
//! template) are both made from these words, so they never disagree. The page adds a link
//! to the working journey under each section; the PDF, being paper, does not.

use crate::i18n::{date_in, translate};
use crate::labels;
use candour_domain::access::PersonAction;
use candour_domain::consent::COUNCIL_USES;
use candour_domain::locale::Locale;
use candour_domain::organisation::Organisation;
use candour_domain::person::CaseStatus;
use candour_domain::retention::Keeping;
use candour_domain::sharing::LegalGround;
use candour_services::what_we_hold::WhatWeHold;
use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use std::collections::BTreeMap;

/// The whole page in words: what the `what-we-hold` template reads as `/data.json`.
#[derive(Clone, Debug, Serialize)]
pub struct PresentedHolding {
    /// The title ("What we hold about you").
    pub title: String,
    /// ISO 639 language of the words.
    pub lang: String,
    /// ISO 3166 region, when the language tag has one.
    pub region: Option<String>,
    /// The council's name.
    pub organisation: String,
    /// Who it is about, and the day it was made.
    pub intro: String,
    /// Footer text.
    pub footer: String,
    /// "Page {page} of {pages}".
    pub page: String,
    /// The sections, in the order of Art 15(1).
    pub sections: Vec<Section>,
}

/// One section: a heading, paragraphs, then a list.
#[derive(Clone, Debug, Serialize)]
pub struct Section {
    /// Its heading.
    pub heading: String,
    /// Paragraphs before the list.
    pub paragraphs: Vec<String>,
    /// The list (may be empty).
    pub items: Vec<String>,
    /// Paragraphs after the list.
    pub after: Vec<String>,
    /// Where on the site the person acts on it, and what a reader must be allowed to do
    /// there (the page shows it only to those who may; the PDF never).
    #[serde(skip)]
    pub link: Option<(&'static str, String, PersonAction)>,
}

/// `key` in `locale`, with `args`.
fn words(locale: Locale, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    translate(locale, key, Some(&fluent))
}

/// The law behind a use of information in one or two sentences: the Art 6 basis with the
/// Art 9 condition, then the law named, if there is one. Used wherever a basis is explained.
pub fn law_sentences(locale: Locale, ground: LegalGround) -> (String, Option<String>) {
    let tr = |key: &str| words(locale, key, &[]);
    let sentence = words(
        locale,
        "sharing-basis-sentence",
        &[
            ("basis", tr(crate::pages::sharing::basis_words(ground.basis)).into()),
            ("article", ground.condition.article().into()),
            (
                "condition",
                tr(crate::pages::sharing::condition_words(ground.condition)).into(),
            ),
        ],
    );
    let law = ground.law.map(|law| {
        words(
            locale,
            "sharing-named-law",
            &[("law", tr(labels::sharing_law(law)).into())],
        )
    });
    (sentence, law)
}

/// `held` in the words of `locale`, with the council's details, made on `today`.
pub fn present(
    held: &WhatWeHold,
    organisation: &Organisation,
    locale: Locale,
    today: chrono::NaiveDate,
) -> PresentedHolding {
    let tr = |key: &str| words(locale, key, &[]);
    let section = |heading: &str| Section {
        heading: tr(heading),
        paragraphs: Vec::new(),
        items: Vec::new(),
        after: Vec::new(),
        link: None,
    };

    // (a) Why.
    let mut why = section("held-why-heading");
    why.paragraphs.push(tr("held-why-intro"));
    for u in COUNCIL_USES {
        let (sentence, law) = law_sentences(locale, u.ground);
        let mut item = format!("{} {sentence}", words(locale, "held-use", &[("use", tr(labels::council_use(u.key)).into())]));
        if let Some(law) = law {
            item.push(' ');
            item.push_str(&law);
        }
        why.items.push(item);
    }
    for c in &held.consents {
        why.items.push(words(
            locale,
            "held-why-consent",
            &[
                ("purpose", c.purpose.clone().into()),
                ("date", date_in(locale, c.answered_on).into()),
            ],
        ));
    }
    why.link = Some(("/consents", tr("held-why-link"), PersonAction::ManageConsent));

    // (b) What.
    let mut what = section("held-what-heading");
    what.paragraphs.push(if held.person.details.nhs_number.is_some() {
        tr("held-what-details-nhs")
    } else {
        tr("held-what-details")
    });
    let mut kinds: BTreeMap<&'static str, u64> = BTreeMap::new();
    for part in &held.parts {
        *kinds.entry(labels::entry_kind(part.kind)).or_default() += part.entries;
    }
    if kinds.is_empty() {
        what.paragraphs.push(tr("held-what-none"));
    } else {
        what.paragraphs.push(tr("held-what-record"));
        what.items = kinds
            .into_iter()
            .map(|(kind, count)| {
                words(
                    locale,
                    "held-what-kind",
                    &[("kind", tr(kind).into()), ("count", count.into())],
                )
            })
            .collect();
    }
    what.after.push(tr("held-what-special"));
    what.link = Some(("/record", tr("held-what-link"), PersonAction::ReadRecord));

    // (g) Where from.
    let mut from = section("held-from-heading");
    let mut teams: Vec<&str> = held.parts.iter().map(|p| p.team.as_str()).collect();
    teams.sort_unstable();
    teams.dedup();
    if !teams.is_empty() {
        from.paragraphs.push(tr("held-from-teams"));
        from.items = teams.into_iter().map(str::to_owned).collect();
    }
    from.after.push(tr("held-from-others"));

    // (c) To whom.
    let mut to = section("held-to-heading");
    to.paragraphs.push(tr("held-to-may"));
    to.items = held
        .consents
        .iter()
        .map(|c| words(locale, "held-to-consent", &[("recipients", c.recipients.clone().into())]))
        .collect();
    if held.shared.is_empty() {
        to.after.push(tr("held-to-none"));
    } else {
        let mut organisations: Vec<&str> = held
            .shared
            .iter()
            .map(|s| s.sharing.recipient_organisation.as_str())
            .collect();
        organisations.sort_unstable();
        organisations.dedup();
        to.after.push(words(
            locale,
            "held-to-gone",
            &[
                ("count", held.shared.len().into()),
                ("organisations", organisations.join(", ").into()),
            ],
        ));
    }
    to.link = Some(("/sharing", tr("held-to-link"), PersonAction::SeeSharingAndAccess));

    // (d) How long.
    let mut keep = section("held-keep-heading");
    keep.paragraphs.push(match (held.keeping, held.person.details.case_status) {
        (Keeping::WhileOpenThen { years }, _) => {
            words(locale, "held-keep-open", &[("years", years.into())])
        }
        (Keeping::Until { years, review_on }, CaseStatus::Closed { on }) => words(
            locale,
            "held-keep-closed",
            &[
                ("closed", date_in(locale, on).into()),
                ("years", years.into()),
                ("review", date_in(locale, review_on).into()),
            ],
        ),
        _ => words(
            locale,
            "held-keep-ask",
            &[("dpo", organisation.dpo_email.clone().into())],
        ),
    });
    keep.paragraphs.push(tr("held-keep-review"));

    // (e) Rights.
    let mut rights = section("held-rights-heading");
    rights.paragraphs.push(tr("held-rights-intro"));
    rights.items = [
        "held-rights-copy",
        "held-rights-correct",
        "held-rights-erase",
        "held-rights-restrict",
        "held-rights-object",
        "held-rights-withdraw",
    ]
    .into_iter()
    .map(tr)
    .collect();
    rights.after.push(tr("held-rights-time"));
    rights.link = Some(("/requests/new", tr("held-rights-link"), PersonAction::MakeRequest));

    // (f) Complaints.
    let mut complain = section("privacy-complain-heading");
    complain.paragraphs.push(words(
        locale,
        "held-complain-dpo",
        &[("dpo", organisation.dpo_email.clone().into())],
    ));
    complain.paragraphs.push(tr("privacy-ico"));

    // (h) Decisions by computer.
    let mut computer = section("held-computer-heading");
    computer.paragraphs.push(tr("held-computer"));

    PresentedHolding {
        title: tr("held-title"),
        lang: locale.tag().split('-').next().unwrap_or("en").to_owned(),
        region: locale.tag().split('-').nth(1).map(str::to_owned),
        organisation: organisation.name.clone(),
        intro: words(
            locale,
            "held-intro",
            &[
                ("name", held.person.details.full_name().into()),
                ("organisation", organisation.name.clone().into()),
                ("date", date_in(locale, today).into()),
            ],
        ),
        footer: words(
            locale,
            "held-footer",
            &[
                ("organisation", organisation.name.clone().into()),
                ("date", date_in(locale, today).into()),
            ],
        ),
        page: words(
            locale,
            "copy-page",
            &[("page", "{page}".into()), ("pages", "{pages}".into())],
        ),
        sections: vec![why, what, from, to, keep, rights, complain, computer],
    }
}
