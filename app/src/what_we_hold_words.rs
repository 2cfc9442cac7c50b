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
            (
                "basis",
                tr(crate::pages::sharing::basis_words(ground.basis)).into(),
            ),
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
        let mut item = format!(
            "{} {sentence}",
            words(
                locale,
                "held-use",
                &[("use", tr(labels::council_use(u.key)).into())]
            )
        );
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
    why.link = Some((
        "/consents",
        tr("held-why-link"),
        PersonAction::ManageConsent,
    ));

    // (b) What.
    let mut what = section("held-what-heading");
    what.paragraphs
        .push(if held.person.details.nhs_number.is_some() {
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
        .map(|c| {
            words(
                locale,
                "held-to-consent",
                &[("recipients", c.recipients.clone().into())],
            )
        })
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
    to.link = Some((
        "/sharing",
        tr("held-to-link"),
        PersonAction::SeeSharingAndAccess,
    ));

    // (d) How long.
    let mut keep = section("held-keep-heading");
    keep.paragraphs
        .push(match (held.keeping, held.person.details.case_status) {
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
    rights.link = Some((
        "/requests/new",
        tr("held-rights-link"),
        PersonAction::MakeRequest,
    ));

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

#[cfg(test)]
mod tests {
    use super::*;
    use candour_domain::person::{Person, PersonId};
    use candour_domain::record::EntryKind;
    use candour_services::what_we_hold::RecordPart;

    fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    fn held(status: CaseStatus, keeping: Keeping, parts: Vec<RecordPart>) -> WhatWeHold {
        let mut details = candour_domain::synthetic::person(1, 0);
        details.case_status = status;
        WhatWeHold {
            person: Person {
                id: PersonId(1),
                details,
            },
            parts,
            consents: Vec::new(),
            shared: Vec::new(),
            keeping,
        }
    }

    fn section<'a>(words: &'a PresentedHolding, heading: &str) -> &'a Section {
        let heading = translate(Locale::EnGb, heading, None);
        words
            .sections
            .iter()
            .find(|s| s.heading == heading)
            .expect("section")
    }

    #[test]
    fn how_long_says_the_review_day_for_a_closed_case_the_rule_for_an_open_one_and_whom_to_ask_otherwise()
     {
        let organisation = Organisation::demo();
        let cases = [
            (
                CaseStatus::Closed { on: day(2020, 3, 5) },
                Keeping::Until { years: 8, review_on: day(2028, 3, 5) },
                "Your case closed on 5 March 2020. We keep your care record for 8 years after that, until 5 March 2028.".to_owned(),
            ),
            (
                CaseStatus::Open,
                Keeping::WhileOpenThen { years: 20 },
                "We keep your care record while we are working with you. Then we keep it for 20 years after your case closes.".to_owned(),
            ),
            (
                CaseStatus::Open,
                Keeping::NotInSchedule,
                format!(
                    "We have not written here how long we keep your care record. Ask our data protection officer: {}.",
                    organisation.dpo_email
                ),
            ),
        ];
        for (status, keeping, expected) in cases {
            let words = present(
                &held(status, keeping, Vec::new()),
                &organisation,
                Locale::EnGb,
                day(2026, 12, 7),
            );
            assert_eq!(section(&words, "held-keep-heading").paragraphs[0], expected);
        }
    }

    #[test]
    fn what_we_hold_counts_each_kind_once_names_each_team_once_and_every_section_of_article_15_is_there()
     {
        let part = |kind, team: &str, entries| RecordPart {
            kind,
            team: team.to_owned(),
            entries,
        };
        let parts = vec![
            part(EntryKind::CaseNote, "Adult social care", 3),
            part(EntryKind::CaseNote, "Occupational therapy", 2),
            part(EntryKind::Assessment, "Adult social care", 1),
        ];
        let words = present(
            &held(CaseStatus::Open, Keeping::WhileOpenThen { years: 8 }, parts),
            &Organisation::demo(),
            Locale::EnGb,
            day(2026, 12, 7),
        );
        let what = section(&words, "held-what-heading");
        assert_eq!(
            what.items,
            vec!["Assessment: 1".to_owned(), "Case note: 5".to_owned()]
        );
        let from = section(&words, "held-from-heading");
        assert_eq!(
            from.items,
            vec![
                "Adult social care".to_owned(),
                "Occupational therapy".to_owned()
            ]
        );
        // (a) to (h): why, what, where from, to whom, how long, rights, complaints, computers.
        assert_eq!(words.sections.len(), 8);
        assert!(
            words
                .sections
                .iter()
                .all(|s| !s.heading.is_empty() && !s.paragraphs.is_empty())
        );
        let to = section(&words, "held-to-heading");
        assert_eq!(
            to.after,
            vec![translate(Locale::EnGb, "held-to-none", None)]
        );
        // The Welsh words are Welsh.
        let cy = present(
            &held(
                CaseStatus::Open,
                Keeping::WhileOpenThen { years: 8 },
                Vec::new(),
            ),
            &Organisation::demo(),
            Locale::Cy,
            day(2026, 12, 7),
        );
        assert_eq!(cy.title, "Beth rydyn ni'n ei gadw amdanoch chi");
        assert_eq!(cy.lang, "cy");
    }
}
