//! A session: the deal every table plays (scenario, difficulty, seed) and
//! how many tables. Its link opens the game preset on that deal:
//!
//! `jeu.html#/jeu?scenario=<scenario id>&difficulte=<easy|normal|hard>&graine=<seed code>`
//!
//! (the seed code as `seed::seed_to_code` writes it, six characters, no dash).

use serde::{Deserialize, Serialize};

use crate::domain::game::Difficulty;
use crate::domain::game::seed::{code_to_seed, seed_to_code};

/// The deal of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub scenario: String,
    pub difficulty: Difficulty,
    pub seed: u64,
    pub tables: u8,
}

/// Most tables a session offers to track.
pub const MAX_TABLES: u8 = 12;

impl Session {
    /// The game's link relative to the app's folder.
    pub fn game_link(&self) -> String {
        format!(
            "jeu.html#/jeu?scenario={}&difficulte={}&graine={}",
            self.scenario,
            self.difficulty.id(),
            seed_to_code(self.seed)
        )
    }

    /// Reads the parameters of a game link back (what the game screen does).
    pub fn from_link(link: &str, tables: u8) -> Option<Session> {
        let query = link.split_once('?')?.1;
        let get = |name: &str| {
            query
                .split('&')
                .filter_map(|p| p.split_once('='))
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v)
        };
        let difficulty = Difficulty::ALL
            .into_iter()
            .find(|d| Some(d.id()) == get("difficulte"))?;
        Some(Session {
            scenario: get("scenario")?.to_owned(),
            difficulty,
            seed: code_to_seed(get("graine")?).ok()?,
            tables,
        })
    }
}

/// The absolute link from the page's address (`location.href`): the
/// trainer page's folder plus [`Session::game_link`].
pub fn absolute(page_href: &str, relative: &str) -> String {
    let base = page_href.split(['#', '?']).next().unwrap_or(page_href);
    let folder = base.rfind('/').map_or(base, |i| &base[..=i]);
    format!("{folder}{relative}")
}
