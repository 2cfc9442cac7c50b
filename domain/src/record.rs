//! The care record as the person reads it: entries (assessments, plans, reviews, case notes…),
//! each a list of statements labelled as fact, someone's opinion, or something reported by
//! someone (the Southwark citizens' jury: records should be clear on what is fact and what is
//! opinion).
//!
//! Staff may withhold a statement or an entry, with a reason category: information about someone
//! else (DPA 2018 Sch 2 Part 3 para 16), likely to cause serious harm (Sch 3 Part 3 para 8, the
//! social work exemption), or legal privilege (Sch 2 Part 4 para 19). The person sees that
//! something was withheld and why, unless saying so would itself cause harm; the withheld text
//! is never in what the person is shown.

use crate::person::PersonId;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Candour's id for an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntryId(pub i64);

/// The kinds of record entry in adult social care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// A needs assessment (Care Act 2014 s.9).
    Assessment,
    /// A care and support plan (s.24–25).
    CareAndSupportPlan,
    /// A review of the plan (s.27).
    Review,
    /// A case note.
    CaseNote,
    /// A risk assessment.
    RiskAssessment,
    /// A care grid (visits and times).
    CareGrid,
    /// A letter.
    Letter,
}

impl EntryKind {
    /// Every kind.
    pub const ALL: [EntryKind; 7] = [
        EntryKind::Assessment,
        EntryKind::CareAndSupportPlan,
        EntryKind::Review,
        EntryKind::CaseNote,
        EntryKind::RiskAssessment,
        EntryKind::CareGrid,
        EntryKind::Letter,
    ];

    /// The key used in the API, filters and storage.
    pub fn key(self) -> &'static str {
        match self {
            EntryKind::Assessment => "assessment",
            EntryKind::CareAndSupportPlan => "care_and_support_plan",
            EntryKind::Review => "review",
            EntryKind::CaseNote => "case_note",
            EntryKind::RiskAssessment => "risk_assessment",
            EntryKind::CareGrid => "care_grid",
            EntryKind::Letter => "letter",
        }
    }

    /// From a key.
    pub fn from_key(key: &str) -> Option<Self> {
        EntryKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// What kind of statement this is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "label", rename_all = "snake_case")]
pub enum StatementLabel {
    /// A fact.
    Fact,
    /// An opinion, and whose (e.g. "the social worker").
    Opinion {
        /// Whose opinion.
        whose: String,
    },
    /// Something someone said, and who (e.g. "your daughter").
    Reported {
        /// Who said it.
        by: String,
    },
    /// Not labelled by the author.
    Unlabelled,
}

/// Why something was withheld.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WithheldReason {
    /// It is about someone else (DPA 2018 Sch 2 Part 3 para 16).
    ThirdParty,
    /// Showing it would be likely to cause serious harm (Sch 3 Part 3 para 8).
    SeriousHarm,
    /// Legal advice that is privileged (Sch 2 Part 4 para 19).
    LegalPrivilege,
    /// Another exemption in the DPA 2018.
    OtherExemption,
}

impl WithheldReason {
    /// Every reason.
    pub const ALL: [WithheldReason; 4] = [
        WithheldReason::ThirdParty,
        WithheldReason::SeriousHarm,
        WithheldReason::LegalPrivilege,
        WithheldReason::OtherExemption,
    ];
}

/// A withheld marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Withheld {
    /// Why.
    pub reason: WithheldReason,
    /// False when even saying that something was withheld would cause harm.
    pub say_so: bool,
}

/// One statement in an entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// Fact, opinion or reported.
    #[serde(flatten)]
    pub label: StatementLabel,
    /// The text, as CommonMark (rendered through the sanitiser only).
    pub text: String,
    /// Set when withheld from the person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<Withheld>,
}

/// An entry as the case system sends it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewEntry {
    /// Whose record.
    pub person: PersonId,
    /// The case system's id for the entry (unique per person).
    pub source_id: String,
    /// What kind.
    pub kind: EntryKind,
    /// A short title.
    pub title: String,
    /// A short Easy Read summary (Markdown), when the author wrote one: shown first to people
    /// whose information format is Easy Read, and under the title to everyone else.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The team that wrote it.
    pub team: String,
    /// The author's role (not their name).
    pub author_role: String,
    /// When what it describes happened.
    pub event_date: NaiveDate,
    /// When it was written.
    pub written_date: NaiveDate,
    /// When it was last checked for accuracy, if ever.
    pub checked_on: Option<NaiveDate>,
    /// The statements, in order.
    pub statements: Vec<Statement>,
    /// Set when the whole entry is withheld.
    pub withheld: Option<Withheld>,
}

/// A stored entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Its id.
    pub id: EntryId,
    /// As received.
    pub details: NewEntry,
    /// Who marked it checked in Candour (with `details.checked_on`), if anyone did.
    pub checked_by: Option<crate::access::AccountId>,
}

/// A statement as the person may see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VisibleStatement {
    /// Shown.
    Shown {
        /// Where it stands among the entry's statements (counting from 0, withheld ones too):
        /// how a request for a correction points at it.
        position: usize,
        /// Its label.
        label: StatementLabel,
        /// Its text (Markdown).
        text: String,
    },
    /// Withheld; only the reason is shown.
    Withheld(WithheldReason),
}

/// The Easy Read summary the person may read: none when the entry is withheld, or when every
/// statement in it is (a summary of withheld words would tell what they say; security review).
pub fn shown_summary(entry: &NewEntry) -> Option<&str> {
    let every_statement_withheld =
        !entry.statements.is_empty() && entry.statements.iter().all(|s| s.withheld.is_some());
    if entry.withheld.is_some() || every_statement_withheld {
        None
    } else {
        entry.summary.as_deref()
    }
}

/// Whether the person is shown the entry at all: not when it is withheld without saying so
/// (then it is in no list, search, count or total of theirs).
pub fn shown_at_all(entry: &NewEntry) -> bool {
    !matches!(entry.withheld, Some(Withheld { say_so: false, .. }))
}

/// What of an entry the person may see: `None` when the entry is withheld without saying so;
/// otherwise either the statements (withheld ones replaced by markers, silent ones dropped) or,
/// for a withheld entry, only its reason.
pub fn visible_statements(
    entry: &NewEntry,
) -> Option<Result<Vec<VisibleStatement>, WithheldReason>> {
    match entry.withheld {
        Some(Withheld { say_so: false, .. }) => None,
        Some(Withheld {
            reason,
            say_so: true,
        }) => Some(Err(reason)),
        None => Some(Ok(entry
            .statements
            .iter()
            .enumerate()
            .filter_map(|(position, s)| match s.withheld {
                None => Some(VisibleStatement::Shown {
                    position,
                    label: s.label.clone(),
                    text: s.text.clone(),
                }),
                Some(Withheld {
                    reason,
                    say_so: true,
                }) => Some(VisibleStatement::Withheld(reason)),
                Some(Withheld { say_so: false, .. }) => None,
            })
            .collect())),
    }
}

/// The plain-English report on everything an entry says (its summary and every statement,
/// withheld ones included: staff wrote them all), for staff pages and the ingestion API.
pub fn readability(
    entry: &NewEntry,
    explained: &dyn Fn(&str) -> bool,
) -> crate::readability::Report {
    let text = entry
        .summary
        .iter()
        .map(String::as_str)
        .chain(entry.statements.iter().map(|s| s.text.as_str()))
        .collect::<Vec<_>>()
        .join("\n");
    crate::readability::check(&text, crate::readability::PLAIN_ENGLISH, explained)
}

/// True when an entry was last checked more than a year before `today`, or never.
pub fn check_overdue(entry: &NewEntry, today: NaiveDate) -> bool {
    entry
        .checked_on
        .is_none_or(|checked| (today - checked).num_days() > 365)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(withheld: Option<Withheld>, statements: Vec<Statement>) -> NewEntry {
        NewEntry {
            person: PersonId(1),
            source_id: "e1".into(),
            kind: EntryKind::CaseNote,
            title: "Visit".into(),
            summary: None,
            team: "Adults North".into(),
            author_role: "Social worker".into(),
            event_date: "2026-01-05".parse().expect("date"),
            written_date: "2026-01-06".parse().expect("date"),
            checked_on: None,
            statements,
            withheld,
        }
    }

    fn statement(text: &str, withheld: Option<Withheld>) -> Statement {
        Statement {
            label: StatementLabel::Fact,
            text: text.into(),
            withheld,
        }
    }

    #[test]
    fn withheld_text_never_reaches_the_person_and_markers_follow_say_so() {
        let harm = Withheld {
            reason: WithheldReason::SeriousHarm,
            say_so: true,
        };
        let silent = Withheld {
            reason: WithheldReason::ThirdParty,
            say_so: false,
        };
        let shown = entry(
            None,
            vec![
                statement("shown", None),
                statement("secret-1", Some(harm)),
                statement("secret-2", Some(silent)),
            ],
        );
        let visible = visible_statements(&shown)
            .expect("visible")
            .expect("statements");
        assert_eq!(visible.len(), 2, "the silent one is dropped");
        assert_eq!(
            visible[1],
            VisibleStatement::Withheld(WithheldReason::SeriousHarm)
        );
        assert!(!format!("{visible:?}").contains("secret"));
        let whole = entry(Some(harm), vec![statement("secret-3", None)]);
        assert_eq!(
            visible_statements(&whole),
            Some(Err(WithheldReason::SeriousHarm))
        );
        assert_eq!(visible_statements(&entry(Some(silent), vec![])), None);
    }

    #[test]
    fn an_entry_needs_checking_when_not_checked_for_over_a_year() {
        let today: NaiveDate = "2026-06-01".parse().expect("date");
        let mut e = entry(None, vec![]);
        assert!(check_overdue(&e, today));
        e.checked_on = "2025-06-01".parse().ok();
        assert!(!check_overdue(&e, today));
        e.checked_on = "2025-05-31".parse().ok();
        assert!(check_overdue(&e, today));
    }

    #[test]
    fn the_easy_read_summary_goes_with_the_words_it_summarises() {
        let say = Withheld {
            reason: WithheldReason::ThirdParty,
            say_so: true,
        };
        let mut open = entry(None, vec![statement("words", None)]);
        open.summary = Some("Easy words".into());
        assert_eq!(shown_summary(&open), Some("Easy words"));
        let mut some_withheld = open.clone();
        some_withheld
            .statements
            .push(statement("secret", Some(say)));
        assert_eq!(shown_summary(&some_withheld), Some("Easy words"));
        let mut all_withheld = open.clone();
        all_withheld.statements = vec![statement("secret", Some(say))];
        assert_eq!(
            shown_summary(&all_withheld),
            None,
            "every statement withheld"
        );
        let mut entry_withheld = open.clone();
        entry_withheld.withheld = Some(say);
        assert_eq!(shown_summary(&entry_withheld), None, "the entry withheld");
    }
}
