//! Browser tests (wasm-bindgen-test in headless Chromium) of the storage
//! layer against the real local storage: round trips, migrations,
//! quarantine of unreadable data, a `setItem` that throws, and revisions
//! that keep two tabs from overwriting each other.
#![cfg(target_arch = "wasm32")]

use labo::i18n::Lang;
use labo::storage::envelope;
use labo::storage::local::{self, Notice, SaveError};
use labo::storage::records::{LEGACY_LANG_KEY, SETTINGS_KEY, Settings};
use labo::storage::settings;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn ls() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn fresh() {
    ls().clear().unwrap();
    let session = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    session.clear().unwrap();
    local::reset_for_tests();
}

fn quarantined() -> Vec<String> {
    local::labo_keys()
        .into_iter()
        .filter(|k| k.starts_with("labo.quarantine."))
        .collect()
}

#[wasm_bindgen_test]
fn settings_round_trip() {
    fresh();
    settings::save_lang(Lang::En);
    assert_eq!(settings::load_lang(), Some(Lang::En));
    let mut s = settings::load();
    s.large_text = true;
    settings::save(&s);
    assert_eq!(
        settings::load(),
        Settings {
            lang: Some("en".into()),
            large_text: true,
            active_pack: None,
        }
    );
    let raw = ls().get_item(SETTINGS_KEY).unwrap().unwrap();
    assert!(raw.contains("\"schema\":2"), "{raw}");
}

#[wasm_bindgen_test]
fn schema_1_settings_are_migrated_and_rewritten() {
    fresh();
    ls().set_item(
        SETTINGS_KEY,
        r#"{"labo":"settings","schema":1,"app":"0.0.1","saved_at":0,"rev":3,"data":"en"}"#,
    )
    .unwrap();
    local::check_all();
    assert_eq!(settings::load_lang(), Some(Lang::En));
    let raw = ls().get_item(SETTINGS_KEY).unwrap().unwrap();
    assert!(
        raw.contains("\"schema\":2"),
        "rewritten in the current schema: {raw}"
    );
    assert!(
        local::notices()
            .iter()
            .any(|n| matches!(n, Notice::Migrated { from: 1, .. }))
    );
}

#[wasm_bindgen_test]
fn the_first_versions_bare_language_key_is_carried_over() {
    fresh();
    ls().set_item(LEGACY_LANG_KEY, "en").unwrap();
    local::check_all();
    assert_eq!(settings::load_lang(), Some(Lang::En));
    assert_eq!(ls().get_item(LEGACY_LANG_KEY).unwrap(), None);
}

#[wasm_bindgen_test]
fn non_json_wrong_shape_and_newer_data_are_quarantined_untouched() {
    for (text, code) in [
        ("}{ pas du json", "not_json"),
        (r#"{"hello":"world"}"#, "wrong_shape"),
        (
            r#"{"labo":"settings","schema":99,"app":"9.0.0","saved_at":0,"rev":1,"data":{}}"#,
            "newer",
        ),
    ] {
        fresh();
        ls().set_item(SETTINGS_KEY, text).unwrap();
        local::check_all();
        let kept = quarantined();
        assert_eq!(kept.len(), 1, "{code}: one quarantined copy");
        assert_eq!(
            ls().get_item(&kept[0]).unwrap().as_deref(),
            Some(text),
            "{code}: kept as is"
        );
        assert_eq!(
            ls().get_item(SETTINGS_KEY).unwrap(),
            None,
            "{code}: the app starts clean"
        );
        let told = local::notices()
            .into_iter()
            .any(|n| matches!(n, Notice::Quarantined { reason, .. } if reason.code() == code));
        assert!(told, "{code}: the person is told");
        // The app keeps working beside it.
        settings::save_lang(Lang::Fr);
        assert_eq!(settings::load_lang(), Some(Lang::Fr));
    }
}

#[wasm_bindgen_test]
fn a_throwing_set_item_switches_to_memory_and_keeps_working() {
    fresh();
    settings::save_lang(Lang::En);
    js_sys::eval(
        "Storage.prototype.__realSet = Storage.prototype.setItem;\
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    )
    .unwrap();
    let mut s = settings::load();
    s.large_text = true;
    settings::save(&s);
    js_sys::eval("Storage.prototype.setItem = Storage.prototype.__realSet;").unwrap();
    assert!(local::is_memory_only());
    assert!(local::notices().contains(&Notice::MemoryOnly { quota: true }));
    // What was stored before is still readable, the new value lives in memory.
    assert_eq!(
        settings::load(),
        Settings {
            lang: Some("en".into()),
            large_text: true,
            active_pack: None,
        }
    );
    fresh();
}

#[wasm_bindgen_test]
fn a_save_on_top_of_another_tabs_newer_revision_is_refused() {
    fresh();
    let key = SETTINGS_KEY;
    let mine = Settings {
        lang: Some("fr".into()),
        large_text: false,
        active_pack: None,
    };
    local::save(key, &mine).unwrap();
    // Another tab writes revision 2 behind our back.
    let theirs = Settings {
        lang: Some("en".into()),
        large_text: true,
        active_pack: None,
    };
    let text = envelope::encode(&theirs, 2, 0).unwrap();
    ls().set_item(key, &text).unwrap();
    assert_eq!(local::save(key, &mine), Err(SaveError::Conflict));
    assert_eq!(
        local::load::<Settings>(key),
        Some(theirs.clone()),
        "their data is intact"
    );
    // Once this tab has read the newer revision, it may save again.
    local::save(key, &mine).unwrap();
    assert_eq!(local::load::<Settings>(key), Some(mine));
}
