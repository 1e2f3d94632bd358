//! Scoring: from answers to dimension scores, marked preferences and a
//! profile. It is *auto-positionnement*: each dimension is compared with the
//! person's own mean, never with other people, and there is no overall score.
//!
//! Rules:
//! * an answer is 1..=5; a reverse-worded item counts 6 − x; the answer
//!   [`NOT_APPLICABLE`] ("pas eu l'occasion") is kept but not scored;
//! * a dimension's mean is the mean of its scored items, shown 0–100 as
//!   `round((mean − 1) / 4 × 100)`; with fewer than [`MIN_SCORED`] scored
//!   items it has no score at all ("pas assez de réponses");
//! * the own mean is the mean of the scored dimensions' means;
//! * a dimension is a *marked preference* when mean ≥ own mean + [`DELTA`],
//!   *less used* when mean ≤ own mean − [`DELTA`];
//! * ranking of dimensions (for the archetype and the duo): higher mean
//!   first; on a tie, the dimension with more answered items (its mean rests
//!   on more evidence), then canonical order ([`Dimension::ALL`]). With the
//!   session's rule that every item of the mode is answered, the second key
//!   only matters for callers scoring partial answers;
//! * profile: no marked preference → polyvalent; one → its archetype; two or
//!   more → the duo of the top two (the archetype is the top one's). What
//!   the screens name is the more cautious [`super::reading`] of the scores.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::content::QuizContent;
pub use super::profile::{DELTA, Mode, Profile, Standing};
use crate::domain::dimension::Dimension;

/// The answer "pas eu l'occasion" / "not had the chance": recorded, never
/// scored.
pub const NOT_APPLICABLE: u8 = 0;

/// Fewer scored answers than this and a dimension gets no score.
pub const MIN_SCORED: usize = 2;

/// Results filed before versions were recorded came from questionnaire 1.
fn first_version() -> u32 {
    1
}

fn is_first_version(v: &u32) -> bool {
    *v == 1
}

fn is_unknown_count(counts: &[u8; 7]) -> bool {
    *counts == [0; 7]
}

/// Means are ratios of small integers; this absorbs float rounding so that a
/// mean exactly at own mean ± δ counts as reaching the threshold.
const EPSILON: f64 = 1e-9;

/// The outcome of one attempt. Serialisable, so the history can keep it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizResult {
    /// The questionnaire version (content `meta.version`) that was answered.
    // Fields added with version 2 are left out when at their old value, so
    // an older result round-trips (export, import) byte for byte.
    #[serde(default = "first_version", skip_serializing_if = "is_first_version")]
    pub version: u32,
    pub mode: Mode,
    /// 0–100 per dimension, canonical order (0 for an unscored dimension).
    pub scores: [u8; 7],
    /// Dimensions with too few scored answers to get a score.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unscored: Vec<Dimension>,
    /// Scored answers per dimension; all zero in results filed before it
    /// was recorded (then every item of the mode was scored).
    #[serde(default, skip_serializing_if = "is_unknown_count")]
    pub answered: [u8; 7],
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
    /// The raw answers (item id → 0..=5), kept on this device only, for the
    /// opt-in anonymous pilot export. Empty in older results.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, u8>,
}

impl QuizResult {
    /// The dimension whose archetype is shown: the one the reading names
    /// or leans to, none for a balanced profile.
    pub fn archetype_dimension(&self) -> Option<Dimension> {
        self.reading().kind.dimension()
    }

    /// The role this result brings to the game: its lead archetype's, or
    /// the all-rounder's when no dimension leads (as the result page says).
    pub fn game_role(&self) -> crate::domain::role::Role {
        self.archetype_dimension().map_or(
            crate::domain::role::Role::Polyvalent,
            crate::domain::role::Role::Profile,
        )
    }

    /// The cautious reading shown to the person (see [`super::reading`]).
    pub fn reading(&self) -> super::reading::Reading {
        super::reading::read(
            &self.scores,
            &self.unscored,
            &self.answered_counts(),
            self.mode,
        )
    }

    /// Scored answers per dimension, filling in old results.
    pub fn answered_counts(&self) -> [u8; 7] {
        if self.answered == [0; 7] && self.unscored.is_empty() {
            [self.mode.items_per_dimension(); 7]
        } else {
            self.answered
        }
    }

    /// Whether a dimension has a score.
    pub fn is_scored(&self, d: Dimension) -> bool {
        !self.unscored.contains(&d)
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
        neutral_band_of(&self.scores, &self.unscored)
    }
}

/// The neutral band (own mean ± δ) on the 0–100 scale, computed from
/// displayed scores; δ = 0.5 on 1–5 is 12.5 points.
pub fn neutral_band(scores: &[u8; 7]) -> (f64, f64) {
    neutral_band_of(scores, &[])
}

/// The neutral band over the scored dimensions only.
pub fn neutral_band_of(scores: &[u8; 7], unscored: &[Dimension]) -> (f64, f64) {
    let kept: Vec<f64> = Dimension::ALL
        .iter()
        .filter(|d| !unscored.contains(d))
        .map(|d| f64::from(scores[d.index()]))
        .collect();
    let mean = if kept.is_empty() {
        50.0
    } else {
        kept.iter().sum::<f64>() / kept.len() as f64
    };
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
    classify_partial(&means.map(Some), answered)
}

/// [`classify`] where some dimensions may have no mean (too few scored
/// answers): they are left out of the own mean and of every list.
pub fn classify_partial(
    means: &[Option<f64>; 7],
    answered: &[usize; 7],
) -> (Vec<Dimension>, Vec<Dimension>, Profile) {
    let kept: Vec<(Dimension, f64)> = Dimension::ALL
        .iter()
        .filter_map(|&d| means[d.index()].map(|m| (d, m)))
        .collect();
    if kept.is_empty() {
        return (Vec::new(), Vec::new(), Profile::Polyvalent);
    }
    let own = kept.iter().map(|(_, m)| m).sum::<f64>() / kept.len() as f64;
    // Ranking: mean desc, then answered desc, then canonical order.
    let mut ranked = kept;
    ranked.sort_by(|&(a, ma), &(b, mb)| {
        let (i, j) = (a.index(), b.index());
        mb.total_cmp(&ma)
            .then(answered[j].cmp(&answered[i]))
            .then(i.cmp(&j))
    });
    let marked: Vec<Dimension> = ranked
        .iter()
        .filter(|(_, m)| *m >= own + DELTA - EPSILON)
        .map(|(d, _)| *d)
        .collect();
    let less_used: Vec<Dimension> = ranked
        .iter()
        .rev()
        .filter(|(_, m)| *m <= own - DELTA + EPSILON)
        .map(|(d, _)| *d)
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
    classify_scores_of(scores, &[])
}

/// [`classify_scores`] leaving out unscored dimensions.
pub fn classify_scores_of(
    scores: &[u8; 7],
    unscored: &[Dimension],
) -> (Vec<Dimension>, Vec<Dimension>, Profile) {
    let means: [Option<f64>; 7] = std::array::from_fn(|i| {
        let d = Dimension::ALL[i];
        (!unscored.contains(&d)).then(|| 1.0 + f64::from(scores[i]) / 100.0 * 4.0)
    });
    classify_partial(&means, &[0; 7])
}

/// Scores a set of answers (`item id → 0..=5`, 0 being
/// [`NOT_APPLICABLE`]) for a mode. Answers to items outside the mode,
/// unknown ids and out-of-range values are ignored. Returns `None` if no
/// item of the mode was answered at all.
pub fn score(
    content: &QuizContent,
    mode: Mode,
    answers: &BTreeMap<String, u8>,
    situational: &BTreeMap<String, String>,
) -> Option<QuizResult> {
    let ids: Vec<&str> = content
        .items
        .iter()
        .filter(|i| mode.includes(i))
        .map(|i| i.id.as_str())
        .collect();
    score_items(content, mode, &ids, answers, situational)
}

/// [`score`] over an explicit list of item ids (a session's own steps, so
/// that an attempt started on an older item set is scored on what it asked).
pub fn score_items(
    content: &QuizContent,
    mode: Mode,
    ids: &[&str],
    answers: &BTreeMap<String, u8>,
    situational: &BTreeMap<String, String>,
) -> Option<QuizResult> {
    let mut sums = [0u32; 7];
    let mut answered = [0usize; 7];
    let mut any = false;
    for item in ids.iter().filter_map(|id| content.item(id)) {
        let Some(&x) = answers.get(&item.id) else {
            continue;
        };
        if x == NOT_APPLICABLE {
            any = true;
            continue;
        }
        if !(1..=5).contains(&x) {
            continue;
        }
        any = true;
        let value = if item.reversed { 6 - x } else { x };
        sums[item.dimension.index()] += u32::from(value);
        answered[item.dimension.index()] += 1;
    }
    if !any {
        return None;
    }
    let means: [Option<f64>; 7] = std::array::from_fn(|i| {
        (answered[i] >= MIN_SCORED).then(|| f64::from(sums[i]) / answered[i] as f64)
    });
    let unscored: Vec<Dimension> = Dimension::ALL
        .into_iter()
        .filter(|d| means[d.index()].is_none())
        .collect();
    let (marked, less_used, profile) = classify_partial(&means, &answered);
    Some(QuizResult {
        version: content.meta.version,
        mode,
        scores: means.map(|m| m.map_or(0, to_points)),
        unscored,
        answered: answered.map(|n| u8::try_from(n).unwrap_or(u8::MAX)),
        marked,
        less_used,
        profile,
        indicative: mode == Mode::Express,
        situational: tally(content, situational),
        answers: ids
            .iter()
            .filter_map(|id| answers.get(*id).map(|&v| ((*id).to_owned(), v)))
            .filter(|(_, v)| *v <= 5)
            .collect(),
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
