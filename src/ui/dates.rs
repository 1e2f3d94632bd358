//! Dates (ms since 1970, as stored) written the way the reader's language
//! does: "22 novembre 2026 à 10:04" / "22 November 2026 at 10:04".

use wasm_bindgen::JsValue;

use crate::i18n::Lang;

fn format(ms: u64, lang: Lang, with_time: bool) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    let locale = match lang {
        Lang::Fr => "fr-FR",
        Lang::En => "en-GB",
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    if with_time {
        let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    }
    String::from(date.to_locale_string(locale, &options))
}

/// Date and time.
pub fn format_date(ms: u64, lang: Lang) -> String {
    format(ms, lang, true)
}

/// Date only.
pub fn format_day(ms: u64, lang: Lang) -> String {
    format(ms, lang, false)
}
