//! Scoring: from answers to dimension scores, marked preferences and a
//! profile. It is *auto-positionnement*: each dimension is compared with the
//! person's own mean, never with other people, and there is no overall score.
//!
//! Rules:
//! * an answer is 1..=5; a reverse-worded item counts 6 − x;
//! * a dimension's mean is the mean of its answered items, shown 0–100 as
//!   `round((mean − 1) / 4 × 100)`;
//! * the own mean is the mean of the seven dimension means;
//! * a dimension is a *marked preference* when mean ≥ own mean + [`DELTA`],
//!   *less used* when mean ≤ own mean − [`DELTA`];
//! * ranking of dimensions (for the archetype and the duo): higher mean
//!   first; on a tie, the dimension with more answered items (its mean rests
//!   on more evidence), then canonical order ([`Dimension::ALL`]). With the
//!   session's rule that every item of the mode is answered, the second key
//!   only matters for callers scoring partial answers;
//! * profile: no marked preference → polyvalent; one → its archetype; two or
//!   more → the duo of the top two (the archetype is the top one's).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::content::QuizContent;
use crate::domain::dimension::Dimension;

/// Threshold on the 1–5 scale between the neutral zone and a marked (or
/// less used) dimension. FourSight-style "neutral zone" around own mean.
pub const DELTA: f64 = 0.5;

/// Means are ratios of small integers; this absorbs float rounding so that a
/// mean exactly at own mean ± δ counts as reaching the threshold.
const EPSILON: f64 = 1e-9;

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
    /// Whether an item belongs to this mode's set.
    pub fn includes(self, item: &super::content::Item) -> bool {
        match self {
            Mode::Express => item.express,
            Mode::Complete => true,
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

/// The outcome of one attempt. Serialisable, so the history can keep it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizResult {
    pub mode: Mode,
    /// 0–100 per dimension, canonical order.
    pub scores: [u8; 7],
    /// Marked preferences, strongest first.
    pub marked: Vec<Dimension>,
    /// Less used dimensions, least used first.
    pub less_used: Vec<Dimension>,
    pub profile: Profile,
    /// True in express mode: shown as *indicatif*.
    pub indicative: bool,
    /// Situational answers per dimension, canonical order. Kept apart from
    /// the profile: they are conversation starters, not scores.
    pub situational: [u8; 7],
}

impl QuizResult {
    /// The dimension whose archetype is shown (the top marked preference).
    pub fn archetype_dimension(&self) -> Option<Dimension> {
        match self.profile {
            Profile::Single(d) | Profile::Duo(d, _) => Some(d),
            Profile::Polyvalent => None,
        }
    }

    /// Standing of one dimension.
    pub fn standing(&self, d: Dimension) -> Standing {
        if self.marked.contains(&d) {
            Standing::Marked
        } else if self.less_used.contains(&d) {
            Standing::LessUsed
        } else {
            Standing::Neutral
        }
    }

    /// The neutral band for the radar, in points.
    pub fn neutral_band(&self) -> (f64, f64) {
        neutral_band(&self.scores)
    }
}

/// The neutral band (own mean ± δ) on the 0–100 scale, computed from
/// displayed scores; δ = 0.5 on 1–5 is 12.5 points.
pub fn neutral_band(scores: &[u8; 7]) -> (f64, f64) {
    let mean = scores.iter().map(|&s| f64::from(s)).sum::<f64>() / 7.0;
    let half = DELTA / 4.0 * 100.0;
    ((mean - half).max(0.0), (mean + half).min(100.0))
}

/// The 0–100 display of a mean on the 1–5 scale.
pub fn to_points(mean: f64) -> u8 {
    // Clamped, so the cast cannot wrap even on odd input.
    ((mean - 1.0) / 4.0 * 100.0).round().clamp(0.0, 100.0) as u8
}

/// Marked, less used and profile from per-dimension means and the number of
/// answered items behind each (for the tie rule).
pub fn classify(
    means: &[f64; 7],
    answered: &[usize; 7],
) -> (Vec<Dimension>, Vec<Dimension>, Profile) {
    let own = means.iter().sum::<f64>() / 7.0;
    // Ranking: mean desc, then answered desc, then canonical order.
    let mut ranked = Dimension::ALL;
    ranked.sort_by(|&a, &b| {
        let (i, j) = (a.index(), b.index());
        means[j]
            .total_cmp(&means[i])
            .then(answered[j].cmp(&answered[i]))
            .then(i.cmp(&j))
    });
    let marked: Vec<Dimension> = ranked
        .iter()
        .copied()
        .filter(|d| means[d.index()] >= own + DELTA - EPSILON)
        .collect();
    let less_used: Vec<Dimension> = ranked
        .iter()
        .rev()
        .copied()
        .filter(|d| means[d.index()] <= own - DELTA + EPSILON)
        .collect();
    let profile = match marked.as_slice() {
        [] => Profile::Polyvalent,
        [d] => Profile::Single(*d),
        [a, b, ..] => Profile::Duo(*a, *b),
    };
    (marked, less_used, profile)
}

/// Classification from displayed scores only (e.g. a decoded result code
/// in the team map). Scores are rounded, so a dimension sitting exactly on
/// the threshold may fall on the other side than in the original result.
pub fn classify_scores(scores: &[u8; 7]) -> (Vec<Dimension>, Vec<Dimension>, Profile) {
    let means = scores.map(|s| 1.0 + f64::from(s) / 100.0 * 4.0);
    classify(&means, &[0; 7])
}

/// Scores a set of answers (`item id → 1..=5`) for a mode. Answers to items
/// outside the mode, unknown ids and out-of-range values are ignored. Returns
/// `None` if some dimension has no usable answer.
pub fn score(
    content: &QuizContent,
    mode: Mode,
    answers: &BTreeMap<String, u8>,
    situational: &BTreeMap<String, String>,
) -> Option<QuizResult> {
    let mut sums = [0u32; 7];
    let mut answered = [0usize; 7];
    for item in content.items.iter().filter(|i| mode.includes(i)) {
        let Some(&x) = answers.get(&item.id) else {
            continue;
        };
        if !(1..=5).contains(&x) {
            continue;
        }
        let value = if item.reversed { 6 - x } else { x };
        sums[item.dimension.index()] += u32::from(value);
        answered[item.dimension.index()] += 1;
    }
    if answered.contains(&0) {
        return None;
    }
    let means: [f64; 7] = std::array::from_fn(|i| f64::from(sums[i]) / answered[i] as f64);
    let (marked, less_used, profile) = classify(&means, &answered);
    Some(QuizResult {
        mode,
        scores: means.map(to_points),
        marked,
        less_used,
        profile,
        indicative: mode == Mode::Express,
        situational: tally(content, situational),
    })
}

/// Counts situational answers (`situation id → answer id`) per dimension.
pub fn tally(content: &QuizContent, situational: &BTreeMap<String, String>) -> [u8; 7] {
    let mut counts = [0u8; 7];
    for (situation, answer) in situational {
        let chosen = content
            .situation(situation)
            .and_then(|s| s.answers.iter().find(|a| &a.id == answer));
        if let Some(a) = chosen {
            let c = &mut counts[a.dimension.index()];
            *c = c.saturating_add(1);
        }
    }
    counts
}
