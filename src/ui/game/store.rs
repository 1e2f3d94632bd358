//! Saved games in local storage (`labo.game.<id>`, one key each), checked
//! against the content before use, and the multi-tab rule: when another
//! tab saved first, reload its version, re-apply the action if it is still
//! legal, and save again.

use crate::domain::game::state::Action;
use crate::domain::game::{Content, GameState, RuleError};
use crate::storage::local::{self, SaveError};
use crate::storage::records::{GAME_PREFIX, SavedGame, game_key};

pub fn key(id: &str) -> String {
    game_key(id)
}

/// A stored game that passed `validate_readable`, or `None`. A game of
/// older rules comes back too: it opens read-only, for its debrief.
pub fn load(c: &Content, id: &str) -> Option<SavedGame> {
    local::load::<SavedGame>(&game_key(id)).filter(|g| g.state.validate_readable(c).is_ok())
}

/// A stored game, and whether this version of Labo can continue it.
#[derive(Clone, PartialEq)]
pub struct Listed {
    pub id: String,
    pub rec: Option<SavedGame>,
}

/// How many games this device holds, without reading them (cheap enough
/// for a table that is opening).
pub fn count() -> usize {
    local::labo_keys()
        .iter()
        .filter(|k| k.starts_with(GAME_PREFIX))
        .count()
}

/// Every stored game, newest first; unreadable ones are listed (to delete).
pub fn list(c: &Content) -> Vec<Listed> {
    let mut out: Vec<Listed> = local::labo_keys()
        .into_iter()
        .filter_map(|k| {
            let id = k.strip_prefix(GAME_PREFIX)?.to_owned();
            let rec = local::load::<SavedGame>(&k);
            // Quarantined (unreadable) data is no longer under the key.
            if rec.is_none() && local::get_raw(&k).is_none() {
                return None;
            }
            let rec = rec.filter(|g| g.state.validate_readable(c).is_ok());
            Some(Listed { id, rec })
        })
        .collect();
    out.sort_by_key(|l| std::cmp::Reverse(l.rec.as_ref().map_or(0, |g| g.created_at)));
    out
}

pub fn remove(id: &str) {
    local::remove(&game_key(id));
}

/// A new id: the time and a random part (several games can coexist).
pub fn new_id() -> String {
    let r = crate::ui::fresh::below(1_679_616);
    format!("{:x}-{r:x}", local::now())
}

/// How a save went.
pub enum Saved {
    Ok,
    /// Another tab had played: its version was reloaded and the action
    /// re-applied on it.
    Merged,
    /// Another tab had played and the action is no longer legal there:
    /// its version is shown, the action dropped, for this reason.
    Dropped(RuleError),
    /// Storage refused: the game lives in this tab only.
    Failed,
}

/// Saves a record (notes changed, a new game). When another tab saved the
/// game first, its moves are kept and only the notes are combined: a move
/// is never written over. The record as stored, or `None` if it was not.
pub fn save(rec: &SavedGame) -> Option<SavedGame> {
    let key = game_key(&rec.id);
    let mut rec = rec.clone();
    // A third tab may save in between: try a few times, then give up.
    for _ in 0..3 {
        match local::save(&key, &rec) {
            Ok(()) => return Some(rec),
            Err(SaveError::Encode(_)) => return None,
            Err(SaveError::Conflict) => {
                let fresh = local::load::<SavedGame>(&key)?;
                let notes = rec.notes.clone().over(fresh.notes.clone());
                rec = SavedGame { notes, ..fresh };
            }
        }
    }
    None
}

/// Applies `action` to the game and saves it, following the multi-tab
/// rule. A refused action changes nothing and gives its reason.
pub fn play(
    c: &Content,
    rec: SavedGame,
    action: Action,
) -> Result<(SavedGame, GameState, Saved), RuleError> {
    let before = rec.state.clone();
    let state = rec.state.apply(c, action).map_err(|(_, e)| e)?;
    let mut next = SavedGame { state, ..rec };
    let key = game_key(&next.id);
    let outcome = match local::save(&key, &next) {
        Ok(()) => Saved::Ok,
        Err(SaveError::Encode(_)) => Saved::Failed,
        Err(SaveError::Conflict) => match load(c, &next.id) {
            None => {
                // Unreadable (now set aside, so the key is free) or made for
                // other content (left as it is): never written over.
                if local::save(&key, &next).is_ok() {
                    Saved::Ok
                } else {
                    Saved::Failed
                }
            }
            Some(fresh) => {
                let theirs = fresh.state.clone();
                match fresh.state.apply(c, action) {
                    Ok(state) => {
                        next = SavedGame {
                            state,
                            notes: fresh.notes,
                            ..next
                        };
                        let _ = local::save(&key, &next);
                        return Ok((next, theirs, Saved::Merged));
                    }
                    Err((state, why)) => {
                        next = SavedGame {
                            state,
                            notes: fresh.notes,
                            ..next
                        };
                        return Ok((next, theirs, Saved::Dropped(why)));
                    }
                }
            }
        },
    };
    Ok((next, before, outcome))
}
