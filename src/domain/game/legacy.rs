//! What older rules versions need to stay readable: a game saved under
//! rules version 1 opens read-only for its debrief, and its outcome is
//! judged by the tiers it was played for, not by today's.

use super::content::Stat;
use super::state::GameState;
use super::tier::Tier;

/// The tier of a deployed game under its own (older) rules, or `None`
/// when the game follows the current rules.
pub(crate) fn tier(s: &GameState) -> Option<Tier> {
    match s.content_version {
        1 => {
            // Rules version 1: pilot from impact 5; scaled from impact 8,
            // buy-in 6, participation 4 and support 3.
            let b = &s.board;
            let (support, buy_in, participation, impact) = (
                b.stat(Stat::Support),
                b.stat(Stat::BuyIn),
                b.stat(Stat::Participation),
                b.stat(Stat::Impact),
            );
            Some(
                if impact >= 8 && buy_in >= 6 && participation >= 4 && support >= 3 {
                    Tier::Scaled
                } else if impact >= 5 {
                    Tier::Pilot
                } else {
                    Tier::Delivered
                },
            )
        }
        _ => None,
    }
}
