//! "Exporter mes données" / "Importer": one JSON file holding every record,
//! and the validator that reads such a file entirely before anything stored
//! is touched. Pure, so it is tested (and fuzzed) natively.
//!
//! File shape: `{"format":"labo-export","version":1,"app":"0.1.0",
//! "exported_at":MS,"records":{"labo.settings":ENVELOPE,…}}` where each
//! envelope is exactly what local storage holds under that key.

use std::collections::BTreeMap;

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;

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
    /// The same record twice: which one to keep cannot be known.
    Duplicate {
        key: String,
    },
    /// JSON nested deeper than any export (serde_json's limit).
    TooDeep,
    /// The file is fine but does not fit in this browser's storage
    /// (beside the data set aside, which is never removed to make room).
    DoesNotFit,
    /// This browser offers no storage at all.
    NoStorage,
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
            ImportError::Duplicate { .. } => "duplicate",
            ImportError::TooDeep => "too_deep",
            ImportError::DoesNotFit => "does_not_fit",
            ImportError::NoStorage => "no_storage",
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

/// The records of an import file, in the order written, duplicates kept
/// (a map would silently keep only the last copy of a key).
struct Records(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for Records {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> Visitor<'de> for Entries {
            type Value = Records;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of records")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Records, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, Box<RawValue>>()? {
                    out.push(entry);
                }
                Ok(Records(out))
            }
        }
        d.deserialize_map(Entries)
    }
}

/// The file as read: its records left as text until each is checked.
#[derive(Deserialize)]
struct FileIn {
    format: String,
    version: u32,
    app: String,
    exported_at: u64,
    records: Records,
}

/// Only what tells whether this is our file, and of which version.
#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    format: Option<Value>,
    #[serde(default)]
    version: Option<Value>,
}

/// Text saved as UTF-16 (some Windows editors), turned into a string.
fn utf16(bytes: &[u8]) -> Option<String> {
    let (le, body) = match bytes {
        [0xff, 0xfe, rest @ ..] => (true, rest),
        [0xfe, 0xff, rest @ ..] => (false, rest),
        // No mark, but "{" followed or preceded by a zero byte.
        [b'{', 0, ..] => (true, bytes),
        [0, b'{', ..] => (false, bytes),
        _ => return None,
    };
    if body.len() % 2 != 0 {
        return None;
    }
    let units = body.chunks_exact(2).map(|c| {
        if le {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .ok()
}

fn not_json(e: &serde_json::Error) -> ImportError {
    // serde_json stops at 128 levels: a nesting no export has, not a typo.
    if e.to_string().contains("recursion limit") {
        return ImportError::TooDeep;
    }
    ImportError::NotJson {
        line: e.line(),
        column: e.column(),
        truncated: e.is_eof(),
    }
}

/// Why a file that did not read as an export is refused, checked in the
/// order a person can act on: syntax, whose file, which version, shape.
fn diagnose(text: &str, shape: Option<serde_json::Error>) -> ImportError {
    if let Err(e) = serde_json::from_str::<IgnoredAny>(text) {
        return not_json(&e);
    }
    // The syntax check skips values without nesting limit; reading the head
    // builds them, and meets the limit first on a file nested too deep.
    let head: Head = match serde_json::from_str(text) {
        Ok(head) => head,
        Err(e) => {
            return match not_json(&e) {
                ImportError::TooDeep => ImportError::TooDeep,
                _ => ImportError::Foreign,
            };
        }
    };
    if head.format.as_ref().and_then(Value::as_str) != Some(FORMAT) {
        return ImportError::Foreign;
    }
    let version = head.version.as_ref().and_then(Value::as_u64);
    if let Some(v) = version.filter(|v| *v > u64::from(VERSION)) {
        return ImportError::Newer {
            version: u32::try_from(v).unwrap_or(u32::MAX),
        };
    }
    ImportError::WrongShape(shape.map(|e| e.to_string()).unwrap_or_default())
}

/// Reads an import file completely; any problem refuses the whole file.
pub fn validate(bytes: &[u8]) -> Result<Import, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let decoded;
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(_) => {
            decoded = utf16(bytes).ok_or(ImportError::NotText)?;
            decoded.as_str()
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    // Control characters other than whitespace mean a binary file.
    if text.chars().any(|c| c.is_control() && !c.is_whitespace()) {
        return Err(ImportError::NotText);
    }
    // The common case takes one reading; anything else is read again only
    // to say precisely what is wrong.
    let file = match serde_json::from_str::<FileIn>(text) {
        Ok(file) if file.format == FORMAT && file.version <= VERSION => file,
        other => return Err(diagnose(text, other.err())),
    };
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<(String, Loaded)> = Vec::with_capacity(file.records.0.len());
    for (key, raw) in file.records.0 {
        if !seen.insert(key.clone()) {
            return Err(ImportError::Duplicate { key });
        }
        match records::load_any(&key, raw.get()) {
            // A game is reopened by its id: stored under another key, it
            // would be listed but never found again.
            Ok(Some((Loaded::Game(g), _))) if records::game_key(&g.id) != key => {
                let reason = Unreadable::WrongShape(format!("game {} under {key}", g.id));
                return Err(ImportError::BadRecord { key, reason });
            }
            Ok(Some((loaded, _))) => out.push((key, loaded)),
            Ok(None) => return Err(ImportError::UnknownRecord { key }),
            Err(reason) => return Err(ImportError::BadRecord { key, reason }),
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Import {
        exported_at: file.exported_at,
        app: file.app,
        records: out,
    })
}
