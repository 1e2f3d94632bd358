//! Result codes: a short, typo-proof code a participant reads out or types
//! on the facilitator's device to build a team map without any server.
//!
//! Layout, 12 characters from a 29-character alphabet:
//! * 1 header character: `version × 2 + mode` (mode 0 = express,
//!   1 = complete), so versions 1 to 14 fit. The version is the
//!   questionnaire's (content `meta.version`): results of different item
//!   sets are not silently compared;
//! * 10 characters: the seven scores as one number written in base 29, most
//!   significant first. Version 1: scores 0–100 in base 101 (101⁷ < 29¹⁰).
//!   Version 2: base 102, the digit 101 meaning "pas assez de réponses"
//!   (102⁷ < 29¹⁰ still);
//! * 1 check character.
//!
//! The alphabet drops the characters people confuse when reading aloud or
//! copying by hand: 0/O, 1/I/L, U/V. Its size, 29, is prime; that is what
//! makes the check work. The check makes Σ (i + 1) × value(cᵢ) ≡ 0 (mod 29)
//! over all 12 positions. Weights 1..=12 are distinct and non-zero modulo
//! the prime 29, so every single substitution changes the sum by
//! w × (a − b) ≢ 0, and every transposition of two characters (adjacent or
//! not) by (wᵢ − wⱼ)(a − b) ≢ 0: both are always caught. No name or answer
//! is encoded, only the scores and the mode.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::scoring::{Mode, QuizResult};
use crate::domain::text::Text;

/// The code alphabet, in value order.
pub const ALPHABET: &[u8; 29] = b"23456789ABCDEFGHJKMNPQRSTWXYZ";
/// Characters in a code, check included.
pub const CODE_LEN: usize = 12;
/// The newest questionnaire version a code can carry.
pub const CODE_VERSION: u8 = 2;
/// Versions this build reads (version 1 codes are still in people's hands).
pub const KNOWN_VERSIONS: [u8; 2] = [1, 2];
/// The score digit of an unscored dimension (version 2 and later).
const UNSCORED_DIGIT: u64 = 101;

/// Score base of a version.
fn score_base(version: u8) -> u64 {
    if version >= 2 { 102 } else { 101 }
}

const BASE: u64 = ALPHABET.len() as u64;
const SCORE_DIGITS: usize = 10;

/// What a code carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeData {
    pub version: u8,
    pub mode: Mode,
    /// 0–100; 0 for an unscored dimension.
    pub scores: [u8; 7],
    /// Dimensions with too few answers to be scored (version 2 and later).
    #[serde(default)]
    pub unscored: [bool; 7],
}

impl CodeData {
    /// The unscored dimensions as a list.
    pub fn unscored_dimensions(&self) -> Vec<crate::domain::dimension::Dimension> {
        crate::domain::dimension::Dimension::ALL
            .into_iter()
            .filter(|d| self.unscored[d.index()])
            .collect()
    }
}

/// Why a code was refused. Positions are 1-based, counted in the text the
/// person typed (spaces and dashes included), to point at what they see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeError {
    WrongLength {
        expected: usize,
        found: usize,
    },
    ForbiddenCharacter {
        character: char,
        position: usize,
    },
    CheckFailed,
    UnknownVersion(u8),
    /// Passes the check but does not decode to seven scores of 0–100.
    OutOfRange,
}

impl CodeError {
    /// A message for the person who typed the code.
    pub fn message(&self) -> Text {
        let (fr, en) = match self {
            CodeError::WrongLength { expected, found } => (
                format!("Le code doit compter {expected} caractères\u{202f}; il en a {found}."),
                format!("The code must have {expected} characters; it has {found}."),
            ),
            CodeError::ForbiddenCharacter {
                character,
                position,
            } => (
                format!(
                    "Le caractère «\u{a0}{character}\u{a0}» (position {position}) n'existe pas dans les codes."
                ),
                format!(
                    "The character \"{character}\" (position {position}) is not used in codes."
                ),
            ),
            CodeError::CheckFailed => (
                "Ce code n'est pas valide\u{a0}: il contient probablement une faute de frappe."
                    .to_owned(),
                "This code is not valid: it probably contains a typo.".to_owned(),
            ),
            CodeError::UnknownVersion(v) => (
                format!(
                    "Ce code vient d'une version inconnue ({v})\u{a0}: mettez l'application à jour."
                ),
                format!("This code comes from an unknown version ({v}): update the application."),
            ),
            CodeError::OutOfRange => (
                "Ce code n'est pas valide\u{a0}: vérifiez-le auprès de la personne.".to_owned(),
                "This code is not valid: check it with the person.".to_owned(),
            ),
        };
        Text { fr, en }
    }
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().fr)
    }
}

impl std::error::Error for CodeError {}

/// The value of a character, if it belongs to the alphabet (upper case).
fn value_of(c: char) -> Option<u64> {
    let b = u8::try_from(c).ok()?;
    ALPHABET.iter().position(|&a| a == b).map(|p| p as u64)
}

fn char_of(v: u64) -> char {
    // v is always reduced modulo BASE by the callers.
    char::from(ALPHABET[(v % BASE) as usize])
}

/// Weighted sum modulo the base: Σ (i + 1) × vᵢ.
fn weighted_sum(values: &[u64]) -> u64 {
    values
        .iter()
        .enumerate()
        .fold(0, |acc, (i, &v)| (acc + (i as u64 + 1) * v) % BASE)
}

/// Modular inverse in the prime field of size BASE (Fermat).
fn inverse(w: u64) -> u64 {
    let mut result = 1;
    for _ in 0..BASE - 2 {
        result = result * w % BASE;
    }
    result
}

/// Encodes a result's version, scores and mode (a 12-character code, no
/// grouping). A result of questionnaire 1 keeps a version 1 code.
pub fn encode(result: &QuizResult) -> String {
    let version = u8::try_from(result.version).unwrap_or(CODE_VERSION);
    encode_data(&CodeData {
        version: version.clamp(1, CODE_VERSION),
        mode: result.mode,
        scores: result.scores,
        unscored: crate::domain::dimension::Dimension::ALL.map(|d| result.unscored.contains(&d)),
    })
}

/// Encodes raw code data. Scores above 100 are clamped; `version` must be
/// 1..=14 to fit the header (only tests use other values than
/// [`KNOWN_VERSIONS`]); version 1 cannot say "unscored" (such a dimension
/// is written as 0).
pub fn encode_data(data: &CodeData) -> String {
    let mode_bit = u64::from(data.mode == Mode::Complete);
    let mut values = Vec::with_capacity(CODE_LEN);
    values.push((u64::from(data.version) * 2 + mode_bit) % BASE);
    let base = score_base(data.version);
    let mut number = data
        .scores
        .iter()
        .zip(data.unscored)
        .fold(0u64, |acc, (&s, unscored)| {
            let digit = match (unscored, base) {
                (true, 102) => UNSCORED_DIGIT,
                (true, _) => 0,
                (false, _) => u64::from(s.min(100)),
            };
            acc * base + digit
        });
    let mut digits = [0u64; SCORE_DIGITS];
    for d in digits.iter_mut().rev() {
        *d = number % BASE;
        number /= BASE;
    }
    values.extend(digits);
    // Choose the check c so that partial + CODE_LEN × c ≡ 0.
    let partial = weighted_sum(&values);
    let check = (BASE - partial) % BASE * inverse(CODE_LEN as u64) % BASE;
    values.push(check);
    values.into_iter().map(char_of).collect()
}

/// Groups a code for display: "ABCD-EFGH-JKMN".
pub fn format_grouped(code: &str) -> String {
    // A code typed or linked with its own dashes or spaces is regrouped,
    // not grouped a second time ("57WK--PE3-…").
    let chars: Vec<char> = code
        .chars()
        .filter(|c| !(c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2011}')))
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// Decodes a typed code. Lower case, spaces and dashes are accepted.
pub fn decode(input: &str) -> Result<CodeData, CodeError> {
    let mut values = Vec::with_capacity(CODE_LEN);
    let mut first_forbidden = None;
    for (i, c) in input.chars().enumerate() {
        if c.is_whitespace() || c == '-' || c == '\u{2010}' || c == '\u{2011}' {
            continue;
        }
        match value_of(c.to_ascii_uppercase()) {
            Some(v) => values.push(v),
            None => {
                first_forbidden.get_or_insert((c, i + 1));
                values.push(0);
            }
        }
    }
    // Length first: a missing character is the likelier mistake, and it
    // would shift every later position anyway.
    if values.len() != CODE_LEN {
        return Err(CodeError::WrongLength {
            expected: CODE_LEN,
            found: values.len(),
        });
    }
    if let Some((character, position)) = first_forbidden {
        return Err(CodeError::ForbiddenCharacter {
            character,
            position,
        });
    }
    if weighted_sum(&values) != 0 {
        return Err(CodeError::CheckFailed);
    }
    let header = values[0];
    let version = (header / 2) as u8;
    if !KNOWN_VERSIONS.contains(&version) {
        return Err(CodeError::UnknownVersion(version));
    }
    let base = score_base(version);
    let mode = if header % 2 == 1 {
        Mode::Complete
    } else {
        Mode::Express
    };
    let mut number = values[1..=SCORE_DIGITS]
        .iter()
        .fold(0u64, |acc, &v| acc * BASE + v);
    let mut scores = [0u8; 7];
    let mut unscored = [false; 7];
    for (s, u) in scores.iter_mut().zip(unscored.iter_mut()).rev() {
        let digit = number % base;
        if digit == UNSCORED_DIGIT {
            *u = true;
        } else {
            *s = digit as u8;
        }
        number /= base;
    }
    if number != 0 {
        return Err(CodeError::OutOfRange);
    }
    Ok(CodeData {
        version,
        mode,
        scores,
        unscored,
    })
}
