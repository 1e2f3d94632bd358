//! Reading a JSON content file written by a person (a trainer's pack): a
//! mistake is told in plain French and English with its place, line,
//! column and JSON path (`methods[3].cost.energy`). A syntax error is
//! found first, on the whole file, and reported as a syntax error; only a
//! well-formed file is read into its type, where a wrong field or value is
//! reported with the path of the value.

use serde::de::DeserializeOwned;
use serde_json::error::Category;

use crate::domain::text::Text;

/// One mistake in a JSON file, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonProblem {
    pub line: usize,
    pub column: usize,
    /// Where in the data (`methods[3].cost`), empty for a syntax error or
    /// the file as a whole.
    pub path: String,
    /// The file is not JSON at all (a comma, a bracket, a quote).
    pub syntax: bool,
    pub message: Text,
}

impl JsonProblem {
    /// "ligne 4, colonne 12" / "line 4, column 12", then the path if any.
    pub fn place(&self, fr: bool) -> String {
        let mut s = if fr {
            format!("ligne {}, colonne {}", self.line, self.column)
        } else {
            format!("line {}, column {}", self.line, self.column)
        };
        if !self.path.is_empty() {
            s.push_str(", ");
            s.push_str(&self.path);
        }
        s
    }
}

/// Reads `text` as a `T` in one pass, for content already checked (the
/// built-in files, a pack validated when it was loaded): a mistake keeps
/// its line and column but not its JSON path. Pages that only use content
/// call this, so that they neither carry the path-tracking reader (tens of
/// kilobytes per content type) nor spend time in it.
pub fn read_quick<T: DeserializeOwned>(text: &str) -> Result<T, JsonProblem> {
    serde_json::from_str(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            syntax(&e)
        } else {
            JsonProblem {
                line: e.line(),
                column: e.column(),
                path: String::new(),
                syntax: false,
                message: data_message(&without_place(&e.to_string())),
            }
        }
    })
}

/// How a content loader reads each file: [`read`] (located, for a person's
/// file) or [`read_quick`] (for checked content).
pub type Reader<T> = fn(&str) -> Result<T, JsonProblem>;

/// Reads `text` as a `T`: syntax first, then the shape, each located.
pub fn read<T: DeserializeOwned>(text: &str) -> Result<T, JsonProblem> {
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
        return Err(syntax(&e));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        JsonProblem {
            line: inner.line(),
            column: inner.column(),
            path: if path == "." { String::new() } else { path },
            syntax: false,
            message: data_message(&without_place(&inner.to_string())),
        }
    })
}

/// serde's message without its " at line L column C" tail.
fn without_place(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

fn text(fr: impl Into<String>, en: impl Into<String>) -> Text {
    Text {
        fr: fr.into(),
        en: en.into(),
    }
}

fn syntax(e: &serde_json::Error) -> JsonProblem {
    let raw = without_place(&e.to_string());
    let (fr, en) = if e.classify() == Category::Eof || raw.starts_with("EOF") {
        (
            "le fichier s'arrête trop tôt\u{a0}: une accolade }, un crochet ] ou un guillemet n'est pas fermé",
            "the file ends too early: a brace }, a bracket ] or a quote is not closed",
        )
    } else if raw.contains("trailing comma") {
        (
            "virgule en trop avant la fin d'un objet ou d'une liste",
            "a comma too many before the end of an object or a list",
        )
    } else if raw.contains("expected `,` or `}`") {
        (
            "une virgule ou une accolade fermante } est attendue ici",
            "a comma or a closing brace } is expected here",
        )
    } else if raw.contains("expected `,` or `]`") {
        (
            "une virgule ou un crochet fermant ] est attendu ici",
            "a comma or a closing bracket ] is expected here",
        )
    } else if raw.contains("expected `:`") {
        (
            "deux-points attendus après le nom du champ",
            "a colon is expected after the field's name",
        )
    } else if raw.contains("key must be a string") {
        (
            "un nom de champ entre guillemets droits \"…\" est attendu ici (ou bien une virgule est en trop)",
            "a field's name between straight quotes \"…\" is expected here (or a comma is one too many)",
        )
    } else if raw.contains("control character") {
        (
            "retour à la ligne ou tabulation dans un texte entre guillemets\u{a0}: écrivez \\n",
            "a line break or tab inside a quoted text: write \\n",
        )
    } else if raw.contains("trailing characters") {
        (
            "du texte après la fin du contenu JSON",
            "text after the end of the JSON content",
        )
    } else if raw.contains("expected value") || raw.contains("expected ident") {
        (
            "une valeur est attendue ici (un texte entre guillemets droits, un nombre, true, false, une liste [ ] ou un objet { })\u{a0}; ou bien une virgule en trop la précède",
            "a value is expected here (a text between straight quotes, a number, true, false, a list [ ] or an object { }); or a comma too many comes before it",
        )
    } else {
        (
            "le fichier n'est pas du JSON valide",
            "the file is not valid JSON",
        )
    };
    JsonProblem {
        line: e.line(),
        column: e.column(),
        path: String::new(),
        syntax: true,
        message: text(
            format!("erreur de syntaxe JSON\u{a0}: {fr}"),
            format!("JSON syntax error: {en}"),
        ),
    }
}

/// The names between backquotes in a serde message, in order.
fn quoted(message: &str) -> Vec<&str> {
    message.split('`').skip(1).step_by(2).collect()
}

/// What serde expected, said plainly.
fn expected(what: &str) -> (String, String) {
    let w = what.trim();
    let (fr, en) = match w {
        _ if w.starts_with('u') && w[1..].chars().all(|c| c.is_ascii_digit()) => {
            ("un nombre entier positif", "a whole positive number")
        }
        _ if w.starts_with('i') && w[1..].chars().all(|c| c.is_ascii_digit()) => {
            ("un nombre entier", "a whole number")
        }
        "a string" | "a borrowed string" => ("un texte entre guillemets", "a text between quotes"),
        "a sequence" => ("une liste [ … ]", "a list [ … ]"),
        "a boolean" => ("true ou false", "true or false"),
        _ if w.starts_with("struct") || w == "a map" => ("un objet { … }", "an object { … }"),
        _ => return (w.to_owned(), w.to_owned()),
    };
    (fr.to_owned(), en.to_owned())
}

/// What serde found, said plainly.
fn found(what: &str) -> (String, String) {
    let w = what.trim();
    let (fr, en) = if w.starts_with("string") {
        ("un texte", "a text")
    } else if w.starts_with("integer") || w.starts_with("floating point") {
        ("un nombre", "a number")
    } else if w.starts_with("sequence") {
        ("une liste", "a list")
    } else if w.starts_with("map") {
        ("un objet", "an object")
    } else if w.starts_with("boolean") {
        ("true ou false", "true or false")
    } else if w.starts_with("null") {
        ("null", "null")
    } else {
        return (w.to_owned(), w.to_owned());
    };
    (fr.to_owned(), en.to_owned())
}

/// A shape error (serde's English) in plain French and English.
fn data_message(raw: &str) -> Text {
    let names = quoted(raw);
    let list = |from: usize| names.get(from..).unwrap_or(&[]).join(", ");
    if raw.starts_with("unknown field") {
        let field = names.first().copied().unwrap_or("");
        if names.len() > 1 {
            text(
                format!(
                    "champ inconnu «\u{a0}{field}\u{a0}»\u{a0}; champs possibles\u{a0}: {}",
                    list(1)
                ),
                format!("unknown field “{field}”; possible fields: {}", list(1)),
            )
        } else {
            text(
                format!("champ inconnu «\u{a0}{field}\u{a0}»"),
                format!("unknown field “{field}”"),
            )
        }
    } else if raw.starts_with("unknown variant") {
        let v = names.first().copied().unwrap_or("");
        text(
            format!(
                "valeur inconnue «\u{a0}{v}\u{a0}»\u{a0}; valeurs possibles\u{a0}: {}",
                list(1)
            ),
            format!("unknown value “{v}”; possible values: {}", list(1)),
        )
    } else if raw.starts_with("missing field") {
        let f = names.first().copied().unwrap_or("");
        text(
            format!("champ obligatoire absent\u{a0}: «\u{a0}{f}\u{a0}»"),
            format!("required field missing: “{f}”"),
        )
    } else if raw.starts_with("duplicate field") {
        let f = names.first().copied().unwrap_or("");
        text(
            format!("champ écrit deux fois\u{a0}: «\u{a0}{f}\u{a0}»"),
            format!("field written twice: “{f}”"),
        )
    } else if let Some(rest) = raw
        .strip_prefix("invalid type: ")
        .or_else(|| raw.strip_prefix("invalid value: "))
    {
        let (got, want) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let (gf, ge) = found(got);
        let (wf, we) = expected(want);
        text(
            format!("il faut ici {wf}, et non {gf}"),
            format!("{we} is expected here, not {ge}"),
        )
    } else {
        text(
            format!("contenu inattendu ({raw})"),
            format!("unexpected content ({raw})"),
        )
    }
}
