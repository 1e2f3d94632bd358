//! Comparing two attempts of the same person: how each dimension moved, in
//! points and in words. Only the person's own results are compared, never
//! other people's.

use serde::{Deserialize, Serialize};

use super::content::QuizContent;
use super::scoring::{QuizResult, Standing};
use crate::domain::dimension::Dimension;
use crate::domain::text::Text;

/// How one dimension moved between two results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DimensionChange {
    pub dimension: Dimension,
    pub before: u8,
    pub after: u8,
    /// after − before, in points.
    pub delta: i16,
    pub standing_before: Standing,
    pub standing_after: Standing,
    /// e.g. "Curiosité : +15 points ; c'est désormais une préférence marquée".
    pub sentence: Text,
}

/// "+15 points", "−1 point", "stable" (U+2212 minus, read as "moins").
fn points(delta: i16) -> (String, String) {
    let n = delta.unsigned_abs();
    let sign = if delta > 0 { "+" } else { "\u{2212}" };
    match delta {
        0 => ("stable".to_owned(), "unchanged".to_owned()),
        1 | -1 => (format!("{sign}{n} point"), format!("{sign}{n} point")),
        _ => (format!("{sign}{n} points"), format!("{sign}{n} points")),
    }
}

/// Words for a change of standing; `None` when it did not change. Phrased
/// with "c'est" so that it agrees with any dimension name in French.
fn standing_change(before: Standing, after: Standing) -> Option<(&'static str, &'static str)> {
    use Standing::{LessUsed, Marked, Neutral};
    match (before, after) {
        (a, b) if a == b => None,
        (_, Marked) => Some((
            "c'est désormais une préférence marquée",
            "now a marked preference",
        )),
        (_, LessUsed) => Some(("c'est désormais moins mobilisé", "now less used")),
        (Marked, Neutral) => Some((
            "ce n'est plus une préférence marquée",
            "no longer a marked preference",
        )),
        (LessUsed, Neutral) => Some((
            "c'est revenu dans la zone neutre",
            "back in the neutral zone",
        )),
        _ => None,
    }
}

/// Per-dimension changes from `before` to `after`, canonical order. Names
/// come from the content; an id is used if a name is missing.
pub fn compare(
    content: &QuizContent,
    before: &QuizResult,
    after: &QuizResult,
) -> Vec<DimensionChange> {
    Dimension::ALL
        .iter()
        .map(|&d| {
            let (b, a) = (before.scores[d.index()], after.scores[d.index()]);
            let delta = i16::from(a) - i16::from(b);
            let (sb, sa) = (before.standing(d), after.standing(d));
            let name = content
                .dimension(d)
                .map(|i| i.name.clone())
                .unwrap_or_else(|| Text {
                    fr: d.id().to_owned(),
                    en: d.id().to_owned(),
                });
            let (pts_fr, pts_en) = points(delta);
            let mut fr = format!("{}\u{a0}: {pts_fr}", name.fr);
            let mut en = format!("{}: {pts_en}", name.en);
            if let Some((wfr, wen)) = standing_change(sb, sa) {
                fr.push_str(&format!("\u{202f}; {wfr}"));
                en.push_str(&format!("; {wen}"));
            }
            DimensionChange {
                dimension: d,
                before: b,
                after: a,
                delta,
                standing_before: sb,
                standing_after: sa,
                sentence: Text { fr, en },
            }
        })
        .collect()
}

/// A caution to show when the two attempts are not comparable as such
/// (an express result is only indicative).
pub fn comparison_note(before: &QuizResult, after: &QuizResult) -> Option<Text> {
    (before.indicative || after.indicative).then(|| Text {
        fr: "L'un des deux résultats vient du questionnaire express\u{a0}: l'écart est indicatif."
            .to_owned(),
        en: "One of the two results comes from the express questionnaire: the difference is \
             only indicative."
            .to_owned(),
    })
}
