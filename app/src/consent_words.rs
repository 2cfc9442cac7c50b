//! A consent in words, in a given language: each line of its history ("12 March 2026: you said
//! yes. How: In writing. Reference: CON-000012."), where it stands, and the whole receipt as
//! the `consent-receipt` template reads it (`/consents/{id}/receipt.pdf`). The page and the
//! PDF use the same words.

use crate::i18n::{date_in, translate};
use candour_domain::consent::{ConsentMethod, ConsentReceipt, ConsentStatus, ReceiptEvent};
use candour_domain::locale::Locale;
use candour_domain::person::InformationFormat;
use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

/// `key` in `locale`, with `args`.
fn words(locale: Locale, key: &str, args: &[(&str, String)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, FluentValue::from(value.clone()));
    }
    translate(locale, key, Some(&fluent))
}

/// One line of a consent's history.
pub fn history_line(locale: Locale, line: &ReceiptEvent) -> String {
    let who = match (line.by, &line.by_name) {
        (_, Some(name)) => name.clone(),
        _ => words(locale, "consents-by-you", &[]),
    };
    let key = match (line.state, line.again, line.by) {
        (ConsentStatus::Withdrawn, _, "council") => "consents-line-withdrawn-recorded",
        (ConsentStatus::Withdrawn, _, _) => "consents-line-withdrawn",
        (ConsentStatus::Given, true, _) => "consents-line-given-again",
        (ConsentStatus::Given, false, _) => "consents-line-given",
        (ConsentStatus::Refused, _, _) => "consents-line-refused",
        (ConsentStatus::Expired, _, _) => "consents-line-expired",
    };
    let mut text = words(
        locale,
        key,
        &[("date", date_in(locale, line.date)), ("who", who)],
    );
    if let Some(method) = line.method.and_then(ConsentMethod::from_key) {
        let how = words(locale, crate::labels::consent_method(method), &[]);
        text.push(' ');
        text.push_str(&words(locale, "consents-line-how", &[("how", how)]));
    }
    if let Some(reference) = &line.reference {
        text.push(' ');
        text.push_str(&words(
            locale,
            "consents-line-reference",
            &[("reference", reference.clone())],
        ));
    }
    text
}

/// Where a consent stands, as a message id.
pub fn status_words(status: ConsentStatus) -> &'static str {
    match status {
        ConsentStatus::Given => "consents-status-given",
        ConsentStatus::Refused => "consents-status-refused",
        ConsentStatus::Withdrawn => "consents-status-withdrawn",
        ConsentStatus::Expired => "consents-status-expired",
    }
}

/// The receipt in words: what the `consent-receipt` template reads as `/data.json`.
#[derive(Clone, Debug, Serialize)]
pub struct PresentedReceipt {
    /// The document's title.
    pub title: String,
    /// ISO 639 language of the words.
    pub lang: String,
    /// ISO 3166 region, when the language tag has one.
    pub region: Option<String>,
    /// The council's name.
    pub organisation: String,
    /// Footer text.
    pub footer: String,
    /// "Page {page} of {pages}".
    pub page: String,
    /// Opening paragraph.
    pub intro: String,
    /// Text size in points: 12, 16 for Easy Read, 20 for large print.
    pub size: u8,
    /// Easy Read: each fact beside a picture.
    pub easy_read: bool,
    /// What the receipt says, fact by fact.
    pub facts: Vec<Fact>,
    /// "What happened".
    pub history_heading: String,
    /// Each change.
    pub history: Vec<String>,
    /// "Who we shared it with because you said yes".
    pub shared_heading: String,
    /// Each share, or the words for none.
    pub shared: Vec<String>,
}

/// One fact of a receipt.
#[derive(Clone, Debug, Serialize)]
pub struct Fact {
    /// What it is ("What it is for").
    pub label: String,
    /// The fact.
    pub value: String,
    /// The picture beside it in Easy Read (a leaflet picture's path); its text alternative is
    /// the label.
    pub picture: String,
}

/// `receipt` in the words of `locale`, laid out for `format`: Easy Read (16 pt, a picture beside
/// each fact, the Easy Read opening: Mencap, "Make it clear"; NHS England, Accessible
/// Information Standard) or large print (20 pt, as large print leaflets); otherwise 12 pt.
pub fn present_receipt(
    receipt: &ConsentReceipt,
    locale: Locale,
    format: Option<InformationFormat>,
) -> PresentedReceipt {
    let tr = |key: &str| words(locale, key, &[]);
    let easy_read = format == Some(InformationFormat::EasyRead);
    let size = match format {
        Some(InformationFormat::EasyRead) => 16,
        Some(InformationFormat::LargePrint) => 20,
        _ => 12,
    };
    let fact = |label: String, value: String, picture: &str| Fact {
        label,
        value,
        picture: format!("/pictures/{picture}.svg"),
    };
    let standing = match receipt.state {
        ConsentStatus::Given => "yes",
        ConsentStatus::Refused | ConsentStatus::Withdrawn | ConsentStatus::Expired => "stop",
    };
    let shared = if receipt.shared_with.is_empty() {
        vec![tr("receipt-shared-none")]
    } else {
        receipt
            .shared_with
            .iter()
            .map(|s| {
                words(
                    locale,
                    "receipt-shared-item",
                    &[
                        ("organisation", s.organisation.clone()),
                        ("date", date_in(locale, s.shared_on)),
                    ],
                )
            })
            .collect()
    };
    let mut facts = vec![
        fact(tr("receipt-purpose"), receipt.purpose.clone(), "consent"),
        fact(
            tr("consents-recipients"),
            receipt.recipients.clone(),
            "told",
        ),
        fact(
            tr("consents-status"),
            tr(status_words(receipt.state)),
            standing,
        ),
    ];
    if let Some(end) = receipt.expires_on {
        facts.push(fact(tr("consents-until"), date_in(locale, end), "calendar"));
    }
    if let Some(check) = &receipt.capacity_assessment {
        let value = words(
            locale,
            "consents-capacity-value",
            &[
                ("who", check.by.clone()),
                ("date", date_in(locale, check.on)),
            ],
        );
        facts.push(fact(tr("consents-capacity"), value, "question"));
    }
    if let Some(evidence) = &receipt.evidence {
        facts.push(fact(tr("consents-evidence"), evidence.clone(), "record"));
    }
    facts.push(fact(tr("receipt-law"), tr("receipt-law-value"), "key"));
    facts.push(fact(
        tr("receipt-case-reference"),
        receipt.pii_principal_id.clone(),
        "record",
    ));
    PresentedReceipt {
        title: tr("receipt-title"),
        lang: locale.tag().split('-').next().unwrap_or("en").to_owned(),
        region: locale.tag().split('-').nth(1).map(str::to_owned),
        organisation: receipt.controller.clone(),
        footer: words(
            locale,
            "receipt-footer",
            &[
                ("organisation", receipt.controller.clone()),
                ("date", date_in(locale, receipt.made_on)),
            ],
        ),
        page: words(
            locale,
            "copy-page",
            &[
                ("page", "{page}".to_owned()),
                ("pages", "{pages}".to_owned()),
            ],
        ),
        intro: tr(if easy_read {
            "receipt-intro-easy-read"
        } else {
            "receipt-intro"
        }),
        size,
        easy_read,
        facts,
        history_heading: tr("consents-history"),
        history: receipt
            .events
            .iter()
            .map(|e| history_line(locale, e))
            .collect(),
        shared_heading: tr("receipt-shared-heading"),
        shared,
    }
}
