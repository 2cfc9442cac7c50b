//! A plain-English check for anything Candour shows a person: record text written by staff,
//! leaflets, and the portal's own words.
//!
//! What it looks for, and where the rules come from:
//! - **Long sentences**: over 25 words for plain English (GOV.UK content design: "aim for 25
//!   words or fewer"); over 15 for Easy Read (Mencap, "Am I making myself clear?", and the
//!   Department of Health's "Making written information easier to understand", 2010).
//! - **Wordy words** with a plain alternative ("utilise" → "use"), from the Plain English
//!   Campaign's A to Z of alternative words and the GOV.UK words to avoid.
//! - **Unexplained abbreviations**: two or more capitals (ICO, DoLS) not spelt out in the same
//!   text as "(ICO)" and not explained by the glossary — ICO guidance asks for information in
//!   "clear and plain language" (UK GDPR Art 12(1)).
//! - **Passive voice** ("was assessed"), and **long words** (four syllables or more; three for
//!   Easy Read) — advice only: sometimes the passive or a long word is the clearest choice.
//!
//! A text **passes** when it has no long sentence, no wordy word and no unexplained
//! abbreviation. The rules are for English; Welsh needs its own (not built yet).

/// How strict to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The most words a sentence may have.
    pub sentence_words: usize,
    /// Words with at least this many syllables count as long.
    pub long_word_syllables: usize,
}

/// Plain English, for record text and the portal's words.
pub const PLAIN_ENGLISH: Limits = Limits {
    sentence_words: 25,
    long_word_syllables: 4,
};

/// Easy Read, for leaflets and summaries.
pub const EASY_READ: Limits = Limits {
    sentence_words: 15,
    long_word_syllables: 3,
};

/// Abbreviations most people know, which need no explanation.
const EVERYDAY_ABBREVIATIONS: &[&str] = &[
    "NHS", "UK", "GP", "ID", "PDF", "OK", "TV", "PIN", "GOV", "AM", "PM", "BBC",
];

/// Wordy words and their plain alternatives (Plain English Campaign; GOV.UK style guide).
const WORDY: &[(&str, &str)] = &[
    ("utilise", "use"),
    ("utilize", "use"),
    ("commence", "start"),
    ("facilitate", "help"),
    ("in receipt of", "getting"),
    ("service user", "person"),
    ("prior to", "before"),
    ("in order to", "to"),
    ("endeavour", "try"),
    ("terminate", "end"),
    ("ascertain", "find out"),
    ("subsequently", "later"),
    ("notwithstanding", "even though"),
    ("in accordance with", "under"),
    ("with regard to", "about"),
    ("in respect of", "about"),
    ("deem", "think"),
    ("forthwith", "now"),
    ("henceforth", "from now on"),
    ("hereby", "(leave out)"),
    ("therein", "in it"),
    ("aforementioned", "this"),
    ("expedite", "hurry"),
    ("remuneration", "pay"),
    ("whilst", "while"),
    ("liaise", "work with"),
    ("going forward", "from now on"),
];

/// Past participles that do not end in "-ed".
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "known", "seen", "given", "taken", "made", "done", "told", "shown", "written", "sent", "kept",
    "held", "found", "paid", "heard", "brought", "chosen", "spoken", "broken", "put", "set",
];

/// Forms of "to be" that start a passive.
const BE: &[&str] = &["am", "is", "are", "was", "were", "be", "been", "being"];

/// One sentence that is too long.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LongSentence {
    /// The sentence.
    pub text: String,
    /// How many words it has.
    pub words: usize,
}

/// A wordy word or phrase and what to say instead.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Wordy {
    /// As found.
    pub found: String,
    /// The plain alternative.
    pub instead: &'static str,
}

/// What the check found.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Report {
    /// How many sentences.
    pub sentences: usize,
    /// How many words.
    pub words: usize,
    /// Sentences over the limit.
    pub long_sentences: Vec<LongSentence>,
    /// Wordy words, each once.
    pub wordy: Vec<Wordy>,
    /// Abbreviations not explained, each once.
    pub unexplained: Vec<String>,
    /// Passive phrases ("was assessed"), advice only.
    pub passive: Vec<String>,
    /// Long words, each once, advice only.
    pub long_words: Vec<String>,
}

impl Report {
    /// True when nothing must change (passive voice and long words are advice only).
    pub fn passes(&self) -> bool {
        self.long_sentences.is_empty() && self.wordy.is_empty() && self.unexplained.is_empty()
    }
}

/// Checks `text` against `limits`. `explained` says whether the glossary explains a word
/// (an abbreviation the glossary explains is not reported).
pub fn check(text: &str, limits: Limits, explained: &dyn Fn(&str) -> bool) -> Report {
    let mut report = Report::default();
    for sentence in sentences(text) {
        let words = words(&sentence);
        if words.is_empty() {
            continue;
        }
        report.sentences += 1;
        report.words += words.len();
        if words.len() > limits.sentence_words {
            report.long_sentences.push(LongSentence {
                words: words.len(),
                text: sentence.clone(),
            });
        }
        for pair in words.windows(2) {
            let (be, next) = (pair[0].to_lowercase(), pair[1].to_lowercase());
            let participle = (next.ends_with("ed") && next.len() > 3)
                || IRREGULAR_PARTICIPLES.contains(&next.as_str());
            if BE.contains(&be.as_str()) && participle {
                push_once(&mut report.passive, format!("{be} {next}"));
            }
        }
        for word in &words {
            if is_abbreviation(word)
                && !EVERYDAY_ABBREVIATIONS.contains(&word.as_str())
                && !is_spelt_out(text, word)
                && !explained(word)
            {
                push_once(&mut report.unexplained, word.clone());
            }
            if syllables(word) >= limits.long_word_syllables {
                push_once(&mut report.long_words, word.to_lowercase());
            }
        }
    }
    let lower = format!(" {} ", words(&text.to_lowercase()).join(" "));
    for (wordy, instead) in WORDY {
        if lower.contains(&format!(" {wordy} ")) {
            report.wordy.push(Wordy {
                found: (*wordy).to_owned(),
                instead,
            });
        }
    }
    report
}

/// True when `text` gives `word` in brackets after its long form: "(ICO)", "(UK GDPR)".
pub fn is_spelt_out(text: &str, word: &str) -> bool {
    text.split('(')
        .skip(1)
        .filter_map(|rest| rest.split_once(')').map(|(inside, _)| inside))
        .any(|inside| words(inside).iter().any(|w| w == word))
}

fn push_once(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// Sentences: split at ".", "!" or "?" followed by a space or the end, and at line breaks
/// (list items and headings are sentences of their own).
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut current = String::new();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            current.push(c);
            if matches!(c, '.' | '!' | '?') && chars.peek().is_none_or(|n| n.is_whitespace()) {
                out.push(current.trim().to_owned());
                current.clear();
            }
        }
        if !current.trim().is_empty() {
            out.push(current.trim().to_owned());
        }
    }
    out
}

/// Words: runs of letters, digits, apostrophes and inner hyphens; punctuation trimmed.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(str::to_owned)
        .collect()
}

/// Two or more letters, mostly capitals, and at least two capitals ("ICO", "DoLS", "CHC"); a
/// token with digits is a code or reference ("CR-000123"), not an abbreviation.
fn is_abbreviation(word: &str) -> bool {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let capitals = letters.iter().filter(|c| c.is_uppercase()).count();
    letters.len() >= 2 && capitals >= 2 && capitals * 2 > letters.len()
}

/// Syllables, estimated: groups of vowels, less a silent final "e", at least one.
fn syllables(word: &str) -> usize {
    let lower = word.to_lowercase();
    if !lower.chars().all(|c| c.is_ascii_alphabetic()) {
        return 1;
    }
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut count = 0;
    let mut previous = false;
    for c in lower.chars() {
        let is_vowel = vowel(c);
        if is_vowel && !previous {
            count += 1;
        }
        previous = is_vowel;
    }
    if lower.ends_with('e') && !lower.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nothing_explained(_: &str) -> bool {
        false
    }

    #[test]
    fn sentences_over_the_limit_are_reported_with_their_length() {
        let sixteen = "We will look at your care plan with you and your family every year in May.";
        let cases: &[(&str, Limits, usize)] = &[
            ("We will call you.", EASY_READ, 0),
            (sixteen, EASY_READ, 1),
            (sixteen, PLAIN_ENGLISH, 0),
            ("One. Two words. Three words here!", EASY_READ, 0),
        ];
        for (text, limits, long) in cases {
            let report = check(text, *limits, &nothing_explained);
            assert_eq!(report.long_sentences.len(), *long, "{text}");
        }
        let report = check(sixteen, EASY_READ, &nothing_explained);
        assert_eq!(report.long_sentences[0].words, 16);
        assert!(!report.passes());
    }

    #[test]
    fn a_full_stop_inside_a_number_or_address_does_not_end_a_sentence() {
        let report = check(
            "Call 01632 960.001 or visit care.example.gov.uk today.",
            PLAIN_ENGLISH,
            &nothing_explained,
        );
        assert_eq!(report.sentences, 1);
    }

    #[test]
    fn each_line_is_its_own_sentence() {
        let report = check(
            "## Your rights\n- see it\n- fix it",
            EASY_READ,
            &nothing_explained,
        );
        assert_eq!(report.sentences, 3);
    }

    #[test]
    fn wordy_words_come_with_a_plain_alternative() {
        let report = check(
            "We will utilise the form prior to the visit in order to help.",
            PLAIN_ENGLISH,
            &nothing_explained,
        );
        let found: Vec<(&str, &str)> = report
            .wordy
            .iter()
            .map(|w| (w.found.as_str(), w.instead))
            .collect();
        assert_eq!(
            found,
            vec![
                ("utilise", "use"),
                ("prior to", "before"),
                ("in order to", "to")
            ]
        );
        assert!(!report.passes());
    }

    #[test]
    fn abbreviations_need_spelling_out_or_the_glossary() {
        let cases: &[(&str, &[&str])] = &[
            ("Tell the ICO.", &["ICO"]),
            (
                "Tell the Information Commissioner's Office (ICO). The ICO will help.",
                &[],
            ),
            ("Your NHS number and your GP.", &[]),
            ("A DoLS check and a CHC review.", &["CHC"]),
            ("I AM here.", &[]),
            (
                "The UK General Data Protection Regulation (UK GDPR) says so. GDPR Art 9.",
                &[],
            ),
            ("Your code is ACDE-7KMN-PQR3, reference CR-000123.", &[]),
        ];
        let glossary = |word: &str| word == "DoLS";
        for (text, expected) in cases {
            let report = check(text, PLAIN_ENGLISH, &glossary);
            assert_eq!(report.unexplained, *expected, "{text}");
        }
    }

    #[test]
    fn passive_voice_and_long_words_are_advice_only() {
        let report = check(
            "Your needs were assessed. The plan was written by Sam. Information is important.",
            PLAIN_ENGLISH,
            &nothing_explained,
        );
        assert_eq!(report.passive, vec!["were assessed", "was written"]);
        assert_eq!(report.long_words, vec!["information"]);
        assert!(report.passes(), "advice alone does not fail a text");
    }

    #[test]
    fn syllables_are_estimated_from_vowel_groups() {
        let cases = [
            ("care", 1),
            ("table", 2),
            ("social", 2),
            ("assessment", 3),
            ("information", 4),
            ("responsibility", 6),
            ("42", 1),
        ];
        for (word, expected) in cases {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn empty_text_passes_with_nothing_counted() {
        let report = check("  \n ", EASY_READ, &nothing_explained);
        assert_eq!((report.sentences, report.words), (0, 0));
        assert!(report.passes());
    }
}
