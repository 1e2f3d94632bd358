//! Custom content packs. A trainer loads one or more files in the format of
//! the built-in content (see `docs/content-format.md`), or a pack exported
//! by a colleague (a bundle of such files). Each file goes to the game or
//! to the quiz according to its sections; a file named like a built-in
//! file replaces it, any other name adds to the content. The whole result
//! is validated, game and quiz, before anything is stored: every error is
//! located by file, id and field.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value, json};

use crate::domain::game::{self, Content};
use crate::domain::lang::Lang;
use crate::domain::quiz::{self, QuizContent};
use crate::domain::text::Text;

/// Sections of a quiz file; any other section belongs to the game.
pub const QUIZ_SECTIONS: [&str; 8] = [
    "meta",
    "scale",
    "dimensions",
    "items",
    "situations",
    "archetypes",
    "duos",
    "polyvalent",
];

/// The key that marks an exported pack (a bundle of files).
pub const BUNDLE_KEY: &str = "labo_pack";
/// The bundle format this build writes and reads.
pub const BUNDLE_VERSION: u64 = 1;

/// One located problem in a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    pub file: String,
    pub id: String,
    pub field: String,
    pub message: Text,
}

impl PackError {
    fn new(file: &str, field: &str, fr: String, en: String) -> PackError {
        PackError {
            file: file.to_owned(),
            id: String::new(),
            field: field.to_owned(),
            message: Text { fr, en },
        }
    }

    /// "file › id › field : message" in a language.
    pub fn describe(&self, lang: Lang) -> String {
        let mut s = self.file.clone();
        for part in [&self.id, &self.field] {
            if !part.is_empty() {
                s.push_str(" › ");
                s.push_str(part);
            }
        }
        s.push_str(if lang == Lang::Fr { "\u{a0}: " } else { ": " });
        s.push_str(self.message.get(lang));
        s
    }
}

impl From<game::ContentError> for PackError {
    fn from(e: game::ContentError) -> PackError {
        PackError {
            file: e.file,
            id: e.id,
            field: e.field,
            message: e.message,
        }
    }
}

impl From<quiz::ContentError> for PackError {
    fn from(e: quiz::ContentError) -> PackError {
        let field = match e.line {
            Some(l) if e.field.is_empty() => format!("ligne/line {l}"),
            _ => e.field,
        };
        PackError {
            file: e.file,
            id: e.id,
            field,
            message: e.message,
        }
    }
}

/// Which content a file feeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Game,
    Quiz,
}

/// The kind of a file from its sections. Unreadable files go to the game
/// loader, which reports the line and column.
pub fn kind(text: &str) -> Result<Kind, String> {
    let Ok(Value::Object(map)) = serde_json::from_str::<Value>(text) else {
        return Ok(Kind::Game);
    };
    let quiz = map
        .keys()
        .filter(|k| QUIZ_SECTIONS.contains(&k.as_str()))
        .count();
    match quiz {
        0 => Ok(Kind::Game),
        n if n == map.len() => Ok(Kind::Quiz),
        _ => Err(map
            .keys()
            .find(|k| !QUIZ_SECTIONS.contains(&k.as_str()))
            .cloned()
            .unwrap_or_default()),
    }
}

/// Unpacks the loaded files: an exported pack gives its files, any other
/// file is taken as it is. Also returns the pack's name, if a bundle had one.
pub fn unpack(
    loaded: &[(String, String)],
) -> (Option<String>, Vec<(String, String)>, Vec<PackError>) {
    let mut name = None;
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for (file, text) in loaded {
        let bundle = match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(map)) if map.contains_key(BUNDLE_KEY) => map,
            _ => {
                files.push((file.clone(), text.clone()));
                continue;
            }
        };
        // Only the bundle version this build writes: a newer one may mean
        // something else by the same fields.
        if bundle.get(BUNDLE_KEY) != Some(&json!(BUNDLE_VERSION)) {
            errors.push(PackError::new(
                file,
                BUNDLE_KEY,
                format!(
                    "version {} du format de pack inconnue (cette version de Labo lit la version {BUNDLE_VERSION})",
                    bundle.get(BUNDLE_KEY).map(Value::to_string).unwrap_or_default()
                ),
                format!(
                    "unknown pack format version {} (this version of Labo reads version {BUNDLE_VERSION})",
                    bundle.get(BUNDLE_KEY).map(Value::to_string).unwrap_or_default()
                ),
            ));
            continue;
        }
        if let Some(n) = bundle.get("name").and_then(Value::as_str) {
            name.get_or_insert_with(|| n.to_owned());
        }
        match bundle.get("files") {
            Some(Value::Object(inner)) => {
                let raw = raw_files(text);
                for (inner_name, v) in inner {
                    let text = match (v, raw.get(inner_name.as_str())) {
                        (Value::String(s), _) => s.clone(),
                        (_, Some(placed)) => placed.clone(),
                        (other, None) => other.to_string(),
                    };
                    files.push((inner_name.clone(), text));
                }
            }
            _ => errors.push(PackError::new(
                file,
                "files",
                "un objet { \"nom.json\": { … } } est attendu".into(),
                "an object { \"name.json\": { … } } is expected".into(),
            )),
        }
    }
    (name, files, errors)
}

/// The files of an exported pack as they are written in it, each placed
/// where it stands in the pack (as many line breaks and spaces before it),
/// so that a mistake in one is told at its line and column in the file
/// the trainer edits, not in a copy of it.
fn raw_files(bundle: &str) -> BTreeMap<String, String> {
    #[derive(Deserialize)]
    struct Raw<'a> {
        #[serde(borrow, default)]
        files: BTreeMap<String, &'a RawValue>,
    }
    let Ok(raw) = serde_json::from_str::<Raw>(bundle) else {
        return BTreeMap::new();
    };
    raw.files
        .into_iter()
        .filter_map(|(name, value)| {
            let at = (value.get().as_ptr() as usize).checked_sub(bundle.as_ptr() as usize)?;
            let before = bundle.get(..at)?;
            let line_start = before.rfind('\n').map_or(0, |k| k + 1);
            let mut placed = "\n".repeat(before.matches('\n').count());
            placed.push_str(&" ".repeat(at - line_start));
            placed.push_str(value.get());
            Some((name, placed))
        })
        .collect()
}

/// The built-in quiz files, rebuilt from the built-in content (same names
/// and sections as `content/quiz/`), so that a pack file can replace one.
fn builtin_quiz_files(located: bool) -> Vec<(&'static str, String)> {
    let read = if located {
        QuizContent::builtin_located
    } else {
        QuizContent::builtin
    };
    let Ok(c) = read() else {
        return Vec::new();
    };
    vec![
        (
            "meta.json",
            json!({ "meta": c.meta, "scale": c.scale, "dimensions": c.dimensions }).to_string(),
        ),
        ("items.json", json!({ "items": c.items }).to_string()),
        (
            "situations.json",
            json!({ "situations": c.situations }).to_string(),
        ),
        (
            "archetypes.json",
            json!({ "archetypes": c.archetypes, "polyvalent": c.polyvalent }).to_string(),
        ),
        ("duos.json", json!({ "duos": c.duos }).to_string()),
    ]
}

/// The content a pack gives, game and quiz, validated together; each
/// mistake located (line, column, JSON path), for the person loading it.
pub fn build(files: &[(String, String)]) -> Result<(Content, QuizContent), Vec<PackError>> {
    build_read(files, true)
}

/// [`build`] for a pack validated when it was loaded: the pages that use
/// the active pack read it in one pass (a stored pack that no longer
/// validates is refused as a whole, its mistakes are not shown there).
pub fn build_checked(files: &[(String, String)]) -> Result<(Content, QuizContent), Vec<PackError>> {
    build_read(files, false)
}

fn build_read(
    files: &[(String, String)],
    located: bool,
) -> Result<(Content, QuizContent), Vec<PackError>> {
    let (game, quiz_pack, mut errors) = sort(files, located);
    let builtin = builtin_quiz_files(located);
    let mut quiz_files: Vec<(&str, &str)> = builtin
        .iter()
        .filter(|(n, _)| !quiz_pack.iter().any(|(p, _)| p == n))
        .map(|(n, t)| (*n, t.as_str()))
        .collect();
    quiz_files.extend_from_slice(&quiz_pack);
    let quiz = if located {
        QuizContent::from_files(&quiz_files)
    } else {
        QuizContent::from_checked_files(&quiz_files)
    }
    .map_err(|e| e.into_iter().map(PackError::from));
    match (game, quiz) {
        (Ok(g), Ok(q)) if errors.is_empty() => Ok((g, q)),
        (g, q) => {
            if let Err(e) = g {
                errors.extend(e);
            }
            if let Err(e) = q {
                errors.extend(e);
            }
            Err(errors)
        }
    }
}

/// The game part of a pack alone, for the game page: its quiz files are
/// sorted out but not read, so that page carries no quiz content or
/// parser (the trainer space validates a pack as a whole when it is
/// loaded).
pub fn build_game(files: &[(String, String)]) -> Result<Content, Vec<PackError>> {
    build_game_read(files, false)
}

/// [`build_game`] with JSON paths (the trainer page's reader).
pub fn build_game_located(files: &[(String, String)]) -> Result<Content, Vec<PackError>> {
    build_game_read(files, true)
}

fn build_game_read(files: &[(String, String)], located: bool) -> Result<Content, Vec<PackError>> {
    let (game, _, mut errors) = sort(files, located);
    match game {
        Ok(g) if errors.is_empty() => Ok(g),
        Ok(_) => Err(errors),
        Err(e) => {
            errors.extend(e);
            Err(errors)
        }
    }
}

/// Sorts a pack's files into game and quiz files, builds the game part,
/// and reports files named twice or mixing both.
type Sorted<'a> = (
    Result<Content, Vec<PackError>>,
    Vec<(&'a str, &'a str)>,
    Vec<PackError>,
);

fn sort(files: &[(String, String)], located: bool) -> Sorted<'_> {
    let mut errors = Vec::new();
    let mut game_files: Vec<(&str, &str)> = Vec::new();
    let mut quiz_pack: Vec<(&str, &str)> = Vec::new();
    let mut names: Vec<&str> = Vec::new();
    for (file, text) in files {
        if names.contains(&file.as_str()) {
            errors.push(PackError::new(
                file,
                "",
                "deux fichiers portent ce nom".into(),
                "two files have this name".into(),
            ));
            continue;
        }
        names.push(file);
        match kind(text) {
            Ok(Kind::Game) => game_files.push((file, text)),
            Ok(Kind::Quiz) => quiz_pack.push((file, text)),
            Err(section) => errors.push(PackError::new(
                file,
                &section,
                "une section du jeu dans un fichier du questionnaire : faites deux fichiers".into(),
                "a game section in a quiz file: make two files".into(),
            )),
        }
    }
    let game = if located {
        Content::with_pack(&game_files)
    } else {
        Content::with_checked_pack(&game_files)
    }
    .map_err(|e| e.into_iter().map(PackError::from).collect());
    (game, quiz_pack, errors)
}

/// An exported pack: one JSON file holding every file of the pack, for a
/// colleague to load as it is.
pub fn bundle(name: &str, files: &[(String, String)]) -> String {
    let mut inner = Map::new();
    for (file, text) in files {
        let v = serde_json::from_str::<Value>(text).unwrap_or_else(|_| Value::String(text.clone()));
        inner.insert(file.clone(), v);
    }
    serde_json::to_string_pretty(
        &json!({ BUNDLE_KEY: BUNDLE_VERSION, "name": name, "files": inner }),
    )
    .unwrap_or_default()
}

/// What a pack changes, per file: replaces a built-in file or adds one.
pub fn replaces_builtin(file: &str) -> bool {
    game::BUILTIN_FILES.iter().any(|(n, _)| *n == file)
        || [
            "meta.json",
            "items.json",
            "situations.json",
            "archetypes.json",
            "duos.json",
        ]
        .contains(&file)
}
