//! The debrief's reading of a game: observations named from the log, the
//! condensed story, the methods that would have helped. Scripted games
//! (the balance simulator's players and small scripts) check that each
//! observation appears when the table did what it names, and only then.
#![cfg(not(target_arch = "wasm32"))]

use labo::domain::game::content::{N_STATS, Tag};
use labo::domain::game::observations::{
    DebriefGuide, GUIDE_JSON, Observation, ObservationKind, observe, suggested_methods,
};
use labo::domain::game::sim::{Strategy, game_seed, play_game};
use labo::domain::game::state::Step;
use labo::domain::game::story::{Beat, story};
use labo::domain::game::*;

const GAMES: u64 = 70;

fn content() -> Content {
    Content::builtin().expect("built-in content")
}

fn guide(c: &Content) -> DebriefGuide {
    DebriefGuide::builtin(c).expect("the built-in debrief guide loads")
}

/// `GAMES` games of a strategy, spread over every scenario.
fn games(c: &Content, st: Strategy) -> Vec<GameState> {
    (0..GAMES)
        .map(|i| {
            let sc = &c.scenarios[(i % c.scenarios.len() as u64) as usize].id;
            play_game(c, sc, Difficulty::Normal, 2, st, game_seed(i, 1)).expect("game")
        })
        .collect()
}

fn has(obs: &[Observation], k: ObservationKind) -> bool {
    obs.iter().any(|o| o.kind == k)
}

fn share(c: &Content, g: &DebriefGuide, st: Strategy, k: ObservationKind) -> f64 {
    let gs = games(c, st);
    gs.iter().filter(|s| has(&observe(s, c, g), k)).count() as f64 / gs.len() as f64
}

#[test]
fn the_guide_names_every_observation_with_known_lessons_and_methods() {
    let c = content();
    let g = guide(&c);
    for k in ObservationKind::ALL {
        let def = g.def(k).expect("described");
        assert!(!def.methods.is_empty(), "{}", k.id());
    }
    // A broken guide is refused with every problem listed.
    let broken = GUIDE_JSON
        .replace("\"indicateurs\"", "\"no-such-method\"")
        .replace("\"entretenir-le-soutien\"", "\"no-such-lesson\"")
        .replace("\"id\": \"overload\"", "\"id\": \"overlord\"");
    let errors = DebriefGuide::parse(&broken, &c).expect_err("refused");
    for needle in ["no-such-method", "no-such-lesson", "overlord", "overload"] {
        assert!(
            errors.iter().any(|e| e.contains(needle)),
            "{needle}: {errors:?}"
        );
    }
    assert!(DebriefGuide::parse("{", &c).is_err());
}

/// Each observation agrees, on every game of every player, with what the
/// engine itself recorded on the board (an independent account).
#[test]
fn observations_appear_exactly_when_the_board_says_so() {
    let c = content();
    let g = guide(&c);
    let t = g.thresholds;
    for st in Strategy::ALL {
        for s in games(&c, st).iter().take(30) {
            let obs = observe(s, &c, &g);
            let b = &s.board;
            let over = b.is_over();
            let engaged = over || b.phase >= 3;
            let late = match b.users_first {
                0 => over || b.round >= t.late_users_month,
                m => m >= t.late_users_month,
            };
            assert_eq!(has(&obs, ObservationKind::LateUsers), late, "{}", st.id());
            let citizens = b.tag_last[Tag::Citizens as usize] != 0;
            assert_eq!(has(&obs, ObservationKind::AgentsOnly), engaged && !citizens);
            assert_eq!(
                has(&obs, ObservationKind::NoEvaluation),
                engaged && b.eval_planned == 0,
                "{}",
                st.id()
            );
            let lost = b.step == Step::Over(EndReason::SupportLost);
            let months = s.curves.len() - usize::from(over);
            let low = s.curves[1..months.max(1)]
                .iter()
                .any(|v| v[Stat::Support as usize] <= t.support_crisis);
            assert_eq!(has(&obs, ObservationKind::SupportCrisis), lost || low);
            // The strict "before any user card" path is always ballistic.
            if sim::prototyped_before_users(&c, s) {
                assert!(has(&obs, ObservationKind::Ballistic));
            }
            if b.phase < 3 {
                assert!(!has(&obs, ObservationKind::Ballistic));
            }
        }
    }
}

#[test]
fn a_user_centred_table_is_not_called_ballistic_late_or_agents_only() {
    let c = content();
    let g = guide(&c);
    for s in games(&c, Strategy::UserCentred) {
        let obs = observe(&s, &c, &g);
        assert!(!has(&obs, ObservationKind::Ballistic));
        assert!(!has(&obs, ObservationKind::Overload));
    }
    for k in [ObservationKind::LateUsers, ObservationKind::AgentsOnly] {
        assert!(share(&c, &g, Strategy::UserCentred, k) < 0.05, "{}", k.id());
    }
}

/// Each counterfactual player of the lesson matrix is named by the
/// observation of the practice it skips.
#[test]
fn each_skipped_practice_is_named() {
    let c = content();
    let g = guide(&c);
    for (st, k, min) in [
        // A rusher that still meets a user or two before Prototyper is
        // named "rushed" rather than "ballistic": one in five at least.
        (Strategy::Rush, ObservationKind::Ballistic, 0.2),
        (Strategy::Rush, ObservationKind::Rushed, 0.5),
        (Strategy::LateUsers, ObservationKind::LateUsers, 1.0),
        (Strategy::NoCitizens, ObservationKind::AgentsOnly, 1.0),
        (Strategy::NoEvaluation, ObservationKind::NoEvaluation, 1.0),
        (Strategy::NoPolitics, ObservationKind::SupportCrisis, 0.7),
        (Strategy::Points, ObservationKind::Overload, 0.7),
    ] {
        let got = share(&c, &g, st, k);
        assert!(got >= min, "{} → {}: {got}", st.id(), k.id());
    }
}

/// Plays a game with a small script: `pick` chooses among the legal
/// actions of the playing step (events are revealed automatically).
fn scripted(
    c: &Content,
    seed: u64,
    mut pick: impl FnMut(&GameState, &[Action]) -> Action,
) -> GameState {
    let setup = Setup {
        scenario: "paris-en-compagnie".into(),
        difficulty: Difficulty::Normal,
        teams: vec![Team::named("A")],
        seed,
    };
    let mut s = GameState::new(c, setup).expect("setup");
    for _ in 0..2_000 {
        if s.board.is_over() {
            break;
        }
        let legal = s.legal_actions(c);
        let a = if s.board.step == Step::AwaitEvent {
            Action::RevealEvent
        } else {
            pick(&s, &legal)
        };
        s.apply_mut(c, a).expect("legal");
    }
    s
}

#[test]
fn overload_is_three_methods_that_drain_the_agents_month_after_month() {
    let c = content();
    let g = guide(&c);
    // Plays every card it can, three a month: the agents are drained.
    let greedy = |_: &GameState, legal: &[Action]| {
        legal
            .iter()
            .copied()
            .find(|a| matches!(a, Action::Play(_)))
            .unwrap_or(Action::EndTurn)
    };
    let hits = (0..10)
        .filter(|seed| {
            has(
                &observe(&scripted(&c, *seed, greedy), &c, &g),
                ObservationKind::Overload,
            )
        })
        .count();
    assert!(hits >= 5, "{hits}");
    // One card a month never overloads anyone.
    let calm = |s: &GameState, legal: &[Action]| {
        if s.board.plays == 0
            && let Some(a) = legal.iter().copied().find(|a| matches!(a, Action::Play(_)))
        {
            return a;
        }
        Action::EndTurn
    };
    for seed in 0..10 {
        let obs = observe(&scripted(&c, seed, calm), &c, &g);
        assert!(!has(&obs, ObservationKind::Overload));
        assert!(!has(&obs, ObservationKind::Rushed), "never advanced");
    }
}

#[test]
fn an_idle_table_is_told_about_users_support_and_evaluation_only() {
    let c = content();
    let g = guide(&c);
    let s = scripted(&c, 3, |_, _| Action::EndTurn);
    let kinds: Vec<ObservationKind> = observe(&s, &c, &g).iter().map(|o| o.kind).collect();
    assert!(kinds.contains(&ObservationKind::LateUsers));
    assert!(!kinds.contains(&ObservationKind::Ballistic));
    assert!(!kinds.contains(&ObservationKind::Rushed));
    assert!(!kinds.contains(&ObservationKind::Overload));
    // Mid-game, early on, nothing is judged yet.
    let setup = Setup {
        scenario: "paris-en-compagnie".into(),
        difficulty: Difficulty::Normal,
        teams: vec![Team::named("A")],
        seed: 1,
    };
    let fresh = GameState::new(&c, setup).unwrap();
    assert!(observe(&fresh, &c, &g).is_empty());
}

#[test]
fn the_story_is_short_and_holds_the_key_moments_in_month_order() {
    let c = content();
    for s in games(&c, Strategy::UserCentred).iter().take(20) {
        let st = story(s, &c);
        assert!(st.len() <= 30, "{} beats", st.len());
        assert!(st.windows(2).all(|w| w[0].round <= w[1].round));
        let phases: Vec<u8> = st
            .iter()
            .filter_map(|i| match i.beat {
                Beat::Phase(p) => Some(p),
                _ => None,
            })
            .collect();
        assert_eq!(phases, (1..=s.board.phase).collect::<Vec<_>>());
        let first = |f: fn(&Beat) -> bool| st.iter().filter(|i| f(&i.beat)).count();
        assert_eq!(first(|b| matches!(b, Beat::FirstUsers(_))), 1);
        assert_eq!(first(|b| matches!(b, Beat::FirstNeed(..))), 1);
        assert!(first(|b| matches!(b, Beat::End(_))) == 1);
        if s.board.deployed {
            assert!(first(|b| matches!(b, Beat::Launched { .. })) >= 1);
            assert_eq!(first(|b| matches!(b, Beat::Copil(_))), 1);
        }
        // Every event told is a frein, or a levier the team seized.
        for i in &st {
            if let Beat::Event { frein, altered, .. } = i.beat {
                assert!(frein || altered);
            }
        }
    }
}

#[test]
fn a_gauge_that_falls_and_recovers_is_a_turning_point() {
    let c = content();
    let mut s = scripted(&c, 1, |_, _| Action::EndTurn);
    let mut row = [5i16; N_STATS];
    s.curves = [5, 4, 2, 1, 3, 5]
        .iter()
        .map(|v| {
            row[Stat::Support as usize] = *v;
            row
        })
        .collect();
    let st = story(&s, &c);
    let turn = st
        .iter()
        .find_map(|i| match i.beat {
            Beat::Turn {
                stat: Stat::Support,
                low,
                value,
            } => Some((i.round, low, value)),
            _ => None,
        })
        .expect("support turned");
    assert_eq!(turn, (3, true, 1));
    // A gauge that only moves one way has no turning point.
    assert!(!st.iter().any(|i| matches!(
        i.beat,
        Beat::Turn {
            stat: Stat::Energy,
            ..
        }
    )));
}

#[test]
fn suggested_methods_are_ones_the_team_skipped() {
    let c = content();
    let g = guide(&c);
    for st in [Strategy::NoEvaluation, Strategy::Rush, Strategy::NoCitizens] {
        for s in games(&c, st).iter().take(10) {
            let obs = observe(s, &c, &g);
            let list = suggested_methods(s, &c, &g, &obs, 5);
            assert!(list.len() <= 5);
            let played = labo::domain::game::summary::TableSummary::from_game(s, &c).methods;
            for (m, k) in &list {
                assert_eq!(played & (1 << m), 0, "{} was played", c.methods[*m].id);
                assert!(obs.iter().any(|o| o.kind == *k));
                assert!(!c.methods[*m].source.is_empty(), "a real-world reference");
            }
            if st == Strategy::NoEvaluation {
                let ids: Vec<&str> = list
                    .iter()
                    .map(|(m, _)| c.methods[*m].id.as_str())
                    .collect();
                assert!(ids.contains(&"indicateurs"), "{ids:?}");
            }
        }
    }
}

#[test]
fn undiscovered_needs_name_their_stakeholder() {
    let c = content();
    for s in games(&c, Strategy::Rush).iter().take(10) {
        let d = debrief(s, &c);
        assert!(!d.needs_unrevealed.is_empty());
        for (sh, n) in &d.needs_unrevealed {
            let st = c
                .stakeholders
                .iter()
                .find(|x| &x.id == sh)
                .expect("stakeholder");
            assert!(st.needs.get(*n as usize).is_some_and(|t| t.is_complete()));
        }
    }
}

/// Two finished games as the browser stores them, for the debrief's
/// end-to-end tests: a ballistic one (the rush player: Prototyper after a
/// single user method, hidden needs left) and a user-centred one. Written
/// when missing or with `UPDATE_FIXTURES=1`; always checked.
#[test]
fn the_debrief_fixture_holds_a_ballistic_and_a_user_centred_game() {
    use labo::storage::envelope;
    use labo::storage::records::{GameNotes, SavedGame};
    let c = content();
    let g = guide(&c);
    let path = format!(
        "{}/tests/fixtures/debrief-games.json",
        env!("CARGO_MANIFEST_DIR")
    );
    if std::env::var_os("UPDATE_FIXTURES").is_some() || !std::path::Path::new(&path).exists() {
        let find = |st: Strategy, want: &dyn Fn(&GameState) -> bool| {
            (0..500u64)
                .filter_map(|seed| {
                    play_game(&c, "paris-en-compagnie", Difficulty::Normal, 2, st, seed)
                })
                .find(|s| want(s))
                .expect("a game of that kind")
        };
        let ballistic = find(Strategy::Rush, &|s| {
            let obs = observe(s, &c, &g);
            has(&obs, ObservationKind::Ballistic) && debrief(s, &c).needs_unrevealed.len() >= 4
        });
        let centred = find(Strategy::UserCentred, &|s| {
            !has(&observe(s, &c, &g), ObservationKind::Ballistic)
                && s.outcome(&c).is_some_and(|o| o.tier >= Tier::Pilot)
        });
        let records: Vec<String> = [("ballistique", ballistic), ("centree-usagers", centred)]
            .into_iter()
            .map(|(name, mut state)| {
                state.teams[0].name = "Équipe bleue".into();
                state.teams[1].name = "Équipe verte".into();
                let rec = SavedGame {
                    id: format!("debrief-{name}"),
                    created_at: 1_767_225_600_000,
                    state,
                    notes: GameNotes::default(),
                };
                envelope::encode(&rec, 1, 1_767_225_600_000).expect("encodes")
            })
            .collect();
        let text = serde_json::to_string_pretty(&records).expect("json") + "\n";
        std::fs::write(&path, text).expect("write fixture");
    }
    let texts: Vec<String> =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("fixture")).expect("list");
    let games: Vec<GameState> = texts
        .iter()
        .map(|t| {
            envelope::decode::<SavedGame>(t)
                .expect("decodes")
                .record
                .state
        })
        .collect();
    assert_eq!(games.len(), 2);
    for s in &games {
        assert_eq!(s.validate_readable(&c), Ok(()));
        assert!(s.board.is_over());
    }
    assert!(has(&observe(&games[0], &c, &g), ObservationKind::Ballistic));
    assert!(!debrief(&games[0], &c).needs_unrevealed.is_empty());
    assert!(!has(
        &observe(&games[1], &c, &g),
        ObservationKind::Ballistic
    ));
}

/// The debrief's role comparison counts every power, the Explorateur·rice's
/// extra need and the Expérimentateur·rice's test luck included.
#[test]
fn every_role_power_is_counted_from_the_log() {
    use labo::domain::dimension::Dimension;
    use labo::domain::game::debrief::{MomentKind, power_uses};
    use rand_core::SeedableRng;
    let c = content();
    let mut totals = std::collections::BTreeMap::new();
    for seed in 0..20u64 {
        for pair in [
            [Dimension::Curiosite, Dimension::Iteration].map(Role::Profile),
            [Dimension::Usager, Dimension::Donnees].map(Role::Profile),
            [Dimension::Recit, Dimension::Cooperation].map(Role::Profile),
            [Role::Profile(Dimension::Audace), Role::Polyvalent],
        ] {
            let setup = Setup {
                scenario: "paris-en-compagnie".into(),
                difficulty: Difficulty::Normal,
                teams: pair
                    .iter()
                    .map(|d| Team::with_role("T", Some(*d)))
                    .collect(),
                seed,
            };
            let mut s = GameState::new(&c, setup).unwrap();
            let mut rng = rand_pcg::Pcg32::seed_from_u64(seed);
            while !s.board.is_over() {
                let legal = s.legal_actions(&c);
                let a = sim::choose(Strategy::UserCentred, &s, &c, &legal, &mut rng);
                s.apply_mut(&c, a).unwrap();
            }
            let d = debrief(&s, &c);
            for (n, d_) in pair.iter().enumerate() {
                let role = c.role(*d_).unwrap();
                let uses: usize = d
                    .timeline
                    .iter()
                    .filter(|m| m.team as usize == n && !m.undone)
                    .map(|m| power_uses(&c, role, m, d.powers_logged))
                    .sum();
                *totals.entry(format!("{d_:?}")).or_insert(0) += uses;
                // Nothing is counted for a moment that is not a method or
                // an event of that team.
                assert!(
                    d.timeline
                        .iter()
                        .filter(|m| m.kind == MomentKind::MonthEnd)
                        .all(|m| power_uses(&c, role, m, d.powers_logged) == 0)
                );
            }
        }
    }
    for (role, uses) in &totals {
        assert!(*uses > 0, "{role}: never counted ({totals:?})");
    }
}
