//! The kinds of data Labo keeps, each with its schema and migrations, and
//! the table that tells which kind lives under which key.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::envelope::{Record, Unreadable, decode, encode};
use crate::domain::game::GameState;
use crate::domain::quiz::{QuizResult, QuizSession};

/// Key prefix shared by everything Labo stores.
pub const PREFIX: &str = "labo.";
/// Where unreadable data is kept aside: `labo.quarantine.<key>.<ms>`.
pub const QUARANTINE_PREFIX: &str = "labo.quarantine.";
/// Interface preferences.
pub const SETTINGS_KEY: &str = "labo.settings";
/// The language as stored by the very first version, before envelopes.
pub const LEGACY_LANG_KEY: &str = "labo.lang";
/// The quiz attempt in progress (one at a time).
pub const QUIZ_PROGRESS_KEY: &str = "labo.quiz.progress";
/// Every completed quiz attempt.
pub const QUIZ_HISTORY_KEY: &str = "labo.quiz.history";
/// Saved games live under `labo.game.<id>`, one key each, so that a save
/// rewrites only the game being played.
pub const GAME_PREFIX: &str = "labo.game.";
/// The trainer's desk (session, team map, tables, running order), shared
/// by the trainer page's windows.
pub const TRAINER_KEY: &str = "labo.trainer";

/// Custom content packs live under `labo.pack.<id>`.
pub const PACK_PREFIX: &str = "labo.pack.";

/// The storage key of a content pack.
pub fn pack_key(id: &str) -> String {
    format!("{PACK_PREFIX}{id}")
}

/// The storage key of a saved game.
pub fn game_key(id: &str) -> String {
    format!("{GAME_PREFIX}{id}")
}

/// Interface preferences.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Settings {
    /// "fr" or "en"; none until the person picks one.
    pub lang: Option<String>,
    /// Large type for projectors.
    #[serde(default)]
    pub large_text: bool,
    /// The custom content pack in use (its id), none for the built-in content.
    #[serde(default)]
    pub active_pack: Option<String>,
}

impl Record for Settings {
    const KIND: &'static str = "settings";
    const SCHEMA: u32 = 2;

    fn migrate(from: u32, data: Value) -> Result<Value, String> {
        match from {
            // Schema 1 held the language code as a bare string.
            1 => match data {
                Value::String(code) => Ok(json!({ "lang": code, "large_text": false })),
                Value::Null => Ok(json!({ "lang": null, "large_text": false })),
                other => Err(format!(
                    "settings v1: expected a language code, found {other}"
                )),
            },
            _ => Err(format!("settings: no migration from schema {from}")),
        }
    }
}

/// The quiz attempt in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuizProgress {
    /// When the attempt started (ms since 1970), to name it.
    pub started_at: u64,
    pub session: QuizSession,
}

impl Record for QuizProgress {
    const KIND: &'static str = "quiz.progress";
    const SCHEMA: u32 = 1;
}

/// A completed attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuizAttempt {
    /// When it was completed (ms since 1970).
    pub completed_at: u64,
    pub result: QuizResult,
}

/// Every completed attempt, oldest first.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct QuizHistory {
    pub attempts: Vec<QuizAttempt>,
}

impl Record for crate::domain::trainer::desk::Desk {
    const KIND: &'static str = "trainer";
    const SCHEMA: u32 = 1;
}

impl Record for QuizHistory {
    const KIND: &'static str = "quiz.history";
    const SCHEMA: u32 = 1;
}

impl QuizHistory {
    /// Adds an attempt unless the same one is already there (a second tab
    /// or an import may bring it twice).
    pub fn add(&mut self, attempt: QuizAttempt) {
        if !self.attempts.contains(&attempt) {
            self.attempts.push(attempt);
            self.attempts.sort_by_key(|a| a.completed_at);
        }
    }
}

/// A stored record of any kind, decoded.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    Settings(Settings),
    QuizProgress(QuizProgress),
    QuizHistory(QuizHistory),
    Game(Box<SavedGame>),
    Pack(ContentPack),
    Trainer(Box<crate::domain::trainer::desk::Desk>),
}

/// Decodes `text` stored under `key`, migrating it if it is old: the record
/// and the schema it was migrated from. `Ok(None)` for a key of no known
/// kind (left alone in storage, refused in an import).
pub fn load_any(key: &str, text: &str) -> Result<Option<(Loaded, Option<u32>)>, Unreadable> {
    fn d<R: Record>(
        text: &str,
        wrap: fn(R) -> Loaded,
    ) -> Result<(Loaded, Option<u32>), Unreadable> {
        decode::<R>(text).map(|d| (wrap(d.record), d.migrated_from))
    }
    Ok(Some(match key {
        SETTINGS_KEY => d(text, Loaded::Settings)?,
        QUIZ_PROGRESS_KEY => d(text, Loaded::QuizProgress)?,
        QUIZ_HISTORY_KEY => d(text, Loaded::QuizHistory)?,
        k if k.starts_with(GAME_PREFIX) => d(text, |g| Loaded::Game(Box::new(g)))?,
        k if k.starts_with(PACK_PREFIX) => d(text, Loaded::Pack)?,
        TRAINER_KEY => d(text, |t| Loaded::Trainer(Box::new(t)))?,
        _ => return Ok(None),
    }))
}

impl Loaded {
    /// The stored text of this record.
    pub fn encode(&self, rev: u64, saved_at: u64) -> Result<String, String> {
        match self {
            Loaded::Settings(r) => encode(r, rev, saved_at),
            Loaded::QuizProgress(r) => encode(r, rev, saved_at),
            Loaded::QuizHistory(r) => encode(r, rev, saved_at),
            Loaded::Game(r) => encode(r.as_ref(), rev, saved_at),
            Loaded::Pack(r) => encode(r, rev, saved_at),
            Loaded::Trainer(r) => encode(r.as_ref(), rev, saved_at),
        }
    }

    /// Combines what this device has (`self`) with an imported record of
    /// the same key. Histories are united; for everything else this
    /// device's own record is kept.
    pub fn merge(self, imported: Loaded) -> Loaded {
        match (self, imported) {
            (Loaded::QuizHistory(mut mine), Loaded::QuizHistory(theirs)) => {
                for a in theirs.attempts {
                    mine.add(a);
                }
                Loaded::QuizHistory(mine)
            }
            (mine, _) => mine,
        }
    }
}

/// What the people at the table wrote during the debrief (kept on the
/// device only, never exported in the trainer's comparison).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct GameNotes {
    /// One word per team (step 1), `None` when skipped.
    #[serde(default)]
    pub reactions: Vec<Option<String>>,
    /// The methods people picked for their real project (step 4).
    #[serde(default)]
    pub commitments: Vec<String>,
}

impl GameNotes {
    /// These notes (this tab's) combined with another tab's, saved first:
    /// a word typed here wins, a word typed there is kept where this tab has
    /// none, and the methods picked in either are kept.
    pub fn over(self, theirs: GameNotes) -> GameNotes {
        let n = theirs.reactions.len().max(self.reactions.len());
        let reactions = (0..n)
            .map(|i| {
                self.reactions
                    .get(i)
                    .cloned()
                    .flatten()
                    .or_else(|| theirs.reactions.get(i).cloned().flatten())
            })
            .collect();
        let mut commitments = self.commitments;
        for m in theirs.commitments {
            if !commitments.contains(&m) {
                commitments.push(m);
            }
        }
        GameNotes {
            reactions,
            commitments,
        }
    }
}

/// A game, in progress or finished, with its debrief notes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedGame {
    /// Its id (the part of the key after `labo.game.`).
    pub id: String,
    /// When it started (ms since 1970), to name it with the scenario.
    pub created_at: u64,
    pub state: GameState,
    #[serde(default)]
    pub notes: GameNotes,
}

impl Record for SavedGame {
    const KIND: &'static str = "game";
    const SCHEMA: u32 = 1;
}

/// A trainer's custom content, as loaded from their file: the files it
/// replaces or adds, by built-in file name (see docs/content-format.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContentPack {
    pub id: String,
    pub name: String,
    pub added_at: u64,
    /// `(file name, JSON text)`, validated before it was stored.
    pub files: Vec<(String, String)>,
}

impl Record for ContentPack {
    const KIND: &'static str = "pack";
    const SCHEMA: u32 = 1;
}

/// Checks that `text`, stored under `key`, is readable by this build.
/// `Ok(true)` means it was written in an older schema and should be
/// rewritten; keys of no known kind are left alone (`Ok(false)`).
pub fn check(key: &str, text: &str) -> Result<bool, Unreadable> {
    Ok(load_any(key, text)?.is_some_and(|(_, from)| from.is_some()))
}

/// Rewrites an older record of `key` in the current schema.
pub fn upgrade(key: &str, text: &str, saved_at: u64) -> Result<String, Unreadable> {
    let rev = super::envelope::envelope(text).map_or(0, |e| e.rev);
    match load_any(key, text)? {
        Some((loaded, _)) => loaded.encode(rev, saved_at).map_err(Unreadable::Migration),
        None => Ok(text.to_owned()),
    }
}
