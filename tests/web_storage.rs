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

/// Every kind of record survives a save and a load through the real local
/// storage, unchanged.
#[wasm_bindgen_test]
fn every_record_type_round_trips() {
    use labo::domain::dimension::Dimension;
    use labo::domain::game::state::{Difficulty, Setup};
    use labo::domain::game::{Content, GameState};
    use labo::domain::quiz::{Mode, QuizAction, QuizContent, QuizSession};
    use labo::storage::records::{
        ContentPack, GameNotes, QUIZ_HISTORY_KEY, QUIZ_PROGRESS_KEY, QuizAttempt, QuizHistory,
        QuizProgress, SavedGame, game_key, pack_key,
    };

    fresh();
    let quiz = QuizContent::builtin().unwrap();
    let first = quiz.items[0].id.clone();
    let session = QuizSession::new(&quiz, Mode::Complete)
        .apply(QuizAction::Answer {
            item: first,
            value: 4,
        })
        .unwrap();
    let progress = QuizProgress {
        started_at: 1_700_000_000_000,
        session,
    };
    local::save(QUIZ_PROGRESS_KEY, &progress).unwrap();
    local::reset_for_tests();
    assert_eq!(
        local::load::<QuizProgress>(QUIZ_PROGRESS_KEY),
        Some(progress)
    );

    let mut answered = QuizSession::new(&quiz, Mode::Express);
    for item in quiz.items.iter().filter(|i| i.express) {
        answered = answered
            .apply(QuizAction::Answer {
                item: item.id.clone(),
                value: 5,
            })
            .unwrap();
    }
    let result = answered.result(&quiz).expect("every express item answered");
    let history = QuizHistory {
        attempts: vec![QuizAttempt {
            completed_at: 1_760_000_000_000,
            result,
        }],
    };
    local::save(QUIZ_HISTORY_KEY, &history).unwrap();
    local::reset_for_tests();
    assert_eq!(local::load::<QuizHistory>(QUIZ_HISTORY_KEY), Some(history));

    let content = Content::builtin().unwrap();
    let setup = Setup {
        scenario: content.scenarios[0].id.clone(),
        difficulty: Difficulty::Hard,
        teams: vec![
            labo::domain::game::Team::with_role(
                "Les Castors",
                Some(labo::domain::game::Role::Profile(Dimension::Audace)),
            ),
            labo::domain::game::Team::named("B"),
        ],
        seed: 424_242,
    };
    let state = GameState::new(&content, setup).unwrap();
    let game = SavedGame {
        id: "t1".into(),
        created_at: 1_770_000_000_000,
        state,
        notes: GameNotes {
            reactions: vec![Some("intense".into()), None],
            commitments: vec!["prototype-papier".into()],
        },
    };
    local::save(&game_key("t1"), &game).unwrap();
    local::reset_for_tests();
    assert_eq!(local::load::<SavedGame>(&game_key("t1")), Some(game));

    let pack = ContentPack {
        id: "p1".into(),
        name: "Pack Occitanie".into(),
        added_at: 1_780_000_000_000,
        files: vec![("methods_3.json".into(), "{\"methods\":[]}".into())],
    };
    local::save(&pack_key("p1"), &pack).unwrap();
    local::reset_for_tests();
    assert_eq!(local::load::<ContentPack>(&pack_key("p1")), Some(pack));
    assert!(
        local::notices().is_empty(),
        "nothing was quarantined or migrated"
    );
}

/// Makes local storage refuse any write longer than `max` characters (a
/// nearly full storage), until `storage_ok` is called.
fn storage_nearly_full(max: usize) {
    js_sys::eval(&format!(
        "if (!Storage.prototype.__realSet) Storage.prototype.__realSet = Storage.prototype.setItem;\
         Storage.prototype.setItem = function (k, v) {{\
           if (this === window.localStorage && String(k).length + String(v).length > {max})\
             throw new DOMException('full', 'QuotaExceededError');\
           return Storage.prototype.__realSet.call(this, k, v); }};"
    ))
    .unwrap();
}

fn storage_ok() {
    js_sys::eval(
        "if (Storage.prototype.__realSet) Storage.prototype.setItem = Storage.prototype.__realSet;",
    )
    .unwrap();
}

/// A reload of the same tab: this page's state is gone, session storage stays.
fn reload() {
    local::reset_for_tests();
    local::check_all();
}

fn ss() -> web_sys::Storage {
    web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap()
}

#[wasm_bindgen_test]
fn unreadable_data_that_cannot_be_set_aside_is_never_written_over() {
    use labo::storage::records::{QUIZ_HISTORY_KEY, QUIZ_PROGRESS_KEY, QuizHistory};
    let newer =
        r#"{"labo":"settings","schema":3,"app":"9.0.0","saved_at":0,"rev":1,"data":{"x":1}}"#;
    for (key, text) in [
        (SETTINGS_KEY, newer),
        (QUIZ_PROGRESS_KEY, "}{ abîmé"),
        (QUIZ_HISTORY_KEY, "{\"labo\":\"quiz.history\",\"schema\":1"),
    ] {
        fresh();
        ls().set_item(key, text).unwrap();
        // Room for a small record, not for a copy of the damaged one.
        storage_nearly_full(text.len() + 20);
        local::check_all();
        assert!(
            local::notices()
                .iter()
                .any(|n| matches!(n, Notice::LeftInPlace { key: k, .. } if k == key)),
            "{key}: the person is told"
        );
        // Every save path: settings (latest click wins), records.
        settings::save_lang(Lang::En);
        let _ = local::save_over(SETTINGS_KEY, &Settings::default());
        let _ = local::save(QUIZ_HISTORY_KEY, &QuizHistory::default());
        let _ = local::save(QUIZ_PROGRESS_KEY, &progress());
        storage_ok();
        assert_eq!(
            ls().get_item(key).unwrap().as_deref(),
            Some(text),
            "{key}: untouched"
        );
        // Once there is room, it is set aside byte for byte.
        reload();
        let kept: Vec<String> = quarantined()
            .iter()
            .filter_map(|k| ls().get_item(k).unwrap())
            .collect();
        assert_eq!(kept, vec![text.to_owned()], "{key}: set aside");
    }
    fresh();
}

#[wasm_bindgen_test]
fn work_that_could_not_be_saved_comes_back_after_a_reload() {
    use labo::storage::local::Recovery;
    fresh();
    let mine = Settings {
        lang: Some("en".into()),
        large_text: true,
        active_pack: None,
    };
    // Storage full from the start: the record lives in this tab.
    storage_nearly_full(10);
    local::check_all();
    local::save(SETTINGS_KEY, &mine).unwrap();
    assert_eq!(ls().get_item(SETTINGS_KEY).unwrap(), None);
    assert!(ss().get_item(SETTINGS_KEY).unwrap().is_some());
    // Still full at the reload: shown from the tab's copy.
    reload();
    assert_eq!(settings::load(), mine);
    assert!(local::is_memory_only());
    // Space freed, reload: saved on the device, and the session copy gone.
    storage_ok();
    reload();
    assert_eq!(settings::load(), mine);
    assert!(ls().get_item(SETTINGS_KEY).unwrap().is_some());
    assert_eq!(ss().get_item(SETTINGS_KEY).unwrap(), None);
    assert!(!local::is_memory_only());
    // A game, told to the person.
    let key = "labo.game.g1";
    storage_nearly_full(10);
    local::save(key, &mine_game()).unwrap();
    storage_ok();
    reload();
    assert!(local::notices().contains(&Notice::Recovered {
        key: key.into(),
        outcome: Recovery::Saved
    }));
    assert_eq!(
        local::load::<labo::storage::records::SavedGame>(key),
        Some(mine_game())
    );
    fresh();
}

fn progress() -> labo::storage::records::QuizProgress {
    use labo::domain::quiz::{Mode, QuizContent, QuizSession};
    let quiz = QuizContent::builtin().unwrap();
    labo::storage::records::QuizProgress {
        started_at: 1,
        session: QuizSession::new(&quiz, Mode::Express),
    }
}

fn mine_game() -> labo::storage::records::SavedGame {
    use labo::domain::game::state::{Difficulty, Setup};
    use labo::domain::game::{Content, GameState};
    let content = Content::builtin().unwrap();
    let setup = Setup {
        scenario: content.scenarios[0].id.clone(),
        difficulty: Difficulty::Normal,
        teams: vec![labo::domain::game::Team::named("A")],
        seed: 7,
    };
    labo::storage::records::SavedGame {
        id: "g1".into(),
        created_at: 1,
        state: GameState::new(&content, setup).unwrap(),
        notes: Default::default(),
    }
}

#[wasm_bindgen_test]
fn an_unreadable_first_version_language_is_set_aside() {
    fresh();
    let big = "x".repeat(10_000);
    ls().set_item(LEGACY_LANG_KEY, &big).unwrap();
    local::check_all();
    assert_eq!(ls().get_item(LEGACY_LANG_KEY).unwrap(), None);
    let kept = quarantined();
    assert_eq!(kept.len(), 1);
    assert_eq!(ls().get_item(&kept[0]).unwrap(), Some(big));
    assert!(
        local::notices()
            .iter()
            .any(|n| matches!(n, Notice::Quarantined { .. }))
    );
}

/// A history of `n` attempts, as stored.
fn history_text(n: usize, rev: u64) -> String {
    use labo::storage::records::{QuizAttempt, QuizHistory};
    let attempt = |i: usize| {
        QuizAttempt {
        completed_at: 1_700_000_000_000 + i as u64,
        result: serde_json::from_str(
            r#"{"mode":"complete","scores":[90,40,50,50,50,50,50],"marked":["curiosite"],"less_used":[],"profile":{"single":"curiosite"},"indicative":false,"situational":[0,0,0,0,0,0,0]}"#,
        )
        .unwrap(),
    }
    };
    envelope::encode(
        &QuizHistory {
            attempts: (0..n).map(attempt).collect(),
        },
        rev,
        1,
    )
    .unwrap()
}

/// Case 1 of #18: "Remplacer mes données" erased everything before knowing
/// whether the file fits. Now a file that does not fit changes nothing.
#[wasm_bindgen_test]
fn an_import_that_does_not_fit_changes_nothing() {
    use labo::storage::backup;
    use labo::storage::local::{ImportFailed, ImportMode};
    use labo::storage::records::QUIZ_HISTORY_KEY;
    fresh();
    let mine = history_text(2, 3);
    let aside = "labo.quarantine.labo.game.x.1";
    ls().set_item(QUIZ_HISTORY_KEY, &mine).unwrap();
    ls().set_item(
        SETTINGS_KEY,
        r#"{"labo":"settings","schema":2,"app":"0.1.0","saved_at":1,"rev":1,"data":{"lang":"fr"}}"#,
    )
    .unwrap();
    ls().set_item(aside, "q").unwrap();
    let dump = || {
        let mut all: Vec<(String, String)> = (0..ls().length().unwrap())
            .filter_map(|i| ls().key(i).unwrap())
            .map(|k| (k.clone(), ls().get_item(&k).unwrap().unwrap()))
            .collect();
        all.sort();
        all
    };
    let before = dump();
    let theirs = history_text(300, 1);
    let file = backup::export(&[(QUIZ_HISTORY_KEY.to_owned(), theirs.clone())], 1);
    for mode in [ImportMode::Replace, ImportMode::Merge] {
        storage_nearly_full(theirs.len() / 2);
        let import = backup::validate(file.as_bytes()).unwrap();
        assert_eq!(
            local::apply_import(import, mode),
            Err(ImportFailed::Quota),
            "{mode:?}"
        );
        storage_ok();
        assert_eq!(dump(), before, "{mode:?}: every key as it was");
    }
    // With room, the replace goes through; the data set aside stays.
    let import = backup::validate(file.as_bytes()).unwrap();
    local::apply_import(import, ImportMode::Replace).unwrap();
    assert_eq!(ls().get_item(SETTINGS_KEY).unwrap(), None);
    assert_eq!(ls().get_item(aside).unwrap().as_deref(), Some("q"));
    let h = local::load::<labo::storage::records::QuizHistory>(QUIZ_HISTORY_KEY).unwrap();
    assert_eq!(h.attempts.len(), 300);
    fresh();
}

/// Finishing or discarding a quiz removes the attempt in progress, but an
/// unreadable attempt left in place (storage full) is the person's to
/// delete from « Mes données »: it stays.
#[wasm_bindgen_test]
fn removing_a_record_keeps_unreadable_data_left_in_place() {
    use labo::storage::records::QUIZ_PROGRESS_KEY;
    fresh();
    let damaged = "{\"labo\":\"quiz.progress\",\"schema\":1,";
    ls().set_item(QUIZ_PROGRESS_KEY, damaged).unwrap();
    storage_nearly_full(damaged.len() + 20);
    local::check_all();
    local::save(QUIZ_PROGRESS_KEY, &progress()).unwrap();
    assert_eq!(
        local::load::<labo::storage::records::QuizProgress>(QUIZ_PROGRESS_KEY),
        Some(progress())
    );
    local::remove(QUIZ_PROGRESS_KEY);
    storage_ok();
    assert_eq!(
        ls().get_item(QUIZ_PROGRESS_KEY).unwrap().as_deref(),
        Some(damaged)
    );
    // Listed as set aside, and deleted only on request.
    assert!(
        local::quarantined()
            .iter()
            .any(|(k, t)| k == QUIZ_PROGRESS_KEY && t == damaged)
    );
    local::delete(QUIZ_PROGRESS_KEY);
    assert_eq!(ls().get_item(QUIZ_PROGRESS_KEY).unwrap(), None);
    fresh();
}

/// A readable attempt the questions in use cannot show is set aside with
/// a notice, byte for byte.
#[wasm_bindgen_test]
fn a_refused_record_is_set_aside() {
    use labo::storage::envelope::Unreadable;
    use labo::storage::records::QUIZ_PROGRESS_KEY;
    fresh();
    local::save(QUIZ_PROGRESS_KEY, &progress()).unwrap();
    let text = ls().get_item(QUIZ_PROGRESS_KEY).unwrap().unwrap();
    local::refuse(QUIZ_PROGRESS_KEY, "unknown questions".into());
    assert_eq!(ls().get_item(QUIZ_PROGRESS_KEY).unwrap(), None);
    let kept = quarantined();
    assert_eq!(ls().get_item(&kept[0]).unwrap(), Some(text));
    assert!(local::notices().iter().any(|n| matches!(
        n,
        Notice::Quarantined {
            reason: Unreadable::Unusable(_),
            ..
        }
    )));
    fresh();
}
