//! The figures of the facilitator's "why the game works this way" sheet,
//! as a job the trainer page hands to a worker (`src/bin/lessons.rs`): the
//! simulator plays hundreds of games, which would block the page and weigh
//! on its download. The request names the content in use (the active
//! pack's files, or none for the built-in content); the answer gives, for
//! each lesson in order, the user-centred and the counterfactual player's
//! results on the lesson's measure, in whole percent (integers: the page
//! then needs no float parsing, a sizeable part of a JSON reader).

use serde::{Deserialize, Serialize};

use super::pack;
use crate::domain::game::Content;
use crate::domain::game::lessons::matrix;

/// Games per scenario: enough for stable figures (a few points), quick on
/// a laptop.
pub const GAMES: u64 = 100;

/// What the page asks the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The active pack's `(file name, JSON text)`, or `None` for the
    /// built-in content.
    pub pack: Option<Vec<(String, String)>>,
    pub games: u64,
}

/// The lessons' figures, `(user-centred, counterfactual)` in whole
/// percent, in the content's order; `None` when the content does not
/// build (the page then says the figures could not be measured).
pub fn run(req: &Request) -> Option<Vec<(u32, u32)>> {
    let content = match &req.pack {
        Some(files) => pack::build_game(files).ok()?,
        None => Content::builtin().ok()?,
    };
    Some(
        matrix(&content, req.games)
            .iter()
            .map(|r| {
                let (user, other) = r.figures();
                (user.round() as u32, other.round() as u32)
            })
            .collect(),
    )
}
