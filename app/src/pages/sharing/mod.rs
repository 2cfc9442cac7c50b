//! "Who we shared your information with": the list of shares the person was told of
//! (`/sharing`) and each share on its own page (`/sharing/{id}`), from
//! `candour_services::sharing`. The person and a delegate with the "see sharing and access"
//! scope see them; anyone else gets "not found".

pub mod list;
pub mod share;

use candour_domain::sharing::{LawfulBasis, SpecialCategoryCondition};

/// The Art 6(1) basis, as the end of "the law lets us share information when …".
pub(crate) fn basis_words(basis: LawfulBasis) -> &'static str {
    match basis {
        LawfulBasis::Consent => "sharing-basis-consent",
        LawfulBasis::LegalObligation => "sharing-basis-legal-obligation",
        LawfulBasis::VitalInterests => "sharing-basis-vital-interests",
        LawfulBasis::PublicTask => "sharing-basis-public-task",
    }
}

/// The Art 9(2) condition, in words.
pub(crate) fn condition_words(condition: SpecialCategoryCondition) -> &'static str {
    use SpecialCategoryCondition as C;
    match condition {
        C::ExplicitConsent => "sharing-condition-explicit-consent",
        C::VitalInterests => "sharing-condition-vital-interests",
        C::LegalClaims => "sharing-condition-legal-claims",
        C::SubstantialPublicInterest => "sharing-condition-substantial-public-interest",
        C::HealthOrSocialCare => "sharing-condition-health-or-social-care",
    }
}
