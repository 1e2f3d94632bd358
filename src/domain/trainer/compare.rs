//! Comparing tables: each table's game ends with a summary code; the
//! trainer collects them and sees the outcomes side by side. Codes of
//! another deal than the session's are accepted but flagged, a code given
//! twice is refused.

use serde::{Deserialize, Serialize};

use super::csv::Csv;
use super::session::Session;
use crate::domain::game::content::MethodCard;
use crate::domain::game::summary::{SummaryError, TableSummary};
use crate::domain::game::{Content, Stat};
use crate::domain::lang::Lang;

/// One collected table: its code (as typed, normalised) and label number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableEntry {
    /// Table number, from 1 (the trainer's numbering, not a name).
    pub table: u8,
    /// The summary code, without dashes, upper case.
    pub code: String,
}

/// Why a summary code was not added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CollectError {
    Invalid(SummaryError),
    /// Already collected for this table number (1-based).
    Duplicate(u8),
}

/// The tables collected so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    pub tables: Vec<TableEntry>,
}

fn normalise(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

impl Comparison {
    /// Adds a table's code; its number is the next free one.
    pub fn add(&mut self, code: &str, content: &Content) -> Result<u8, CollectError> {
        TableSummary::from_code(code, content).map_err(CollectError::Invalid)?;
        let code = normalise(code);
        if let Some(t) = self.tables.iter().find(|t| t.code == code) {
            return Err(CollectError::Duplicate(t.table));
        }
        let table = (1..=u8::MAX)
            .find(|n| self.tables.iter().all(|t| t.table != *n))
            .unwrap_or(u8::MAX);
        self.tables.push(TableEntry { table, code });
        self.tables.sort_by_key(|t| t.table);
        Ok(table)
    }

    pub fn remove(&mut self, table: u8) {
        self.tables.retain(|t| t.table != table);
    }

    /// The decoded summaries (codes the content no longer reads are skipped).
    pub fn summaries(&self, content: &Content) -> Vec<(u8, TableSummary)> {
        self.tables
            .iter()
            .filter_map(|t| {
                TableSummary::from_code(&t.code, content)
                    .ok()
                    .map(|s| (t.table, s))
            })
            .collect()
    }
}

/// Whether a summary played the session's deal.
pub fn same_deal(s: &TableSummary, session: &Session, content: &Content) -> bool {
    content.scenario_index(&session.scenario) == Some(usize::from(s.scenario))
        && s.difficulty == session.difficulty
        && u64::from(s.seed) == session.seed
}

/// Methods played by every table, and by one table only.
pub fn methods_in_common(summaries: &[(u8, TableSummary)]) -> (u64, u64) {
    let all = summaries
        .iter()
        .fold(u64::MAX, |acc, (_, s)| acc & s.methods);
    let mut once = 0u64;
    for bit in 0..64 {
        let n = summaries
            .iter()
            .filter(|(_, s)| s.methods >> bit & 1 == 1)
            .count();
        if n == 1 && summaries.len() > 1 {
            once |= 1 << bit;
        }
    }
    (if summaries.is_empty() { 0 } else { all }, once)
}

/// The methods of a bitset, in content order.
fn methods_in(bits: u64, content: &Content) -> impl Iterator<Item = &MethodCard> {
    content
        .methods
        .iter()
        .enumerate()
        .filter(move |(i, _)| *i < 64 && bits >> i & 1 == 1)
        .map(|(_, m)| m)
}

/// Method ids of a bitset, in content order.
pub fn method_ids(bits: u64, content: &Content) -> Vec<&str> {
    methods_in(bits, content).map(|m| m.id.as_str()).collect()
}

/// Column headers of the comparison export, in the language `lang`
/// (stats by their content name).
fn headers(content: &Content, lang: Lang, labels: &[&str; 10]) -> Vec<String> {
    let mut h: Vec<String> = labels[..6].iter().map(|s| s.to_string()).collect();
    for s in Stat::ALL {
        h.push(
            content
                .stats
                .iter()
                .find(|d| d.stat == s)
                .map_or(s.id().to_owned(), |d| d.name.get(lang).to_owned()),
        );
    }
    h.push(labels[6].to_string());
    h.push(labels[7].to_string());
    h
}

/// The comparison as CSV, in the reader's language (names, not ids: the
/// JSON export keeps the ids). `labels`: table, scenario, difficulty, seed,
/// tier, finished, users' first month, methods, then "yes" and "no".
pub fn comparison_csv(
    summaries: &[(u8, TableSummary)],
    content: &Content,
    lang: Lang,
    labels: &[&str; 10],
) -> String {
    let mut csv = Csv::new();
    csv.row(&headers(content, lang, labels));
    for (table, s) in summaries {
        let mut row = vec![
            table.to_string(),
            content
                .scenarios
                .get(usize::from(s.scenario))
                .map_or(String::new(), |x| x.name.get(lang).to_owned()),
            content.difficulties.get(s.difficulty.index()).map_or_else(
                || s.difficulty.id().to_owned(),
                |d| d.name.get(lang).to_owned(),
            ),
            crate::domain::game::seed::seed_to_code(u64::from(s.seed)),
            content
                .tiers
                .get(s.tier.index())
                .map_or_else(|| s.tier.id().to_owned(), |t| t.name.get(lang).to_owned()),
            (if s.finished { labels[8] } else { labels[9] }).to_owned(),
        ];
        row.extend(s.stats.iter().map(u8::to_string));
        row.push(s.users_first.map_or(String::new(), |m| m.to_string()));
        let names: Vec<&str> = methods_in(s.methods, content)
            .map(|m| m.name.get(lang))
            .collect();
        row.push(names.join(", "));
        csv.row(&row);
    }
    csv.finish()
}

/// The comparison as JSON: one object per table with ids, not labels.
pub fn comparison_json(summaries: &[(u8, TableSummary)], content: &Content) -> String {
    let tables: Vec<serde_json::Value> = summaries
        .iter()
        .map(|(table, s)| {
            let stats: serde_json::Map<String, serde_json::Value> = Stat::ALL
                .iter()
                .map(|st| (st.id().to_owned(), s.stat(*st).into()))
                .collect();
            serde_json::json!({
                "table": table,
                "scenario": content.scenarios.get(usize::from(s.scenario)).map(|x| x.id.clone()),
                "difficulty": s.difficulty.id(),
                "seed": crate::domain::game::seed::seed_to_code(u64::from(s.seed)),
                "tier": s.tier.id(),
                "finished": s.finished,
                "stats": stats,
                "users_first_month": s.users_first,
                "methods": method_ids(s.methods, content),
                "code": s.to_code(),
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({ "labo_comparison": 1, "tables": tables }))
        .unwrap_or_default()
}
