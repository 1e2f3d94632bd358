//! The writing rules of `docs/writing.md` that a machine can check, on every
//! text a person can read: the locale files and the content files. A
//! failure names the file, the key or path and the offending text; French
//! spacing is fixed by `node scripts/typography.mjs`.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// One readable text: where it is, its language, the text.
struct Entry {
    place: String,
    french: bool,
    text: String,
}

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            json_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

/// Every `{"fr": …, "en": …}` text of a content file, with its JSON path.
fn content_texts(v: &Value, path: &str, place: &str, out: &mut Vec<Entry>) {
    match v {
        Value::Object(map) => {
            for lang in ["fr", "en"] {
                if let Some(Value::String(text)) = map.get(lang) {
                    out.push(Entry {
                        place: format!("{place} {path}.{lang}"),
                        french: lang == "fr",
                        text: text.clone(),
                    });
                }
            }
            for (k, child) in map {
                content_texts(child, &format!("{path}.{k}"), place, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                content_texts(child, &format!("{path}[{i}]"), place, out);
            }
        }
        _ => {}
    }
}

fn all_texts() -> Vec<Entry> {
    let mut out = Vec::new();
    let mut files = Vec::new();
    json_files(Path::new("locales"), &mut files);
    for file in &files {
        let french = file.to_string_lossy().contains("/fr/");
        let map: serde_json::Map<String, Value> =
            serde_json::from_str(&fs::read_to_string(file).unwrap_or_default())
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for (k, v) in map {
            if let Value::String(text) = v {
                out.push(Entry {
                    place: format!("{} {k}", file.display()),
                    french,
                    text,
                });
            }
        }
    }
    let mut files = Vec::new();
    json_files(Path::new("content"), &mut files);
    for file in &files {
        let v: Value = serde_json::from_str(&fs::read_to_string(file).unwrap_or_default())
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        content_texts(&v, "", &file.display().to_string(), &mut out);
    }
    assert!(out.len() > 1_000, "too few texts found ({})", out.len());
    out
}

/// French spacing mistakes in `text`, as short excerpts.
fn spacing_mistakes(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let excerpt = |i: usize| -> String {
        chars[i.saturating_sub(12)..(i + 4).min(chars.len())]
            .iter()
            .collect()
    };
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        match c {
            ':' | ';' | '!' | '?' | '»' => match prev {
                // A breaking or thin space where a non-breaking one belongs.
                Some(' ') | Some('\u{202f}') => found.push(excerpt(i)),
                // No space at all, at the end of a phrase (not in an
                // address or a time: `jeu.html?partie`, `14:30`).
                Some(p)
                    if (p.is_alphanumeric() || matches!(p, ')' | '}' | '»' | '%'))
                        && (c == '»'
                            || next.is_none_or(|n| n.is_whitespace() || "\"”»)".contains(n))) =>
                {
                    found.push(excerpt(i))
                }
                _ => {}
            },
            '«' if next != Some('\u{a0}') => found.push(excerpt(i)),
            _ => {}
        }
    }
    found
}

#[test]
fn french_texts_use_non_breaking_spaces() {
    let mut bad = Vec::new();
    for e in all_texts().iter().filter(|e| e.french) {
        for m in spacing_mistakes(&e.text) {
            bad.push(format!("{}: «{m}»", e.place));
        }
    }
    assert!(
        bad.is_empty(),
        "French spacing (run `node scripts/typography.mjs`): {bad:#?}"
    );
}

/// Inclusive forms other than the one convention of docs/writing.md.
fn inclusive_mistakes(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '·')) {
        let parts: Vec<&str> = word.split('·').collect();
        if parts.len() > 2 {
            found.push(format!("{word}: one point médian only"));
            continue;
        }
        let [stem, ending] = parts[..] else { continue };
        let wrong = (stem.ends_with("eur") && matches!(ending, "se" | "ses" | "e" | "es"))
            || (stem.ends_with("er") && matches!(ending, "e" | "es"));
        if wrong {
            found.push(format!("{word}: truncated ending"));
        }
    }
    for mark in ["(s)", "(e)", "(es)", ".e.s", "-e-s"] {
        if text.contains(mark) {
            found.push(format!("“{mark}”"));
        }
    }
    found
}

#[test]
fn french_texts_use_one_inclusive_convention() {
    let mut bad = Vec::new();
    for e in all_texts().iter().filter(|e| e.french) {
        for m in inclusive_mistakes(&e.text) {
            bad.push(format!("{}: {m}", e.place));
        }
    }
    assert!(
        bad.is_empty(),
        "inclusive writing (docs/writing.md): {bad:#?}"
    );
}

#[test]
fn no_text_says_s_in_brackets_or_doubles_its_full_stop() {
    let mut bad = Vec::new();
    for e in all_texts() {
        if e.text.contains("(s)") {
            bad.push(format!("{}: “(s)”, use a count message", e.place));
        }
        let doubled = e.text.contains("..") && !e.text.contains("...");
        if doubled || e.text.contains(". .") {
            bad.push(format!("{}: double full stop", e.place));
        }
        if !e.french && e.text.contains('·') {
            bad.push(format!("{}: point médian in English", e.place));
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn the_checks_catch_what_they_should() {
    assert_eq!(spacing_mistakes("Bonjour : oui").len(), 1);
    assert_eq!(spacing_mistakes("Vraiment?").len(), 1);
    assert_eq!(spacing_mistakes("« mot »").len(), 2);
    assert!(spacing_mistakes("Bonjour\u{a0}: jeu.html?partie=1 à 14:30").is_empty());
    assert!(spacing_mistakes("«\u{a0}mot\u{a0}»\u{a0}!").is_empty());
    assert_eq!(inclusive_mistakes("les acheteur·ses").len(), 1);
    assert_eq!(inclusive_mistakes("les usager·es").len(), 1);
    assert_eq!(inclusive_mistakes("les agent·e·s").len(), 1);
    assert_eq!(inclusive_mistakes("profil(s)").len(), 1);
    assert!(
        inclusive_mistakes("les usager·ères, agent·es, formateur·rices, curieux·ses").is_empty()
    );
}
