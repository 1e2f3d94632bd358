//! The quiz's vocabulary: which item set was answered, the profile drawn
//! and where a dimension stands. A leaf module, so that the content, the
//! scoring and the reading can all name these without importing each other.

use serde::{Deserialize, Serialize};

use crate::domain::dimension::Dimension;

/// Threshold on the 1–5 scale between the neutral zone and a marked (or
/// less used) dimension. FourSight-style "neutral zone" around own mean.
pub const DELTA: f64 = 0.5;

/// Which item set was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// 14 items (2 per dimension): quick and only indicative.
    Express,
    /// The 28 core items.
    Complete,
}

impl Mode {
    /// Items per dimension in this mode's set.
    pub fn items_per_dimension(self) -> u8 {
        match self {
            Mode::Express => 2,
            Mode::Complete => 4,
        }
    }
}

/// The profile drawn from marked preferences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Profile {
    Single(Dimension),
    /// The two top marked preferences, strongest first.
    Duo(Dimension, Dimension),
    Polyvalent,
}

/// Where a dimension stands relative to the person's own mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    Marked,
    Neutral,
    LessUsed,
}
