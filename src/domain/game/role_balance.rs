//! Does a role swing the game? The balance simulator plays the same games
//! (same seeds, same decks) with one person holding each role, with a
//! whole table holding every role, and with no role at all, for a given
//! strategy. A role is a small help, not a way to win: the pilot-or-better
//! rate of each role must stay within [`MAX_SWING`] points of no role.

use serde::Serialize;

use super::content::{Content, Role};
use super::sim::{Strategy, Tally, tally_with};
use super::state::{Difficulty, Member, Team};

/// The most a single role may move the pilot-or-better rate, in points.
pub const MAX_SWING: f64 = 10.0;

/// Who holds roles in a row of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Holders {
    /// One person, no role: the baseline.
    Nobody,
    /// One person with this role.
    One(Role),
    /// Eight people, one per role.
    Everyone,
}

impl Holders {
    /// Every row, the baseline first.
    pub fn all() -> Vec<Holders> {
        let mut v = vec![Holders::Nobody];
        v.extend(Role::ALL.map(Holders::One));
        v.push(Holders::Everyone);
        v
    }

    pub fn label(self) -> String {
        match self {
            Holders::Nobody => "no role".into(),
            Holders::One(r) => r.id().into(),
            Holders::Everyone => "every role".into(),
        }
    }

    /// The one team playing.
    pub fn team(self) -> Team {
        let roles: Vec<Option<Role>> = match self {
            Holders::Nobody => vec![None],
            Holders::One(r) => vec![Some(r)],
            Holders::Everyone => Role::ALL.map(Some).to_vec(),
        };
        Team {
            name: "Équipe".into(),
            members: roles
                .into_iter()
                .map(|role| Member {
                    name: String::new(),
                    role,
                })
                .collect(),
        }
    }
}

/// One row: the holders and their games over every scenario.
#[derive(Debug, Clone, Serialize)]
pub struct RoleRow {
    pub holders: Holders,
    pub tally: Tally,
}

/// The comparison for one strategy: `games` per scenario and row.
pub fn role_rows(
    c: &Content,
    difficulty: Difficulty,
    strategy: Strategy,
    games: u64,
) -> Vec<RoleRow> {
    Holders::all()
        .into_iter()
        .map(|holders| {
            let team = [holders.team()];
            let mut tally = Tally::default();
            for sc in 0..c.scenarios.len() {
                tally.add(&tally_with(
                    c,
                    sc,
                    difficulty,
                    &team,
                    strategy,
                    games,
                    |_, _| {},
                ));
            }
            RoleRow { holders, tally }
        })
        .collect()
}

/// The swing of a row against the baseline, in points of the
/// pilot-or-better rate.
pub fn swing(rows: &[RoleRow], row: &RoleRow) -> f64 {
    let base = rows
        .iter()
        .find(|r| r.holders == Holders::Nobody)
        .map_or(0.0, |r| r.tally.good_pct());
    row.tally.good_pct() - base
}
