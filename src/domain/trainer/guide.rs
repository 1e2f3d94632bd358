//! The content format guide a trainer reads inside the app (offline, in
//! French or English), and the template pack they start from. Both are
//! data files (`content/trainer/pack_guide.json`,
//! `content/trainer/pack_template.json`) read and checked here; the
//! template is checked again, as a whole pack, by the native tests through
//! the real pack loader.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::domain::lang::Lang;
use crate::domain::text::Text;

use super::pack;

/// The lists of accepted identifiers a guide block can ask for: the app
/// prints them from the game's own content, so they cannot go stale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Values {
    Phases,
    Stats,
    Tags,
    Kinds,
    Events,
}

/// One block of a guide section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    /// A paragraph; `backticks` mark identifiers, shown as code.
    P(Text),
    /// A bulleted list.
    List(Vec<Text>),
    /// A preformatted excerpt of a content file (the same in both languages).
    Example(String),
    /// The accepted identifiers of one kind, with their names.
    Values(Values),
}

/// A titled section of the guide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: Text,
    pub blocks: Vec<Block>,
}

/// The whole guide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub sections: Vec<Section>,
}

const GUIDE: &str = include_str!("../../../content/trainer/pack_guide.json");

impl Guide {
    /// The guide shipped with Labo, read and checked.
    pub fn builtin() -> Result<Guide, Vec<String>> {
        Guide::from_json(GUIDE)
    }

    /// Reads and checks a guide file; every problem is listed.
    pub fn from_json(text: &str) -> Result<Guide, Vec<String>> {
        super::read_checked("pack_guide.json", text, Guide::problems)
    }

    /// What is wrong with the guide: an empty or unnamed section, a text
    /// missing in a language, a section id given twice or not usable as an
    /// anchor, an unbalanced backtick (it would show as a stray mark).
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.sections.is_empty() {
            out.push("no section".to_owned());
        }
        for (k, s) in self.sections.iter().enumerate() {
            if self.sections[..k].iter().any(|o| o.id == s.id) {
                out.push(format!("{}: id given twice", s.id));
            }
            if s.id.is_empty()
                || !s
                    .id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                out.push(format!(
                    "section {}: id {:?} is not a-z, 0-9, -",
                    k + 1,
                    s.id
                ));
            }
            if s.blocks.is_empty() {
                out.push(format!("{}: no block", s.id));
            }
            let mut texts = vec![("title".to_owned(), &s.title)];
            for (n, b) in s.blocks.iter().enumerate() {
                match b {
                    Block::P(t) => texts.push((format!("block {}", n + 1), t)),
                    Block::List(items) => {
                        if items.is_empty() {
                            out.push(format!("{} block {}: empty list", s.id, n + 1));
                        }
                        for (m, t) in items.iter().enumerate() {
                            texts.push((format!("block {} item {}", n + 1, m + 1), t));
                        }
                    }
                    Block::Example(code) => {
                        if code.trim().is_empty() {
                            out.push(format!("{} block {}: empty example", s.id, n + 1));
                        }
                    }
                    Block::Values(_) => {}
                }
            }
            for (place, t) in texts {
                if !t.is_complete() {
                    out.push(format!("{} {place}: missing in a language", s.id));
                }
                for (lang, text) in [("fr", &t.fr), ("en", &t.en)] {
                    if text.matches('`').count() % 2 == 1 {
                        out.push(format!("{} {place} ({lang}): unbalanced `", s.id));
                    }
                }
            }
        }
        out
    }
}

/// A piece of guide text: plain, or an identifier between backticks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span<'a> {
    Plain(&'a str),
    Code(&'a str),
}

/// Splits a guide text at its backticks: `Un champ `cost`…` gives plain
/// text, then `cost` as code, then plain text. Empty pieces are dropped.
pub fn spans(text: &str) -> Vec<Span<'_>> {
    text.split('`')
        .enumerate()
        .filter(|(_, s)| !s.is_empty())
        .map(|(k, s)| {
            if k % 2 == 1 {
                Span::Code(s)
            } else {
                Span::Plain(s)
            }
        })
        .collect()
}

/// The template pack as shipped: a name and a file name in each language,
/// and the content of one added game file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub name: Text,
    pub file: Text,
    pub content: Map<String, Value>,
}

const TEMPLATE: &str = include_str!("../../../content/trainer/pack_template.json");

impl Template {
    /// The template shipped with Labo.
    pub fn builtin() -> Result<Template, String> {
        serde_json::from_str(TEMPLATE).map_err(|e| format!("pack_template.json: {e}"))
    }

    /// The template as an exported pack, named in `lang`: the file a
    /// trainer downloads, edits and loads back as it is.
    pub fn bundle(&self, lang: Lang) -> String {
        let file = (
            self.file.get(lang).to_owned(),
            Value::Object(self.content.clone()).to_string(),
        );
        pack::bundle(self.name.get(lang), &[file])
    }

    /// The name the downloaded file gets (`modele-paquet-labo.json`).
    pub fn download_name(lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => "modele-paquet-labo.json",
            Lang::En => "labo-pack-template.json",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backticks_mark_code() {
        assert_eq!(
            spans("Le champ `cost` puis `effects`."),
            vec![
                Span::Plain("Le champ "),
                Span::Code("cost"),
                Span::Plain(" puis "),
                Span::Code("effects"),
                Span::Plain("."),
            ]
        );
        assert_eq!(spans("`rules.json`"), vec![Span::Code("rules.json")]);
    }

    #[test]
    fn a_broken_guide_lists_its_problems() {
        let bad = r#"{"sections": [
            {"id": "Un", "title": {"fr": "", "en": "One"}, "blocks": [{"p": {"fr": "a `b", "en": "a b"}}]},
            {"id": "Un", "title": {"fr": "Deux", "en": "Two"}, "blocks": []}
        ]}"#;
        let problems = Guide::from_json(bad).unwrap_err();
        let all = problems.join("\n");
        for expected in [
            "id given twice",
            "is not a-z",
            "no block",
            "title: missing in a language",
            "unbalanced `",
        ] {
            assert!(all.contains(expected), "{expected} not in {all}");
        }
        assert!(Guide::from_json(r#"{"sections": [], "x": 1}"#).is_err());
    }
}
