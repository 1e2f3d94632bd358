//! A session: the deal every table plays (scenario, difficulty, seed) and
//! how many tables. Its link opens the game preset on that deal:
//!
//! `jeu.html#/jeu?scenario=<scenario id, encoded>&difficulte=<easy|normal|hard>&graine=<seed code>`
//!
//! (the seed code as `seed::seed_to_code` writes it, six characters, no dash),
//! written and read by [`GameQuery`], the game address's one parse/format pair.

use serde::{Deserialize, Serialize};

use crate::domain::game::Difficulty;
use crate::domain::game::seed::{code_to_seed, seed_to_code};
use crate::route::{GameQuery, Page};

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
    /// The game's link relative to the app's folder (the scenario id is
    /// encoded, so a pack's `mairie_2` or `été` keeps its preset).
    pub fn game_link(&self) -> String {
        format!("{}{}", Page::Game.file(), self.query().hash())
    }

    fn query(&self) -> GameQuery {
        GameQuery {
            scenario: Some(self.scenario.clone()),
            difficulte: Some(self.difficulty.id().to_owned()),
            graine: Some(seed_to_code(self.seed)),
            partie: None,
        }
    }

    /// Reads the parameters of a game link back, as the game screen does.
    pub fn from_link(link: &str, tables: u8) -> Option<Session> {
        let q = GameQuery::parse(link);
        let difficulty = Difficulty::ALL
            .into_iter()
            .find(|d| Some(d.id()) == q.difficulte.as_deref())?;
        Some(Session {
            scenario: q.scenario?,
            difficulty,
            seed: code_to_seed(&q.graine?).ok()?,
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
