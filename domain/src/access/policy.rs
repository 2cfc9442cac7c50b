//! The decisions. A table of cases below states each rule with its reason.

use super::actor::{Actor, Assurance, DelegateScope, Role};
use crate::person::PersonId;

/// Something done to one person's information.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonAction {
    /// Read the care record (UK GDPR Art 15).
    ReadRecord,
    /// See sharing events and the log of who looked (Art 15(1)(c); DESIGN.md "Access event").
    SeeSharingAndAccess,
    /// Give or withdraw consent, or object (Art 7(3), Art 21).
    ManageConsent,
    /// Make a rights request or follow one (Art 15–22).
    MakeRequest,
    /// Read Easy Read leaflets made for this person.
    ReadPersonalLeaflet,
    /// See, add or end delegations, and see what each delegate did. Only the person.
    ManageDelegates,
    /// Choose how to be told of news (on the website only, or by email too). Only the person:
    /// news goes to them, not to someone acting for them.
    ChooseNotifications,
    /// Staff: record a disclosure, a request taken by phone or letter, or an accuracy check.
    RecordOnBehalf,
    /// Staff: register an attorney or deputy after checking the document.
    RegisterAuthority,
}

/// Something done to the service rather than to one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StaffAction {
    /// Work the rights-request queue.
    WorkRequestQueue,
    /// See alerts and investigate access.
    InvestigateAccess,
    /// Find a person's record to work on it.
    FindPeople,
    /// Brand, preview and print leaflets.
    ManageLeaflets,
    /// Change the portal's settings.
    ManageSettings,
}

/// The answer to "may this actor do this?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Go ahead.
    Allow,
    /// The person is theirs, but this needs identity checked to the high level: offer to check
    /// it, never to show the information.
    NeedsHigherAssurance,
    /// Answer exactly as if the record did not exist.
    NotFound,
}

/// May `actor` do `action` to `person`'s information?
pub fn decide(actor: &Actor, person: PersonId, action: PersonAction) -> Decision {
    use PersonAction as A;
    // A person may ask for their own information at any identity level (the request is itself
    // followed by an identity check: ICO, "Can we ask for ID?"); someone asking on another's
    // behalf must have had their own identity checked to the same level as reading the record
    // (security review: a request made for someone is as sensitive as reading their record).
    let needs_high = matches!(
        action,
        A::ReadRecord | A::SeeSharingAndAccess | A::ManageConsent | A::ManageDelegates
    ) || (action == A::MakeRequest && matches!(actor, Actor::Delegate { .. }));
    let assured = |assurance: &Assurance| {
        if needs_high && *assurance < Assurance::High {
            Decision::NeedsHigherAssurance
        } else {
            Decision::Allow
        }
    };
    match actor {
        Actor::Person {
            person: own,
            assurance,
            ..
        } => {
            if *own != person || matches!(action, A::RecordOnBehalf | A::RegisterAuthority) {
                Decision::NotFound
            } else {
                assured(assurance)
            }
        }
        Actor::Delegate {
            person: acting_for,
            scopes,
            assurance,
            ..
        } => {
            let scope = match action {
                A::ReadRecord => Some(DelegateScope::ReadRecord),
                A::SeeSharingAndAccess => Some(DelegateScope::SharingAndAccess),
                A::ManageConsent => Some(DelegateScope::ManageConsent),
                A::MakeRequest => Some(DelegateScope::MakeRequests),
                // Leaflets about the person's requests follow the request scope.
                A::ReadPersonalLeaflet => Some(DelegateScope::MakeRequests),
                // A delegate never manages other delegates, nor chooses where the person's news
                // goes, nor acts as staff.
                A::ManageDelegates
                | A::ChooseNotifications
                | A::RecordOnBehalf
                | A::RegisterAuthority => None,
            };
            match scope {
                Some(scope) if *acting_for == person && scopes.contains(&scope) => {
                    assured(assurance)
                }
                _ => Decision::NotFound,
            }
        }
        Actor::Staff { roles, .. } => {
            let allowed = match action {
                // Caseworkers need the record to work; privacy officers to investigate and to
                // answer requests. Every such view is itself recorded as an access event.
                A::ReadRecord | A::SeeSharingAndAccess => {
                    roles.contains(&Role::Caseworker) || roles.contains(&Role::PrivacyOfficer)
                }
                A::RecordOnBehalf | A::MakeRequest | A::RegisterAuthority => {
                    roles.contains(&Role::Caseworker) || roles.contains(&Role::PrivacyOfficer)
                }
                // Consent and delegations are the person's own choices; staff record them
                // through RecordOnBehalf, never by acting as the person.
                A::ManageConsent
                | A::ManageDelegates
                | A::ChooseNotifications
                | A::ReadPersonalLeaflet => false,
            };
            if allowed {
                Decision::Allow
            } else {
                Decision::NotFound
            }
        }
    }
}

/// May `actor` do a service-wide `action`?
pub fn may(actor: &Actor, action: StaffAction) -> bool {
    let Actor::Staff { roles, .. } = actor else {
        return false;
    };
    let needed: &[Role] = match action {
        StaffAction::WorkRequestQueue | StaffAction::InvestigateAccess => &[Role::PrivacyOfficer],
        StaffAction::FindPeople => &[Role::Caseworker, Role::PrivacyOfficer],
        StaffAction::ManageLeaflets => &[Role::CommsOfficer],
        StaffAction::ManageSettings => &[Role::Administrator],
    };
    needed.iter().any(|role| roles.contains(role))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::actor::AccountId;
    use std::collections::BTreeSet;

    const ME: PersonId = PersonId(1);
    const SOMEONE_ELSE: PersonId = PersonId(2);

    fn person(assurance: Assurance) -> Actor {
        Actor::Person {
            account: AccountId(10),
            person: ME,
            assurance,
        }
    }

    fn delegate(scopes: &[DelegateScope]) -> Actor {
        Actor::Delegate {
            account: AccountId(11),
            person: ME,
            scopes: scopes.iter().copied().collect(),
            assurance: Assurance::High,
        }
    }

    fn low_assurance_delegate(scopes: &[DelegateScope]) -> Actor {
        Actor::Delegate {
            account: AccountId(11),
            person: ME,
            scopes: scopes.iter().copied().collect(),
            assurance: Assurance::Low,
        }
    }

    fn staff(roles: &[Role]) -> Actor {
        Actor::Staff {
            account: AccountId(12),
            roles: roles.iter().copied().collect::<BTreeSet<_>>(),
        }
    }

    #[test]
    fn a_person_sees_only_their_own_record_and_reading_it_needs_a_checked_identity() {
        use Decision::*;
        use PersonAction as A;
        let cases = [
            (person(Assurance::High), ME, A::ReadRecord, Allow),
            (person(Assurance::High), ME, A::ManageDelegates, Allow),
            // Where news goes is the person's choice, at any level of identity checking.
            (person(Assurance::Low), ME, A::ChooseNotifications, Allow),
            (
                person(Assurance::High),
                SOMEONE_ELSE,
                A::ChooseNotifications,
                NotFound,
            ),
            (
                person(Assurance::High),
                SOMEONE_ELSE,
                A::ReadRecord,
                NotFound,
            ),
            (
                person(Assurance::High),
                SOMEONE_ELSE,
                A::MakeRequest,
                NotFound,
            ),
            (
                person(Assurance::Low),
                ME,
                A::ReadRecord,
                NeedsHigherAssurance,
            ),
            (
                person(Assurance::Low),
                ME,
                A::SeeSharingAndAccess,
                NeedsHigherAssurance,
            ),
            // A request is followed by its own identity check (ICO), so it needs no high level.
            (person(Assurance::Low), ME, A::MakeRequest, Allow),
            (person(Assurance::Low), ME, A::ReadPersonalLeaflet, Allow),
            (person(Assurance::High), ME, A::RecordOnBehalf, NotFound),
        ];
        for (actor, whose, action, expected) in cases {
            assert_eq!(
                decide(&actor, whose, action),
                expected,
                "{actor:?} {whose:?} {action:?}"
            );
        }
    }

    #[test]
    fn a_delegate_acts_only_for_their_person_within_their_scope() {
        use Decision::*;
        use DelegateScope as S;
        use PersonAction as A;
        let cases = [
            (delegate(&[S::ReadRecord]), ME, A::ReadRecord, Allow),
            (delegate(&[S::ReadRecord]), ME, A::MakeRequest, NotFound),
            (delegate(&[S::MakeRequests]), ME, A::MakeRequest, Allow),
            (delegate(&[S::MakeRequests]), ME, A::ReadRecord, NotFound),
            (
                delegate(&[S::SharingAndAccess]),
                ME,
                A::SeeSharingAndAccess,
                Allow,
            ),
            (delegate(&[S::ManageConsent]), ME, A::ManageConsent, Allow),
            (delegate(&S::ALL), SOMEONE_ELSE, A::ReadRecord, NotFound),
            // Only the person decides who else may act for them.
            (delegate(&S::ALL), ME, A::ManageDelegates, NotFound),
            (delegate(&S::ALL), ME, A::ChooseNotifications, NotFound),
            (delegate(&S::ALL), ME, A::RecordOnBehalf, NotFound),
            // Asking on someone's behalf needs a checked identity, as reading their record does.
            (
                low_assurance_delegate(&[S::MakeRequests]),
                ME,
                A::MakeRequest,
                NeedsHigherAssurance,
            ),
            (
                low_assurance_delegate(&[S::ReadRecord]),
                ME,
                A::ReadRecord,
                NeedsHigherAssurance,
            ),
        ];
        for (actor, whose, action, expected) in cases {
            assert_eq!(
                decide(&actor, whose, action),
                expected,
                "{actor:?} {whose:?} {action:?}"
            );
        }
    }

    #[test]
    fn staff_see_what_their_role_needs_and_nothing_more() {
        use Decision::*;
        use PersonAction as A;
        let cases = [
            (staff(&[Role::Caseworker]), A::ReadRecord, Allow),
            (staff(&[Role::Caseworker]), A::RecordOnBehalf, Allow),
            (
                staff(&[Role::PrivacyOfficer]),
                A::SeeSharingAndAccess,
                Allow,
            ),
            (staff(&[Role::CommsOfficer]), A::ReadRecord, NotFound),
            (staff(&[Role::Administrator]), A::ReadRecord, NotFound),
            (staff(&[Role::Caseworker]), A::ManageConsent, NotFound),
            (staff(&[Role::Caseworker]), A::ManageDelegates, NotFound),
            (
                staff(&[Role::PrivacyOfficer]),
                A::ChooseNotifications,
                NotFound,
            ),
            (staff(&[]), A::ReadRecord, NotFound),
        ];
        for (actor, action, expected) in cases {
            assert_eq!(decide(&actor, ME, action), expected, "{actor:?} {action:?}");
        }
    }

    #[test]
    fn service_actions_follow_roles_and_are_never_open_to_people_or_delegates() {
        assert!(may(
            &staff(&[Role::PrivacyOfficer]),
            StaffAction::WorkRequestQueue
        ));
        assert!(!may(
            &staff(&[Role::Caseworker]),
            StaffAction::WorkRequestQueue
        ));
        assert!(may(&staff(&[Role::Caseworker]), StaffAction::FindPeople));
        assert!(may(
            &staff(&[Role::CommsOfficer]),
            StaffAction::ManageLeaflets
        ));
        assert!(!may(&staff(&[Role::CommsOfficer]), StaffAction::FindPeople));
        assert!(may(
            &staff(&[Role::Administrator]),
            StaffAction::ManageSettings
        ));
        for action in [
            StaffAction::WorkRequestQueue,
            StaffAction::FindPeople,
            StaffAction::ManageLeaflets,
            StaffAction::ManageSettings,
        ] {
            assert!(!may(&person(Assurance::High), action));
            assert!(!may(&delegate(&DelegateScope::ALL), action));
        }
    }
}
