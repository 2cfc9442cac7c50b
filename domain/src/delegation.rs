//! Delegations: someone acting for a person, with the person's authority or the law's.
//!
//! A person invites a family member, friend or advocate with a one-time code they hand over,
//! choosing what the delegate may do and until when (ICO: a third party may act "with the
//! individual's authority"). Staff register attorneys under a health and welfare Lasting Power of
//! Attorney and Court of Protection deputies after checking the document (Mental Capacity Act
//! 2005 ss.9–23), recording what they checked. A delegation stops working the moment it ends or
//! expires; the person can end any at once, and can see everything each delegate did.

use crate::access::{AccountId, AuthorityKind, DelegateScope};
use crate::person::PersonId;
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// Candour's id for a delegation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DelegationId(pub i64);

/// A delegation about to be created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewDelegation {
    /// The person acted for.
    pub person: PersonId,
    /// The delegate's account, when known (staff registrations); `None` for an invitation.
    pub delegate: Option<AccountId>,
    /// The delegate's name, as the person or staff wrote it.
    pub delegate_name: String,
    /// Where the authority comes from.
    pub authority: AuthorityKind,
    /// What the delegate may do.
    pub scopes: BTreeSet<DelegateScope>,
    /// The last day it works, if it ends.
    pub ends_on: Option<NaiveDate>,
    /// For an invitation: the hash of the one-time code.
    pub invite_code_hash: Option<String>,
    /// For a staff registration: what was checked (e.g. "LPA registered 2021, OPG ref …").
    pub evidence: Option<String>,
    /// Who created it.
    pub created_by: AccountId,
    /// For an invitation emailed to an address: that address's [`email_hash`]. Only an account
    /// signed in with the same address can accept it, so a code forwarded or intercepted is of
    /// no use to anyone else (security review).
    pub invited_email_hash: Option<String>,
}

/// A stored delegation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delegation {
    /// Its id.
    pub id: DelegationId,
    /// As created.
    pub details: NewDelegation,
    /// When created (unix seconds).
    pub created_at: i64,
    /// When the delegate accepted the invitation (or the registration took effect).
    pub accepted_at: Option<i64>,
    /// When it was ended early, and by whom.
    pub ended: Option<(i64, AccountId)>,
    /// For a registration by staff: when a second member of staff approved it, and who (no one
    /// is named for registrations made before approval was required).
    pub approved: Option<(i64, Option<AccountId>)>,
}

/// Where a delegation stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DelegationStatus {
    /// Registered by staff, waiting for a second member of staff to approve it.
    AwaitingApproval,
    /// Invited, not yet accepted.
    Invited,
    /// Working.
    Live,
    /// Past its end date.
    Expired,
    /// Ended by the person or staff.
    Ended,
}

impl DelegationStatus {
    /// The key used in exports (`awaiting-approval`, `invited`, `live`, `expired`, `ended`).
    pub fn key(self) -> &'static str {
        match self {
            DelegationStatus::AwaitingApproval => "awaiting-approval",
            DelegationStatus::Invited => "invited",
            DelegationStatus::Live => "live",
            DelegationStatus::Expired => "expired",
            DelegationStatus::Ended => "ended",
        }
    }
}

impl Delegation {
    /// Whether a second member of staff must still approve it: an attorney or deputy registered
    /// by staff (the document is the evidence) works only once someone other than the member
    /// of staff who registered it has approved it (security review: one caseworker must not be
    /// able to make themselves, or anyone, an attorney alone).
    pub fn awaits_approval(&self) -> bool {
        self.details.evidence.is_some() && self.approved.is_none()
    }

    /// Its status on `today` (Europe/London date).
    pub fn status(&self, today: NaiveDate) -> DelegationStatus {
        if self.ended.is_some() {
            DelegationStatus::Ended
        } else if self.details.ends_on.is_some_and(|end| today > end) {
            DelegationStatus::Expired
        } else if self.awaits_approval() {
            DelegationStatus::AwaitingApproval
        } else if self.accepted_at.is_none() || self.details.delegate.is_none() {
            DelegationStatus::Invited
        } else {
            DelegationStatus::Live
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delegation() -> Delegation {
        Delegation {
            id: DelegationId(1),
            details: NewDelegation {
                person: PersonId(1),
                delegate: Some(AccountId(2)),
                delegate_name: "Sam".into(),
                authority: AuthorityKind::PersonsAuthority,
                scopes: [DelegateScope::ReadRecord].into_iter().collect(),
                ends_on: Some(NaiveDate::from_ymd_opt(2026, 12, 31).expect("date")),
                invite_code_hash: None,
                evidence: None,
                created_by: AccountId(3),
                invited_email_hash: None,
            },
            created_at: 0,
            accepted_at: Some(1),
            ended: None,
            approved: None,
        }
    }

    #[test]
    fn a_delegation_works_only_while_accepted_unended_and_in_date() {
        let day = |text: &str| text.parse::<NaiveDate>().expect("date");
        let live = delegation();
        assert_eq!(
            live.status(day("2026-12-31")),
            DelegationStatus::Live,
            "the end date itself still works"
        );
        assert_eq!(live.status(day("2027-01-01")), DelegationStatus::Expired);
        let mut invited = delegation();
        invited.accepted_at = None;
        invited.details.delegate = None;
        assert_eq!(invited.status(day("2026-06-01")), DelegationStatus::Invited);
        let mut ended = delegation();
        ended.ended = Some((5, AccountId(1)));
        assert_eq!(ended.status(day("2026-06-01")), DelegationStatus::Ended);
        let mut registered = invited.clone();
        registered.details.evidence = Some("LPA seen".into());
        assert_eq!(
            registered.status(day("2026-06-01")),
            DelegationStatus::AwaitingApproval,
            "a registration waits for a second member of staff"
        );
        registered.approved = Some((2, Some(AccountId(4))));
        assert_eq!(
            registered.status(day("2026-06-01")),
            DelegationStatus::Invited
        );
        assert_eq!(
            registered.status(day("2027-01-01")),
            DelegationStatus::Expired,
            "an end date passes whether or not it was approved"
        );
    }
}

/// What a member of staff checked before registering an attorney or deputy (Office of the Public
/// Guardian: check the registered LPA or the court order, and that it covers health and
/// welfare). Kept with the delegation and shown to the person, with who checked it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AuthorityEvidence {
    /// The OPG reference of the registered LPA, or the court order's case number.
    pub document_reference: String,
    /// What was seen and checked, in the member of staff's words.
    pub what_was_checked: String,
}

impl AuthorityEvidence {
    /// As stored in the delegation's `evidence`.
    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// From a delegation's `evidence`; older plain-text evidence becomes the checked text.
    pub fn from_stored(text: &str) -> Self {
        serde_json::from_str(text).unwrap_or_else(|_| AuthorityEvidence {
            document_reference: String::new(),
            what_was_checked: text.to_owned(),
        })
    }
}

/// Letters and digits that cannot be mistaken for each other when read aloud or copied by hand
/// (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
pub const CODE_ALPHABET: &[u8] = b"3479ACDEFGHJKMNPQRTUVWXY";

/// The form in which an invitation's email address is kept and compared: SHA-256 (hex) of the
/// address, trimmed and in lower case.
pub fn email_hash(address: &str) -> String {
    use sha2::{Digest as _, Sha256};
    crate::audit::hex(&Sha256::digest(address.trim().to_lowercase().as_bytes()))
}

/// Days an invitation stays open.
pub const INVITATION_DAYS: i64 = 14;

/// Characters in a code: 20 from the 24 above carry 91 bits, more than the 80 bits an
/// invitation that makes someone a delegate needs against guessing (NIST SP 800-63B: at least
/// 64 bits for a look-up secret; the security review asked for 80).
pub const CODE_LENGTH: usize = 20;

/// An invitation code typed by hand, tidied: upper case, without spaces or dashes; `None` when it
/// cannot be a code.
pub fn normalise_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == CODE_LENGTH && code.bytes().all(|b| CODE_ALPHABET.contains(&b))).then_some(code)
}

/// A code from random bytes, shown in five groups of four; `None` if the bytes ran out. Each
/// byte below 240 (ten times the alphabet) picks a character; the rest are skipped, so every
/// character is equally likely (no modulo bias).
pub fn code_from_random(random: impl IntoIterator<Item = u8>) -> Option<String> {
    let usable = u8::try_from(CODE_ALPHABET.len() * 10).unwrap_or(u8::MAX);
    let chars: Vec<char> = random
        .into_iter()
        .filter(|b| *b < usable)
        .map(|b| char::from(CODE_ALPHABET[usize::from(b) % CODE_ALPHABET.len()]))
        .take(CODE_LENGTH)
        .collect();
    (chars.len() == CODE_LENGTH).then(|| {
        chars
            .chunks(4)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("-")
    })
}

#[cfg(test)]
mod code_tests {
    use super::*;

    #[test]
    fn evidence_round_trips_and_old_plain_text_is_kept() {
        let evidence = AuthorityEvidence {
            document_reference: "7000-1234-5678".into(),
            what_was_checked: "Original LPA seen".into(),
        };
        assert_eq!(
            AuthorityEvidence::from_stored(&evidence.to_stored()),
            evidence
        );
        assert_eq!(
            AuthorityEvidence::from_stored("LPA registered 2021").what_was_checked,
            "LPA registered 2021"
        );
    }

    #[test]
    fn codes_are_typed_forgivingly_and_checked_strictly() {
        let code = code_from_random(0..=255).expect("enough bytes");
        assert_eq!(code.len(), 24, "20 characters in five groups of four");
        assert_eq!(normalise_code(&code), Some(code.replace('-', "")));
        assert_eq!(
            normalise_code(&code.to_lowercase().replace('-', " ")),
            Some(code.replace('-', ""))
        );
        assert_eq!(
            normalise_code("OOOO-OOOO-OOOO-OOOO-OOOO"),
            None,
            "O is not in the alphabet"
        );
        assert_eq!(
            normalise_code("ACDE-FGHJ-KMNP"),
            None,
            "too short: an old 12-character code"
        );
        assert_eq!(code_from_random(0..10), None, "not enough bytes");
    }

    #[test]
    fn every_character_is_equally_likely_and_a_code_carries_over_80_bits() {
        let bits = CODE_LENGTH as f64 * (CODE_ALPHABET.len() as f64).log2();
        assert!(bits >= 80.0, "{bits} bits");
        // Each usable byte value maps to one character; every character gets ten of them.
        let mut counts = [0u32; 256];
        for byte in 0..240u8 {
            let code = code_from_random(std::iter::repeat_n(byte, CODE_LENGTH)).expect("code");
            counts[usize::from(code.as_bytes()[0])] += 1;
        }
        for c in CODE_ALPHABET {
            assert_eq!(counts[usize::from(*c)], 10, "{}", char::from(*c));
        }
        assert_eq!(
            code_from_random(std::iter::repeat_n(250u8, 100)),
            None,
            "bytes from 240 up are skipped"
        );
    }
}
