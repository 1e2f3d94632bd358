//! The reading shown to the person: a named profile only when the scores
//! say so clearly, otherwise a tendency ("plutôt …") or a balanced profile,
//! and how sure that reading is.
//!
//! Why: answers to a frequency scale are noisy. A simulated retake with an
//! answer noise of SD 0.7 gave the same archetype only about a quarter of
//! the time when the archetype followed the marked preferences alone (see
//! `docs/quiz.md` and `cargo run --profile sim --bin quiz_stability`). So a
//! gap counts only when it is large compared with the noise of the means it
//! compares: a mean of n answers moves by about [`ANSWER_NOISE`] / √n from
//! one day to the next.
//!
//! Rules, on the scored dimensions only (1–5 means from the shown scores,
//! so a result code gives the same reading as the result page):
//! * fewer than [`MIN_DIMENSIONS`] scored dimensions → undetermined;
//! * rank by mean; `lift` = top − own mean, `gap(a, b)` = (a − b) / √(se_a² + se_b²);
//! * **named single** when lift ≥ δ and gap(1st, 2nd) ≥ [`NAMED_GAP`];
//!   in express mode (2 questions per dimension, indicative) the same lead
//!   is shown as a **tendency** ("Plutôt l'Explorateur·rice");
//! * **named duo** when the 2nd is also ≥ own mean + δ, the two are close
//!   (gap(1st, 2nd) < [`NAMED_GAP`]) and both clearly ahead of the 3rd
//!   (gap(2nd, 3rd) ≥ [`NAMED_GAP`]); three leaders side by side are never
//!   called a duo;
//! * otherwise **polyvalent**.
//!
//! A tendency for smaller leads was tried and dropped: in the stability
//! bench, any band below the named gap flipped on most retakes (same
//! reading 70 % at best in the complete questionnaire, see `docs/quiz.md`).

use serde::{Deserialize, Serialize};

use super::profile::{DELTA, Mode, Profile};
use crate::domain::dimension::Dimension;

/// Assumed day-to-day noise of one answer on the 1–5 scale (standard
/// deviation), the figure the stability bench uses.
pub const ANSWER_NOISE: f64 = 0.7;
/// Gap, in standard errors, for a named profile (complete questionnaire:
/// one point on the 1–5 scale; express: a point and a half).
pub const NAMED_GAP: f64 = 2.0;
/// Below this many scored dimensions, no reading at all.
pub const MIN_DIMENSIONS: usize = 4;

/// What is shown as the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadingKind {
    /// An archetype or a duo, shown by name.
    Named(Profile),
    /// "Plutôt …": one dimension leads clearly, but in the express
    /// questionnaire, too short to name a profile.
    Tendency(Dimension),
    /// No dimension leads clearly.
    Polyvalent,
    /// Too many "pas eu l'occasion" answers to read anything.
    Undetermined,
}

impl ReadingKind {
    /// The dimension the reading names or leans to.
    pub fn dimension(self) -> Option<Dimension> {
        match self {
            ReadingKind::Named(Profile::Single(d) | Profile::Duo(d, _))
            | ReadingKind::Tendency(d) => Some(d),
            _ => None,
        }
    }

    /// The same reading for display: a duo is the same whatever its order.
    pub fn same_as(self, other: ReadingKind) -> bool {
        match (self, other) {
            (ReadingKind::Named(Profile::Duo(a, b)), ReadingKind::Named(Profile::Duo(c, d))) => {
                (a, b) == (c, d) || (a, b) == (d, c)
            }
            (a, b) => a == b,
        }
    }
}

/// How sure the reading is, said in words on the result page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// The gaps are well above the answer noise.
    Clear,
    /// A lead, but a retake could change it.
    Moderate,
    /// Scores close together: the order of dimensions could change.
    Low,
}

/// The reading and its certainty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reading {
    pub kind: ReadingKind,
    pub certainty: Certainty,
}

/// Reads shown scores (0–100), unscored dimensions and scored answers per
/// dimension. `mode` only fills in missing counts.
pub fn read(scores: &[u8; 7], unscored: &[Dimension], answered: &[u8; 7], mode: Mode) -> Reading {
    read_with(scores, unscored, answered, mode, NAMED_GAP)
}

/// [`read`] with another named gap: lets the stability bench show what
/// other thresholds would give.
pub fn read_with(
    scores: &[u8; 7],
    unscored: &[Dimension],
    answered: &[u8; 7],
    mode: Mode,
    named_gap: f64,
) -> Reading {
    let mut kept: Vec<(Dimension, f64, f64)> = Dimension::ALL
        .iter()
        .filter(|d| !unscored.contains(d))
        .map(|&d| {
            let n = match answered[d.index()] {
                0 => mode.items_per_dimension(),
                n => n,
            };
            let mean = 1.0 + f64::from(scores[d.index()]) / 25.0;
            (d, mean, ANSWER_NOISE / f64::from(n).sqrt())
        })
        .collect();
    if kept.len() < MIN_DIMENSIONS {
        return Reading {
            kind: ReadingKind::Undetermined,
            certainty: Certainty::Low,
        };
    }
    let own = kept.iter().map(|k| k.1).sum::<f64>() / kept.len() as f64;
    // Higher mean first; ties in canonical order.
    kept.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.index().cmp(&b.0.index())));
    let gap = |a: (Dimension, f64, f64), b: (Dimension, f64, f64)| {
        (a.1 - b.1) / (a.2 * a.2 + b.2 * b.2).sqrt()
    };
    let (first, second, third) = (kept[0], kept[1], kept[2]);
    let lifted = |k: (Dimension, f64, f64)| k.1 - own >= DELTA - 1e-9;
    let kind = if lifted(first) && gap(first, second) >= named_gap {
        match mode {
            Mode::Complete => ReadingKind::Named(Profile::Single(first.0)),
            Mode::Express => ReadingKind::Tendency(first.0),
        }
    } else if lifted(second) && gap(second, third) >= named_gap {
        ReadingKind::Named(Profile::Duo(first.0, second.0))
    } else {
        ReadingKind::Polyvalent
    };
    let certainty = match kind {
        ReadingKind::Named(_) => Certainty::Clear,
        // Express: the lead is clear but rests on two questions each.
        ReadingKind::Tendency(_) => Certainty::Moderate,
        // Balanced and truly flat (nothing outside the neutral zone) is a
        // sure reading; balanced because the leaders are too close is not.
        _ if kept.iter().all(|k| (k.1 - own).abs() < DELTA) => Certainty::Clear,
        _ => Certainty::Low,
    };
    Reading { kind, certainty }
}
