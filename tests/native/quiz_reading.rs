//! Questionnaire v2: "pas eu l'occasion", honest readings with margins,
//! advice computed from one's own profile, versioned codes, Cronbach's α
//! and the stability simulation.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use labo::domain::dimension::Dimension::{self, *};
use labo::domain::quiz::advice::advise;
use labo::domain::quiz::code::{CodeData, decode, encode, encode_data};
use labo::domain::quiz::content::QuizContent;
use labo::domain::quiz::history::{compare, version_note};
use labo::domain::quiz::reading::{Certainty, ReadingKind, read};
use labo::domain::quiz::reliability::{
    alpha_by_dimension, cronbach_alpha, month_of, parse_pilot_csv, pilot_csv,
};
use labo::domain::quiz::scoring::{self, Mode, NOT_APPLICABLE, Profile, QuizResult};
use labo::domain::quiz::stability::simulate;

fn content() -> QuizContent {
    QuizContent::builtin().expect("built-in content is valid")
}

/// Answers every item of a mode so that it *counts* `value(dimension)`.
fn counted(c: &QuizContent, mode: Mode, value: impl Fn(Dimension) -> u8) -> BTreeMap<String, u8> {
    c.items
        .iter()
        .filter(|i| mode.includes(i))
        .map(|i| {
            let v = value(i.dimension);
            (i.id.clone(), if i.reversed { 6 - v } else { v })
        })
        .collect()
}

fn score(c: &QuizContent, mode: Mode, a: &BTreeMap<String, u8>) -> QuizResult {
    scoring::score(c, mode, a, &BTreeMap::new()).expect("scored")
}

#[test]
fn not_had_the_chance_is_kept_but_not_scored() {
    let c = content();
    let mut a = counted(&c, Mode::Complete, |_| 3);
    // Two of the four usager items: "pas eu l'occasion"; the others at 5.
    let usager: Vec<String> = c
        .items
        .iter()
        .filter(|i| i.dimension == Usager)
        .map(|i| i.id.clone())
        .collect();
    a.insert(usager[0].clone(), NOT_APPLICABLE);
    a.insert(usager[1].clone(), NOT_APPLICABLE);
    for id in &usager[2..] {
        let rev = c.item(id).expect("item").reversed;
        a.insert(id.clone(), if rev { 1 } else { 5 });
    }
    let r = score(&c, Mode::Complete, &a);
    assert!(r.unscored.is_empty());
    assert_eq!(r.answered[Usager.index()], 2);
    assert_eq!(r.scores[Usager.index()], 100);
    assert_eq!(r.answers.get(&usager[0]), Some(&NOT_APPLICABLE));
    // Three "pas eu l'occasion": fewer than 2 scored answers, no score.
    a.insert(usager[2].clone(), NOT_APPLICABLE);
    let r = score(&c, Mode::Complete, &a);
    assert_eq!(r.unscored, vec![Usager]);
    assert!(!r.is_scored(Usager));
    assert!(!r.marked.contains(&Usager) && !r.less_used.contains(&Usager));
    // The own mean leaves it out: everything else equal is balanced.
    assert_eq!(r.profile, Profile::Polyvalent);
}

#[test]
fn answering_the_same_everywhere_gives_no_profile_even_in_express() {
    let c = content();
    for mode in [Mode::Express, Mode::Complete] {
        for typed in 1..=5u8 {
            let a: BTreeMap<String, u8> = c
                .items
                .iter()
                .filter(|i| mode.includes(i))
                .map(|i| (i.id.clone(), typed))
                .collect();
            let r = score(&c, mode, &a);
            assert!(r.marked.is_empty(), "{mode:?} typed {typed}");
            assert_eq!(r.reading().kind, ReadingKind::Polyvalent);
        }
    }
}

#[test]
fn every_dimension_has_a_reversed_express_item() {
    let c = content();
    for d in Dimension::ALL {
        assert!(
            c.items
                .iter()
                .any(|i| i.dimension == d && i.express && i.reversed),
            "{d:?}"
        );
    }
}

#[test]
fn only_a_clear_lead_is_named() {
    let m = Mode::Complete;
    // 1–5 means 4.5 vs 3 elsewhere: named.
    let r = read(&[88, 50, 50, 50, 50, 50, 50], &[], &[4; 7], m);
    assert_eq!(r.kind, ReadingKind::Named(Profile::Single(Curiosite)));
    assert_eq!(r.certainty, Certainty::Clear);
    // A lead of 0.75 point over the second: not clear enough, whatever the
    // lift over the mean.
    let r = read(&[72, 53, 50, 50, 50, 50, 50], &[], &[4; 7], m);
    assert_eq!(r.kind, ReadingKind::Polyvalent);
    assert_eq!(r.certainty, Certainty::Low);
    // The clear lead in express mode: only a tendency ("Plutôt …").
    let r = read(&[88, 50, 50, 50, 50, 50, 50], &[], &[2; 7], Mode::Express);
    assert_eq!(r.kind, ReadingKind::Tendency(Curiosite));
    assert_eq!(r.certainty, Certainty::Moderate);
    // The same scores resting on fewer answers (two "pas eu l'occasion" in
    // the complete questionnaire) are read with the same caution.
    let r = read(
        &[88, 50, 50, 50, 50, 50, 50],
        &[],
        &[2, 4, 4, 4, 4, 4, 4],
        m,
    );
    assert_eq!(r.kind, ReadingKind::Named(Profile::Single(Curiosite)));
    let r = read(
        &[76, 50, 50, 50, 50, 50, 50],
        &[],
        &[2, 4, 4, 4, 4, 4, 4],
        m,
    );
    assert_eq!(r.kind, ReadingKind::Polyvalent);
    // Flat: polyvalent, and that reading is sure.
    let r = read(&[50; 7], &[], &[4; 7], m);
    assert_eq!(r.kind, ReadingKind::Polyvalent);
    assert_eq!(r.certainty, Certainty::Clear);
    // Most dimensions unscored: undetermined.
    let r = read(
        &[50; 7],
        &[Curiosite, Usager, Iteration, Donnees],
        &[4; 7],
        m,
    );
    assert_eq!(r.kind, ReadingKind::Undetermined);
}

#[test]
fn three_marked_dimensions_are_not_called_a_duo() {
    let c = content();
    let a = counted(&c, Mode::Complete, |d| match d {
        Usager | Donnees | Recit => 5,
        _ => 2,
    });
    let r = score(&c, Mode::Complete, &a);
    assert_eq!(r.marked.len(), 3);
    // Three equal leaders: neither one archetype nor one duo stands out.
    assert_eq!(r.reading().kind, ReadingKind::Polyvalent);
    // Two clear leaders: the duo.
    let a = counted(&c, Mode::Complete, |d| match d {
        Usager | Donnees => 5,
        _ => 2,
    });
    let r = score(&c, Mode::Complete, &a);
    assert_eq!(
        r.reading().kind,
        ReadingKind::Named(Profile::Duo(Usager, Donnees))
    );
    assert_eq!(
        c.reading_name(ReadingKind::Tendency(Curiosite)).fr,
        "Plutôt l'Explorateur·rice"
    );
}

#[test]
fn the_partner_is_never_a_marked_dimension() {
    let c = content();
    // Every pair of high dimensions, every single one, and flat.
    let mut profiles: Vec<Vec<Dimension>> = vec![vec![]];
    for a in Dimension::ALL {
        profiles.push(vec![a]);
        for b in Dimension::ALL {
            if a < b {
                profiles.push(vec![a, b]);
            }
        }
    }
    for high in profiles {
        let a = counted(&c, Mode::Complete, |d| {
            if high.contains(&d) {
                5
            } else if d == Cooperation || d == Audace {
                2
            } else {
                3
            }
        });
        let r = score(&c, Mode::Complete, &a);
        let advice = advise(&c, &r);
        let partner = advice.partner.expect("a partner").dimension;
        assert!(
            !r.marked.contains(&partner),
            "{high:?}: partner {partner:?}"
        );
        assert!(!high.contains(&partner), "{high:?}: partner {partner:?}");
        let (develop, _) = advice.develop.expect("a second action");
        assert!(!high.contains(&develop), "{high:?}: develop {develop:?}");
        assert!(!advice.strengths.is_empty(), "{high:?}: strengths");
    }
}

#[test]
fn a_balanced_profile_gets_strengths_a_partner_and_two_actions() {
    let c = content();
    let a = counted(&c, Mode::Complete, |d| if d == Donnees { 2 } else { 3 });
    let r = score(&c, Mode::Complete, &a);
    assert_eq!(r.reading().kind, ReadingKind::Polyvalent);
    let advice = advise(&c, &r);
    assert!(advice.lead.is_none());
    assert_eq!(advice.strengths.len(), 3);
    assert_eq!(advice.partner.map(|p| p.dimension), Some(Donnees));
    assert_eq!(advice.action.method, "codeveloppement");
    assert_eq!(
        advice.develop.map(|d| d.1.method.as_str()),
        Some("evaluation")
    );
}

#[test]
fn codes_carry_the_version_and_unscored_dimensions() {
    let c = content();
    let mut a = counted(&c, Mode::Express, |_| 3);
    for i in c.items.iter().filter(|i| i.dimension == Recit) {
        a.insert(i.id.clone(), NOT_APPLICABLE);
    }
    let r = score(&c, Mode::Express, &a);
    assert_eq!(r.version, 2);
    let d = decode(&encode(&r)).expect("valid");
    assert_eq!(d.version, 2);
    assert_eq!(d.unscored_dimensions(), vec![Recit]);
    assert_eq!(d.scores, r.scores);
    // A version-1 code from before still reads, with its scores.
    let v1 = encode_data(&CodeData {
        version: 1,
        mode: Mode::Complete,
        scores: [100, 0, 37, 50, 99, 1, 64],
        unscored: [false; 7],
    });
    let d = decode(&v1).expect("v1 reads");
    assert_eq!((d.version, d.scores), (1, [100, 0, 37, 50, 99, 1, 64]));
    // A result filed before versions existed reads as version 1.
    let mut old: serde_json::Value = serde_json::to_value(&r).expect("json");
    let o = old.as_object_mut().expect("object");
    for key in ["version", "unscored", "answered", "answers"] {
        o.remove(key);
    }
    let old: QuizResult = serde_json::from_value(old).expect("old result reads");
    assert_eq!(old.version, 1);
    // And writes back without the new fields (export/import round trip).
    let again = serde_json::to_value(&old).expect("json");
    for key in ["version", "unscored", "answered", "answers"] {
        assert!(again.get(key).is_none(), "{key}");
    }
    assert_eq!(decode(&encode(&old)).map(|d| d.version), Ok(1));
    assert!(version_note(&old, &r).is_some());
    assert!(version_note(&r, &r).is_none());
}

#[test]
fn same_score_with_a_new_standing_says_why() {
    let c = content();
    let before = score(&c, Mode::Complete, &counted(&c, Mode::Complete, |_| 3));
    // Curiosité stays at 3 while the others rise: now less used.
    let after = score(
        &c,
        Mode::Complete,
        &counted(&c, Mode::Complete, |d| if d == Curiosite { 3 } else { 4 }),
    );
    let changes = compare(&c, &before, &after);
    let s = &changes[Curiosite.index()].sentence.fr;
    assert!(!s.contains("stable"), "{s}");
    assert!(
        s.contains("même score") && s.contains("moins utilisée"),
        "{s}"
    );
}

/// The worked example of pingouin's `cronbach_alpha` (its data set
/// `cronbach_alpha.csv`: 15 people, 10 items), documented α = 0.5917.
#[test]
fn alpha_matches_the_reference_example() {
    let items: [[f64; 15]; 10] = [
        [3., 5., 7., 2., 6., 1., 4., 2., 6., 5., 4., 4., 5., 6., 4.],
        [2., 4., 3., 4., 5., 2., 3., 4., 5., 4., 3., 2., 5., 5., 3.],
        [4., 6., 5., 3., 6., 3., 5., 4., 5., 6., 5., 3., 6., 5., 5.],
        [1., 3., 5., 3., 5., 4., 3., 3., 5., 4., 2., 2., 2., 4., 5.],
        [4., 5., 6., 2., 4., 2., 5., 7., 1., 3., 5., 5., 3., 2., 3.],
        [5., 1., 4., 2., 4., 5., 2., 2., 6., 5., 3., 3., 3., 2., 1.],
        [1., 2., 3., 2., 4., 2., 1., 2., 5., 3., 2., 4., 2., 1., 3.],
        [4., 5., 3., 6., 6., 3., 2., 4., 2., 1., 3., 2., 4., 4., 2.],
        [3., 5., 6., 6., 7., 5., 4., 6., 3., 7., 4., 3., 4., 6., 3.],
        [2., 5., 5., 3., 5., 2., 3., 5., 2., 2., 1., 4., 5., 5., 4.],
    ];
    let rows: Vec<Vec<f64>> = (0..15)
        .map(|p| items.iter().map(|i| i[p]).collect())
        .collect();
    let alpha = cronbach_alpha(&rows).expect("defined");
    assert!((alpha - 0.591_718_848_599_582_6).abs() < 1e-12, "{alpha}");
    // Undefined without variance.
    assert_eq!(cronbach_alpha(&[vec![3.0, 3.0], vec![3.0, 3.0]]), None);
}

#[test]
fn pilot_csv_round_trips_and_gives_alpha_from_ten_people() {
    let c = content();
    assert_eq!(month_of(0), "1970-01");
    assert_eq!(month_of(1_764_720_000_000), "2025-12");
    let results: Vec<QuizResult> = (0..12u8)
        .map(|p| {
            let mut a = counted(&c, Mode::Complete, |d| {
                1 + (p + d.index() as u8 * (p % 3)) % 5
            });
            a.insert("curiosite_1".to_owned(), NOT_APPLICABLE);
            score(&c, Mode::Complete, &a)
        })
        .collect();
    let attempts: Vec<(u64, &QuizResult)> =
        results.iter().map(|r| (1_764_720_000_000, r)).collect();
    let csv = pilot_csv(&attempts);
    assert!(csv.starts_with("version,mode,month,audace_1,"));
    // curiosite_1 is the 9th item column (sorted ids): 3 + 8 commas before.
    let row = csv.lines().nth(1).expect("a row");
    assert!(row.starts_with("2,complete,2025-12,"), "{row}");
    assert_eq!(row.split(',').nth(11), Some("na"), "{row}");
    // No name, no day: only the month.
    assert!(!csv.contains("2025-12-"));
    // Two files pasted together: the second header is skipped.
    let pooled = format!("{csv}{csv}");
    let rows = parse_pilot_csv(&pooled).expect("reads");
    assert_eq!(rows.len(), 24);
    let (alphas, other) = alpha_by_dimension(&c, &rows);
    assert_eq!(other, 0);
    let cur = alphas[Curiosite.index()];
    // curiosite_1 is "na" for everyone: nobody has the four items.
    assert_eq!((cur.people, cur.alpha), (0, None));
    let us = alphas[Usager.index()];
    assert_eq!(us.people, 24);
    assert!(us.alpha.is_some());
    // Fewer than ten people: no α.
    let few = parse_pilot_csv(&pilot_csv(&attempts[..9])).expect("reads");
    assert!(
        alpha_by_dimension(&c, &few)
            .0
            .iter()
            .all(|a| a.alpha.is_none())
    );
    let bad = parse_pilot_csv("version,mode,month,curiosite_1\n2,complete,2025-12,7\n");
    assert_eq!(bad.map_err(|e| e.line), Err(2));
}

/// A deterministic ceiling on a small sample; the full figures come from
/// `cargo run --profile sim --bin quiz_stability` (make bench).
#[test]
fn readings_are_stable_under_answer_noise() {
    let c = content();
    for mode in [Mode::Complete, Mode::Express] {
        let f = simulate(&c, mode, 2000, 0.7, 15);
        assert!(f.same_reading >= 0.8, "{mode:?}: {f:?}");
        assert!(f.flat_not_named >= 0.8, "{mode:?}: {f:?}");
    }
}
