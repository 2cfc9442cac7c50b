//! A consent receipt the person can keep (`/consents/{id}/receipt.json`): the consent record
//! fields of ISO/IEC TS 27560:2023 (record id, the PII principal, the controller, purpose,
//! lawful basis, recipients, the state now and every event with its date, who made it and how;
//! the end of a yes for a set time, who considered capacity and when, and the evidence)
//! as plain JSON with stable keys, so another service or the person's own software can read it.
//! The PDF receipt says the same in words; both are made from [`ConsentReceipt`].
//!
//! Decisions, written down:
//! - The receipt names the person by the council's case reference only, not their name or date
//!   of birth: a receipt is something people forward, and the reference is enough to find it.
//! - The lawful basis is always consent with explicit consent for care information (UK GDPR
//!   Art 6(1)(a), Art 9(2)(a)): only consents get receipts (the honesty rule, `offers`).
//! - A withdrawal the council recorded in its case system is shown as made by the council,
//!   because the case system does not say who asked for it.

use super::{CapacityCheck, ChangedBy, ConsentChange, ConsentOnRecord, ConsentStatus};
use chrono::NaiveDate;
use serde::Serialize;

/// What the receipt says it follows.
pub const RECEIPT_SCHEMA: &str = "ISO/IEC TS 27560:2023 consent record (Candour receipt 1)";

/// The whole receipt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ConsentReceipt {
    /// [`RECEIPT_SCHEMA`].
    pub schema: &'static str,
    /// Candour's number for the consent record.
    pub record_id: String,
    /// The case system's id for the consent.
    pub source_id: String,
    /// The person, by the council's case reference.
    pub pii_principal_id: String,
    /// The council.
    pub controller: String,
    /// What the consent lets the council do, in the words the person was given.
    pub purpose: String,
    /// The lawful basis.
    pub lawful_basis: &'static str,
    /// Who it lets the council share with.
    pub recipients: String,
    /// Organisations that received information under it, with the day.
    pub shared_with: Vec<SharedUnder>,
    /// Where it stands now.
    pub state: ConsentStatus,
    /// Every change, oldest first.
    pub events: Vec<ReceiptEvent>,
    /// The day a yes given for a set time ends, if it was.
    pub expires_on: Option<NaiveDate>,
    /// Who considered whether the person could decide, and when, if anyone did.
    pub capacity_assessment: Option<CapacityCheck>,
    /// Where the record of the answer is kept.
    pub evidence: Option<String>,
    /// The day the receipt was made.
    pub made_on: NaiveDate,
}

/// A share made under the consent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SharedUnder {
    /// The organisation.
    pub organisation: String,
    /// The day.
    pub shared_on: NaiveDate,
}

/// One change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReceiptEvent {
    /// given, refused, withdrawn or expired.
    pub state: ConsentStatus,
    /// True for a yes after a withdrawal.
    pub again: bool,
    /// The day.
    pub date: NaiveDate,
    /// person, on_their_behalf, delegate or council.
    pub by: &'static str,
    /// The name of whoever acted for the person, if someone did.
    pub by_name: Option<String>,
    /// in_writing, spoken or online, when known.
    pub method: Option<&'static str>,
    /// The reference of an online change.
    pub reference: Option<String>,
}

impl From<&ConsentChange> for ReceiptEvent {
    fn from(line: &ConsentChange) -> Self {
        let (by, by_name) = match &line.by {
            ChangedBy::Person => ("person", None),
            ChangedBy::OnTheirBehalf(name) => ("on_their_behalf", Some(name.clone())),
            ChangedBy::Delegate(name) => ("delegate", Some(name.clone())),
            ChangedBy::Council => ("council", None),
        };
        ReceiptEvent {
            state: line.status,
            again: line.again,
            date: line.on,
            by,
            by_name,
            method: line.method.map(|m| m.key()),
            reference: line.reference.clone(),
        }
    }
}

impl ConsentReceipt {
    /// The receipt for `consent` of the person with case reference `person_ref`, kept by
    /// `controller`, with the shares made under it, made on `today`.
    pub fn new(
        consent: &ConsentOnRecord,
        person_ref: &str,
        controller: &str,
        shared_with: Vec<SharedUnder>,
        today: NaiveDate,
    ) -> Self {
        ConsentReceipt {
            schema: RECEIPT_SCHEMA,
            record_id: consent.id.to_string(),
            source_id: consent.consent.source_id.clone(),
            pii_principal_id: person_ref.to_owned(),
            controller: controller.to_owned(),
            purpose: consent.consent.purpose.clone(),
            lawful_basis: "UK GDPR Article 6(1)(a) consent; Article 9(2)(a) explicit consent",
            recipients: consent.consent.recipients.clone(),
            shared_with,
            state: consent.status(),
            events: consent.history().iter().map(ReceiptEvent::from).collect(),
            expires_on: consent.consent.expires_on,
            capacity_assessment: consent.consent.capacity.clone(),
            evidence: consent.consent.evidence.clone(),
            made_on: today,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consent::{Consent, ConsentAnswer, ConsentMethod, OnlineChange, RecordedChange};

    #[test]
    fn the_receipt_lists_every_change_with_who_and_how_and_says_where_it_stands() {
        let day = |t: &str| t.parse::<NaiveDate>().expect("date");
        let consent = ConsentOnRecord {
            id: 4,
            consent: Consent {
                source_id: "C-9".into(),
                answer: ConsentAnswer::Yes,
                answered_on: day("2026-01-05"),
                answered_by: Some("Mary Smith (attorney)".into()),
                method: ConsentMethod::InWriting,
                purpose: "To tell the housing team".into(),
                recipients: "Housing".into(),
                withdrawn_on: None,
                expires_on: None,
                capacity: None,
                evidence: None,
            },
            changes: vec![RecordedChange {
                id: 12,
                change: OnlineChange {
                    status: ConsentStatus::Withdrawn,
                    on: day("2026-03-01"),
                    at: 0,
                    by: ChangedBy::Delegate("Sam".into()),
                },
            }],
            expired_on: None,
        };
        let receipt = ConsentReceipt::new(
            &consent,
            "P-1",
            "Demo Borough Council",
            vec![],
            day("2026-03-02"),
        );
        assert_eq!(receipt.state, ConsentStatus::Withdrawn);
        let events: Vec<_> = receipt
            .events
            .iter()
            .map(|e| {
                (
                    e.state,
                    e.by,
                    e.by_name.as_deref(),
                    e.method,
                    e.reference.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            events,
            vec![
                (
                    ConsentStatus::Given,
                    "on_their_behalf",
                    Some("Mary Smith (attorney)"),
                    Some("in_writing"),
                    None
                ),
                (
                    ConsentStatus::Withdrawn,
                    "delegate",
                    Some("Sam"),
                    Some("online"),
                    Some("CON-000012")
                ),
            ]
        );
        let json = serde_json::to_value(&receipt).expect("json");
        assert_eq!(json["state"], "withdrawn");
        assert_eq!(json["pii_principal_id"], "P-1");
        assert_eq!(json["events"][1]["date"], "2026-03-01");
    }
}
