//! A consent in words, in a given language: each line of its history ("12 March 2026: you said
//! yes. How: In writing. Reference: CON-000012."), where it stands, and the whole receipt as
//! the `consent-receipt` template reads it (`/consents/{id}/receipt.pdf`). The page and the
//! PDF use the same words.

use crate::i18n::{date_in, translate};
use candour_domain::consent::{ConsentMethod, ConsentReceipt, ConsentStatus, ReceiptEvent};
use candour_domain::locale::Locale;
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
    /// (label, value) pairs.
    pub facts: Vec<(String, String)>,
    /// "What happened".
    pub history_heading: String,
    /// Each change.
    pub history: Vec<String>,
    /// "Who we shared it with because you said yes".
    pub shared_heading: String,
    /// Each share, or the words for none.
    pub shared: Vec<String>,
}

/// `receipt` in the words of `locale`.
pub fn present_receipt(receipt: &ConsentReceipt, locale: Locale) -> PresentedReceipt {
    let tr = |key: &str| words(locale, key, &[]);
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
        (tr("receipt-purpose"), receipt.purpose.clone()),
        (tr("consents-recipients"), receipt.recipients.clone()),
        (tr("consents-status"), tr(status_words(receipt.state))),
    ];
    if let Some(end) = receipt.expires_on {
        facts.push((tr("consents-until"), date_in(locale, end)));
    }
    if let Some(check) = &receipt.capacity_assessment {
        facts.push((
            tr("consents-capacity"),
            words(
                locale,
                "consents-capacity-value",
                &[
                    ("who", check.by.clone()),
                    ("date", date_in(locale, check.on)),
                ],
            ),
        ));
    }
    if let Some(evidence) = &receipt.evidence {
        facts.push((tr("consents-evidence"), evidence.clone()));
    }
    facts.push((tr("receipt-law"), tr("receipt-law-value")));
    facts.push((
        tr("receipt-case-reference"),
        receipt.pii_principal_id.clone(),
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
        intro: tr("receipt-intro"),
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
