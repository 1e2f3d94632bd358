//! Interface texts in French and English. Every visible string comes from
//! `locales/{fr,en}/<area>.json` (flat key → text maps, one file per area of
//! the app so that each area's texts can be edited on their own); tests check
//! both languages have the same keys and that every key used in the source
//! exists. Content texts (cards, quiz items) carry their own FR/EN.

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

/// The locale files of one language, as (area, JSON text).
pub type Sources = [(&'static str, &'static str); 5];

pub const FR_SOURCES: Sources = [
    ("shell", include_str!("../locales/fr/shell.json")),
    ("quiz", include_str!("../locales/fr/quiz.json")),
    ("game", include_str!("../locales/fr/game.json")),
    ("trainer", include_str!("../locales/fr/trainer.json")),
    ("data", include_str!("../locales/fr/data.json")),
];
pub const EN_SOURCES: Sources = [
    ("shell", include_str!("../locales/en/shell.json")),
    ("quiz", include_str!("../locales/en/quiz.json")),
    ("game", include_str!("../locales/en/game.json")),
    ("trainer", include_str!("../locales/en/trainer.json")),
    ("data", include_str!("../locales/en/data.json")),
];

/// The locale files of a language.
pub fn sources(lang: Lang) -> &'static Sources {
    match lang {
        Lang::Fr => &FR_SOURCES,
        Lang::En => &EN_SOURCES,
    }
}

type Table = HashMap<String, String>;

fn table(lang: Lang) -> &'static Table {
    static FR: OnceLock<Table> = OnceLock::new();
    static EN: OnceLock<Table> = OnceLock::new();
    let cell = match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    };
    // The locale files are compiled in and checked by tests, so a parse
    // failure can only come from a broken build: show keys rather than crash.
    cell.get_or_init(|| {
        let mut all = Table::new();
        for (_, source) in sources(lang) {
            let part: Table = serde_json::from_str(source).unwrap_or_default();
            all.extend(part);
        }
        all
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_replaced_by_name() {
        // A missing key falls back to itself, which lets us test `tf` alone.
        assert_eq!(
            tf(Lang::Fr, "{n} sur {total}", &[("n", "3"), ("total", "7")]),
            "3 sur 7"
        );
    }

    #[test]
    fn codes_round_trip() {
        for l in [Lang::Fr, Lang::En] {
            assert_eq!(Lang::from_code(l.code()), Some(l));
            assert_eq!(l.other().other(), l);
        }
        assert_eq!(Lang::from_code("de"), None);
    }
}
