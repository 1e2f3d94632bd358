//! Pilot data, opt-in: an anonymous item-level CSV of one's own completed
//! questionnaires, and Cronbach's α per dimension computed from pooled CSVs,
//! so that a lab can check the instrument on its own agents.
//!
//! CSV: a header `version,mode,month,<item ids, sorted>` then one row per attempt:
//! questionnaire version, `complete`/`express`, the month `AAAA-MM` (no
//! finer date, no name), and each raw answer 1–5, `na` for "pas eu
//! l'occasion", empty when the item was not asked. Several files may be
//! pasted one after the other: repeated headers are skipped.
//!
//! α = k / (k − 1) × (1 − Σ var(item) / var(total)), sample variances, over
//! the people who gave a scored answer to every item of the dimension
//! (reverse-worded items recoded 6 − x first). It is computed only from
//! [`MIN_PEOPLE`] people of the questionnaire's current version.

use std::collections::BTreeMap;

use super::content::QuizContent;
use super::scoring::{Mode, NOT_APPLICABLE, QuizResult};
use crate::domain::dimension::Dimension;

/// Fewer people than this and α is not computed.
pub const MIN_PEOPLE: usize = 10;

/// The month `AAAA-MM` of a time in ms since 1970 (UTC).
pub fn month_of(ms: u64) -> String {
    // Days to civil date (Howard Hinnant's algorithm).
    let days = (ms / 86_400_000) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let doe = days - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}")
}

/// The anonymous CSV of completed attempts `(completed_at ms, result)`;
/// columns are every item id answered in them, sorted (no content needed,
/// so the data page does not load the quiz). Results filed before answers
/// were kept have no row.
pub fn pilot_csv(attempts: &[(u64, &QuizResult)]) -> String {
    let ids: std::collections::BTreeSet<&String> = attempts
        .iter()
        .flat_map(|(_, r)| r.answers.keys())
        .collect();
    let mut out = String::from("version,mode,month");
    for id in &ids {
        out.push(',');
        out.push_str(id);
    }
    out.push('\n');
    for (at, r) in attempts.iter().filter(|(_, r)| !r.answers.is_empty()) {
        let mode = match r.mode {
            Mode::Complete => "complete",
            Mode::Express => "express",
        };
        out.push_str(&format!("{},{mode},{}", r.version, month_of(*at)));
        for id in &ids {
            out.push(',');
            match r.answers.get(*id) {
                Some(&NOT_APPLICABLE) => out.push_str("na"),
                Some(v) => out.push_str(&v.to_string()),
                None => {}
            }
        }
        out.push('\n');
    }
    out
}

/// One attempt read back from a pilot CSV.
#[derive(Debug, Clone, PartialEq)]
pub struct PilotRow {
    pub version: u32,
    /// Item id → 1..=5 (not asked and "na" are left out).
    pub answers: BTreeMap<String, u8>,
}

/// Why a pilot CSV was refused: the line (1-based) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    pub line: usize,
    pub fr: String,
    pub en: String,
}

/// Reads one or several pooled pilot CSVs.
pub fn parse_pilot_csv(text: &str) -> Result<Vec<PilotRow>, CsvError> {
    let mut header: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split(',').map(str::trim).collect();
        if cells.first() == Some(&"version") {
            header = Some(cells.iter().map(|c| (*c).to_owned()).collect());
            continue;
        }
        let err = |fr: &str, en: &str| CsvError {
            line: n + 1,
            fr: fr.to_owned(),
            en: en.to_owned(),
        };
        let Some(names) = &header else {
            return Err(err(
                "ligne de titres «\u{a0}version,mode,month,…\u{a0}» attendue en premier",
                "header line \"version,mode,month,…\" expected first",
            ));
        };
        if cells.len() != names.len() {
            return Err(err(
                "nombre de colonnes différent de la ligne de titres",
                "number of columns differs from the header line",
            ));
        }
        let Ok(version) = cells[0].parse::<u32>() else {
            return Err(err("version illisible", "unreadable version"));
        };
        let mut answers = BTreeMap::new();
        for (name, cell) in names.iter().zip(&cells).skip(3) {
            match *cell {
                "" | "na" => {}
                v => match v.parse::<u8>() {
                    Ok(x) if (1..=5).contains(&x) => {
                        answers.insert(name.clone(), x);
                    }
                    _ => {
                        return Err(err(
                            &format!("réponse «\u{a0}{v}\u{a0}» hors de l'échelle 1 à 5"),
                            &format!("answer \"{v}\" outside the 1 to 5 scale"),
                        ));
                    }
                },
            }
        }
        rows.push(PilotRow { version, answers });
    }
    Ok(rows)
}

/// Cronbach's α of a people × items matrix (every row the same length,
/// at least 2 items and 2 people); `None` when undefined (no variance).
pub fn cronbach_alpha(rows: &[Vec<f64>]) -> Option<f64> {
    let k = rows.first()?.len();
    if k < 2 || rows.len() < 2 || rows.iter().any(|r| r.len() != k) {
        return None;
    }
    let variance = |xs: &[f64]| {
        let n = xs.len() as f64;
        let mean = xs.iter().sum::<f64>() / n;
        xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0)
    };
    let item_vars: f64 = (0..k)
        .map(|j| variance(&rows.iter().map(|r| r[j]).collect::<Vec<_>>()))
        .sum();
    let totals: Vec<f64> = rows.iter().map(|r| r.iter().sum()).collect();
    let total_var = variance(&totals);
    if total_var <= 0.0 {
        return None;
    }
    let k = k as f64;
    Some(k / (k - 1.0) * (1.0 - item_vars / total_var))
}

/// α of one dimension and the people it rests on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DimensionAlpha {
    pub dimension: Dimension,
    /// People with a scored answer to every item of the dimension.
    pub people: usize,
    /// `None` below [`MIN_PEOPLE`] or without variance.
    pub alpha: Option<f64>,
}

/// α per dimension over the rows of the content's version; also returns how
/// many rows of other versions were left out.
pub fn alpha_by_dimension(
    content: &QuizContent,
    rows: &[PilotRow],
) -> (Vec<DimensionAlpha>, usize) {
    let version = content.meta.version;
    let other = rows.iter().filter(|r| r.version != version).count();
    let figures = Dimension::ALL
        .iter()
        .map(|&d| {
            let items: Vec<_> = content.items.iter().filter(|i| i.dimension == d).collect();
            let matrix: Vec<Vec<f64>> = rows
                .iter()
                .filter(|r| r.version == version)
                .filter_map(|r| {
                    items
                        .iter()
                        .map(|i| {
                            r.answers
                                .get(&i.id)
                                .map(|&x| f64::from(if i.reversed { 6 - x } else { x }))
                        })
                        .collect::<Option<Vec<f64>>>()
                })
                .collect();
            let people = matrix.len();
            DimensionAlpha {
                dimension: d,
                people,
                alpha: (people >= MIN_PEOPLE)
                    .then(|| cronbach_alpha(&matrix))
                    .flatten(),
            }
        })
        .collect();
    (figures, other)
}
