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

/// A delegation's status, in words.
pub fn delegation_status(status: candour_domain::delegation::DelegationStatus) -> &'static str {
    use candour_domain::delegation::DelegationStatus as D;
    match status {
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
        _ => "activity-other",
    }
}
