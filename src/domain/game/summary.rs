//! What a table's game comes to, in a code a trainer can collect from every
//! table and compare: scenario, difficulty, seed, outcome tier, the final
//! resources and indicators, the month users were first involved, the
//! methods played. No name: team names stay on the table's device.
//!
//! The code is a bit string written in Crockford's base 32 (no I, L, O, U;
//! read case-insensitively, O as 0 and I/L as 1) followed by one check
//! character that catches any single mistyped character.

use serde::{Deserialize, Serialize};

use super::CONTENT_VERSION;
use super::content::{Content, N_STATS, Stat};
use super::outcome::Tier;
use super::state::{Action, Difficulty, GameState};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const VERSION: u64 = 1;
/// Bits of the payload, and the characters of a code (payload + check).
const BITS: usize = 4 + 8 + 6 + 2 + 32 + 2 + 6 * N_STATS + 5 + 3 + 1 + 64;
pub const SUMMARY_CODE_LEN: usize = BITS.div_ceil(5) + 1;

/// One table's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableSummary {
    pub content_version: u8,
    /// Index of the scenario in the content.
    pub scenario: u8,
    pub difficulty: Difficulty,
    /// The deal (seeds are below 2^32: see `seed`).
    pub seed: u32,
    /// Final (or, mid-game, projected) tier.
    pub tier: Tier,
    /// Whether the game had ended when the summary was taken.
    pub finished: bool,
    /// Resources and indicators at the end, in `Stat::ALL` order.
    pub stats: [u8; N_STATS],
    /// Month users were first involved (None: never).
    pub users_first: Option<u8>,
    /// Number of teams at the table.
    pub teams: u8,
    /// Bitset of the methods played (content indices).
    pub methods: u64,
}

/// Why a typed summary code was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SummaryError {
    WrongLength(usize),
    BadCharacter {
        character: char,
        position: usize,
    },
    /// The check character does not match: a typo somewhere.
    Check,
    /// A code from another version of Labo or of its content.
    Version,
    /// Well-formed, but names something the content does not have.
    Unknown,
}

impl SummaryError {
    /// A stable key for the UI's message.
    pub fn key(&self) -> &'static str {
        match self {
            SummaryError::WrongLength(_) => "summary.wrong_length",
            SummaryError::BadCharacter { .. } => "summary.bad_character",
            SummaryError::Check => "summary.check",
            SummaryError::Version => "summary.version",
            SummaryError::Unknown => "summary.unknown",
        }
    }
}

impl TableSummary {
    /// The summary of a game, finished or not.
    pub fn from_game(state: &GameState, content: &Content) -> TableSummary {
        let outcome = state.outcome(content);
        let mut stats = [0u8; N_STATS];
        for (slot, s) in stats.iter_mut().zip(Stat::ALL) {
            *slot = state.board.stat(s).clamp(0, 63) as u8;
        }
        let mut methods = 0u64;
        for e in state.log().iter().filter(|e| !e.undone) {
            if let Action::Play(card) = e.action {
                methods |= 1u64.checked_shl(u32::from(card)).unwrap_or(0);
            }
        }
        TableSummary {
            content_version: CONTENT_VERSION as u8,
            scenario: state.scenario,
            difficulty: state.difficulty,
            seed: state.seed as u32,
            tier: outcome.map_or_else(|| state.projected_tier(content), |o| o.tier),
            finished: outcome.is_some(),
            stats,
            users_first: (state.board.users_first > 0).then_some(state.board.users_first),
            teams: state.teams.len().min(7) as u8,
            methods,
        }
    }

    /// A final stat by name.
    pub fn stat(&self, s: Stat) -> u8 {
        self.stats[s as usize]
    }

    /// The method ids played, in content order.
    pub fn method_ids<'c>(&self, content: &'c Content) -> Vec<&'c str> {
        (0..64)
            .filter(|i| self.methods & (1 << i) != 0)
            .filter_map(|i| content.methods.get(i).map(|m| m.id.as_str()))
            .collect()
    }

    /// The typed form, grouped by five for reading: `1A2B3-…`.
    pub fn to_code(&self) -> String {
        let mut w = Bits::default();
        w.put(VERSION, 4);
        w.put(u64::from(self.content_version), 8);
        w.put(u64::from(self.scenario), 6);
        w.put(self.difficulty.index() as u64, 2);
        w.put(u64::from(self.seed), 32);
        w.put(self.tier.index() as u64, 2);
        for s in self.stats {
            w.put(u64::from(s), 6);
        }
        w.put(u64::from(self.users_first.unwrap_or(0)), 5);
        w.put(u64::from(self.teams), 3);
        w.put(u64::from(self.finished), 1);
        w.put(self.methods, 64);
        let mut digits = w.digits();
        digits.push(check(&digits));
        let text: Vec<char> = digits
            .iter()
            .map(|&d| ALPHABET[d as usize] as char)
            .collect();
        text.chunks(5)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("-")
    }

    /// Reads a code typed or pasted by a trainer, checked against `content`.
    pub fn from_code(code: &str, content: &Content) -> Result<TableSummary, SummaryError> {
        let mut digits = Vec::with_capacity(SUMMARY_CODE_LEN);
        let typed = code.chars().filter(|c| !c.is_whitespace() && *c != '-');
        for (i, c) in typed.enumerate() {
            let position = i + 1;
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            };
            let d = ALPHABET.iter().position(|&a| a as char == c).ok_or(
                SummaryError::BadCharacter {
                    character: c,
                    position,
                },
            )?;
            digits.push(d as u8);
        }
        if digits.len() != SUMMARY_CODE_LEN {
            return Err(SummaryError::WrongLength(digits.len()));
        }
        let (payload, last) = digits.split_at(SUMMARY_CODE_LEN - 1);
        if check(payload) != last[0] {
            return Err(SummaryError::Check);
        }
        let mut r = Reader {
            digits: payload,
            bit: 0,
        };
        if r.take(4) != VERSION || r.take(8) != u64::from(CONTENT_VERSION as u8) {
            return Err(SummaryError::Version);
        }
        let scenario = r.take(6) as u8;
        let difficulty = *Difficulty::ALL
            .get(r.take(2) as usize)
            .ok_or(SummaryError::Unknown)?;
        let seed = r.take(32) as u32;
        let tier = Tier::ALL[r.take(2) as usize];
        let mut stats = [0u8; N_STATS];
        for s in &mut stats {
            *s = r.take(6) as u8;
        }
        let users_first = Some(r.take(5) as u8).filter(|&m| m > 0);
        let teams = r.take(3) as u8;
        let finished = r.take(1) == 1;
        let methods = r.take(64);
        let known = usize::from(scenario) < content.scenarios.len()
            && (1..=6).contains(&teams)
            && (content.methods.len() >= 64 || methods >> content.methods.len() == 0);
        if !known {
            return Err(SummaryError::Unknown);
        }
        Ok(TableSummary {
            content_version: CONTENT_VERSION as u8,
            scenario,
            difficulty,
            seed,
            tier,
            finished,
            stats,
            users_first,
            teams,
            methods,
        })
    }
}

/// Weighted sum modulo 32 with odd weights: any single substitution
/// changes it (an odd weight times a non-zero difference is non-zero).
fn check(digits: &[u8]) -> u8 {
    let sum: usize = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| (2 * (i % 16) + 1) * usize::from(d))
        .sum();
    (sum % 32) as u8
}

#[derive(Default)]
struct Bits {
    bits: Vec<bool>,
}

impl Bits {
    fn put(&mut self, value: u64, n: u32) {
        for i in (0..n).rev() {
            self.bits.push(value >> i & 1 == 1);
        }
    }

    fn digits(&self) -> Vec<u8> {
        self.bits
            .chunks(5)
            .map(|c| {
                c.iter()
                    .enumerate()
                    .fold(0u8, |acc, (i, &b)| acc | (u8::from(b) << (4 - i)))
            })
            .collect()
    }
}

struct Reader<'a> {
    digits: &'a [u8],
    bit: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: u32) -> u64 {
        let mut v = 0u64;
        for _ in 0..n {
            let d = self.digits.get(self.bit / 5).copied().unwrap_or(0);
            v = v << 1 | u64::from(d >> (4 - self.bit % 5) & 1);
            self.bit += 1;
        }
        v
    }
}
