//! The outcome tiers, a leaf module: the current rules ([`super::outcome`])
//! and the older ones ([`super::legacy`]) both judge a game in them.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Abandoned,
    Delivered,
    Pilot,
    Scaled,
}

impl Tier {
    pub const ALL: [Tier; 4] = [Tier::Abandoned, Tier::Delivered, Tier::Pilot, Tier::Scaled];
    /// Same ids as `tiers` in `rules.json` (name and description there).
    pub fn id(self) -> &'static str {
        ["abandoned", "delivered", "pilot", "scaled"][self as usize]
    }
    pub fn index(self) -> usize {
        self as usize
    }
}
