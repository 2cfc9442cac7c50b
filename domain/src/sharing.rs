//! Sharing events: each time the council disclosed some of a person's information to another
//! organisation, as the case-management system records it and sends it to Candour.
//!
//! One record per share, as the data-rights reference's model (§4.4) and HM Government's
//! information-sharing advice (golden rule 7: "record what you have shared, with whom and for
//! what purpose") ask: when, with whom (organisation and role), what, why, on what lawful basis
//! (UK GDPR Art 6(1)), with which consent or, without consent, under which law and approved by
//! whom, and whether the person was told, or not yet, why not and when that is reviewed.
//!
//! Decisions, written down:
//! - A share on the basis of consent must name the consent; a share with no consent must name
//!   the law that allows it ([`Authority`]) and the senior member of staff who approved it
//!   (DESIGN: "who approved a share without consent (a senior member of staff)"). Naming a
//!   consent while giving another basis is refused as contradictory: asking for consent you do
//!   not rely on is "misleading and inherently unfair" (ICO, lawful basis: consent).
//! - A share the person has *not yet* been told about (telling them would increase the risk:
//!   SCIE, "unless it is considered dangerous to do so") is never shown to the person or their
//!   delegates, and nothing says it exists, because saying so is the harm; staff see it with its
//!   review date. It appears once the case system records that the person was told.
//! - Which record entries were shared is given by the case system's entry ids, so the recipients
//!   of an entry can be listed when it is corrected (Art 19: "The controller shall communicate
//!   any rectification … to each recipient to whom the personal data have been disclosed").

pub mod draft;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The lawful basis for a share (UK GDPR Art 6(1)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LawfulBasis {
    /// Art 6(1)(a): the person consented to this share.
    Consent,
    /// Art 6(1)(c): a legal obligation, such as a court order.
    LegalObligation,
    /// Art 6(1)(d): to protect someone's life.
    VitalInterests,
    /// Art 6(1)(e): the council's public task (Care Act 2014 duties).
    PublicTask,
}

impl LawfulBasis {
    /// Every basis, in the order of Art 6(1).
    pub const ALL: [LawfulBasis; 4] = [
        LawfulBasis::Consent,
        LawfulBasis::LegalObligation,
        LawfulBasis::VitalInterests,
        LawfulBasis::PublicTask,
    ];

    /// The key the case system sends and the store keeps.
    pub fn key(self) -> &'static str {
        match self {
            LawfulBasis::Consent => "consent",
            LawfulBasis::LegalObligation => "legal_obligation",
            LawfulBasis::VitalInterests => "vital_interests",
            LawfulBasis::PublicTask => "public_task",
        }
    }

    /// The basis with this key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.key() == key)
    }
}

/// The law that allows a share without consent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Authority {
    /// Care Act 2014 s.42 safeguarding enquiry; DPA 2018 Sch 1 para 18.
    Safeguarding,
    /// Preventing or detecting crime: DPA 2018 Sch 2 Part 1 para 2; Crime and Disorder Act 1998
    /// s.115.
    CrimePrevention,
    /// Required by law, a court order or legal proceedings: DPA 2018 Sch 2 Part 1 para 5.
    CourtOrder,
    /// An emergency to protect life: Art 6(1)(d), Art 9(2)(c).
    VitalInterests,
    /// Providing care and support: Art 6(1)(e), Art 9(2)(h), DPA 2018 Sch 1 para 2.
    IndividualCare,
}

impl Authority {
    /// Every authority.
    pub const ALL: [Authority; 5] = [
        Authority::Safeguarding,
        Authority::CrimePrevention,
        Authority::CourtOrder,
        Authority::VitalInterests,
        Authority::IndividualCare,
    ];

    /// The key the case system sends and the store keeps.
    pub fn key(self) -> &'static str {
        match self {
            Authority::Safeguarding => "safeguarding",
            Authority::CrimePrevention => "crime_prevention",
            Authority::CourtOrder => "court_order",
            Authority::VitalInterests => "vital_interests",
            Authority::IndividualCare => "individual_care",
        }
    }

    /// The authority with this key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// Whether the person was told about a share.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum Telling {
    /// Told on this day.
    Told {
        /// The day.
        on: NaiveDate,
    },
    /// Not yet: telling them would increase the risk.
    NotYet {
        /// Why not, for staff.
        reason: String,
        /// When the decision not to tell is looked at again.
        review_on: NaiveDate,
    },
}

/// One share, as the case system recorded it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sharing {
    /// The case system's id for the share.
    pub source_id: String,
    /// The day it was shared.
    pub shared_on: NaiveDate,
    /// Who received it: the organisation.
    pub recipient_organisation: String,
    /// Who received it: their role.
    pub recipient_role: String,
    /// What was shared, in plain words.
    pub information: String,
    /// The case system's ids of the record entries shared (may be none: "contact details").
    pub entries: Vec<String>,
    /// Why it was shared.
    pub purpose: String,
    /// The lawful basis.
    pub basis: LawfulBasis,
    /// The law that allows it, for a share without consent.
    pub authority: Option<Authority>,
    /// The consent relied on (the case system's reference), for a share with consent.
    pub consent: Option<String>,
    /// The senior member of staff who approved a share without consent.
    pub approved_by: Option<String>,
    /// Whether the person was told.
    pub telling: Telling,
}

/// What is wrong with a share, and which field it concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SharingProblem {
    /// Shared after today.
    SharedInFuture,
    /// Told after today.
    ToldInFuture,
    /// The review of a decision not to tell falls on or before the share.
    ReviewNotAfterShare,
    /// Consent is the basis, but no consent is named.
    ConsentMissing,
    /// A consent is named, but the basis is not consent.
    ConsentNotTheBasis,
    /// Without consent, but no law is named.
    AuthorityMissing,
    /// Without consent, but nobody approved it.
    ApprovalMissing,
    /// The consent named was not in force on the day of the share: withdrawn, or never given
    /// (UK GDPR Art 7(3): from the withdrawal, nothing more may be shared on it). Found by the
    /// store, which holds the consent's history.
    ConsentNotInForce,
}

impl SharingProblem {
    /// The field (as the case system names it) the problem is about.
    pub fn field(self) -> &'static str {
        match self {
            SharingProblem::SharedInFuture => "shared_on",
            SharingProblem::ToldInFuture => "told_on",
            SharingProblem::ReviewNotAfterShare => "not_told.review_on",
            SharingProblem::ConsentMissing
            | SharingProblem::ConsentNotTheBasis
            | SharingProblem::ConsentNotInForce => "consent",
            SharingProblem::AuthorityMissing => "authority",
            SharingProblem::ApprovalMissing => "approved_by",
        }
    }

    /// What is wrong, in plain English, for the council's developers.
    pub fn message(self) -> &'static str {
        match self {
            SharingProblem::SharedInFuture => "is in the future",
            SharingProblem::ToldInFuture => "is in the future",
            SharingProblem::ReviewNotAfterShare => "must be after the day it was shared",
            SharingProblem::ConsentMissing => {
                "is missing: a share on the basis of consent must name the consent it relies on"
            }
            SharingProblem::ConsentNotTheBasis => {
                "is given, but the lawful basis is not consent; name a consent only when it is the basis"
            }
            SharingProblem::AuthorityMissing => {
                "is missing: a share without consent must name the law that allows it"
            }
            SharingProblem::ApprovalMissing => {
                "is missing: a share without consent must say which senior member of staff approved it"
            }
            SharingProblem::ConsentNotInForce => {
                "names a consent that was withdrawn or never given by the day of the share, so nothing may be shared on it; nothing was stored"
            }
        }
    }
}

impl Sharing {
    /// Every rule the share breaks, given `today` (Europe/London).
    pub fn problems(&self, today: NaiveDate) -> Vec<SharingProblem> {
        let mut problems = Vec::new();
        if self.shared_on > today {
            problems.push(SharingProblem::SharedInFuture);
        }
        match &self.telling {
            Telling::Told { on } if *on > today => problems.push(SharingProblem::ToldInFuture),
            Telling::NotYet { review_on, .. } if *review_on <= self.shared_on => {
                problems.push(SharingProblem::ReviewNotAfterShare);
            }
            Telling::Told { .. } | Telling::NotYet { .. } => {}
        }
        match (self.basis, &self.consent) {
            (LawfulBasis::Consent, None) => problems.push(SharingProblem::ConsentMissing),
            (LawfulBasis::Consent, Some(_)) => {}
            (_, Some(_)) => problems.push(SharingProblem::ConsentNotTheBasis),
            (_, None) => {
                if self.authority.is_none() {
                    problems.push(SharingProblem::AuthorityMissing);
                }
                if self.approved_by.is_none() {
                    problems.push(SharingProblem::ApprovalMissing);
                }
            }
        }
        problems
    }

    /// Whether the person (and anyone acting for them) may see this share: only once they have
    /// been told about it.
    pub fn shown_to_person(&self) -> bool {
        matches!(self.telling, Telling::Told { .. })
    }

    /// Whether the decision not to tell the person is past its review date on `today` (the day
    /// itself is not yet overdue: it is the day to look again). The seed councils' policy is to
    /// tell people what was shared unless that would increase the risk, and to look again at
    /// each decision not to; ICO, "Data sharing: a code of practice" (transparency), and UK GDPR
    /// Art 14(5)(b) and Art 23 for the exemption itself, which lasts only as long as the risk.
    pub fn review_overdue(&self, today: NaiveDate) -> bool {
        matches!(self.telling, Telling::NotYet { review_on, .. } if review_on < today)
    }

    /// Whether the record entry with the case system's id `entry` was part of this share.
    pub fn included(&self, entry: &str) -> bool {
        self.entries.iter().any(|e| e == entry)
    }
}

/// The condition in UK GDPR Art 9(2) that lets the council share care information, which is
/// health data, a special category (Art 9(1)); each also needs a basis in Art 6(1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpecialCategoryCondition {
    /// Art 9(2)(a): the person's explicit consent.
    ExplicitConsent,
    /// Art 9(2)(c): to protect someone's life when they cannot consent.
    VitalInterests,
    /// Art 9(2)(f): for legal claims, or a court acting in its judicial capacity.
    LegalClaims,
    /// Art 9(2)(g): substantial public interest, with a condition in DPA 2018 Sch 1 Part 2
    /// (para 10, preventing or detecting crime; para 18, safeguarding of individuals at risk).
    SubstantialPublicInterest,
    /// Art 9(2)(h): providing health or social care (DPA 2018 Sch 1 para 2).
    HealthOrSocialCare,
}

impl SpecialCategoryCondition {
    /// The article it is in, as the law cites it.
    pub fn article(self) -> &'static str {
        match self {
            SpecialCategoryCondition::ExplicitConsent => "Article 9(2)(a)",
            SpecialCategoryCondition::VitalInterests => "Article 9(2)(c)",
            SpecialCategoryCondition::LegalClaims => "Article 9(2)(f)",
            SpecialCategoryCondition::SubstantialPublicInterest => "Article 9(2)(g)",
            SpecialCategoryCondition::HealthOrSocialCare => "Article 9(2)(h)",
        }
    }
}

/// Why the law allowed a share, as the person is told it: the Art 6(1) basis, the Art 9(2)
/// condition, and the law behind a share without consent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LegalGround {
    /// UK GDPR Art 6(1).
    pub basis: LawfulBasis,
    /// UK GDPR Art 9(2).
    pub condition: SpecialCategoryCondition,
    /// The law that allows it without consent, if it was without consent.
    pub law: Option<Authority>,
}

impl Sharing {
    /// Whether the person agreed to this share (its lawful basis is their consent).
    pub fn with_consent(&self) -> bool {
        self.basis == LawfulBasis::Consent
    }

    /// The legal ground of the share. The Art 9 condition follows from the law relied on (ICO,
    /// "What are the conditions for processing?"; DPA 2018 Sch 1): consent is explicit consent;
    /// safeguarding (Care Act 2014 s.42; Sch 1 para 18) and crime (Sch 1 para 10) are
    /// substantial public interest; a court order is a legal claim or judicial act; an emergency
    /// is vital interests; and care and support is health or social care. A share whose basis is
    /// not consent and that names no law is taken as care and support, the council's everyday
    /// duty (such shares are refused at the door: [`SharingProblem::AuthorityMissing`]).
    pub fn legal_ground(&self) -> LegalGround {
        use SpecialCategoryCondition as C;
        let law =
            (!self.with_consent()).then(|| self.authority.unwrap_or(Authority::IndividualCare));
        let condition = match law {
            None => C::ExplicitConsent,
            Some(Authority::Safeguarding | Authority::CrimePrevention) => {
                C::SubstantialPublicInterest
            }
            Some(Authority::CourtOrder) => C::LegalClaims,
            Some(Authority::VitalInterests) => C::VitalInterests,
            Some(Authority::IndividualCare) => C::HealthOrSocialCare,
        };
        LegalGround {
            basis: self.basis,
            condition,
            law,
        }
    }
}

/// The shares that included the entry `entry` (the case system's id), to be told of its
/// correction (Art 19), oldest first.
pub fn recipients_of<'s>(entry: &str, shares: &'s [Sharing]) -> Vec<&'s Sharing> {
    let mut found: Vec<&Sharing> = shares.iter().filter(|s| s.included(entry)).collect();
    found.sort_by_key(|s| (s.shared_on, s.source_id.clone()));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("date")
    }

    #[test]
    fn a_review_is_overdue_only_after_its_day_and_never_once_told() {
        let not_yet = |review: &str| Sharing {
            telling: Telling::NotYet {
                reason: "Risk".into(),
                review_on: day(review),
            },
            ..share()
        };
        let today = day("2027-01-15");
        for (sharing, overdue, case) in [
            (
                not_yet("2027-01-14"),
                true,
                "reviewed yesterday at the latest",
            ),
            (not_yet("2026-06-01"), true, "long past"),
            (not_yet("2027-01-15"), false, "the day to look again"),
            (not_yet("2027-03-01"), false, "still to come"),
            (share(), false, "told"),
        ] {
            assert_eq!(sharing.review_overdue(today), overdue, "{case}");
        }
    }

    fn share() -> Sharing {
        Sharing {
            source_id: "SH-1".into(),
            shared_on: day("2026-11-02"),
            recipient_organisation: "Northshire NHS Trust".into(),
            recipient_role: "District nurse".into(),
            information: "Care and support plan".into(),
            entries: vec!["E-1".into()],
            purpose: "To plan care at home".into(),
            basis: LawfulBasis::PublicTask,
            authority: Some(Authority::IndividualCare),
            consent: None,
            approved_by: Some("Team manager".into()),
            telling: Telling::Told {
                on: day("2026-11-02"),
            },
        }
    }

    #[test]
    fn shares_follow_the_rules() {
        use SharingProblem::*;
        let today = day("2026-12-01");
        let cases: Vec<(&str, Sharing, Vec<SharingProblem>)> = vec![
            ("public task, approved", share(), vec![]),
            (
                "with consent",
                Sharing {
                    basis: LawfulBasis::Consent,
                    consent: Some("C-7".into()),
                    authority: None,
                    approved_by: None,
                    ..share()
                },
                vec![],
            ),
            (
                "consent basis names no consent",
                Sharing {
                    basis: LawfulBasis::Consent,
                    authority: None,
                    ..share()
                },
                vec![ConsentMissing],
            ),
            (
                "a consent named under another basis",
                Sharing {
                    consent: Some("C-7".into()),
                    ..share()
                },
                vec![ConsentNotTheBasis],
            ),
            (
                "without consent, no law, no approval",
                Sharing {
                    basis: LawfulBasis::VitalInterests,
                    authority: None,
                    approved_by: None,
                    ..share()
                },
                vec![AuthorityMissing, ApprovalMissing],
            ),
            (
                "shared tomorrow",
                Sharing {
                    shared_on: day("2026-12-02"),
                    telling: Telling::Told {
                        on: day("2026-12-01"),
                    },
                    ..share()
                },
                vec![SharedInFuture],
            ),
            (
                "shared today, told today",
                Sharing {
                    shared_on: today,
                    telling: Telling::Told { on: today },
                    ..share()
                },
                vec![],
            ),
            (
                "told tomorrow",
                Sharing {
                    telling: Telling::Told {
                        on: day("2026-12-02"),
                    },
                    ..share()
                },
                vec![ToldInFuture],
            ),
            (
                "not yet told, reviewed later",
                Sharing {
                    basis: LawfulBasis::PublicTask,
                    authority: Some(Authority::Safeguarding),
                    telling: Telling::NotYet {
                        reason: "Telling would increase the risk".into(),
                        review_on: day("2027-01-04"),
                    },
                    ..share()
                },
                vec![],
            ),
            (
                "review on the day of the share",
                Sharing {
                    telling: Telling::NotYet {
                        reason: "Risk".into(),
                        review_on: day("2026-11-02"),
                    },
                    ..share()
                },
                vec![ReviewNotAfterShare],
            ),
        ];
        for (name, sharing, expected) in cases {
            assert_eq!(sharing.problems(today), expected, "{name}");
        }
    }

    #[test]
    fn each_share_has_the_legal_ground_the_law_gives_it() {
        use Authority as A;
        use LawfulBasis as B;
        use SpecialCategoryCondition as C;
        let cases = [
            (B::Consent, None, C::ExplicitConsent, None),
            (
                B::PublicTask,
                Some(A::IndividualCare),
                C::HealthOrSocialCare,
                Some(A::IndividualCare),
            ),
            (
                B::PublicTask,
                Some(A::Safeguarding),
                C::SubstantialPublicInterest,
                Some(A::Safeguarding),
            ),
            (
                B::PublicTask,
                Some(A::CrimePrevention),
                C::SubstantialPublicInterest,
                Some(A::CrimePrevention),
            ),
            (
                B::LegalObligation,
                Some(A::CourtOrder),
                C::LegalClaims,
                Some(A::CourtOrder),
            ),
            (
                B::VitalInterests,
                Some(A::VitalInterests),
                C::VitalInterests,
                Some(A::VitalInterests),
            ),
            (
                B::PublicTask,
                None,
                C::HealthOrSocialCare,
                Some(A::IndividualCare),
            ),
        ];
        for (basis, authority, condition, law) in cases {
            let ground = Sharing {
                basis,
                authority,
                ..share()
            }
            .legal_ground();
            assert_eq!(
                ground,
                LegalGround {
                    basis,
                    condition,
                    law
                },
                "{basis:?} {authority:?}"
            );
        }
        assert_eq!(C::SubstantialPublicInterest.article(), "Article 9(2)(g)");
    }

    #[test]
    fn a_share_not_yet_told_is_hidden_from_the_person() {
        assert!(share().shown_to_person());
        let hidden = Sharing {
            telling: Telling::NotYet {
                reason: "Risk".into(),
                review_on: day("2027-01-04"),
            },
            ..share()
        };
        assert!(!hidden.shown_to_person());
    }

    #[test]
    fn an_entrys_recipients_are_the_shares_that_included_it_oldest_first() {
        let later = Sharing {
            source_id: "SH-2".into(),
            shared_on: day("2026-11-20"),
            recipient_organisation: "Housing".into(),
            entries: vec!["E-2".into(), "E-1".into()],
            ..share()
        };
        let other = Sharing {
            source_id: "SH-3".into(),
            entries: vec!["E-2".into()],
            ..share()
        };
        let shares = [later.clone(), other.clone(), share()];
        let ids = |found: Vec<&Sharing>| {
            found
                .into_iter()
                .map(|s| s.source_id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(recipients_of("E-1", &shares)), vec!["SH-1", "SH-2"]);
        assert_eq!(ids(recipients_of("E-2", &shares)), vec!["SH-3", "SH-2"]);
        assert!(recipients_of("E-9", &shares).is_empty());
    }

    #[test]
    fn keys_round_trip() {
        for basis in LawfulBasis::ALL {
            assert_eq!(LawfulBasis::from_key(basis.key()), Some(basis));
        }
        for authority in Authority::ALL {
            assert_eq!(Authority::from_key(authority.key()), Some(authority));
        }
        assert_eq!(LawfulBasis::from_key("legitimate_interests"), None);
    }
}
