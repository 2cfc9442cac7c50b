//! The honesty rule: a "withdraw" control only where consent really is the lawful basis.
//!
//! UK GDPR Art 7(3) gives a right to withdraw consent, and only consent. The ICO's guidance on
//! consent: a public authority "should avoid relying on consent", and "if you would still process
//! the personal data without consent, asking for consent is misleading and inherently unfair".
//! So where a use rests on the council's public task (Art 6(1)(e), its Care Act 2014 duties), a
//! legal obligation (Art 6(1)(c)) or someone's vital interests (Art 6(1)(d)), no withdraw control
//! is ever offered: the person is told the real basis and offered the rights that do apply:
//! - **object** (Art 21(1)) only to processing under Art 6(1)(e) or (f): the council must stop
//!   unless it shows compelling legitimate grounds (ICO, "Right to object");
//! - **restrict** (Art 18(1)): keep the information but stop using it while an objection or a
//!   question of accuracy or lawfulness is looked at; open to any basis.
//!
//! Where consent is the basis: withdraw while it is in force; give it (again) when it was
//! refused or withdrawn. Each objection or restriction starts a rights request on the statutory
//! clock (Art 12(3)) with the use already written in.

use super::ConsentStatus;
use crate::sharing::{Authority, LawfulBasis, LegalGround, SpecialCategoryCondition};

/// What the person is offered about one use of their information.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Offer {
    /// Withdraw consent (Art 7(3)).
    Withdraw,
    /// Give consent, or give it again.
    Give,
    /// Object (Art 21(1)).
    Object,
    /// Ask for the use to be restricted (Art 18(1)).
    Restrict,
}

/// What may be offered for a use resting on `basis`, given the consent's status when the basis
/// is consent.
pub fn offers(basis: LawfulBasis, consent: Option<ConsentStatus>) -> Vec<Offer> {
    match (basis, consent) {
        (LawfulBasis::Consent, Some(ConsentStatus::Given)) => vec![Offer::Withdraw],
        (
            LawfulBasis::Consent,
            Some(ConsentStatus::Withdrawn | ConsentStatus::Refused | ConsentStatus::Expired),
        ) => {
            vec![Offer::Give]
        }
        // Consent the council holds no record of: nothing to withdraw here; the person may
        // still ask for a restriction while it is checked.
        (LawfulBasis::Consent, None) => vec![Offer::Restrict],
        (LawfulBasis::PublicTask, _) => vec![Offer::Object, Offer::Restrict],
        (LawfulBasis::LegalObligation | LawfulBasis::VitalInterests, _) => vec![Offer::Restrict],
    }
}

/// A use the council makes of everyone's information that does not rest on consent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CouncilUse {
    /// Its name in addresses and messages (`consents-use-<key>`).
    pub key: &'static str,
    /// Why the law allows it.
    pub ground: LegalGround,
}

/// The council's own uses of a person's care information, none of them on consent.
pub const COUNCIL_USES: [CouncilUse; 2] = [
    // Assessing needs and planning care: Care Act 2014 ss 9, 25; Art 6(1)(e); Art 9(2)(h) with
    // DPA 2018 Sch 1 para 2 ("the provision of social care").
    CouncilUse {
        key: "care",
        ground: LegalGround {
            basis: LawfulBasis::PublicTask,
            condition: SpecialCategoryCondition::HealthOrSocialCare,
            law: Some(Authority::IndividualCare),
        },
    },
    // Safeguarding enquiries: Care Act 2014 s42; Art 6(1)(e); Art 9(2)(g) with DPA 2018 Sch 1
    // para 18.
    CouncilUse {
        key: "safeguarding",
        ground: LegalGround {
            basis: LawfulBasis::PublicTask,
            condition: SpecialCategoryCondition::SubstantialPublicInterest,
            law: Some(Authority::Safeguarding),
        },
    },
];

/// The council use with this key.
pub fn council_use(key: &str) -> Option<CouncilUse> {
    COUNCIL_USES.into_iter().find(|u| u.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ConsentStatus::{Given, Refused, Withdrawn};
    use LawfulBasis::*;
    use Offer::*;

    #[test]
    fn withdraw_is_offered_only_where_consent_is_the_basis_and_in_force() {
        let cases: Vec<(&str, LawfulBasis, Option<ConsentStatus>, Vec<Offer>)> = vec![
            (
                "consent given: Art 7(3)",
                Consent,
                Some(Given),
                vec![Withdraw],
            ),
            (
                "consent withdrawn: give again",
                Consent,
                Some(Withdrawn),
                vec![Give],
            ),
            ("consent refused: give", Consent, Some(Refused), vec![Give]),
            ("consent not on record", Consent, None, vec![Restrict]),
            (
                "public task: Art 21(1) and Art 18",
                PublicTask,
                None,
                vec![Object, Restrict],
            ),
            (
                "public task, even with a consent on file",
                PublicTask,
                Some(Given),
                vec![Object, Restrict],
            ),
            (
                "legal obligation: no Art 21",
                LegalObligation,
                None,
                vec![Restrict],
            ),
            (
                "legal obligation with a consent on file",
                LegalObligation,
                Some(Given),
                vec![Restrict],
            ),
            (
                "vital interests: no Art 21",
                VitalInterests,
                None,
                vec![Restrict],
            ),
            (
                "vital interests with a consent withdrawn",
                VitalInterests,
                Some(Withdrawn),
                vec![Restrict],
            ),
        ];
        for (name, basis, status, expected) in cases {
            assert_eq!(offers(basis, status), expected, "{name}");
        }
    }

    #[test]
    fn no_use_that_is_not_consent_is_ever_offered_withdraw_or_give() {
        for basis in LawfulBasis::ALL.into_iter().filter(|b| *b != Consent) {
            for status in [None, Some(Given), Some(Refused), Some(Withdrawn)] {
                let offered = offers(basis, status);
                assert!(
                    !offered.contains(&Withdraw) && !offered.contains(&Give),
                    "{basis:?} {status:?}"
                );
                assert!(offered.contains(&Restrict), "{basis:?} {status:?}");
            }
        }
    }

    #[test]
    fn the_councils_own_uses_rest_on_its_public_task() {
        for u in COUNCIL_USES {
            assert_eq!(u.ground.basis, PublicTask, "{}", u.key);
            assert_eq!(council_use(u.key), Some(u));
            assert!(offers(u.ground.basis, None).contains(&Object));
        }
        assert_eq!(council_use("newsletter"), None);
    }
}
