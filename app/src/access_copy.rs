//! Making a subject access copy (`candour_domain::access_copy`) and putting it into words.
//!
//! `candour_services::requests::gather` reads everything Candour holds for one person, scoped by
//! that person in every query (shares the person has not been told of are dropped by
//! `assemble`, never shown); [`present`] turns a copy into labelled sections in the person's language. The HTML
//! page and the PDF (the `access-copy` typst template) are both made from the same
//! [`Presented`] document, so they can never say different things; the JSON download is the
//! copy itself, with stable keys, for machines.

use crate::i18n::{date_in, translate};
use crate::labels;
use candour_domain::access::{AuthorityKind, DelegateScope};
use candour_domain::access_copy::{AccessCopy, CopyStatement};
use candour_domain::consent::ConsentAnswer;
use candour_domain::locale::Locale;
use candour_domain::record::{EntryKind, StatementLabel};
use candour_domain::rights::{EventKind, Right};
use candour_domain::sharing::LawfulBasis;
use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

/// A heading with (label, value) pairs.
#[derive(Clone, Debug, Serialize)]
pub struct Facts {
    /// The section's heading.
    pub heading: String,
    /// Label and value, in order.
    pub facts: Vec<(String, String)>,
}

/// One statement in words.
#[derive(Clone, Debug, Serialize)]
pub struct PresentedStatement {
    /// "Fact", "Opinion of the social worker", or why it is withheld.
    pub label: String,
    /// The words, without Markdown marks (empty when withheld).
    pub text: String,
    /// The words as Markdown, for the HTML page (empty when withheld).
    pub markdown: String,
    /// The person's statement of disagreement with it, introduced in words (empty when none).
    pub disagreement: String,
}

/// One entry in words.
#[derive(Clone, Debug, Serialize)]
pub struct PresentedEntry {
    /// Its title.
    pub title: String,
    /// Kind, dates, team.
    pub facts: Vec<(String, String)>,
    /// The Easy Read summary, if any.
    pub summary: Option<String>,
    /// Why the whole entry is withheld, if it is.
    pub withheld: Vec<String>,
    /// The statements.
    pub statements: Vec<PresentedStatement>,
}

/// A section of titled items.
#[derive(Clone, Debug, Serialize)]
pub struct Items<T> {
    /// The section's heading.
    pub heading: String,
    /// What to say when there are none.
    pub none: String,
    /// The items.
    pub items: Vec<T>,
}

/// One request in words.
#[derive(Clone, Debug, Serialize)]
pub struct PresentedRequest {
    /// "A copy of your information (CR-000001)".
    pub title: String,
    /// Received, status, what was asked.
    pub facts: Vec<(String, String)>,
    /// Each event, one line.
    pub events: Vec<String>,
}

/// One delegate or one share in words: a name (the delegate's; the recipient's) and its facts.
#[derive(Clone, Debug, Serialize)]
pub struct NamedFacts {
    /// The delegate's name, or who received a share.
    pub name: String,
    /// A delegate's authority, scope, dates, evidence; a share's date, what, why and basis.
    pub facts: Vec<(String, String)>,
}

/// The record section.
#[derive(Clone, Debug, Serialize)]
pub struct PresentedRecord {
    /// Its heading.
    pub heading: String,
    /// What to say when there are no entries.
    pub none: String,
    /// The entries, newest first.
    pub entries: Vec<PresentedEntry>,
}

/// The whole copy in words: what the `access-copy` template reads as `/data.json`.
#[derive(Clone, Debug, Serialize)]
pub struct Presented {
    /// The document's title.
    pub title: String,
    /// ISO 639 language of the words (`en`, `cy`).
    pub lang: String,
    /// ISO 3166 region, when the language tag has one (`GB`).
    pub region: Option<String>,
    /// The council's name.
    pub organisation: String,
    /// Footer text.
    pub footer: String,
    /// "Page {page} of {pages}", the two slots filled by the template.
    pub page: String,
    /// Opening paragraphs.
    pub intro: Vec<String>,
    /// About the person.
    pub about: Facts,
    /// The care record.
    pub record: PresentedRecord,
    /// Their requests.
    pub requests: Items<PresentedRequest>,
    /// People who can act for them.
    pub delegates: Items<NamedFacts>,
    /// Who their information was shared with.
    pub sharing: Items<NamedFacts>,
    /// What they agreed to.
    pub consents: Items<NamedFacts>,
    /// Who looked at or used their information.
    pub activity: Items<String>,
}

/// The copy in the words of `locale`, for the council called `organisation`.
pub fn present(copy: &AccessCopy, locale: Locale, organisation: &str) -> Presented {
    let tr = |key: &str| translate(locale, key, None);
    let tr_with = |key: &str, pairs: &[(&str, String)]| {
        let mut args = FluentArgs::new();
        for (name, value) in pairs {
            args.set(*name, FluentValue::from(value.clone()));
        }
        translate(locale, key, Some(&args))
    };
    let day = |d: chrono::NaiveDate| date_in(locale, d);
    let person = &copy.person;
    let needs = &person.communication_needs;
    let mut about = vec![
        (tr("copy-name"), person.name.clone()),
        (tr("copy-date-of-birth"), day(person.date_of_birth)),
        (tr("copy-case-number"), person.case_record_number.clone()),
    ];
    if let Some(nhs) = &person.nhs_number {
        about.push((tr("copy-nhs-number"), nhs.clone()));
    }
    about.push((
        tr("copy-language"),
        person.preferred_language.parse::<Locale>().map_or_else(
            |_| person.preferred_language.clone(),
            |l| l.endonym().to_owned(),
        ),
    ));
    if let Some(support) = &needs.communication_support {
        about.push((tr("copy-support"), support.clone()));
    }
    if let Some(professional) = &needs.communication_professional {
        about.push((
            tr("copy-professional"),
            labels::professional_in(locale, professional),
        ));
    }
    if let Some(method) = needs.contact_method {
        about.push((
            tr("copy-contact-method"),
            tr(labels::contact_method(method)),
        ));
    }
    if let Some(format) = needs.information_format {
        about.push((tr("copy-format"), tr(labels::information_format(format))));
    }
    about.push((
        tr("copy-case"),
        person.case_closed_on.map_or_else(
            || tr("copy-case-open"),
            |on| tr_with("copy-case-closed", &[("date", day(on))]),
        ),
    ));
    if let Some(worker) = &person.allocated_worker {
        let contact = worker.contact().unwrap_or_default();
        about.push((
            tr("copy-worker"),
            [worker.name.as_str(), worker.role.as_str(), contact.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
        ));
    }
    let entries = copy
        .entries
        .iter()
        .map(|e| {
            let kind = EntryKind::from_key(&e.kind)
                .map_or_else(String::new, |k| tr(labels::entry_kind(k)));
            PresentedEntry {
                title: e.title.clone(),
                facts: vec![
                    (tr("copy-entry-kind"), kind),
                    (tr("entry-event-date"), day(e.event_date)),
                    (
                        tr("entry-written"),
                        tr_with(
                            "entry-written-by",
                            &[
                                ("date", day(e.written_date)),
                                ("name", e.author_role.clone()),
                                ("organisation", e.team.clone()),
                            ],
                        ),
                    ),
                    (
                        tr("entry-checked"),
                        e.checked_on.map_or_else(|| tr("entry-never-checked"), day),
                    ),
                ],
                summary: e.summary.clone(),
                withheld: e
                    .withheld_reason
                    .map(|r| vec![tr("withheld-entry"), tr(labels::withheld_reason(r))])
                    .unwrap_or_default(),
                statements: e
                    .statements
                    .iter()
                    .map(|s| match s {
                        CopyStatement::Shown {
                            label,
                            text,
                            disagreement,
                        } => PresentedStatement {
                            label: match label {
                                StatementLabel::Fact => tr("label-fact"),
                                StatementLabel::Opinion { whose } => {
                                    tr_with("label-opinion", &[("name", whose.clone())])
                                }
                                StatementLabel::Reported { by } => {
                                    tr_with("label-reported", &[("name", by.clone())])
                                }
                                StatementLabel::Unlabelled => tr("label-unlabelled"),
                            },
                            text: crate::markdown::to_plain_text(text),
                            markdown: text.clone(),
                            disagreement: disagreement.as_ref().map_or_else(String::new, |d| {
                                format!("{}: {d}", tr("disagreement-heading"))
                            }),
                        },
                        CopyStatement::Withheld { reason } => PresentedStatement {
                            label: format!(
                                "{} {}",
                                tr("withheld-statement"),
                                tr(labels::withheld_reason(*reason))
                            ),
                            text: String::new(),
                            markdown: String::new(),
                            disagreement: String::new(),
                        },
                    })
                    .collect(),
            }
        })
        .collect();
    let requests = copy
        .requests
        .iter()
        .map(|r| {
            let right =
                Right::from_key(&r.right).map_or_else(String::new, |k| tr(labels::right(k)));
            let mut facts = vec![
                (tr("copy-request-received"), day(r.received)),
                (tr("request-status"), tr(labels::request_status(r.status))),
                (tr("copy-request-about"), r.about.clone()),
            ];
            if let Some(disagreement) = &r.disagreement {
                facts.push((tr("disagreement-heading"), disagreement.clone()));
            }
            PresentedRequest {
                title: format!("{right} ({})", r.reference),
                facts,
                events: r
                    .events
                    .iter()
                    .map(|(kind, on, note)| {
                        let what = EventKind::from_key(kind)
                            .map_or_else(String::new, |k| tr(labels::event(k)));
                        if note.trim().is_empty() {
                            format!("{}: {what}", day(*on))
                        } else {
                            format!("{}: {what}. {note}", day(*on))
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let delegates = copy
        .delegations
        .iter()
        .map(|d| {
            let mut facts = vec![
                (
                    tr("delegates-authority"),
                    AuthorityKind::from_key(&d.authority)
                        .map_or_else(String::new, |a| tr(labels::authority(a))),
                ),
                (
                    tr("delegates-can"),
                    d.scopes
                        .iter()
                        .filter_map(|s| s.parse::<DelegateScope>().ok())
                        .map(|s| tr(labels::scope(s)))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                (
                    tr("delegates-until"),
                    d.ends_on.map_or_else(|| tr("delegates-no-end"), day),
                ),
                (
                    tr("delegates-status"),
                    tr(&format!("delegation-{}", d.status)),
                ),
            ];
            if let Some(evidence) = &d.evidence {
                facts.push((
                    tr("delegates-evidence"),
                    format!(
                        "{}: {}",
                        evidence.document_reference, evidence.what_was_checked
                    ),
                ));
            }
            NamedFacts {
                name: d.name.clone(),
                facts,
            }
        })
        .collect();
    let sharing = copy
        .sharing
        .iter()
        .map(|share| {
            let consent = match share.authority {
                Some(law) if share.basis != LawfulBasis::Consent => tr_with(
                    "copy-sharing-not-agreed",
                    &[("law", tr(labels::sharing_law(law)))],
                ),
                _ => tr("copy-sharing-agreed"),
            };
            NamedFacts {
                name: format!("{} ({})", share.organisation, share.role),
                facts: vec![
                    (tr("copy-sharing-on"), day(share.shared_on)),
                    (tr("copy-sharing-what"), share.information.clone()),
                    (tr("copy-sharing-why"), share.purpose.clone()),
                    (
                        tr("copy-sharing-basis"),
                        tr(labels::lawful_basis(share.basis)),
                    ),
                    (tr("copy-sharing-consent"), consent),
                ],
            }
        })
        .collect();
    let consents = copy
        .consents
        .iter()
        .map(|consent| {
            let answer = match consent.answer {
                ConsentAnswer::Yes => tr("copy-consent-yes"),
                ConsentAnswer::No => tr("copy-consent-no"),
            };
            let mut facts = vec![
                (tr("copy-consent-answer"), answer),
                (tr("copy-consent-on"), day(consent.answered_on)),
                (
                    tr("copy-consent-by"),
                    consent
                        .answered_by
                        .clone()
                        .unwrap_or_else(|| tr("copy-consent-by-you")),
                ),
                (
                    tr("copy-consent-how"),
                    tr(labels::consent_method(consent.method)),
                ),
                (tr("copy-consent-recipients"), consent.recipients.clone()),
            ];
            // Only a yes can still count, or have been taken back.
            if consent.answer == ConsentAnswer::Yes {
                let status = match consent.withdrawn_on {
                    Some(on) => tr_with("copy-consent-withdrawn", &[("date", day(on))]),
                    None => tr("copy-consent-in-force"),
                };
                facts.push((tr("copy-consent-status"), status));
            }
            facts.push((tr("copy-consent-reference"), consent.source_id.clone()));
            NamedFacts {
                name: consent.purpose.clone(),
                facts,
            }
        })
        .collect();
    let activity = copy
        .activity
        .iter()
        .map(|a| {
            let when = chrono::DateTime::from_timestamp(a.at, 0)
                .map(|t| {
                    let local = t.with_timezone(&chrono_tz::Europe::London);
                    format!("{} {}", day(local.date_naive()), local.format("%H:%M"))
                })
                .unwrap_or_default();
            format!("{when}: {}, {}", a.who, tr(labels::activity(&a.action)))
        })
        .collect();
    Presented {
        title: tr("copy-title"),
        lang: locale.tag().split('-').next().unwrap_or("en").to_owned(),
        region: locale.tag().split('-').nth(1).map(str::to_owned),
        organisation: organisation.to_owned(),
        footer: tr_with(
            "copy-footer",
            &[
                ("organisation", organisation.to_owned()),
                ("name", copy.reference.clone()),
            ],
        ),
        page: tr_with(
            "copy-page",
            &[
                ("page", "{page}".to_owned()),
                ("pages", "{pages}".to_owned()),
            ],
        ),
        intro: vec![
            tr_with(
                "copy-intro-made",
                &[
                    ("organisation", organisation.to_owned()),
                    ("date", day(copy.made_on)),
                ],
            ),
            tr("copy-intro-withheld"),
            tr_with("copy-available", &[("date", day(copy.available_until))]),
        ],
        about: Facts {
            heading: tr("copy-about-heading"),
            facts: about,
        },
        record: PresentedRecord {
            heading: tr("copy-record-heading"),
            none: tr("copy-record-none"),
            entries,
        },
        requests: Items {
            heading: tr("copy-requests-heading"),
            none: tr("copy-requests-none"),
            items: requests,
        },
        delegates: Items {
            heading: tr("copy-delegates-heading"),
            none: tr("copy-delegates-none"),
            items: delegates,
        },
        sharing: Items {
            heading: tr("copy-sharing-heading"),
            none: tr("copy-sharing-none"),
            items: sharing,
        },
        consents: Items {
            heading: tr("copy-consents-heading"),
            none: tr("copy-consents-none"),
            items: consents,
        },
        activity: Items {
            heading: tr("copy-activity-heading"),
            none: tr("copy-activity-none"),
            items: activity,
        },
    }
}

/// The copy answering the request `reference`, opened for the signed-in reader through the
/// workflow (`candour_services::requests::open_copy`: the person, or a delegate who may read
/// their record, whose opening is recorded), with the person's language. Anyone else, a request
/// that is not theirs, no copy, or an expired one: not found, the same answer each time.
pub async fn open_for(
    services: &candour_services::Services,
    signed_in: &crate::session::SignedIn,
    reference: &str,
) -> Result<(Locale, AccessCopy), crate::errors::AppError> {
    use crate::errors::AppError;
    let id =
        candour_domain::rights::RequestId::from_reference(reference).ok_or(AppError::NotFound)?;
    let copy = candour_services::requests::open_copy(services, &signed_in.caller(), id).await?;
    let locale = signed_in
        .acting_for
        .as_ref()
        .map_or(Locale::DEFAULT, |p| p.details.preferred_locale);
    Ok((locale, copy))
}

/// The copy answering request `reference`, if the signed-in reader may open it now: for the
/// request page's links and "available until" (nothing is opened or recorded).
pub async fn available(
    signed_in: &crate::session::SignedIn,
    reference: &str,
) -> Option<AccessCopy> {
    use candour_domain::access::{Decision, PersonAction, decide};
    let actor = signed_in.actor.as_ref()?;
    let id = candour_domain::rights::RequestId::from_reference(reference)?;
    let person = actor.person()?;
    if decide(actor, person, PersonAction::ReadRecord) != Decision::Allow {
        return None;
    }
    let state = crate::state::app_state();
    let record = state
        .services
        .reads()
        .access_copy(person, id, state.services.now())
        .await
        .ok()??;
    serde_json::from_str(&record.document).ok()
}
