//! The message id for each value of the field's enums, spelled out so every id used is visible
//! in the code (the i18n tests check each exists and each is used).

use candour_domain::access::Role;

/// The name of a staff role.
pub fn role(role: Role) -> &'static str {
    match role {
        Role::Caseworker => "role-caseworker",
        Role::PrivacyOfficer => "role-privacy-officer",
        Role::CommsOfficer => "role-comms-officer",
        Role::Administrator => "role-administrator",
    }
}

/// The message shown for a notification kind, if Candour knows it.
pub fn notification(kind: &str) -> Option<&'static str> {
    match kind {
        "delegate-added" => Some("message-delegate-added"),
        "delegate-registered" => Some("message-delegate-registered"),
        "delegate-approved" => Some("message-delegate-approved"),
        "request-made" => Some("message-request-made"),
        "request-updated" => Some("message-request-updated"),
        "consent-withdrawn-by-delegate" => Some("message-consent-withdrawn-by-delegate"),
        "consent-given-by-delegate" => Some("message-consent-given-by-delegate"),
        "share-told" => Some("message-share-told"),
        "question-answered" => Some("message-question-answered"),
        "closed-case-opened" => Some("message-closed-case-opened"),
        "closed-case-breach" => Some("message-closed-case-breach"),
        _ => None,
    }
}

/// The page a notification kind is about, and the words of the link to it.
pub fn notification_page(kind: &str) -> Option<(&'static str, &'static str)> {
    match kind {
        "delegate-added" | "delegate-registered" | "delegate-approved" => {
            Some(("/account/delegates", "message-link-delegates"))
        }
        "request-made" | "request-updated" => Some(("/requests", "message-link-requests")),
        "consent-withdrawn-by-delegate" | "consent-given-by-delegate" => {
            Some(("/consents", "message-link-consents"))
        }
        "share-told" => Some(("/sharing", "message-link-sharing")),
        "question-answered" => Some(("/access-log#questions", "message-link-questions")),
        "closed-case-opened" | "closed-case-breach" => {
            Some(("/access-log#closed-case", "message-link-closed-case"))
        }
        _ => None,
    }
}

/// What a delegate may do, in words.
pub fn scope(scope: candour_domain::access::DelegateScope) -> &'static str {
    use candour_domain::access::DelegateScope as S;
    match scope {
        S::ReadRecord => "scope-read-record",
        S::SharingAndAccess => "scope-sharing-and-access",
        S::ManageConsent => "scope-manage-consent",
        S::MakeRequests => "scope-make-requests",
    }
}

/// Where a delegate's authority comes from, in words.
pub fn authority(kind: candour_domain::access::AuthorityKind) -> &'static str {
    use candour_domain::access::AuthorityKind as K;
    match kind {
        K::PersonsAuthority => "authority-persons",
        K::LastingPowerOfAttorney => "authority-lpa",
        K::CourtOfProtectionDeputy => "authority-deputy",
    }
}

/// A share's lawful basis (UK GDPR Art 6(1)), in words.
pub fn lawful_basis(basis: candour_domain::sharing::LawfulBasis) -> &'static str {
    use candour_domain::sharing::LawfulBasis as B;
    match basis {
        B::Consent => "basis-consent",
        B::LegalObligation => "basis-legal-obligation",
        B::VitalInterests => "basis-vital-interests",
        B::PublicTask => "basis-public-task",
    }
}

/// The law that allows a share without consent, in words.
pub fn sharing_law(authority: candour_domain::sharing::Authority) -> &'static str {
    use candour_domain::sharing::Authority as A;
    match authority {
        A::Safeguarding => "sharing-law-safeguarding",
        A::CrimePrevention => "sharing-law-crime-prevention",
        A::CourtOrder => "sharing-law-court-order",
        A::VitalInterests => "sharing-law-vital-interests",
        A::IndividualCare => "sharing-law-individual-care",
    }
}

/// How a consent was given, in words.
pub fn consent_method(method: candour_domain::consent::ConsentMethod) -> &'static str {
    use candour_domain::consent::ConsentMethod as M;
    match method {
        M::InWriting => "consent-method-in-writing",
        M::Spoken => "consent-method-spoken",
        M::Online => "consent-method-online",
    }
}

/// A delegation's status, in words.
pub fn delegation_status(status: candour_domain::delegation::DelegationStatus) -> &'static str {
    use candour_domain::delegation::DelegationStatus as D;
    match status {
        D::AwaitingApproval => "delegation-awaiting-approval",
        D::Invited => "delegation-invited",
        D::Live => "delegation-live",
        D::Expired => "delegation-expired",
        D::Ended => "delegation-ended",
    }
}

/// An activity trail entry, in words.
pub fn activity(action: &str) -> &'static str {
    match action {
        "signed_in" => "activity-signed-in",
        "started_acting" => "activity-started-acting",
        "invited_delegate" => "activity-invited-delegate",
        "accepted_invitation" => "activity-accepted-invitation",
        "ended_delegation" => "activity-ended-delegation",
        "withdrew_consent" => "activity-withdrew-consent",
        "gave_consent" => "activity-gave-consent",
        "told_recipient_of_withdrawal" => "activity-told-recipient",
        "recipient_confirmed_stopped" => "activity-recipient-confirmed",
        "chose_notifications" => "activity-chose-notifications",
        "made_request" => "activity-made-request",
        "read_record" => "activity-read-record",
        "recorded_request" => "activity-recorded-request",
        "recorded_request_event" => "activity-recorded-request-event",
        "registered_delegate" => "activity-registered-delegate",
        "approved_delegate" => "activity-approved-delegate",
        "made_access_copy" => "activity-made-access-copy",
        "corrected_record" => "activity-corrected-record",
        "added_disagreement" => "activity-added-disagreement",
        "staff_viewed_entry" => "activity-staff-viewed-entry",
        _ => "activity-other",
    }
}

/// A right, in words.
pub fn right(right: candour_domain::rights::Right) -> &'static str {
    use candour_domain::rights::Right as R;
    match right {
        R::Access => "right-access",
        R::Rectification => "right-rectification",
        R::Erasure => "right-erasure",
        R::Restriction => "right-restriction",
        R::Objection => "right-objection",
    }
}

/// What each right is for, in one plain sentence (shown as the radio's hint).
pub fn right_explained(right: candour_domain::rights::Right) -> &'static str {
    use candour_domain::rights::Right as R;
    match right {
        R::Access => "right-access-hint",
        R::Rectification => "right-rectification-hint",
        R::Erasure => "right-erasure-hint",
        R::Restriction => "right-restriction-hint",
        R::Objection => "right-objection-hint",
    }
}

/// Where a request stands, in words.
pub fn request_status(status: candour_domain::rights::RequestStatus) -> &'static str {
    use candour_domain::rights::RequestStatus as S;
    match status {
        S::Open => "request-status-open",
        S::WaitingForId => "request-status-waiting-for-id",
        S::WaitingForClarification => "request-status-waiting-for-clarification",
        S::Completed => "request-status-completed",
        S::Refused => "request-status-refused",
    }
}

/// What happened to a request, in words.
pub fn event(kind: candour_domain::rights::EventKind) -> &'static str {
    use candour_domain::rights::EventKind as E;
    match kind {
        E::IdAsked => "event-id-asked",
        E::IdReceived => "event-id-received",
        E::ClarificationAsked => "event-clarification-asked",
        E::ClarificationAnswered => "event-clarification-answered",
        E::Extended => "event-extended",
        E::Completed => "event-completed",
        E::Refused => "event-refused",
    }
}

/// How to reply, in words.
pub fn contact(preference: candour_domain::rights::ContactPreference) -> &'static str {
    use candour_domain::rights::ContactPreference as C;
    match preference {
        C::Portal => "contact-portal",
        C::Email => "contact-email",
        C::Letter => "contact-letter",
        C::Phone => "contact-phone",
    }
}

/// How a request arrived, in words.
pub fn channel(channel: candour_domain::rights::Channel) -> &'static str {
    use candour_domain::rights::Channel as C;
    match channel {
        C::Portal => "channel-portal",
        C::Phone => "channel-phone",
        C::Letter => "channel-letter",
        C::Email => "channel-email",
        C::InPerson => "channel-in-person",
    }
}

/// A kind of record entry, in words.
pub fn entry_kind(kind: candour_domain::record::EntryKind) -> &'static str {
    use candour_domain::record::EntryKind as K;
    match kind {
        K::Assessment => "entry-kind-assessment",
        K::CareAndSupportPlan => "entry-kind-care-and-support-plan",
        K::Review => "entry-kind-review",
        K::CaseNote => "entry-kind-case-note",
        K::RiskAssessment => "entry-kind-risk-assessment",
        K::CareGrid => "entry-kind-care-grid",
        K::Letter => "entry-kind-letter",
    }
}

/// Why something was withheld, in words.
pub fn withheld_reason(reason: candour_domain::record::WithheldReason) -> &'static str {
    use candour_domain::record::WithheldReason as W;
    match reason {
        W::ThirdParty => "withheld-third-party",
        W::SeriousHarm => "withheld-serious-harm",
        W::LegalPrivilege => "withheld-legal-privilege",
        W::OtherExemption => "withheld-other",
    }
}

/// A format information must be in, in words.
pub fn information_format(format: candour_domain::person::InformationFormat) -> &'static str {
    use candour_domain::person::InformationFormat as F;
    match format {
        F::EasyRead => "format-easy-read",
        F::LargePrint => "format-large-print",
        F::Braille => "format-braille",
        F::Audio => "format-audio",
        F::BslVideo => "format-bsl-video",
        F::Electronic => "format-electronic",
    }
}

/// How a person wants to be contacted, in words.
pub fn contact_method(method: candour_domain::person::ContactMethod) -> &'static str {
    use candour_domain::person::ContactMethod as M;
    match method {
        M::Letter => "method-letter",
        M::Email => "method-email",
        M::Telephone => "method-telephone",
        M::TextMessage => "method-text-message",
        M::ThroughRepresentative => "method-representative",
    }
}

/// A communication professional, in words (with the language for an interpreter).
#[cfg(feature = "ssr")]
pub fn professional(professional: &candour_domain::person::CommunicationProfessional) -> String {
    professional_in(crate::i18n::current_locale(), professional)
}

/// [`professional`] in a given language, for documents made outside a page.
#[cfg(feature = "ssr")]
pub fn professional_in(
    locale: candour_domain::locale::Locale,
    professional: &candour_domain::person::CommunicationProfessional,
) -> String {
    use crate::i18n::translate;
    use candour_domain::person::CommunicationProfessional as P;
    let key = match professional {
        P::BslInterpreter => "professional-bsl",
        P::DeafblindInterpreter => "professional-deafblind",
        P::SpokenLanguageInterpreter { language } => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("language", language.clone());
            return translate(locale, "professional-interpreter", Some(&args));
        }
        P::Lipspeaker => "professional-lipspeaker",
        P::Advocate => "professional-advocate",
    };
    translate(locale, key, None)
}

/// One of the council's own uses of a person's information (`candour_domain::consent::COUNCIL_USES`),
/// in words.
pub fn council_use(key: &str) -> &'static str {
    match key {
        "care" => "consents-use-care",
        "safeguarding" => "consents-use-safeguarding",
        _ => "consents-use-other",
    }
}
