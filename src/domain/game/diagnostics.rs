//! Located problems in content files: what a trainer fixing a pack reads,
//! and the collector the resolvers fill. A leaf, so that the raw shapes and
//! the loader can both use it.

use std::fmt;

use crate::domain::text::Text;

/// One located problem in a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// Id of the item, empty for file-level problems.
    pub id: String,
    /// Field path inside the item, e.g. `cost.energy` or `name.en`.
    pub field: String,
    pub message: Text,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if !self.id.is_empty() {
            write!(f, " › {}", self.id)?;
        }
        if !self.field.is_empty() {
            write!(f, " › {}", self.field)?;
        }
        write!(f, " : {} ({})", self.message.fr, self.message.en)
    }
}

/// Collects errors with their location while items are being resolved.
pub(crate) struct Errs {
    pub list: Vec<ContentError>,
}

impl Errs {
    pub fn push(&mut self, file: &str, id: &str, field: &str, fr: String, en: String) {
        self.list.push(ContentError {
            file: file.into(),
            id: id.into(),
            field: field.into(),
            message: Text { fr, en },
        });
    }
    pub fn unknown(&mut self, file: &str, id: &str, field: &str, what: &str) {
        self.push(
            file,
            id,
            field,
            format!("référence inconnue « {what} »"),
            format!("unknown reference “{what}”"),
        );
    }
    pub fn text(&mut self, file: &str, id: &str, field: &str, t: &Text) {
        for (lang, s) in [("fr", &t.fr), ("en", &t.en)] {
            if s.trim().is_empty() {
                self.push(
                    file,
                    id,
                    &format!("{field}.{lang}"),
                    "traduction manquante".into(),
                    "missing translation".into(),
                );
            }
        }
    }
    pub fn source(&mut self, file: &str, id: &str, s: &str) {
        if s.trim().is_empty() {
            self.push(
                file,
                id,
                "source",
                "source manquante".into(),
                "missing source".into(),
            );
        }
    }
}
