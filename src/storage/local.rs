//! The browser's local storage, wrapped so that nothing is ever lost
//! silently:
//! * unreadable data is moved aside under a quarantine key, never deleted;
//! * when storage is missing or full, Labo keeps working in memory and says so
//!   (mirrored in the tab's session storage when that works, so moving from
//!   one page of the app to another in the same tab keeps the progress);
//! * a save based on a revision another tab has already replaced is refused
//!   (`SaveError::Conflict`), so two tabs never overwrite each other.
//!
//! Notices for the person are queued here and shown by the UI.

use std::cell::RefCell;
use std::collections::HashMap;

use super::envelope::{self, Decoded, Record, Unreadable};
use super::records::{self, PREFIX, QUARANTINE_PREFIX};

/// Something the person must be told about their data.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// Data under `key` could not be read; it is kept under `kept_as`.
    Quarantined {
        key: String,
        kept_as: String,
        reason: Unreadable,
    },
    /// Data under `key` was unreadable and could not even be copied aside
    /// (storage full): it was left where it was and is ignored.
    LeftInPlace { key: String, reason: Unreadable },
    /// Data under `key` came from an older version and was updated.
    Migrated { key: String, from: u32 },
    /// Storage is unavailable or full: progress lives only in this tab.
    MemoryOnly { quota: bool },
    /// Another tab changed `key`; this tab now shows its version.
    OtherTab { key: String },
}

/// Why a save did not reach the disk.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    /// Another tab saved a newer revision of this key first.
    Conflict,
    /// The record could not be serialised (a bug).
    Encode(String),
}

#[derive(Default)]
struct State {
    /// Set once storage failed: everything then lives in `memory`.
    memory_only: bool,
    memory: HashMap<String, String>,
    /// The revision of each key this tab last read or wrote.
    seen: HashMap<String, u64>,
    notices: Vec<Notice>,
    listener: Option<Box<dyn Fn()>>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Milliseconds since 1970, as stored in envelopes and attempts.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

fn notify(notice: Notice) {
    let listener = STATE.with(|s| {
        let mut s = s.borrow_mut();
        if !s.notices.contains(&notice) {
            s.notices.push(notice);
        }
        s.listener.take()
    });
    if let Some(f) = listener {
        f();
        STATE.with(|s| s.borrow_mut().listener = Some(f));
    }
}

/// Registers the function called whenever a notice is queued.
pub fn on_notice(f: impl Fn() + 'static) {
    STATE.with(|s| s.borrow_mut().listener = Some(Box::new(f)));
}

/// The notices not yet dismissed.
pub fn notices() -> Vec<Notice> {
    STATE.with(|s| s.borrow().notices.clone())
}

/// Forgets a notice once the person has read it.
pub fn dismiss(notice: &Notice) {
    STATE.with(|s| s.borrow_mut().notices.retain(|n| n != notice));
}

/// True when nothing is being kept beyond this tab.
pub fn is_memory_only() -> bool {
    STATE.with(|s| s.borrow().memory_only)
}

fn fall_back_to_memory(quota: bool) {
    let first = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let first = !s.memory_only;
        if first {
            // Carry what is stored into memory so that nothing vanishes:
            // first the device's data, then this tab's newer session copy.
            s.memory_only = true;
            for store in [local(), session()].into_iter().flatten() {
                for key in keys_of(&store) {
                    if let Ok(Some(v)) = store.get_item(&key) {
                        s.memory.insert(key, v);
                    }
                }
            }
        }
        first
    });
    if first {
        notify(Notice::MemoryOnly { quota });
    }
}

fn keys_of(ls: &web_sys::Storage) -> Vec<String> {
    let n = ls.length().unwrap_or(0);
    (0..n).filter_map(|i| ls.key(i).ok().flatten()).collect()
}

/// Reads the raw text under `key`.
pub fn get_raw(key: &str) -> Option<String> {
    if is_memory_only() {
        return STATE.with(|s| s.borrow().memory.get(key).cloned());
    }
    match local() {
        Some(ls) => ls.get_item(key).ok().flatten(),
        None => {
            fall_back_to_memory(false);
            None
        }
    }
}

/// Writes raw text; on failure switches to memory and keeps the text there.
pub fn set_raw(key: &str, text: &str) {
    if !is_memory_only() {
        match local() {
            Some(ls) => match ls.set_item(key, text) {
                Ok(()) => return,
                Err(_) => fall_back_to_memory(true),
            },
            None => fall_back_to_memory(false),
        }
    }
    STATE.with(|s| {
        s.borrow_mut()
            .memory
            .insert(key.to_owned(), text.to_owned())
    });
    if let Some(ss) = session() {
        let _ = ss.set_item(key, text);
    }
}

/// Removes a key.
pub fn remove(key: &str) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.memory.remove(key);
        s.seen.remove(key);
    });
    let store = if is_memory_only() { session() } else { local() };
    if let Some(store) = store {
        let _ = store.remove_item(key);
    }
}

/// Every key Labo owns (quarantine included), sorted.
pub fn labo_keys() -> Vec<String> {
    let mut keys: Vec<String> = if is_memory_only() {
        STATE.with(|s| s.borrow().memory.keys().cloned().collect())
    } else {
        local().map(|ls| keys_of(&ls)).unwrap_or_default()
    };
    keys.retain(|k| k.starts_with(PREFIX));
    keys.sort();
    keys
}

/// Moves unreadable text aside, then clears the original key.
fn quarantine(key: &str, text: &str, reason: Unreadable) {
    let kept_as = format!("{QUARANTINE_PREFIX}{key}.{}", now());
    let copied = if is_memory_only() {
        false
    } else {
        local().is_some_and(|ls| ls.set_item(&kept_as, text).is_ok())
    };
    if copied {
        remove(key);
        notify(Notice::Quarantined {
            key: key.to_owned(),
            kept_as,
            reason,
        });
    } else {
        notify(Notice::LeftInPlace {
            key: key.to_owned(),
            reason,
        });
    }
}

/// Reads a record. Unreadable data is quarantined (and `None` returned);
/// older data is migrated and rewritten.
pub fn load<R: Record>(key: &str) -> Option<R> {
    let text = get_raw(key)?;
    match envelope::decode::<R>(&text) {
        Ok(Decoded {
            record,
            rev,
            migrated_from,
        }) => {
            STATE.with(|s| s.borrow_mut().seen.insert(key.to_owned(), rev));
            if let Some(from) = migrated_from {
                if let Ok(text) = envelope::encode(&record, rev, now()) {
                    set_raw(key, &text);
                }
                notify(Notice::Migrated {
                    key: key.to_owned(),
                    from,
                });
            }
            Some(record)
        }
        Err(reason) => {
            quarantine(key, &text, reason);
            None
        }
    }
}

fn stored_rev(key: &str) -> Option<u64> {
    let text = get_raw(key)?;
    serde_json::from_str::<envelope::Envelope>(&text)
        .ok()
        .map(|e| e.rev)
}

/// Saves a record on top of the revision this tab last saw. If another tab
/// wrote a newer one meanwhile, nothing is written: reload, then retry.
pub fn save<R: Record>(key: &str, record: &R) -> Result<(), SaveError> {
    let seen = STATE.with(|s| s.borrow().seen.get(key).copied());
    let stored = stored_rev(key);
    if stored.is_some_and(|stored| Some(stored) != seen) {
        return Err(SaveError::Conflict);
    }
    let rev = stored.map_or(1, |r| r + 1);
    let text = envelope::encode(record, rev, now()).map_err(SaveError::Encode)?;
    set_raw(key, &text);
    STATE.with(|s| s.borrow_mut().seen.insert(key.to_owned(), rev));
    Ok(())
}

/// Saves whatever another tab did, forgetting this tab's revision: used
/// after the person chose to keep this tab's version.
pub fn save_over<R: Record>(key: &str, record: &R) -> Result<(), SaveError> {
    let stored = stored_rev(key);
    STATE.with(|s| match stored {
        Some(r) => s.borrow_mut().seen.insert(key.to_owned(), r),
        None => s.borrow_mut().seen.remove(key),
    });
    save(key, record)
}

/// Called when another tab changed `key`: this tab's view of it is stale.
pub fn other_tab_changed(key: &str) {
    notify(Notice::OtherTab {
        key: key.to_owned(),
    });
}

/// At start: checks every stored record, quarantines what cannot be read,
/// migrates what is old, and carries the first version's language over.
pub fn check_all() {
    if local().is_none() {
        fall_back_to_memory(false);
        return;
    }
    // Probe: private modes may expose storage that refuses every write.
    let probe = "labo.probe";
    match local().map(|ls| ls.set_item(probe, "1")) {
        Some(Ok(())) => remove(probe),
        _ => fall_back_to_memory(true),
    }
    for key in labo_keys() {
        if key.starts_with(QUARANTINE_PREFIX) || key == records::LEGACY_LANG_KEY {
            continue;
        }
        let Some(text) = get_raw(&key) else { continue };
        match records::check(&key, &text) {
            Ok(false) => {}
            Ok(true) => match records::upgrade(&key, &text, now()) {
                Ok(new_text) => {
                    set_raw(&key, &new_text);
                    let from = envelope::envelope(&text).map_or(0, |e| e.schema);
                    notify(Notice::Migrated { key, from });
                }
                Err(reason) => quarantine(&key, &text, reason),
            },
            Err(reason) => quarantine(&key, &text, reason),
        }
    }
    migrate_legacy_lang();
}

fn migrate_legacy_lang() {
    let Some(code) = get_raw(records::LEGACY_LANG_KEY) else {
        return;
    };
    if get_raw(records::SETTINGS_KEY).is_none() {
        let settings = records::Settings {
            lang: crate::domain::lang::Lang::from_code(&code).map(|l| l.code().to_owned()),
            large_text: false,
            active_pack: None,
        };
        let _ = save(records::SETTINGS_KEY, &settings);
    }
    remove(records::LEGACY_LANG_KEY);
}

/// Forgets this tab's storage state (memory mode, revisions, notices).
/// Only for tests, which share one page.
#[doc(hidden)]
pub fn reset_for_tests() {
    STATE.with(|s| *s.borrow_mut() = State::default());
}

/// Every record, as the text of one export file.
pub fn export_all() -> String {
    let entries: Vec<(String, String)> = labo_keys()
        .into_iter()
        .filter_map(|k| get_raw(&k).map(|v| (k, v)))
        .collect();
    super::backup::export(&entries, now())
}

/// The quarantined texts, `(key, text)`, to offer for download.
pub fn quarantined() -> Vec<(String, String)> {
    labo_keys()
        .into_iter()
        .filter(|k| k.starts_with(QUARANTINE_PREFIX))
        .filter_map(|k| get_raw(&k).map(|v| (k, v)))
        .collect()
}

/// How an import meets what is already stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Keep what is here, add what is new (histories are united).
    Merge,
    /// Everything here is replaced by the file (quarantine excepted).
    Replace,
}

/// Writes a validated import. Validation already happened, so the only
/// failure left is the storage itself, which then falls back to memory.
pub fn apply_import(import: super::backup::Import, mode: ImportMode) {
    if mode == ImportMode::Replace {
        erase_records();
    }
    let at = now();
    for (key, theirs) in import.records {
        let current = get_raw(&key).and_then(|t| records::load_any(&key, &t).ok().flatten());
        let record = match current {
            Some((mine, _)) => mine.merge(theirs),
            None => theirs,
        };
        let rev = stored_rev(&key).map_or(1, |r| r + 1);
        if let Ok(text) = record.encode(rev, at) {
            set_raw(&key, &text);
            STATE.with(|s| s.borrow_mut().seen.insert(key.clone(), rev));
        }
    }
}

/// Removes every record; quarantined data stays until erased explicitly.
pub fn erase_records() {
    for key in labo_keys() {
        if !key.starts_with(QUARANTINE_PREFIX) {
            remove(&key);
        }
    }
}

/// Removes everything Labo stored, quarantine included.
pub fn erase_all() {
    for key in labo_keys() {
        remove(&key);
    }
}
