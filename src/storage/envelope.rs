//! The versioned envelope around every stored record, and the migrations
//! that bring an older record up to date. Pure: no browser API, so it is
//! tested natively.
//!
//! A record is stored as
//! `{"labo": KIND, "schema": N, "app": "0.1.0", "saved_at": MS, "rev": R, "data": …}`.
//! `rev` grows by one at each save of that key: a tab that saves on top of a
//! revision it has not seen is told so instead of overwriting (see `local`).
//!
//! Records of the current schema are decoded straight from the text; only
//! older ones go through a generic JSON tree for their migrations. This
//! keeps one compiled decoder per record type, which matters for the
//! download size.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;

/// The app version written into every envelope.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A kind of stored data, with its current schema and its migrations.
pub trait Record: Serialize + DeserializeOwned {
    /// Stable name of the kind, written into the envelope.
    const KIND: &'static str;
    /// The schema this build writes. Bump it and extend [`Record::migrate`]
    /// whenever the serialised shape changes.
    const SCHEMA: u32;

    /// Turns data written with schema `from` (< `SCHEMA`) into data of
    /// schema `from + 1`. The default knows no older schema.
    fn migrate(from: u32, data: Value) -> Result<Value, String> {
        let _ = data;
        Err(format!("no migration from schema {from}"))
    }
}

#[derive(Serialize)]
struct Out<'a, R> {
    labo: &'static str,
    schema: u32,
    app: &'static str,
    saved_at: u64,
    rev: u64,
    data: &'a R,
}

/// The envelope as read back, its data still undecoded.
#[derive(Debug, Deserialize)]
pub struct Envelope<'a> {
    pub labo: String,
    pub schema: u32,
    pub app: String,
    #[serde(default)]
    pub saved_at: u64,
    #[serde(default)]
    pub rev: u64,
    #[serde(borrow)]
    pub data: &'a RawValue,
}

/// Reads only the envelope of a stored text.
pub fn envelope(text: &str) -> Option<Envelope<'_>> {
    serde_json::from_str(text).ok()
}

/// Why a stored text could not be read as a record. Each case keeps the
/// text aside (quarantine) rather than dropping it.
#[derive(Debug, Clone, PartialEq)]
pub enum Unreadable {
    /// Not JSON at all.
    NotJson(String),
    /// JSON, but not an envelope of this kind.
    WrongShape(String),
    /// Written by a newer Labo: this build cannot know its shape.
    Newer { schema: u32, app: String },
    /// A migration step or the final decoding failed.
    Migration(String),
    /// Readable, but it does not fit the content in use (a quiz attempt
    /// whose questions this version does not have).
    Unusable(String),
}

impl Unreadable {
    /// A stable code, for the UI to pick its message.
    pub fn code(&self) -> &'static str {
        match self {
            Unreadable::NotJson(_) => "not_json",
            Unreadable::WrongShape(_) => "wrong_shape",
            Unreadable::Newer { .. } => "newer",
            Unreadable::Migration(_) => "migration",
            Unreadable::Unusable(_) => "unusable",
        }
    }
}

/// A record read back, and whether it had to be migrated (then it should
/// be saved again in the current schema).
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded<R> {
    pub record: R,
    pub rev: u64,
    pub migrated_from: Option<u32>,
}

/// Wraps a record for storage.
pub fn encode<R: Record>(record: &R, rev: u64, saved_at: u64) -> Result<String, String> {
    let out = Out {
        labo: R::KIND,
        schema: R::SCHEMA,
        app: APP_VERSION,
        saved_at,
        rev,
        data: record,
    };
    serde_json::to_string(&out).map_err(|e| e.to_string())
}

/// Reads a stored text, migrating it from any older schema.
pub fn decode<R: Record>(text: &str) -> Result<Decoded<R>, Unreadable> {
    let env: Envelope = serde_json::from_str(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            Unreadable::NotJson(e.to_string())
        } else {
            Unreadable::WrongShape(e.to_string())
        }
    })?;
    if env.labo != R::KIND {
        return Err(Unreadable::WrongShape(format!(
            "expected a {} record, found {}",
            R::KIND,
            env.labo
        )));
    }
    if env.schema > R::SCHEMA {
        return Err(Unreadable::Newer {
            schema: env.schema,
            app: env.app,
        });
    }
    let migrated_from = (env.schema < R::SCHEMA).then_some(env.schema);
    let record = if migrated_from.is_none() {
        serde_json::from_str(env.data.get())
    } else {
        let mut data: Value = serde_json::from_str(env.data.get())
            .map_err(|e| Unreadable::Migration(e.to_string()))?;
        for from in env.schema..R::SCHEMA {
            data = R::migrate(from, data).map_err(Unreadable::Migration)?;
        }
        serde_json::from_str(&data.to_string())
    }
    .map_err(|e| Unreadable::Migration(e.to_string()))?;
    Ok(Decoded {
        record,
        rev: env.rev,
        migrated_from,
    })
}
