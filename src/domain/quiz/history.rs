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
        (_, LessUsed) => Some((
            "c'est désormais une dimension moins utilisée",
            "now a less used dimension",
        )),
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
            let both_scored = before.is_scored(d) && after.is_scored(d);
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
            if !both_scored {
                fr = format!(
                    "{}\u{a0}: pas de comparaison, pas assez de réponses à l'un des deux questionnaires",
                    name.fr
                );
                en = format!(
                    "{}: no comparison, not enough answers in one of the two questionnaires",
                    name.en
                );
            } else if let Some((wfr, wen)) = standing_change(sb, sa) {
                // Same score, new standing: the other dimensions moved the
                // person's own mean. Say so, or "stable" reads as a
                // contradiction.
                if delta == 0 {
                    fr = format!("{}\u{a0}: même score", name.fr);
                    en = format!("{}: same score", name.en);
                    fr.push_str(&format!(
                        "\u{202f}; vos autres dimensions ont bougé, donc {wfr}"
                    ));
                    en.push_str(&format!("; your other dimensions moved, so {wen}"));
                } else {
                    fr.push_str(&format!("\u{202f}; {wfr}"));
                    en.push_str(&format!("; {wen}"));
                }
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

/// A caution when the two attempts answered different versions of the
/// questionnaire: some questions changed, so part of a move may come from
/// the questions rather than from the person.
pub fn version_note(before: &QuizResult, after: &QuizResult) -> Option<Text> {
    (before.version != after.version).then(|| Text {
        fr: format!(
            "Ces deux résultats viennent de versions différentes du questionnaire ({} et {})\u{a0}: \
             certaines questions ont changé, une partie de l'écart peut venir des questions.",
            before.version, after.version
        ),
        en: format!(
            "These two results come from different versions of the questionnaire ({} and {}): \
             some questions changed, so part of the difference may come from the questions.",
            before.version, after.version
        ),
    })
}
