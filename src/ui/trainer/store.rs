//! What the trainer collects during a session (the deal, the team map, the
//! tables' codes), kept in this tab's `sessionStorage`: a reload keeps it,
//! closing the tab forgets it. Names typed by the trainer stay there, on
//! this device; they are not in Labo's local records nor in its backups.
//! (A storage record kind for it would need `storage/records.rs`.)

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::trainer::compare::Comparison;
use crate::domain::trainer::running_order::Run;
use crate::domain::trainer::session::Session;
use crate::domain::trainer::team::TeamMap;

const KEY: &str = "labo-formateur";

/// The trainer's desk: everything collected for the current session.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Desk {
    pub session: Option<Session>,
    pub team: TeamMap,
    pub tables: Comparison,
    /// Where the room stands in the running order (absent in desks saved
    /// before the running order existed).
    #[serde(default)]
    pub run: Option<Run>,
}

fn storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

fn load() -> Desk {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

/// The desk as a signal, saved to session storage after every change.
pub fn desk() -> RwSignal<Desk> {
    let desk = RwSignal::new(load());
    Effect::new(move |_| {
        let d = desk.get();
        if let (Some(s), Ok(text)) = (storage(), serde_json::to_string(&d)) {
            let _ = s.set_item(KEY, &text);
        }
    });
    desk
}
