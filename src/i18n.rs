//! Interface texts in French and English. Every visible string comes from
//! `locales/{fr,en}/<area>.json` (flat key → text maps, one file per area of
//! the app so that each area's texts can be edited on their own); tests check
//! both languages have the same keys and that every key used in the source
//! exists. Content texts (cards, quiz items) carry their own FR/EN.

use std::collections::HashMap;
use std::sync::OnceLock;

pub use crate::domain::lang::Lang;

type Table = HashMap<String, String>;

/// One area's locale files, compiled in.
#[derive(Debug, Clone, Copy)]
pub struct Area {
    pub name: &'static str,
    pub fr: &'static str,
    pub en: &'static str,
}

macro_rules! area {
    ($name:literal) => {
        Area {
            name: $name,
            fr: include_str!(concat!("../locales/fr/", $name, ".json")),
            en: include_str!(concat!("../locales/en/", $name, ".json")),
        }
    };
}

/// The frame, home, accessibility, navigation titles.
pub const SHELL: Area = area!("shell");
/// The data notices every page may show (quarantine, other tab, storage
/// full), and the name of « Mes données ».
pub const NOTICES: Area = area!("notices");
/// The « Mes données » screen and the pilot's form.
pub const DATA: Area = area!("data");
pub const QUIZ: Area = area!("quiz");
pub const GAME: Area = area!("game");
pub const TRAINER: Area = area!("trainer");
/// The game's debrief: its story, observations and suggested methods.
pub const DEBRIEF: Area = area!("debrief");
/// Every area, for the single-file build and the tests.
pub const ALL: [Area; 7] = [SHELL, NOTICES, DATA, QUIZ, GAME, TRAINER, DEBRIEF];

/// The areas this page uses. Each page names its own (see `ui::pages`), so
/// a page's download carries only its own texts.
static AREAS: OnceLock<&'static [Area]> = OnceLock::new();

/// Chooses the areas of this page; the first call wins.
pub fn use_areas(areas: &'static [Area]) {
    let _ = AREAS.set(areas);
}

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
        for area in AREAS.get().copied().unwrap_or_default() {
            let source = if lang == Lang::En { area.en } else { area.fr };
            let part: Table = serde_json::from_str(source).unwrap_or_default();
            all.extend(part);
        }
        all
    })
}

/// Parses this page's texts in `lang` now rather than at their first use
/// (the start-up does it in a task of its own).
pub fn load(lang: Lang) {
    let _ = table(lang);
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

/// A message that holds a count: `key.one` or `key.other` by the
/// language's rule (in French 0 and 1 are singular, in English only 1),
/// with `{n}` and the other placeholders replaced. Never write "(s)".
pub fn tn(lang: Lang, key: &'static str, n: i64, args: &[(&str, &str)]) -> String {
    let form = if lang.is_singular(n) { "one" } else { "other" };
    let text = table(lang)
        .get(&format!("{key}.{form}"))
        .map_or(key, String::as_str);
    let mut out = text.replace("{n}", &n.to_string());
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
    fn counts_pick_their_plural_form() {
        // Missing keys fall back to the base key, with `{n}` still replaced.
        assert_eq!(tn(Lang::Fr, "{n} x", 0, &[]), "0 x");
    }

    #[test]
    fn placeholders_are_replaced_by_name() {
        // A missing key falls back to itself, which lets us test `tf` alone.
        assert_eq!(
            tf(Lang::Fr, "{n} sur {total}", &[("n", "3"), ("total", "7")]),
            "3 sur 7"
        );
    }
}
