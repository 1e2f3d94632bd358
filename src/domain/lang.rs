//! The interface language, a plain value of the domain: texts in content
//! files are read in a `Lang`, and storage keeps the person's choice.

use serde::{Deserialize, Serialize};

/// An interface language. French is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

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

    /// The language of a browser's preference list (`navigator.languages`):
    /// the first entry that is French or English, by its primary subtag.
    pub fn from_browser<'a>(prefs: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        prefs.into_iter().find_map(|tag| {
            let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
            Lang::from_code(&primary)
        })
    }

    /// The other language, for the switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }

    /// Whether a count takes the singular: in French 0 and 1 do, in
    /// English only 1.
    pub fn is_singular(self, n: i64) -> bool {
        match self {
            Lang::Fr => n.unsigned_abs() <= 1,
            Lang::En => n.unsigned_abs() == 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_serialise_as_codes() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
            assert_eq!(l.other().other(), l);
            assert_eq!(
                serde_json::to_string(&l).ok(),
                Some(format!("\"{}\"", l.code()))
            );
        }
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn browser_preferences_pick_the_first_known_language() {
        assert_eq!(Lang::from_browser(["en-US", "fr"]), Some(Lang::En));
        assert_eq!(Lang::from_browser(["de-DE", "fr-CA"]), Some(Lang::Fr));
        assert_eq!(Lang::from_browser(["de", "es"]), None);
        assert_eq!(Lang::from_browser([]), None);
    }

    #[test]
    fn zero_and_one_are_singular_in_french_only_one_in_english() {
        assert!(Lang::Fr.is_singular(0) && Lang::Fr.is_singular(1));
        assert!(!Lang::Fr.is_singular(2));
        assert!(!Lang::En.is_singular(0) && Lang::En.is_singular(1));
        assert!(!Lang::En.is_singular(2));
    }
}
