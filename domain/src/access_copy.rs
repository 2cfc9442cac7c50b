//! A subject access copy: everything Candour holds about a person, put together in one action
//! when a privacy officer answers their access request (UK GDPR Art 15; ICO, "Right of access":
//! the personal data, and the purposes, recipients and sources), as one document that the HTML
//! page, the tagged PDF and the machine-readable JSON are all made from (Art 15(3): "in a commonly
//! used electronic form" when asked electronically).
//!
//! What goes in: who the person is and their communication needs, every record entry with each
//! statement's label, their requests and what happened to each, who may act for them and on what
//! authority, who their information was shared with (Art 15(1)(c): "the recipients … to whom the
//! personal data have been or will be disclosed"; what, when, why, on what lawful basis, with or
//! without their consent), each consent they (or someone for them) gave or refused, and any they withdrew
//! (Art 7(1); kept with both dates, since withdrawing does not undo what was done before, Art
//! 7(3)), and the activity trail (who looked at or did what with their
//! information: staff views with the reason, delegates' actions). A statement of disagreement the person added after
//! a refused correction is given with the statement it disputes and with its request.
//!
//! Withheld information is explained, never included (DPA 2018 Sch 2–3 exemptions): a withheld
//! statement or entry appears only as its reason; one withheld without saying so does not appear
//! at all, exactly as on the record pages. A share the person has not yet been told about
//! (telling them would increase the risk) is left out without a word, as everywhere the person
//! looks (`crate::sharing`). A copy is available for [`AVAILABLE_DAYS`] days, then
//! removed (UK GDPR Art 5(1)(e), storage limitation: a second copy of the whole record should not
//! outlive its use).

use crate::access::DelegateScope;
use crate::delegation::{AuthorityEvidence, Delegation};
use crate::person::Person;
use crate::record::{Entry, StatementLabel, VisibleStatement, WithheldReason, visible_statements};
use crate::rectification::{Disagreement, StatementRef};
use crate::rights::{RequestStatus, RightsRequest};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// How long a copy can be downloaded.
pub const AVAILABLE_DAYS: u64 = 30;

/// The whole copy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessCopy {
    /// The access request it answers.
    pub reference: String,
    /// When it was made (Europe/London).
    pub made_on: NaiveDate,
    /// The last day it can be downloaded.
    pub available_until: NaiveDate,
    /// Who it is about.
    pub person: CopyPerson,
    /// The care record, newest first.
    pub entries: Vec<CopyEntry>,
    /// Their rights requests.
    pub requests: Vec<CopyRequest>,
    /// Who may act for them.
    pub delegations: Vec<CopyDelegation>,
    /// Who their information was shared with, newest first (copies made before shares were
    /// held have none).
    #[serde(default)]
    pub sharing: Vec<CopySharing>,
    /// Every yes or no to a consent, newest first, withdrawn ones with the day (copies made before
    /// consents were held have none).
    #[serde(default)]
    pub consents: Vec<crate::consent::Consent>,
    /// Who looked at or did what, newest first.
    pub activity: Vec<CopyActivity>,
}

/// One share of their information, as the person may know it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopySharing {
    /// The day it was shared.
    pub shared_on: NaiveDate,
    /// Who received it: the organisation.
    pub organisation: String,
    /// Who received it: their role.
    pub role: String,
    /// What was shared.
    pub information: String,
    /// Why.
    pub purpose: String,
    /// The lawful basis.
    pub basis: crate::sharing::LawfulBasis,
    /// Without consent: the law that allows it.
    pub authority: Option<crate::sharing::Authority>,
}

/// The person as the council's case system holds them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyPerson {
    /// Full name.
    pub name: String,
    /// Date of birth.
    pub date_of_birth: NaiveDate,
    /// NHS number, if held.
    pub nhs_number: Option<String>,
    /// The case system's id.
    pub case_record_number: String,
    /// Preferred language (BCP 47).
    pub preferred_language: String,
    /// Accessible Information Standard needs, as stored.
    pub communication_needs: crate::person::CommunicationNeeds,
    /// The day the case closed, if it has.
    pub case_closed_on: Option<NaiveDate>,
    /// Their allocated worker, if any.
    pub allocated_worker: Option<crate::person::AllocatedWorker>,
}

/// One entry as the person may see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyEntry {
    /// Kind key (`case_note`…).
    pub kind: String,
    /// Title.
    pub title: String,
    /// Easy Read summary, if written.
    pub summary: Option<String>,
    /// The team that wrote it.
    pub team: String,
    /// The author's role.
    pub author_role: String,
    /// When it happened.
    pub event_date: NaiveDate,
    /// When it was written.
    pub written_date: NaiveDate,
    /// When last checked for accuracy.
    pub checked_on: Option<NaiveDate>,
    /// Set when the whole entry is withheld: only its reason is given.
    pub withheld_reason: Option<WithheldReason>,
    /// The statements (none when the entry is withheld).
    pub statements: Vec<CopyStatement>,
}

/// One statement: its label and text, or only why it is withheld.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "shown", rename_all = "snake_case")]
pub enum CopyStatement {
    /// Shown.
    Shown {
        /// Fact, opinion or reported.
        #[serde(flatten)]
        label: StatementLabel,
        /// The text (Markdown).
        text: String,
        /// What the person said when they disputed it (after a refused correction).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        disagreement: Option<String>,
    },
    /// Withheld, with the reason.
    Withheld {
        /// Why.
        reason: WithheldReason,
    },
}

/// One request and what happened to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyRequest {
    /// `CR-000123`.
    pub reference: String,
    /// Right key (`access`…).
    pub right: String,
    /// The day it arrived.
    pub received: NaiveDate,
    /// Where it stands.
    pub status: RequestStatus,
    /// What they asked, in their words.
    pub about: String,
    /// Each event: kind key, date and note (empty when there is none).
    pub events: Vec<(String, NaiveDate, String)>,
    /// After a refused correction: the person's statement of disagreement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disagreement: Option<String>,
}

/// Someone who may act for the person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyDelegation {
    /// Their name.
    pub name: String,
    /// Authority key.
    pub authority: String,
    /// Scope keys.
    pub scopes: Vec<String>,
    /// Last day, if it ends.
    pub ends_on: Option<NaiveDate>,
    /// Status key on the day the copy was made.
    pub status: String,
    /// For an attorney or deputy: the document and what was checked.
    pub evidence: Option<AuthorityEvidence>,
}

/// One line of the activity trail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyActivity {
    /// When (unix seconds).
    pub at: i64,
    /// Who, by the name they use in Candour.
    pub who: String,
    /// Action key (`staff_viewed_entry`…).
    pub action: String,
    /// Detail.
    pub detail: String,
}

/// What the copy is made from: everything already read for this person alone.
pub struct Sources {
    /// The person.
    pub person: Person,
    /// Every entry.
    pub entries: Vec<Entry>,
    /// Every request.
    pub requests: Vec<RightsRequest>,
    /// Every delegation.
    pub delegations: Vec<Delegation>,
    /// The activity trail, each line with the name of whoever did it.
    pub activity: Vec<CopyActivity>,
    /// The person's statements of disagreement.
    pub disagreements: Vec<Disagreement>,
    /// Every share of their information, told or not yet.
    pub sharing: Vec<crate::sharing::Sharing>,
    /// Every consent the case system recorded for them.
    pub consents: Vec<crate::consent::Consent>,
}

/// Every statement of disagreement about `statement`, one paragraph each.
fn disputes(all: &[Disagreement], statement: Option<StatementRef>) -> Option<String> {
    let texts: Vec<&str> = all
        .iter()
        .filter(|d| d.statement == statement)
        .map(|d| d.text.as_str())
        .collect();
    (!texts.is_empty()).then(|| texts.join("\n\n"))
}

impl AccessCopy {
    /// The copy as a delegate with `scopes` may see it: each part only with the scope that
    /// covers it (the record and its details with "read my record"; shares and who looked with
    /// "see sharing and access"; consents with "manage consent"; requests with "make
    /// requests"), and never the person's other delegates or what they showed staff: managing
    /// delegates is the person's alone (the access policy, `crate::access::policy`). Caldicott
    /// principle 3: the minimum necessary.
    pub fn for_delegate(&self, scopes: &BTreeSet<DelegateScope>) -> AccessCopy {
        let has = |scope| scopes.contains(&scope);
        let mut cut = self.clone();
        if !has(DelegateScope::ReadRecord) {
            cut.entries.clear();
        }
        if !has(DelegateScope::SharingAndAccess) {
            cut.sharing.clear();
            cut.activity.clear();
        }
        if !has(DelegateScope::ManageConsent) {
            cut.consents.clear();
        }
        if !has(DelegateScope::MakeRequests) {
            cut.requests.clear();
        }
        cut.delegations.clear();
        cut
    }
}

/// Puts the copy together on `today` for the request `reference`.
pub fn assemble(sources: Sources, reference: &str, today: NaiveDate) -> AccessCopy {
    let details = &sources.person.details;
    let mut entries: Vec<CopyEntry> = sources
        .entries
        .iter()
        .filter_map(|entry| {
            let e = &entry.details;
            let visible = visible_statements(e)?;
            let (withheld_reason, statements) = match visible {
                Err(reason) => (Some(reason), Vec::new()),
                Ok(statements) => (
                    None,
                    statements
                        .into_iter()
                        .map(|s| match s {
                            VisibleStatement::Shown {
                                position,
                                label,
                                text,
                            } => CopyStatement::Shown {
                                label,
                                text,
                                disagreement: disputes(
                                    &sources.disagreements,
                                    Some(StatementRef {
                                        entry: entry.id,
                                        position,
                                    }),
                                ),
                            },
                            VisibleStatement::Withheld(reason) => {
                                CopyStatement::Withheld { reason }
                            }
                        })
                        .collect(),
                ),
            };
            Some(CopyEntry {
                kind: e.kind.key().to_owned(),
                title: e.title.clone(),
                summary: crate::record::shown_summary(e).map(str::to_owned),
                team: e.team.clone(),
                author_role: e.author_role.clone(),
                event_date: e.event_date,
                written_date: e.written_date,
                checked_on: e.checked_on,
                withheld_reason,
                statements,
            })
        })
        .collect();
    entries.sort_by_key(|e| std::cmp::Reverse(e.event_date));
    let requests = sources
        .requests
        .iter()
        .map(|r| CopyRequest {
            reference: r.reference(),
            right: r.details.right.key().to_owned(),
            received: r.details.received,
            status: r.status(),
            about: r.details.about.clone(),
            events: r
                .events
                .iter()
                .map(|e| (e.kind.key().to_owned(), e.on, e.note.clone()))
                .collect(),
            disagreement: sources
                .disagreements
                .iter()
                .find(|d| d.request == r.id)
                .map(|d| d.text.clone()),
        })
        .collect();
    let delegations = sources
        .delegations
        .iter()
        .map(|d| CopyDelegation {
            name: d.details.delegate_name.clone(),
            authority: d.details.authority.key().to_owned(),
            scopes: d
                .details
                .scopes
                .iter()
                .map(|s| s.key().to_owned())
                .collect(),
            ends_on: d.details.ends_on,
            status: d.status(today).key().to_owned(),
            evidence: d
                .details
                .evidence
                .as_deref()
                .map(AuthorityEvidence::from_stored),
        })
        .collect();
    let mut sharing: Vec<CopySharing> = sources
        .sharing
        .iter()
        .filter(|s| s.shown_to_person())
        .map(|s| CopySharing {
            shared_on: s.shared_on,
            organisation: s.recipient_organisation.clone(),
            role: s.recipient_role.clone(),
            information: s.information.clone(),
            purpose: s.purpose.clone(),
            basis: s.basis,
            authority: s.authority,
        })
        .collect();
    sharing.sort_by_key(|s| std::cmp::Reverse(s.shared_on));
    let mut consents = sources.consents;
    consents.sort_by_key(|c| std::cmp::Reverse(c.answered_on));
    let mut activity = sources.activity;
    activity.sort_by_key(|a| std::cmp::Reverse(a.at));
    AccessCopy {
        reference: reference.to_owned(),
        made_on: today,
        available_until: today + Days::new(AVAILABLE_DAYS),
        person: CopyPerson {
            name: details.full_name(),
            date_of_birth: details.date_of_birth,
            nhs_number: details.nhs_number.clone(),
            case_record_number: details.source_id.clone(),
            preferred_language: details.preferred_locale.tag().to_owned(),
            communication_needs: details.communication.clone(),
            case_closed_on: match details.case_status {
                crate::person::CaseStatus::Open => None,
                crate::person::CaseStatus::Closed { on } => Some(on),
            },
            allocated_worker: details.allocated_worker.clone(),
        },
        entries,
        requests,
        delegations,
        sharing,
        consents,
        activity,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::PersonId;
    use crate::record::{EntryId, Withheld};
    use crate::synthetic;

    fn sources_with(entries: Vec<Entry>) -> Sources {
        Sources {
            person: Person {
                id: PersonId(1),
                details: synthetic::person(1, 0),
            },
            entries,
            requests: Vec::new(),
            delegations: Vec::new(),
            activity: vec![CopyActivity {
                at: 5,
                who: "A caseworker".into(),
                action: "staff_viewed_entry".into(),
                detail: "entry 1 (accuracy)".into(),
            }],
            disagreements: Vec::new(),
            sharing: Vec::new(),
            consents: Vec::new(),
        }
    }

    #[test]
    fn shares_the_person_was_told_of_are_given_and_others_never_mentioned() {
        use crate::sharing::{Authority, LawfulBasis, Sharing, Telling};
        let day = |text: &str| -> NaiveDate { text.parse().expect("date") };
        let share = |id: &str, on: &str, telling: Telling| Sharing {
            source_id: id.into(),
            shared_on: day(on),
            recipient_organisation: format!("Organisation {id}"),
            recipient_role: "Nurse".into(),
            information: "Care plan".into(),
            entries: Vec::new(),
            purpose: "Care at home".into(),
            basis: LawfulBasis::PublicTask,
            authority: Some(Authority::Safeguarding),
            consent: None,
            approved_by: Some("A senior manager".into()),
            telling,
        };
        let mut sources = sources_with(Vec::new());
        sources.sharing = vec![
            share(
                "A",
                "2026-10-01",
                Telling::Told {
                    on: day("2026-10-01"),
                },
            ),
            share(
                "B",
                "2026-10-05",
                Telling::NotYet {
                    reason: "Telling would increase the risk".into(),
                    review_on: day("2027-01-01"),
                },
            ),
            share(
                "C",
                "2026-11-01",
                Telling::Told {
                    on: day("2026-11-02"),
                },
            ),
        ];
        let copy = assemble(sources, "CR-000001", day("2026-12-01"));
        let organisations: Vec<&str> = copy
            .sharing
            .iter()
            .map(|s| s.organisation.as_str())
            .collect();
        assert_eq!(
            organisations,
            vec!["Organisation C", "Organisation A"],
            "newest first"
        );
        let json = serde_json::to_string(&copy).expect("json");
        assert!(!json.contains("Organisation B") && !json.contains("increase the risk"));
        assert!(
            !json.contains("A senior manager"),
            "staff details stay with staff"
        );
        assert_eq!(copy.sharing[0].authority, Some(Authority::Safeguarding));
        let older: AccessCopy = serde_json::from_str(&json.replace(
            &format!(
                ",\"sharing\":{}",
                serde_json::to_string(&copy.sharing).expect("json")
            ),
            "",
        ))
        .expect("a copy made before shares were held still reads");
        assert!(older.sharing.is_empty());
    }

    #[test]
    fn every_consent_is_given_newest_first_withdrawn_ones_with_the_day() {
        use crate::consent::{Consent, ConsentAnswer, ConsentMethod};
        let day = |text: &str| -> NaiveDate { text.parse().expect("date") };
        let consent = |id: &str, given: &str, withdrawn: Option<&str>| Consent {
            source_id: id.into(),
            answer: ConsentAnswer::Yes,
            answered_on: day(given),
            answered_by: None,
            method: ConsentMethod::InWriting,
            purpose: format!("Purpose {id}"),
            recipients: "Housing".into(),
            withdrawn_on: withdrawn.map(day),
            expires_on: None,
            capacity: None,
            evidence: None,
        };
        let mut sources = sources_with(Vec::new());
        sources.consents = vec![
            consent("C-1", "2026-01-10", Some("2026-06-01")),
            consent("C-2", "2026-09-01", None),
        ];
        let copy = assemble(sources, "CR-000001", day("2026-12-01"));
        let ids: Vec<&str> = copy.consents.iter().map(|c| c.source_id.as_str()).collect();
        assert_eq!(
            ids,
            vec!["C-2", "C-1"],
            "newest first, the withdrawn one kept"
        );
        assert_eq!(copy.consents[1].withdrawn_on, Some(day("2026-06-01")));
        let json = serde_json::to_string(&copy).expect("json");
        let older: AccessCopy = serde_json::from_str(&json.replace(
            &format!(
                ",\"consents\":{}",
                serde_json::to_string(&copy.consents).expect("json")
            ),
            "",
        ))
        .expect("a copy made before consents were held still reads");
        assert!(older.consents.is_empty());
    }

    #[test]
    fn a_statement_of_disagreement_is_given_with_what_it_disputes() {
        use crate::rectification::{Disagreement, StatementRef};
        use crate::rights::RequestId;
        let entries: Vec<Entry> = synthetic::entries(1, 0, PersonId(1))
            .into_iter()
            .enumerate()
            .map(|(i, mut details)| {
                details.withheld = None;
                for s in &mut details.statements {
                    s.withheld = None;
                }
                Entry {
                    id: EntryId(i as i64 + 1),
                    details,
                    checked_by: None,
                }
            })
            .collect();
        let title = "The entry disputed".to_owned();
        let mut entries = entries;
        entries[0].details.title = title.clone();
        let mut sources = sources_with(entries);
        let on = NaiveDate::from_ymd_opt(2026, 11, 1).expect("date");
        sources.disagreements = vec![
            Disagreement {
                request: RequestId(3),
                statement: Some(StatementRef {
                    entry: EntryId(1),
                    position: 0,
                }),
                text: "That is not what I said.".into(),
                added_on: on,
            },
            Disagreement {
                request: RequestId(4),
                statement: None,
                text: "The whole record is wrong.".into(),
                added_on: on,
            },
        ];
        let copy = assemble(sources, "CR-000005", on);
        let entry = copy
            .entries
            .iter()
            .find(|e| e.title == title)
            .expect("entry");
        let disputed: Vec<Option<String>> = entry
            .statements
            .iter()
            .map(|s| match s {
                CopyStatement::Shown { disagreement, .. } => disagreement.clone(),
                CopyStatement::Withheld { .. } => None,
            })
            .collect();
        assert_eq!(disputed[0].as_deref(), Some("That is not what I said."));
        assert!(
            disputed[1..].iter().all(Option::is_none),
            "only the one disputed"
        );
    }

    #[test]
    fn withheld_text_is_explained_never_included_and_silent_withholding_leaves_no_trace() {
        let mut entries: Vec<Entry> = synthetic::entries(1, 0, PersonId(1))
            .into_iter()
            .enumerate()
            .map(|(i, details)| Entry {
                id: EntryId(i as i64 + 1),
                details,
                checked_by: None,
            })
            .collect();
        let say = Withheld {
            reason: WithheldReason::SeriousHarm,
            say_so: true,
        };
        let silent = Withheld {
            reason: WithheldReason::ThirdParty,
            say_so: false,
        };
        entries[0].details.statements[0].text = "SECRET-ONE".into();
        entries[0].details.statements[0].withheld = Some(say);
        entries[1].details.withheld = Some(say);
        entries[1].details.title = "Visible title of a withheld entry".into();
        entries[1].details.statements[0].text = "SECRET-TWO".into();
        entries[2].details.withheld = Some(silent);
        entries[2].details.title = "SECRET-THREE".into();
        let count = entries.len();
        let copy = assemble(
            sources_with(entries),
            "CR-000001",
            NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"),
        );
        let json = serde_json::to_string(&copy).expect("json");
        for secret in ["SECRET-ONE", "SECRET-TWO", "SECRET-THREE"] {
            assert!(!json.contains(secret), "{secret} leaked");
        }
        assert_eq!(copy.entries.len(), count - 1, "the silent one is gone");
        let withheld_entry = copy
            .entries
            .iter()
            .find(|e| e.title == "Visible title of a withheld entry")
            .expect("the withheld entry is named");
        assert_eq!(
            withheld_entry.withheld_reason,
            Some(WithheldReason::SeriousHarm)
        );
        assert!(withheld_entry.statements.is_empty() && withheld_entry.summary.is_none());
        assert!(json.contains("\"reason\":\"serious_harm\""));
        assert_eq!(
            copy.available_until,
            NaiveDate::from_ymd_opt(2026, 12, 31).expect("date")
        );
        assert_eq!(copy.activity[0].who, "A caseworker");
        let back: AccessCopy = serde_json::from_str(&json).expect("round trip");
        assert_eq!(back, copy);
    }

    /// A copy with one of every part.
    fn sample_copy() -> AccessCopy {
        let day = |text: &str| -> NaiveDate { text.parse().expect("date") };
        let mut copy = assemble(
            sources_with(
                synthetic::entries(1, 0, PersonId(1))
                    .into_iter()
                    .enumerate()
                    .map(|(i, details)| Entry {
                        id: EntryId(i as i64 + 1),
                        details,
                        checked_by: None,
                    })
                    .collect(),
            ),
            "CR-000001",
            day("2026-12-01"),
        );
        copy.requests.push(CopyRequest {
            reference: "CR-000001".into(),
            right: "access".into(),
            received: day("2026-11-01"),
            status: RequestStatus::Open,
            about: "Everything".into(),
            events: Vec::new(),
            disagreement: None,
        });
        copy.delegations.push(CopyDelegation {
            name: "Sam".into(),
            authority: "lasting_power_of_attorney".into(),
            scopes: vec!["read_record".into()],
            ends_on: None,
            status: "live".into(),
            evidence: None,
        });
        copy.sharing.push(CopySharing {
            shared_on: day("2026-10-01"),
            organisation: "District nurses".into(),
            role: "Nurse".into(),
            information: "Care plan".into(),
            purpose: "Care at home".into(),
            basis: crate::sharing::LawfulBasis::PublicTask,
            authority: None,
        });
        copy.consents = synthetic::consents(0, &synthetic::entries(1, 0, PersonId(1)));
        copy
    }

    #[test]
    fn a_delegate_sees_only_the_parts_their_scopes_cover_and_never_other_delegates() {
        use crate::access::DelegateScope as S;
        let full = sample_copy();
        assert!(
            !full.entries.is_empty()
                && !full.requests.is_empty()
                && !full.delegations.is_empty()
                && !full.activity.is_empty(),
            "the sample has every part"
        );
        let cases: &[(&[S], [bool; 4])] = &[
            // scopes → (entries, requests, sharing and activity, consents) kept
            (&[S::ReadRecord], [true, false, false, false]),
            (&[S::MakeRequests], [false, true, false, false]),
            (&[S::SharingAndAccess], [false, false, true, false]),
            (&[S::ManageConsent], [false, false, false, true]),
            (
                &[
                    S::ReadRecord,
                    S::MakeRequests,
                    S::SharingAndAccess,
                    S::ManageConsent,
                ],
                [true, true, true, true],
            ),
        ];
        for (scopes, [entries, requests, access, consents]) in cases {
            let cut = full.for_delegate(&scopes.iter().copied().collect());
            assert_eq!(!cut.entries.is_empty(), *entries, "{scopes:?}");
            assert_eq!(!cut.requests.is_empty(), *requests, "{scopes:?}");
            assert_eq!(!cut.activity.is_empty(), *access, "{scopes:?}");
            assert_eq!(
                cut.sharing.len(),
                if *access { full.sharing.len() } else { 0 },
                "{scopes:?}"
            );
            assert_eq!(
                cut.consents.len(),
                if *consents { full.consents.len() } else { 0 },
                "{scopes:?}"
            );
            assert!(
                cut.delegations.is_empty(),
                "never other delegates: {scopes:?}"
            );
            assert_eq!(cut.person, full.person, "who it is about stays");
        }
    }
}
