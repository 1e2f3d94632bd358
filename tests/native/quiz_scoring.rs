//! Scoring on known answer vectors and the history comparison.

use std::collections::BTreeMap;

use labo::domain::dimension::Dimension::{self, *};
use labo::domain::quiz::content::QuizContent;
use labo::domain::quiz::history::{compare, comparison_note};
use labo::domain::quiz::scoring::{self, DELTA, Mode, Profile, QuizResult, Standing};

fn content() -> QuizContent {
    QuizContent::builtin().expect("built-in content is valid")
}

/// Answers every item of a mode: `raw(dimension, reversed)` gives the value
/// as typed by the person.
fn answers(
    c: &QuizContent,
    mode: Mode,
    raw: impl Fn(Dimension, bool) -> u8,
) -> BTreeMap<String, u8> {
    c.items
        .iter()
        .filter(|i| mode.includes(i))
        .map(|i| (i.id.clone(), raw(i.dimension, i.reversed)))
        .collect()
}

fn score(c: &QuizContent, mode: Mode, raw: impl Fn(Dimension, bool) -> u8) -> QuizResult {
    scoring::score(c, mode, &answers(c, mode, raw), &BTreeMap::new()).expect("complete")
}

/// The value to type so that an item counts `v` after reversal.
fn counts_as(v: u8, reversed: bool) -> u8 {
    if reversed { 6 - v } else { v }
}

#[test]
fn delta_is_half_a_point() {
    assert_eq!(DELTA, 0.5);
}

#[test]
fn all_ones_typed_gives_equal_dimensions_and_polyvalent() {
    let c = content();
    let r = score(&c, Mode::Complete, |_, _| 1);
    // Each dimension: three items at 1 and the reversed one at 6 − 1 = 5,
    // mean 2, shown 25.
    assert_eq!(r.scores, [25; 7]);
    assert_eq!(r.profile, Profile::Polyvalent);
    assert_eq!(
        c.profile_name(r.profile).map(|t| t.fr.as_str()),
        Some("Polyvalent·e")
    );
    assert!(r.marked.is_empty() && r.less_used.is_empty());
    assert!(!r.indicative);
}

#[test]
fn all_fives_typed_gives_75_everywhere() {
    let r = score(&content(), Mode::Complete, |_, _| 5);
    assert_eq!(r.scores, [75; 7]);
    assert_eq!(r.profile, Profile::Polyvalent);
}

#[test]
fn all_fives_after_reversal_gives_100_and_all_ones_gives_0() {
    let c = content();
    assert_eq!(
        score(&c, Mode::Complete, |_, rev| counts_as(5, rev)).scores,
        [100; 7]
    );
    assert_eq!(
        score(&c, Mode::Complete, |_, rev| counts_as(1, rev)).scores,
        [0; 7]
    );
}

#[test]
fn reversed_items_are_flipped() {
    let c = content();
    // Only the reversed Données item is typed 1 (counts 5), the rest 3:
    // Données mean (3+3+3+5)/4 = 3.5, shown 63 (62.5 rounded half away).
    let r = score(
        &c,
        Mode::Complete,
        |d, rev| if d == Donnees && rev { 1 } else { 3 },
    );
    assert_eq!(r.scores[Donnees.index()], 63);
    assert_eq!(r.scores[Curiosite.index()], 50);
}

#[test]
fn one_high_dimension_gives_its_archetype() {
    let c = content();
    let r = score(&c, Mode::Complete, |d, rev| {
        counts_as(if d == Usager { 5 } else { 3 }, rev)
    });
    assert_eq!(r.scores[Usager.index()], 100);
    assert_eq!(r.profile, Profile::Single(Usager));
    assert_eq!(r.marked, vec![Usager]);
    assert_eq!(r.archetype_dimension(), Some(Usager));
    let name = c.profile_name(r.profile).expect("named");
    assert_eq!(name.fr, "l'Enquêteur·rice de terrain");
    assert_eq!(r.standing(Usager), Standing::Marked);
    assert_eq!(r.standing(Recit), Standing::Neutral);
}

#[test]
fn two_high_dimensions_give_a_duo_strongest_first() {
    let c = content();
    let r = score(&c, Mode::Complete, |d, rev| {
        counts_as(
            match d {
                Cooperation => 5,
                Iteration => 4,
                _ => 3,
            },
            rev,
        )
    });
    assert_eq!(r.profile, Profile::Duo(Cooperation, Iteration));
    assert_eq!(r.less_used, Vec::<Dimension>::new());
    assert!(c.duo(Cooperation, Iteration).is_some());
}

#[test]
fn one_low_dimension_is_less_used() {
    let r = score(&content(), Mode::Complete, |d, rev| {
        counts_as(if d == Audace { 1 } else { 4 }, rev)
    });
    assert_eq!(r.less_used, vec![Audace]);
    assert_eq!(r.profile, Profile::Polyvalent);
}

#[test]
fn threshold_is_inclusive() {
    // Two dimensions at mean 4, five at mean 3.3: own mean
    // (8 + 16.5) / 7 = 3.5, so 4 is exactly own mean + δ: marked.
    let means = [4.0, 4.0, 3.3, 3.3, 3.3, 3.3, 3.3];
    let (marked, _, profile) = scoring::classify(&means, &[4; 7]);
    assert_eq!(marked, vec![Curiosite, Usager]);
    assert_eq!(profile, Profile::Duo(Curiosite, Usager));
}

#[test]
fn ties_follow_answered_count_then_canonical_order() {
    // Three dimensions tie at the top. With equal evidence, canonical order
    // decides (Usager before Audace before Cooperation)...
    let means = [2.0, 4.0, 2.0, 2.0, 2.0, 4.0, 4.0];
    let (marked, _, profile) = scoring::classify(&means, &[4; 7]);
    assert_eq!(marked, vec![Usager, Audace, Cooperation]);
    assert_eq!(profile, Profile::Duo(Usager, Audace));
    // ...but a mean resting on more answered items comes first.
    let (_, _, profile) = scoring::classify(&means, &[4, 2, 4, 4, 4, 4, 4]);
    assert_eq!(profile, Profile::Duo(Audace, Cooperation));
}

#[test]
fn express_mode_uses_14_items_and_is_indicative() {
    let c = content();
    let a = answers(&c, Mode::Express, |d, rev| {
        counts_as(if d == Recit { 5 } else { 2 }, rev)
    });
    assert_eq!(a.len(), 14);
    let r = scoring::score(&c, Mode::Express, &a, &BTreeMap::new()).expect("complete");
    assert!(r.indicative);
    assert_eq!(r.mode, Mode::Express);
    assert_eq!(r.profile, Profile::Single(Recit));
    // A dimension left unanswered gets no score rather than failing the
    // whole result.
    let mut partial = a.clone();
    partial.retain(|id, _| !id.starts_with("audace"));
    let r = scoring::score(&c, Mode::Express, &partial, &BTreeMap::new()).expect("scored");
    assert_eq!(r.unscored, vec![Audace]);
    assert!(scoring::score(&c, Mode::Express, &BTreeMap::new(), &BTreeMap::new()).is_none());
}

#[test]
fn situational_answers_are_tallied_apart() {
    let c = content();
    let mut situational = BTreeMap::new();
    for s in &c.situations {
        situational.insert(s.id.clone(), s.answers[0].id.clone());
    }
    let base = answers(&c, Mode::Complete, |_, _| 3);
    let r = scoring::score(&c, Mode::Complete, &base, &situational).expect("complete");
    assert_eq!(r.situational.iter().map(|&n| u32::from(n)).sum::<u32>(), 7);
    // The profile ignores them.
    assert_eq!(r.profile, Profile::Polyvalent);
}

#[test]
fn neutral_band_is_own_mean_plus_minus_12_5_points() {
    let (lo, hi) = scoring::neutral_band(&[50; 7]);
    assert_eq!((lo, hi), (37.5, 62.5));
}

#[test]
fn history_sentences_describe_the_move() {
    let c = content();
    let before = score(&c, Mode::Complete, |_, rev| counts_as(3, rev));
    let after = score(&c, Mode::Complete, |d, rev| {
        counts_as(if d == Curiosite { 5 } else { 3 }, rev)
    });
    let changes = compare(&c, &before, &after);
    assert_eq!(changes.len(), 7);
    let cur = &changes[Curiosite.index()];
    assert_eq!(cur.delta, 50);
    assert_eq!(cur.standing_after, Standing::Marked);
    assert_eq!(
        cur.sentence.fr,
        "Curiosité\u{a0}: +50 points\u{202f}; c'est désormais une préférence marquée"
    );
    assert_eq!(
        cur.sentence.en,
        "Curiosity: +50 points; now a marked preference"
    );
    assert_eq!(
        changes[Usager.index()].sentence.en,
        "User focus and immersion: unchanged"
    );
    let back = compare(&c, &after, &before);
    assert_eq!(
        back[Curiosite.index()].sentence.en,
        "Curiosity: \u{2212}50 points; no longer a marked preference"
    );
    assert!(comparison_note(&before, &after).is_none());
}
