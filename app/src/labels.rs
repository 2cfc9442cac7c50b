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
