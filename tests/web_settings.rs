//! Browser tests (wasm-bindgen-test in headless Chromium): the stored
//! language preference round-trips through the real local storage.
#![cfg(target_arch = "wasm32")]

use labo::i18n::Lang;
use labo::storage::settings;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn language_round_trips_through_local_storage() {
    settings::save_lang(Lang::En);
    assert_eq!(settings::load_lang(), Some(Lang::En));
    settings::save_lang(Lang::Fr);
    assert_eq!(settings::load_lang(), Some(Lang::Fr));
}

#[wasm_bindgen_test]
fn an_unknown_stored_language_is_ignored() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item("labo.lang", "klingon").unwrap();
    assert_eq!(settings::load_lang(), None);
}
