//! Outcome tiers, not win/lose: abandoned, delivered but not adopted, pilot
//! succeeded but not sustained, scaled up and adopted. Thresholds are data
//! (`tiers` in `rules.json`); only "abandoned" is decided here.

use serde::{Deserialize, Serialize};

use super::content::Content;
use super::resolve::cond_holds;
use super::state::{EndReason, GameState, Step};
pub use super::tier::Tier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub tier: Tier,
    pub end: EndReason,
}

impl GameState {
    /// The tier the project would reach if it ended now.
    pub fn projected_tier(&self, c: &Content) -> Tier {
        let b = &self.board;
        // A project that lost its support, or never delivered anything, is abandoned.
        if !b.deployed || b.step == Step::Over(EndReason::SupportLost) {
            return Tier::Abandoned;
        }
        if let Some(tier) = super::legacy::tier(self) {
            return tier;
        }
        let mut tier = Tier::Delivered;
        for t in [Tier::Pilot, Tier::Scaled] {
            match c.tiers.get(t.index()) {
                Some(def) if def.requires.iter().all(|k| cond_holds(b, k)) => tier = t,
                _ => break,
            }
        }
        tier
    }

    /// The final outcome, once the game is over.
    pub fn outcome(&self, c: &Content) -> Option<Outcome> {
        match self.board.step {
            Step::Over(end) => Some(Outcome {
                tier: self.projected_tier(c),
                end,
            }),
            _ => None,
        }
    }
}
