//! The trainer's desk (session, team map, tables, running order) as a
//! signal, kept in local storage as one versioned record
//! ([`TRAINER_KEY`]) with the rules of every Labo record: revisions, the
//! quarantine of unreadable data, and no tab writing over another's newer
//! revision. Every window of the trainer page shares it: when another
//! window saves, this one takes its version at once (a `storage` event),
//! so a control window and a projector window follow each other live.

use leptos::prelude::*;

pub use crate::domain::trainer::desk::Desk;
use crate::storage::local::{self, SaveError};
use crate::storage::records::TRAINER_KEY;
use crate::ui::on_external_change;

/// Where earlier versions kept the desk: this tab's session storage.
const LEGACY_KEY: &str = "labo-formateur";

/// A desk an earlier version left in this tab, moved to local storage once.
fn legacy() -> Option<Desk> {
    let s = window().session_storage().ok().flatten()?;
    let d = serde_json::from_str(&s.get_item(LEGACY_KEY).ok().flatten()?).ok()?;
    if local::save(TRAINER_KEY, &d).is_ok() {
        let _ = s.remove_item(LEGACY_KEY);
    }
    Some(d)
}

fn load() -> Desk {
    local::load::<Desk>(TRAINER_KEY)
        .or_else(legacy)
        .unwrap_or_default()
}

/// The desk as a signal, saved after every change made in this window and
/// replaced by the stored one when another window saves.
pub fn desk() -> RwSignal<Desk> {
    let desk = RwSignal::new(load());
    // The last desk this window read or wrote: an update equal to it came
    // from storage and is not written back.
    let stored = StoredValue::new(desk.get_untracked());
    Effect::new(move |_| {
        let d = desk.get();
        if stored.with_value(|s| *s == d) {
            return;
        }
        match local::save(TRAINER_KEY, &d) {
            Ok(()) => stored.set_value(d),
            // Another window saved first: its version wins and shows here
            // (the change made here a moment before is dropped, as a click
            // made while the other window moved).
            Err(SaveError::Conflict) => {
                let theirs = load();
                stored.set_value(theirs.clone());
                desk.set(theirs);
            }
            Err(SaveError::Encode(_)) => {}
        }
    });
    on_external_change(
        |key| key == TRAINER_KEY,
        move |_| {
            let theirs = load();
            stored.set_value(theirs.clone());
            desk.set(theirs);
        },
    );
    desk
}
