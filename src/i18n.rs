//! Interface texts in French and English. Every visible string of the shell
//! comes from `locales/fr.json` or `locales/en.json` (flat key → text maps);
//! tests check both files have the same keys and that every key used in the
//! source exists. Content texts (cards, quiz items) carry their own FR/EN.

use std::collections::HashMap;
use std::sync::OnceLock;

/// An interface language. French is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// BCP 47 code, as used in `<html lang>` and in storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Parses a stored code; anything unknown is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language, for the switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }
}

pub const FR_SOURCE: &str = include_str!("../locales/fr.json");
pub const EN_SOURCE: &str = include_str!("../locales/en.json");

type Table = HashMap<String, String>;

fn table(lang: Lang) -> &'static Table {
    static FR: OnceLock<Table> = OnceLock::new();
    static EN: OnceLock<Table> = OnceLock::new();
    let (cell, source) = match lang {
        Lang::Fr => (&FR, FR_SOURCE),
        Lang::En => (&EN, EN_SOURCE),
    };
    // The locale files are compiled in and checked by tests, so a parse
    // failure can only come from a broken build: show keys rather than crash.
    cell.get_or_init(|| serde_json::from_str(source).unwrap_or_default())
}

/// The text for `key`; the key itself if it is missing (tests forbid that).
pub fn t(lang: Lang, key: &'static str) -> &'static str {
    table(lang).get(key).map(String::as_str).unwrap_or(key)
}

/// The text for `key` with `{name}` placeholders replaced.
pub fn tf(lang: Lang, key: &'static str, args: &[(&str, &str)]) -> String {
    let mut out = t(lang, key).to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// All keys of a language, for completeness tests.
pub fn keys(lang: Lang) -> Vec<&'static str> {
    let mut k: Vec<&str> = table(lang).keys().map(String::as_str).collect();
    k.sort_unstable();
    k
}
