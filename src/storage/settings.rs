//! The interface preferences (language), remembered across visits.

use crate::i18n::Lang;

const LANG_KEY: &str = "labo.lang";

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The remembered language, if any.
pub fn load_lang() -> Option<Lang> {
    let value = local()?.get_item(LANG_KEY).ok().flatten()?;
    Lang::from_code(&value)
}

/// Remembers the language; a storage failure only loses the preference.
pub fn save_lang(lang: Lang) {
    if let Some(s) = local() {
        let _ = s.set_item(LANG_KEY, lang.code());
    }
}
