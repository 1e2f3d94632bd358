//! Balance guard: every target of issue #13 on 300 games a cell (normal
//! difficulty, two teams, every scenario), so that a rule or content change
//! that breaks a lesson fails CI; and the lesson matrix holds. The full
//! table (2,000 games a cell) comes from `make bench`, i.e.
//! `cargo run --profile sim --bin balance`.
//!
//! The sample is smaller than the bench's, so each threshold keeps a margin
//! of about two standard errors (3 points at 300 games).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use labo::domain::game::lessons;
use labo::domain::game::sim::{Strategy, Tally, tally};
use labo::domain::game::{Content, Difficulty};

const GAMES: u64 = 300;
/// Margin for sampling noise, in percentage points.
const M: f64 = 3.0;

fn cells(
    c: &Content,
    d: Difficulty,
    strategies: &[Strategy],
) -> BTreeMap<(usize, Strategy), Tally> {
    let mut out = BTreeMap::new();
    for i in 0..c.scenarios.len() {
        for st in strategies {
            out.insert((i, *st), tally(c, i, d, 2, *st, GAMES, |_, _| {}));
        }
    }
    out
}

#[test]
fn every_target_holds_at_normal_difficulty_on_every_scenario() {
    let c = Content::builtin().expect("built-in content");
    let t = cells(&c, Difficulty::Normal, &Strategy::ALL);
    let mut failures = Vec::new();
    let mut check = |ok: bool, what: String| {
        if !ok {
            failures.push(what);
        }
    };
    for (i, sc) in c.scenarios.iter().enumerate() {
        let g = |st: Strategy| t[&(i, st)].good_pct();
        let s = |st: Strategy| t[&(i, st)].scaled_pct();
        let user = g(Strategy::UserCentred);
        println!(
            "{:22} user {user:5.1}% (scaled {:4.1}%) ballistic {:4.1}% random {:4.1}% idle {:3.1}% \
             greedy {:4.1}% rush {:4.1}% points {:4.1}% late_users {:4.1}% no_tests {:4.1}% \
             no_evaluation {:4.1}% (scaled {:3.1}%) no_politics {:4.1}% no_citizens {:4.1}% (scaled {:3.1}%)",
            sc.id,
            s(Strategy::UserCentred),
            g(Strategy::Ballistic),
            g(Strategy::Random),
            g(Strategy::Idle),
            g(Strategy::Greedy),
            g(Strategy::Rush),
            g(Strategy::Points),
            g(Strategy::LateUsers),
            g(Strategy::NoTests),
            g(Strategy::NoEvaluation),
            s(Strategy::NoEvaluation),
            g(Strategy::NoPolitics),
            g(Strategy::NoCitizens),
            s(Strategy::NoCitizens),
        );
        let id = &sc.id;
        check(
            user >= 75.0 - M,
            format!("{id}: user_centred pilot+ {user}% < 75%"),
        );
        let us = s(Strategy::UserCentred);
        check(
            (25.0 - M..=60.0 + M).contains(&us),
            format!("{id}: user_centred scaled {us}% outside 25–60%"),
        );
        let b = g(Strategy::Ballistic);
        check(b <= 10.0 + M, format!("{id}: ballistic {b}% > 10%"));
        check(g(Strategy::Idle) == 0.0, format!("{id}: idle wins"));
        let r = g(Strategy::Random);
        check(
            (5.0 - M..=35.0 + M).contains(&r),
            format!("{id}: random {r}% outside 5–35%"),
        );
        for st in [Strategy::Rush, Strategy::Points] {
            let (x, xs) = (g(st), s(st));
            check(
                x <= user - 25.0 + M,
                format!(
                    "{id}: {} {x}% not 25 points below user_centred {user}%",
                    st.id()
                ),
            );
            check(
                xs <= 5.0 + M,
                format!("{id}: {} scaled {xs}% > 5%", st.id()),
            );
        }
        let greedy = t[&(i, Strategy::Greedy)];
        let early = lessons_pct(greedy.early_prototype_good, greedy.early_prototype);
        check(
            early <= 10.0 + M,
            format!("{id}: greedy prototyping before users ends pilot+ {early}%"),
        );
        let late = g(Strategy::LateUsers);
        check(late <= 30.0 + M, format!("{id}: late_users {late}% > 30%"));
        let nt = g(Strategy::NoTests);
        check(
            nt <= user - 20.0 + M,
            format!("{id}: no_tests {nt}% not 20 points below user_centred {user}%"),
        );
        let ne = s(Strategy::NoEvaluation);
        check(
            ne <= 2.0 + M,
            format!("{id}: no_evaluation scaled {ne}% > 2%"),
        );
        let np = g(Strategy::NoPolitics);
        check(np <= 40.0 + M, format!("{id}: no_politics {np}% > 40%"));
        let nc = s(Strategy::NoCitizens);
        check(
            nc <= 5.0 + M,
            format!("{id}: no_citizens scaled {nc}% > 5%"),
        );
    }
    assert!(
        failures.is_empty(),
        "balance targets missed:\n{}",
        failures.join("\n")
    );
}

fn lessons_pct(n: u64, total: u64) -> f64 {
    if total == 0 {
        0.0
    } else {
        n as f64 * 100.0 / total as f64
    }
}

#[test]
fn difficulty_keeps_its_order_for_the_user_centred_player() {
    let c = Content::builtin().expect("built-in content");
    let share = |d: Difficulty| {
        let mut t = Tally::default();
        for x in cells(&c, d, &[Strategy::UserCentred]).values() {
            t.add(x);
        }
        t.good_pct()
    };
    let (easy, normal, hard) = (
        share(Difficulty::Easy),
        share(Difficulty::Normal),
        share(Difficulty::Hard),
    );
    println!("user_centred pilot+: easy {easy:.1}% normal {normal:.1}% hard {hard:.1}%");
    assert!(
        easy >= normal && normal >= hard,
        "easy {easy} normal {normal} hard {hard}"
    );
}

#[test]
fn every_lesson_is_proven_by_its_counterfactual_and_documented() {
    let c = Content::builtin().expect("built-in content");
    assert!(c.lessons.len() >= 6, "too few lessons");
    let rows = lessons::matrix(&c, GAMES);
    let doc = std::fs::read_to_string(format!("{}/docs/lessons.md", env!("CARGO_MANIFEST_DIR")))
        .expect("docs/lessons.md exists (cargo run --profile sim --bin balance -- --lessons docs/lessons.md)");
    for r in &rows {
        let l = r.lesson;
        assert!(
            r.strategy.is_some(),
            "{}: unknown counterfactual {}",
            l.id,
            l.counterfactual
        );
        println!(
            "{:28} {:14} effect {:+.1} points",
            l.id,
            l.counterfactual,
            r.effect()
        );
        assert!(
            r.effect() >= 10.0,
            "{}: skipping the practice ({}) costs only {:.1} points",
            l.id,
            l.counterfactual,
            r.effect()
        );
        for text in [&l.name.fr, &l.rule.fr, &l.rule.en, &l.counterfactual] {
            assert!(
                doc.contains(text.as_str()),
                "docs/lessons.md is out of date: regenerate it ({text})"
            );
        }
    }
}
