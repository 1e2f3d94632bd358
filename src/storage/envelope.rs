//! The versioned envelope around every stored record, and the migrations
//! that bring an older record up to date. Pure: no browser API, so it is
//! tested natively.
//!
//! A record is stored as
//! `{"labo": KIND, "schema": N, "app": "0.1.0", "saved_at": MS, "rev": R, "data": …}`.
//! `rev` grows by one at each save of that key: a tab that saves on top of a
//! revision it has not seen is told so instead of overwriting (see `local`).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

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

/// What is stored under a key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub labo: String,
    pub schema: u32,
    pub app: String,
    pub saved_at: f64,
    #[serde(default)]
    pub rev: u64,
    pub data: Value,
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
}

impl Unreadable {
    /// A stable code, for the UI to pick its message.
    pub fn code(&self) -> &'static str {
        match self {
            Unreadable::NotJson(_) => "not_json",
            Unreadable::WrongShape(_) => "wrong_shape",
            Unreadable::Newer { .. } => "newer",
            Unreadable::Migration(_) => "migration",
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
pub fn encode<R: Record>(record: &R, rev: u64, saved_at: f64) -> Result<String, String> {
    let data = serde_json::to_value(record).map_err(|e| e.to_string())?;
    let env = Envelope {
        labo: R::KIND.to_owned(),
        schema: R::SCHEMA,
        app: APP_VERSION.to_owned(),
        saved_at,
        rev,
        data,
    };
    serde_json::to_string(&env).map_err(|e| e.to_string())
}

/// Reads a stored text, migrating it from any older schema.
pub fn decode<R: Record>(text: &str) -> Result<Decoded<R>, Unreadable> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| Unreadable::NotJson(e.to_string()))?;
    let env: Envelope =
        serde_json::from_value(value).map_err(|e| Unreadable::WrongShape(e.to_string()))?;
    if env.labo != R::KIND {
        return Err(Unreadable::WrongShape(format!(
            "expected a {} record, found {}",
            R::KIND,
            env.labo
        )));
    }
    decode_data(env.schema, &env.app, env.data).map(|(record, migrated_from)| Decoded {
        record,
        rev: env.rev,
        migrated_from,
    })
}

/// Migrates `data` of `schema` to the current schema and decodes it.
pub fn decode_data<R: Record>(
    schema: u32,
    app: &str,
    mut data: Value,
) -> Result<(R, Option<u32>), Unreadable> {
    if schema > R::SCHEMA {
        return Err(Unreadable::Newer {
            schema,
            app: app.to_owned(),
        });
    }
    let migrated_from = (schema < R::SCHEMA).then_some(schema);
    for from in schema..R::SCHEMA {
        data = R::migrate(from, data).map_err(Unreadable::Migration)?;
    }
    let record = serde_json::from_value(data).map_err(|e| Unreadable::Migration(e.to_string()))?;
    Ok((record, migrated_from))
}
