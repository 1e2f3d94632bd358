//! The interface preferences (language, large type), remembered across visits.

use super::local;
use super::records::{SETTINGS_KEY, Settings};
use crate::domain::lang::Lang;

/// The stored preferences, or the defaults.
pub fn load() -> Settings {
    local::load::<Settings>(SETTINGS_KEY).unwrap_or_default()
}

/// Stores the preferences. Another tab's newer choice is simply replaced:
/// a preference is not progress, the latest click wins.
pub fn save(settings: &Settings) {
    let _ = local::save_over(SETTINGS_KEY, settings);
}

/// The remembered language, if any.
pub fn load_lang() -> Option<Lang> {
    load().lang.as_deref().and_then(Lang::from_code)
}

/// Remembers the language.
pub fn save_lang(lang: Lang) {
    let mut s = load();
    if s.lang.as_deref() != Some(lang.code()) {
        s.lang = Some(lang.code().to_owned());
        save(&s);
    }
}
