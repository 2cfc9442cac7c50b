//! The person a record is about, with what the council must know to communicate with them.
//!
//! Communication needs follow the Accessible Information Standard (DAPB1605): the four
//! categories of need are communication support, communication professional, contact method and
//! information format (NHS England, Reasonable Adjustment Flag code system).

use crate::locale::Locale;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Candour's own id for a person (not the case system's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PersonId(pub i64);

/// A person who uses adult social care, as mirrored from the council's case system.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Candour's id.
    pub id: PersonId,
    /// The details as the case system gave them.
    pub details: PersonDetails,
}

/// Everything about a person except Candour's own id: what an import or the demo supplies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonDetails {
    /// The case-management system's id for the person, unique within the council.
    pub source_id: String,
    /// NHS number, ten digits with a valid check digit, when the case system holds one. The public
    /// identity provider's verified NHS number is how a signed-in person is matched to their
    /// record.
    pub nhs_number: Option<String>,
    /// Given name(s), as the person uses them.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// Date of birth.
    pub date_of_birth: NaiveDate,
    /// The language the person prefers for the portal and for letters.
    pub preferred_locale: Locale,
    /// Accessible Information Standard needs.
    pub communication: CommunicationNeeds,
    /// Whether the council's involvement is open or closed.
    pub case_status: CaseStatus,
    /// Which retention rule applies once the case closes (a council-configured class name).
    pub retention_class: String,
    /// The member of staff the case is allocated to, if any: printed on the person's own
    /// leaflet so they know whom to ask.
    #[serde(default)]
    pub allocated_worker: Option<AllocatedWorker>,
}

impl PersonDetails {
    /// The name as shown on screens: given name then family name.
    pub fn full_name(&self) -> String {
        format!("{} {}", self.given_name, self.family_name)
    }
}

/// The member of staff a person's case is allocated to, as the case system records them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllocatedWorker {
    /// Their name, e.g. "Sam Patel".
    pub name: String,
    /// Their job, e.g. "Social worker".
    pub role: String,
    /// A telephone number that reaches them or their team.
    #[serde(default)]
    pub phone: Option<String>,
    /// An email address that reaches them or their team.
    #[serde(default)]
    pub email: Option<String>,
}

impl AllocatedWorker {
    /// How to reach them: the phone number and email address that are recorded, in that order.
    pub fn contact(&self) -> Option<String> {
        let ways: Vec<&str> = [self.phone.as_deref(), self.email.as_deref()]
            .into_iter()
            .flatten()
            .filter(|way| !way.trim().is_empty())
            .collect();
        (!ways.is_empty()).then(|| ways.join(", "))
    }
}

/// Open or closed; a closed case records the date it closed (which starts the retention clock and
/// the "closed 14 days or more" access alert).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum CaseStatus {
    /// The council is involved now.
    Open,
    /// Involvement ended on this date.
    Closed {
        /// The day the case closed.
        on: NaiveDate,
    },
}

/// Accessible Information Standard needs, each optional because most people have none recorded.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommunicationNeeds {
    /// Support needed to communicate, in the person's words (e.g. "needs extra time").
    pub communication_support: Option<String>,
    /// A professional who must be present (e.g. a BSL interpreter).
    pub communication_professional: Option<CommunicationProfessional>,
    /// How to contact the person.
    pub contact_method: Option<ContactMethod>,
    /// The format information must be in.
    pub information_format: Option<InformationFormat>,
}

impl CommunicationNeeds {
    /// True when nothing is recorded.
    pub fn is_empty(&self) -> bool {
        *self == CommunicationNeeds::default()
    }
}

/// A communication professional, with the spoken or signed language where that applies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CommunicationProfessional {
    /// British Sign Language interpreter.
    BslInterpreter,
    /// Deafblind manual interpreter.
    DeafblindInterpreter,
    /// Spoken-language interpreter for the named language.
    SpokenLanguageInterpreter {
        /// The language, as a BCP 47 tag or its English name.
        language: String,
    },
    /// Lipspeaker.
    Lipspeaker,
    /// Independent advocate.
    Advocate,
}

/// How the person wants to be contacted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactMethod {
    /// Letter by post.
    Letter,
    /// Email.
    Email,
    /// Telephone.
    Telephone,
    /// Text message.
    TextMessage,
    /// Through a named carer or advocate.
    ThroughRepresentative,
}

/// The format information must be given in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InformationFormat {
    /// Easy Read: short sentences with pictures.
    EasyRead,
    /// Large print (at least 16 pt, Candour uses 20 pt).
    LargePrint,
    /// Braille.
    Braille,
    /// Audio.
    Audio,
    /// British Sign Language video.
    BslVideo,
    /// Electronic document readable by a screen reader.
    Electronic,
}

/// True for a ten-digit NHS number whose last digit is its Modulus 11 check digit (NHS Data
/// Dictionary, "NHS Number"). Spaces are ignored.
pub fn is_valid_nhs_number(text: &str) -> bool {
    let digits: Vec<u32> = text
        .chars()
        .filter(|c| *c != ' ')
        .map(|c| c.to_digit(10))
        .collect::<Option<_>>()
        .unwrap_or_default();
    if digits.len() != 10 {
        return false;
    }
    nhs_check_digit(&digits[..9]) == Some(digits[9])
}

/// The Modulus 11 check digit for the first nine digits, or `None` when none exists (remainder
/// 1, check value 10: such numbers are never issued).
pub fn nhs_check_digit(first_nine: &[u32]) -> Option<u32> {
    let sum: u32 = first_nine
        .iter()
        .zip((2..=10).rev())
        .map(|(d, w)| d * w)
        .sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        check => Some(check),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Examples from the NHS Data Dictionary and NHS Digital's test data ranges.
    #[test]
    fn nhs_numbers_are_checked_with_modulus_11() {
        let cases = [
            ("943 476 5919", true),
            ("9434765919", true),
            ("9434765918", false),
            ("401 023 2137", true),
            ("999 000 0018", true),
            ("12345", false),
            ("943476591X", false),
        ];
        for (number, valid) in cases {
            assert_eq!(is_valid_nhs_number(number), valid, "{number}");
        }
    }
}
