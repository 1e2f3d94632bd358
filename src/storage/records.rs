//! The kinds of data Labo keeps, each with its schema and migrations, and
//! the table that tells which kind lives under which key.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::envelope::{Record, Unreadable, decode};

/// Key prefix shared by everything Labo stores.
pub const PREFIX: &str = "labo.";
/// Where unreadable data is kept aside: `labo.quarantine.<key>.<ms>`.
pub const QUARANTINE_PREFIX: &str = "labo.quarantine.";
/// Interface preferences.
pub const SETTINGS_KEY: &str = "labo.settings";
/// The language as stored by the very first version, before envelopes.
pub const LEGACY_LANG_KEY: &str = "labo.lang";

/// Interface preferences.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Settings {
    /// "fr" or "en"; none until the person picks one.
    pub lang: Option<String>,
    /// Large type for projectors.
    #[serde(default)]
    pub large_text: bool,
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

/// Checks that `text`, stored under `key`, is readable by this build.
/// `Ok(true)` means it was written in an older schema and should be
/// rewritten; keys of no known kind are left alone (`Ok(false)`).
pub fn check(key: &str, text: &str) -> Result<bool, Unreadable> {
    fn migrated<R: Record>(text: &str) -> Result<bool, Unreadable> {
        decode::<R>(text).map(|d| d.migrated_from.is_some())
    }
    match key {
        SETTINGS_KEY => migrated::<Settings>(text),
        _ => Ok(false),
    }
}

/// Rewrites an older record of `key` in the current schema.
pub fn upgrade(key: &str, text: &str, saved_at: f64) -> Result<String, Unreadable> {
    fn up<R: Record>(text: &str, saved_at: f64) -> Result<String, Unreadable> {
        let d = decode::<R>(text)?;
        super::envelope::encode(&d.record, d.rev, saved_at).map_err(Unreadable::Migration)
    }
    match key {
        SETTINGS_KEY => up::<Settings>(text, saved_at),
        _ => Ok(text.to_owned()),
    }
}
