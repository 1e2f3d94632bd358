//! The browser's local storage, wrapped so that nothing is ever lost
//! silently:
//! * unreadable data is moved aside under a quarantine key, never deleted,
//!   and never written over: when it cannot be moved aside (storage full),
//!   it stays in place and new versions of that key live in this tab only;
//! * a write that local storage refuses (full, disabled) is kept in this
//!   tab (an overlay read before local storage), mirrored in the tab's
//!   session storage, and the person is told; at the next start of a page
//!   in this tab the session copy is reconciled with local storage (see
//!   [`check_all`]), so a reload or freed space loses nothing;
//! * a save based on a revision another tab has already replaced is refused
//!   (`SaveError::Conflict`), so two tabs never overwrite each other;
//! * an import is written as one transaction: all of it fits, or nothing
//!   stored changes (see [`apply_import`]).
//!
//! Notices for the person are queued here and shown by the UI.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};

use super::envelope::{self, Decoded, Record, Unreadable};
use super::records::{self, PREFIX, QUARANTINE_PREFIX};

/// The key written once at start to learn whether storage accepts writes.
const PROBE_KEY: &str = "labo.probe";

/// What became of a copy this tab had kept because it could not be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recovery {
    /// It is now saved on the device.
    Saved,
    /// Storage still refuses it: it stays in this tab only.
    TabOnly,
    /// Another tab saved a newer version meanwhile: this copy was set aside
    /// (quarantine) so that the person can still download it.
    SetAside,
}

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
    /// (storage full): it was left where it was, is never written over, and
    /// newer versions of that key live in this tab only.
    LeftInPlace { key: String, reason: Unreadable },
    /// Data under `key` came from an older version and was updated.
    Migrated { key: String, from: u32 },
    /// Storage is unavailable or full: some progress lives only in this tab.
    MemoryOnly { quota: bool },
    /// Another tab changed `key`; this tab now shows its version.
    OtherTab { key: String },
    /// Work this tab could not save earlier was found again at start.
    Recovered { key: String, outcome: Recovery },
}

/// Why a save did not reach the disk.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    /// Another tab saved a newer revision of this key first.
    Conflict,
    /// The record could not be serialised (a bug).
    Encode(String),
}

/// Why an import was not written. Nothing stored has changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFailed {
    /// The new data does not fit beside what must stay (quarantine).
    Quota,
    /// This browser offers no storage at all.
    NoStorage,
}

#[derive(Default)]
struct State {
    /// Texts local storage refused, by key: this tab's newest version, read
    /// before local storage. Mirrored in session storage.
    overlay: HashMap<String, String>,
    /// Local storage is missing altogether (or refused every write at start).
    unavailable: bool,
    /// Keys whose stored data cannot be used and could not be set aside
    /// (storage full): never written over, new versions stay in this tab.
    pinned: HashSet<String>,
    /// The revision of each key this tab last read or wrote.
    seen: HashMap<String, u64>,
    notices: Vec<Notice>,
    listener: Option<Box<dyn Fn()>>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// The browser's local storage, if this page may use it. Not through
/// gloo-storage, which the design card names: its `LocalStorage::raw()`
/// (behind every one of its calls) throws a JavaScript exception when
/// storage is disabled or blocked (cookies refused, a sandboxed frame),
/// which would stop the app; here that case is a notice and the data stays
/// in the tab (see `Notice::MemoryOnly`).
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

/// True when something is being kept in this tab only.
pub fn is_memory_only() -> bool {
    STATE.with(|s| {
        let s = s.borrow();
        s.unavailable || !s.overlay.is_empty()
    })
}

fn keys_of(ls: &web_sys::Storage) -> Vec<String> {
    let n = ls.length().unwrap_or(0);
    (0..n).filter_map(|i| ls.key(i).ok().flatten()).collect()
}

/// The text local storage holds under `key` (the overlay ignored).
fn disk(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

fn overlay(key: &str) -> Option<String> {
    STATE.with(|s| s.borrow().overlay.get(key).cloned())
}

/// Keeps `text` in this tab only (overlay and session storage).
fn keep_in_tab(key: &str, text: &str) {
    STATE.with(|s| {
        s.borrow_mut()
            .overlay
            .insert(key.to_owned(), text.to_owned())
    });
    if let Some(ss) = session() {
        let _ = ss.set_item(key, text);
    }
}

/// `text` reached the disk: this tab's own copy is no longer needed.
fn forget_tab_copy(key: &str) {
    let had = STATE.with(|s| s.borrow_mut().overlay.remove(key).is_some());
    if had && let Some(ss) = session() {
        let _ = ss.remove_item(key);
    }
}

/// Reads the raw text under `key`: this tab's unsaved copy first.
pub fn get_raw(key: &str) -> Option<String> {
    overlay(key).or_else(|| disk(key))
}

/// Writes raw text to local storage; when it refuses, keeps the text in
/// this tab and says so. True when the text reached the disk.
pub fn set_raw(key: &str, text: &str) -> bool {
    match local() {
        Some(ls) if ls.set_item(key, text).is_ok() => {
            forget_tab_copy(key);
            return true;
        }
        Some(_) => notify(Notice::MemoryOnly { quota: true }),
        None => {
            STATE.with(|s| s.borrow_mut().unavailable = true);
            notify(Notice::MemoryOnly { quota: false });
        }
    }
    keep_in_tab(key, text);
    false
}

/// Removes a record (the person deleted it, or the work is done). Data
/// that cannot be read and is left in place (storage full) stays: it is
/// the person's to download and delete from « Mes données » ([`delete`]).
pub fn remove(key: &str) {
    forget(key);
    if let Some(ss) = session() {
        let _ = ss.remove_item(key);
    }
    if !disk(key).is_some_and(|text| is_set_aside(key, &text))
        && let Some(ls) = local()
    {
        let _ = ls.remove_item(key);
    }
}

/// Removes whatever is under `key`, set aside or not: only on the person's
/// explicit request (deleting data set aside, erasing everything).
pub fn delete(key: &str) {
    forget(key);
    for store in [session(), local()].into_iter().flatten() {
        let _ = store.remove_item(key);
    }
}

/// Forgets this tab's copy and revision of `key`.
fn forget(key: &str) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.overlay.remove(key);
        s.seen.remove(key);
    });
}

/// True when `text`, stored under `key`, is data set aside: a quarantined
/// copy, or an unreadable record left in place because storage was full.
fn is_set_aside(key: &str, text: &str) -> bool {
    if STATE.with(|s| s.borrow().pinned.contains(key)) {
        true
    } else if key == records::LEGACY_LANG_KEY {
        crate::domain::lang::Lang::from_code(text.trim().trim_matches('"')).is_none()
    } else {
        key.starts_with(QUARANTINE_PREFIX) || records::check(key, text).is_err()
    }
}

/// Every key Labo owns (quarantine included), sorted.
pub fn labo_keys() -> Vec<String> {
    let mut keys: Vec<String> = local().map(|ls| keys_of(&ls)).unwrap_or_default();
    STATE.with(|s| keys.extend(s.borrow().overlay.keys().cloned()));
    keys.retain(|k| k.starts_with(PREFIX) && k != PROBE_KEY);
    keys.sort();
    keys.dedup();
    keys
}

/// Copies `text` under a new quarantine key; the key, when it fitted.
fn set_aside(key: &str, text: &str) -> Option<String> {
    let kept_as = format!("{QUARANTINE_PREFIX}{key}.{}", now());
    local()?.set_item(&kept_as, text).ok()?;
    Some(kept_as)
}

/// Copies unreadable text aside, then clears the original key. When the
/// copy does not fit, the original stays untouched (and is never written
/// over, see [`save`]). True when it was moved aside.
fn quarantine(key: &str, text: &str, reason: Unreadable) -> bool {
    match set_aside(key, text) {
        Some(kept_as) => {
            delete(key);
            notify(Notice::Quarantined {
                key: key.to_owned(),
                kept_as,
                reason,
            });
            true
        }
        None => {
            STATE.with(|s| s.borrow_mut().pinned.insert(key.to_owned()));
            notify(Notice::LeftInPlace {
                key: key.to_owned(),
                reason,
            });
            false
        }
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

fn rev_of(text: &str) -> Option<u64> {
    envelope::envelope(text).map(|e| e.rev)
}

/// The revision of the record local storage holds under `key`, or why it
/// cannot be read as an `R`. A revision this tab read or wrote itself is
/// trusted without decoding the whole record again.
fn disk_rev<R: Record>(key: &str, text: &str) -> Result<u64, Unreadable> {
    let seen = STATE.with(|s| s.borrow().seen.get(key).copied());
    match envelope::envelope(text) {
        Some(e) if e.labo == R::KIND && e.schema == R::SCHEMA && Some(e.rev) == seen => Ok(e.rev),
        _ => envelope::decode::<R>(text).map(|d| d.rev),
    }
}

/// Saves a record on top of the revision this tab last saw. If another tab
/// wrote a newer one meanwhile, nothing is written: reload, then retry.
/// Unreadable data under `key` is never written over: it is moved aside
/// first, or (storage full) left in place while the record lives in this
/// tab only.
pub fn save<R: Record>(key: &str, record: &R) -> Result<(), SaveError> {
    if STATE.with(|s| s.borrow().pinned.contains(key)) {
        return keep_mine(key, record);
    }
    let on_disk = match disk(key) {
        None => None,
        Some(text) => match disk_rev::<R>(key, &text) {
            Ok(rev) => Some(rev),
            Err(reason) => {
                if !quarantine(key, &text, reason) {
                    return keep_mine(key, record);
                }
                None
            }
        },
    };
    let seen = STATE.with(|s| s.borrow().seen.get(key).copied());
    let mine = overlay(key).and_then(|t| rev_of(&t));
    let conflict = match mine {
        // This tab holds an unsaved copy: the disk must not have moved past it.
        Some(m) => on_disk.is_some_and(|d| d >= m),
        None => on_disk.is_some_and(|d| Some(d) != seen),
    };
    if conflict {
        return Err(SaveError::Conflict);
    }
    let rev = on_disk.max(mine).map_or(1, |r| r + 1);
    let text = envelope::encode(record, rev, now()).map_err(SaveError::Encode)?;
    set_raw(key, &text);
    STATE.with(|s| s.borrow_mut().seen.insert(key.to_owned(), rev));
    Ok(())
}

/// Keeps `record` in this tab only, beside data under `key` that must not
/// be written over.
fn keep_mine<R: Record>(key: &str, record: &R) -> Result<(), SaveError> {
    let mine = overlay(key).and_then(|t| rev_of(&t)).unwrap_or(0);
    let text = envelope::encode(record, mine + 1, now()).map_err(SaveError::Encode)?;
    keep_in_tab(key, &text);
    STATE.with(|s| s.borrow_mut().seen.insert(key.to_owned(), mine + 1));
    Ok(())
}

/// Sets aside the record under `key`: readable, but the content in use
/// cannot use it (`why` says how). Like unreadable data, it is quarantined
/// with a notice, or, with no room for the copy, left in place and never
/// written over.
pub fn refuse(key: &str, why: String) {
    if let Some(text) = disk(key) {
        quarantine(key, &text, Unreadable::Unusable(why));
    }
}

/// Saves on top of whatever another tab did: only for preferences, where
/// the latest click wins. Unreadable data is still never written over.
pub fn save_over<R: Record>(key: &str, record: &R) -> Result<(), SaveError> {
    let current = overlay(key).or_else(|| disk(key));
    let stored = current.as_deref().and_then(rev_of);
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
/// migrates what is old, carries the first version's language over, and
/// takes back what this tab could not save before (session storage).
pub fn check_all() {
    let Some(ls) = local() else {
        STATE.with(|s| s.borrow_mut().unavailable = true);
        notify(Notice::MemoryOnly { quota: false });
        reconcile(None);
        return;
    };
    // Probe: private modes may expose storage that refuses every write.
    if ls.set_item(PROBE_KEY, "1").is_ok() {
        let _ = ls.remove_item(PROBE_KEY);
    } else {
        STATE.with(|s| s.borrow_mut().unavailable = true);
        notify(Notice::MemoryOnly { quota: true });
    }
    for key in keys_of(&ls) {
        if !key.starts_with(PREFIX)
            || key.starts_with(QUARANTINE_PREFIX)
            || key == records::LEGACY_LANG_KEY
            || key == PROBE_KEY
        {
            continue;
        }
        let Some(text) = disk(&key) else { continue };
        match records::check(&key, &text) {
            Ok(false) => {}
            Ok(true) => match records::upgrade(&key, &text, now()) {
                Ok(new_text) => {
                    set_raw(&key, &new_text);
                    let from = envelope::envelope(&text).map_or(0, |e| e.schema);
                    notify(Notice::Migrated { key, from });
                }
                Err(reason) => {
                    quarantine(&key, &text, reason);
                }
            },
            Err(reason) => {
                quarantine(&key, &text, reason);
            }
        }
    }
    reconcile(Some(&ls));
    migrate_legacy_lang();
}

/// Takes back the copies this tab kept in session storage because local
/// storage refused them (full, disabled, or unreadable data in the way):
/// saved now if they fit, kept in this tab otherwise, set aside if another
/// tab saved a newer version meanwhile. Each is told to the person.
fn reconcile(ls: Option<&web_sys::Storage>) {
    let Some(ss) = session() else { return };
    for key in keys_of(&ss) {
        if !key.starts_with(PREFIX) || key.starts_with(QUARANTINE_PREFIX) || key == PROBE_KEY {
            continue;
        }
        let Some(mine) = ss.get_item(&key).ok().flatten() else {
            continue;
        };
        let Some(ls) = ls else {
            keep_in_tab(&key, &mine);
            continue;
        };
        let theirs = ls.get_item(&key).ok().flatten();
        if theirs.as_deref() == Some(mine.as_str()) {
            let _ = ss.remove_item(&key);
            continue;
        }
        let theirs_readable = theirs.as_deref().map(|t| records::check(&key, t).is_ok());
        let outcome = match theirs.as_deref() {
            // A copy this build cannot read, or older than what another tab
            // saved meanwhile: set aside, the disk's version is shown.
            t if records::check(&key, &mine).is_err()
                || (theirs_readable == Some(true) && t.and_then(rev_of) >= rev_of(&mine)) =>
            {
                if set_aside(&key, &mine).is_some() {
                    let _ = ss.remove_item(&key);
                    Recovery::SetAside
                } else {
                    // Kept in session storage for a later start.
                    continue;
                }
            }
            // Unreadable data left in place stays untouched.
            Some(_) if theirs_readable == Some(false) => {
                keep_in_tab(&key, &mine);
                Recovery::TabOnly
            }
            _ => {
                if ls.set_item(&key, &mine).is_ok() {
                    let _ = ss.remove_item(&key);
                    Recovery::Saved
                } else {
                    keep_in_tab(&key, &mine);
                    notify(Notice::MemoryOnly { quota: true });
                    Recovery::TabOnly
                }
            }
        };
        // Settings are not work: recovering them quietly is enough.
        if key != records::SETTINGS_KEY || outcome == Recovery::SetAside {
            notify(Notice::Recovered { key, outcome });
        }
    }
}

/// The very first version kept the language as a bare code under
/// `labo.lang`: carried into the settings, then removed. Anything else
/// under that key is set aside, never deleted.
fn migrate_legacy_lang() {
    let Some(text) = disk(records::LEGACY_LANG_KEY) else {
        return;
    };
    let code = text.trim().trim_matches('"');
    let Some(lang) = crate::domain::lang::Lang::from_code(code) else {
        quarantine(
            records::LEGACY_LANG_KEY,
            &text,
            Unreadable::WrongShape("not a language code".into()),
        );
        return;
    };
    if get_raw(records::SETTINGS_KEY).is_none() {
        let settings = records::Settings {
            lang: Some(lang.code().to_owned()),
            large_text: false,
            active_pack: None,
        };
        let _ = save(records::SETTINGS_KEY, &settings);
    }
    // Removed only once the settings hold a language on the disk.
    if disk(records::SETTINGS_KEY).is_some() {
        remove(records::LEGACY_LANG_KEY);
    }
}

/// Forgets this tab's storage state (overlay, revisions, notices).
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

/// The data set aside, `(key, text)`, to offer for download: quarantined
/// copies, and unreadable records left in place because storage was full.
pub fn quarantined() -> Vec<(String, String)> {
    labo_keys()
        .into_iter()
        .filter_map(|k| {
            let text = disk(&k)?;
            is_set_aside(&k, &text).then_some((k, text))
        })
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

/// Writes a validated import as one transaction. The new records are
/// written first and the old ones removed after; when they do not fit, the
/// old ones are removed first to make room. Any refused write restores
/// every key exactly as it was, and the import is refused.
pub fn apply_import(import: super::backup::Import, mode: ImportMode) -> Result<(), ImportFailed> {
    let Some(ls) = local() else {
        return Err(ImportFailed::NoStorage);
    };
    let at = now();
    // What is stored now, to restore on failure (quarantine excepted: it
    // is never touched).
    let before: BTreeMap<String, String> = keys_of(&ls)
        .into_iter()
        .filter(|k| k.starts_with(PREFIX) && !k.starts_with(QUARANTINE_PREFIX) && k != PROBE_KEY)
        .filter_map(|k| ls.get_item(&k).ok().flatten().map(|v| (k, v)))
        .filter(|(k, v)| !is_set_aside(k, v))
        .collect();
    // Unreadable data left in place under a key the file holds is moved
    // aside first; with no room for it, the import is refused.
    for key in import.records.iter().map(|(k, _)| k) {
        if let Some(text) = disk(key).filter(|t| is_set_aside(key, t)) {
            let reason = records::check(key, &text)
                .err()
                .unwrap_or_else(|| Unreadable::WrongShape(String::new()));
            if !quarantine(key, &text, reason) {
                return Err(ImportFailed::Quota);
            }
        }
    }
    let mut writes: Vec<(String, String, u64)> = Vec::new();
    for (key, theirs) in import.records {
        let current = get_raw(&key);
        let mine = match mode {
            ImportMode::Merge => current
                .as_deref()
                .and_then(|t| records::load_any(&key, t).ok().flatten()),
            ImportMode::Replace => None,
        };
        let record = match mine {
            Some((mine, _)) => mine.merge(theirs),
            None => theirs,
        };
        let rev = current.as_deref().and_then(rev_of).map_or(1, |r| r + 1);
        let text = record.encode(rev, at).map_err(|_| ImportFailed::Quota)?;
        writes.push((key, text, rev));
    }
    let stale: Vec<String> = match mode {
        ImportMode::Merge => Vec::new(),
        ImportMode::Replace => before
            .keys()
            .filter(|k| !writes.iter().any(|(w, _, _)| w == *k))
            .cloned()
            .collect(),
    };
    let write_all =
        |ls: &web_sys::Storage| writes.iter().all(|(k, t, _)| ls.set_item(k, t).is_ok());
    let remove_stale = |ls: &web_sys::Storage| {
        for k in &stale {
            let _ = ls.remove_item(k);
        }
    };
    let mut ok = write_all(&ls);
    if ok {
        remove_stale(&ls);
    } else {
        restore(&ls, &before, &writes);
        if mode == ImportMode::Replace && !stale.is_empty() {
            remove_stale(&ls);
            ok = write_all(&ls);
            if !ok {
                restore(&ls, &before, &writes);
            }
        }
    }
    if !ok {
        return Err(ImportFailed::Quota);
    }
    for (key, _, rev) in &writes {
        forget_tab_copy(key);
        STATE.with(|s| s.borrow_mut().seen.insert(key.clone(), *rev));
    }
    for key in &stale {
        remove(key);
    }
    if mode == ImportMode::Replace {
        // This tab's unsaved copies of records the file does not hold.
        let extra: Vec<String> = STATE.with(|s| s.borrow().overlay.keys().cloned().collect());
        for key in extra {
            if !key.starts_with(QUARANTINE_PREFIX) && !writes.iter().any(|(w, _, _)| *w == key) {
                remove(&key);
            }
        }
    }
    Ok(())
}

/// Puts every key an import touched back as it was: the new keys go first,
/// which frees the room the old texts need.
fn restore(
    ls: &web_sys::Storage,
    before: &BTreeMap<String, String>,
    writes: &[(String, String, u64)],
) {
    for (k, _, _) in writes {
        if !before.contains_key(k) {
            let _ = ls.remove_item(k);
        }
    }
    for (k, v) in before {
        if ls.get_item(k).ok().flatten().as_deref() != Some(v.as_str())
            && ls.set_item(k, v).is_err()
        {
            // Cannot happen (it fitted before); if it does, keep it here.
            keep_in_tab(k, v);
        }
    }
}

/// Removes every record; data set aside stays until erased explicitly.
pub fn erase_records() {
    let aside: Vec<String> = quarantined().into_iter().map(|(k, _)| k).collect();
    for key in labo_keys() {
        if !key.starts_with(QUARANTINE_PREFIX) && !aside.contains(&key) {
            remove(&key);
        }
    }
}

/// Removes everything Labo stored, quarantine included.
pub fn erase_all() {
    for key in labo_keys() {
        delete(&key);
    }
}
