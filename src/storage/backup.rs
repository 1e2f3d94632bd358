//! "Exporter mes données" / "Importer": one JSON file holding every record,
//! and the validator that reads such a file entirely before anything stored
//! is touched. Pure, so it is tested (and fuzzed) natively.
//!
//! File shape: `{"format":"labo-export","version":1,"app":"0.1.0",
//! "exported_at":MS,"records":{"labo.settings":ENVELOPE,…}}` where each
//! envelope is exactly what local storage holds under that key.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::envelope::{APP_VERSION, Unreadable};
use super::records::{self, Loaded, PREFIX, QUARANTINE_PREFIX};

/// The marker of our export files.
pub const FORMAT: &str = "labo-export";
/// The export format this build writes and reads.
pub const VERSION: u32 = 1;
/// Larger files are refused before being read (local storage holds ~5 MB).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

#[derive(Debug, Serialize, Deserialize)]
struct File {
    format: String,
    version: u32,
    app: String,
    exported_at: u64,
    records: BTreeMap<String, Value>,
}

/// Builds the export file from `(key, stored text)` pairs. Quarantined and
/// unknown keys are left out: they are offered for download apart.
pub fn export(entries: &[(String, String)], exported_at: u64) -> String {
    let records = entries
        .iter()
        .filter(|(k, _)| k.starts_with(PREFIX) && !k.starts_with(QUARANTINE_PREFIX))
        .filter_map(|(k, text)| {
            let value: Value = serde_json::from_str(text).ok()?;
            Some((k.clone(), value))
        })
        .collect();
    let file = File {
        format: FORMAT.to_owned(),
        version: VERSION,
        app: APP_VERSION.to_owned(),
        exported_at,
        records,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Why an import file was refused. Nothing stored has changed.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// Not text (a picture, an archive…).
    NotText,
    /// Text, but not JSON (or cut short): where the reading stopped.
    NotJson {
        line: usize,
        column: usize,
        truncated: bool,
    },
    /// JSON, but not a Labo export.
    Foreign,
    /// A Labo export from a newer version.
    Newer {
        version: u32,
    },
    /// A Labo export with a field of the wrong type.
    WrongShape(String),
    /// One record inside could not be read.
    BadRecord {
        key: String,
        reason: Unreadable,
    },
    /// A record of a kind this version does not know.
    UnknownRecord {
        key: String,
    },
}

impl ImportError {
    /// A stable code, for the UI to pick its message.
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::Empty => "empty",
            ImportError::TooLarge { .. } => "too_large",
            ImportError::NotText => "not_text",
            ImportError::NotJson {
                truncated: true, ..
            } => "truncated",
            ImportError::NotJson { .. } => "not_json",
            ImportError::Foreign => "foreign",
            ImportError::Newer { .. } => "newer",
            ImportError::WrongShape(_) => "wrong_shape",
            ImportError::BadRecord { .. } => "bad_record",
            ImportError::UnknownRecord { .. } => "unknown_record",
        }
    }
}

/// A validated import: what it holds, ready to be written.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    pub exported_at: u64,
    pub app: String,
    /// Every record, decoded and migrated to the current schema.
    pub records: Vec<(String, Loaded)>,
}

/// What an import holds, to show before asking merge or replace.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Summary {
    pub quiz_attempts: usize,
    pub quiz_in_progress: bool,
    pub games: usize,
    pub packs: usize,
    pub settings: bool,
    /// Dates (ms) of the oldest and newest quiz attempts, if any.
    pub attempts_span: Option<(u64, u64)>,
}

impl Import {
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for (_, r) in &self.records {
            match r {
                Loaded::Settings(_) => s.settings = true,
                Loaded::QuizProgress(_) => s.quiz_in_progress = true,
                Loaded::Game(_) => s.games += 1,
                Loaded::Pack(_) => s.packs += 1,
                // The trainer's desk is restored with the rest, not counted.
                Loaded::Trainer(_) => {}
                Loaded::QuizHistory(h) => {
                    s.quiz_attempts += h.attempts.len();
                    let dates = h.attempts.iter().map(|a| a.completed_at);
                    let min = dates.clone().min();
                    let max = dates.max();
                    s.attempts_span = min.zip(max);
                }
            }
        }
        s
    }
}

/// Reads an import file completely; any problem refuses the whole file.
pub fn validate(bytes: &[u8]) -> Result<Import, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    // Control characters other than whitespace mean a binary file.
    if text.chars().any(|c| c.is_control() && !c.is_whitespace()) {
        return Err(ImportError::NotText);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
        truncated: e.is_eof(),
    })?;
    let is_ours = value.get("format").and_then(Value::as_str) == Some(FORMAT);
    if !is_ours {
        return Err(ImportError::Foreign);
    }
    let version = value.get("version").and_then(Value::as_u64);
    if let Some(v) = version.filter(|v| *v > u64::from(VERSION)) {
        return Err(ImportError::Newer {
            version: u32::try_from(v).unwrap_or(u32::MAX),
        });
    }
    let file: File =
        serde_json::from_value(value).map_err(|e| ImportError::WrongShape(e.to_string()))?;
    let mut out = Vec::with_capacity(file.records.len());
    for (key, value) in file.records {
        let bad = |reason| ImportError::BadRecord {
            key: key.clone(),
            reason,
        };
        match records::load_any(&key, &value.to_string()) {
            Ok(Some((loaded, _))) => out.push((key, loaded)),
            Ok(None) => return Err(ImportError::UnknownRecord { key }),
            Err(reason) => return Err(bad(reason)),
        }
    }
    Ok(Import {
        exported_at: file.exported_at,
        app: file.app,
        records: out,
    })
}
