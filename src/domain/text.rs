//! Bilingual text as stored in content files: every user-facing string of
//! the content exists in French and English.

use serde::{Deserialize, Serialize};

use super::lang::Lang;

/// A string in both interface languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Text {
    pub fr: String,
    pub en: String,
}

impl Text {
    /// The text in the given language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }

    /// True when both languages carry non-blank text.
    pub fn is_complete(&self) -> bool {
        !self.fr.trim().is_empty() && !self.en.trim().is_empty()
    }
}
