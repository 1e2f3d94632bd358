//! Every interface text exists in both languages, and every key the source
//! uses exists: a missing translation fails here, not in front of users.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use labo::i18n::{self, Lang};

/// All keys of a language; panics on a malformed file, an empty text, or a
/// key defined in two area files (the later one would silently win).
fn parsed(lang: Lang) -> BTreeSet<String> {
    let mut all = BTreeSet::new();
    for area in i18n::ALL {
        let (area, source) = (area.name, if lang == Lang::En { area.en } else { area.fr });
        let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(source)
            .unwrap_or_else(|e| panic!("locales/{}/{area}.json: {e}", lang.code()));
        for (k, v) in &map {
            let text = v
                .as_str()
                .unwrap_or_else(|| panic!("{k}: value must be a string"));
            assert!(!text.trim().is_empty(), "{k}: empty text");
            assert!(all.insert(k.clone()), "{k}: defined twice ({area}.json)");
        }
    }
    all
}

#[test]
fn french_and_english_have_the_same_keys() {
    let fr = parsed(Lang::Fr);
    let en = parsed(Lang::En);
    let only_fr: Vec<_> = fr.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&fr).collect();
    assert!(only_fr.is_empty(), "missing in en.json: {only_fr:?}");
    assert!(only_en.is_empty(), "missing in fr.json: {only_en:?}");
    i18n::use_areas(&i18n::ALL);
    assert_eq!(i18n::keys(Lang::Fr).len(), fr.len());
}

/// Collects string literals that look like locale keys (`"a.b"` or
/// `"a.b_c.d"`) from the UI sources and checks each is defined.
#[test]
fn every_key_used_in_the_ui_exists() {
    let keys = parsed(Lang::Fr);
    let mut missing = Vec::new();
    let mut used = 0;
    visit(Path::new("src/ui"), &mut |path, text| {
        for literal in text.split('"').skip(1).step_by(2) {
            let looks_like_key = literal.contains('.')
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_')
                && !literal.starts_with('.')
                && !literal.ends_with('.')
                && keys
                    .iter()
                    .any(|k| k.split('.').next() == literal.split('.').next());
            if looks_like_key {
                used += 1;
                // A count message is used by its base key (`i18n::tn`).
                let plural = keys.contains(&format!("{literal}.one"))
                    && keys.contains(&format!("{literal}.other"));
                if !keys.contains(literal) && !plural {
                    missing.push(format!("{}: {literal}", path.display()));
                }
            }
        }
    });
    assert!(
        used > 10,
        "the scan found too few keys ({used}): is it broken?"
    );
    assert!(
        missing.is_empty(),
        "keys used but not defined: {missing:#?}"
    );
}

/// A count message has both forms, in both languages, and no text says
/// "(s)" instead.
#[test]
fn count_messages_have_both_forms() {
    for lang in [Lang::Fr, Lang::En] {
        let keys = parsed(lang);
        for k in &keys {
            for (this, twin) in [(".one", ".other"), (".other", ".one")] {
                if let Some(base) = k.strip_suffix(this) {
                    assert!(
                        keys.contains(&format!("{base}{twin}")),
                        "{k} ({}) has no {twin} form",
                        lang.code()
                    );
                }
            }
        }
    }
    i18n::use_areas(&i18n::ALL);
    assert_eq!(
        i18n::tn(Lang::Fr, "game.card.reveals", 0, &[]),
        "Révèle 0 besoin caché"
    );
    assert_eq!(
        i18n::tn(Lang::Fr, "game.card.reveals", 2, &[]),
        "Révèle 2 besoins cachés"
    );
    assert_eq!(
        i18n::tn(Lang::En, "game.card.reveals", 0, &[]),
        "Reveals 0 hidden needs"
    );
    assert_eq!(
        i18n::tn(Lang::En, "game.card.reveals", 1, &[]),
        "Reveals 1 hidden need"
    );
}

#[test]
fn lookup_falls_back_to_the_key() {
    i18n::use_areas(&i18n::ALL);
    assert_eq!(i18n::t(Lang::En, "home.title"), "Home");
    assert_eq!(i18n::t(Lang::Fr, "home.title"), "Accueil");
    assert_eq!(i18n::t(Lang::Fr, "pas.une.cle"), "pas.une.cle");
}

fn visit(dir: &Path, f: &mut dyn FnMut(&Path, &str)) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            visit(&path, f);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).unwrap_or_default();
            f(&path, &text);
        }
    }
}
