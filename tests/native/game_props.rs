//! Property tests over 10,000 random games: floors hold, games end within
//! their round limit, legal actions apply, illegal ones are refused without
//! changing the state, replay and serialisation are exact, undo restores.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use labo::domain::dimension::Dimension;
use labo::domain::game::content::{Content, MAX_ROUNDS, Stat};
use labo::domain::game::*;
use proptest::prelude::*;
use rand_core::{RngCore, SeedableRng};
use rand_pcg::Pcg32;

fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::builtin().expect("built-in content"))
}

/// Candidate actions, legal or not, to probe refusals.
fn probes(c: &Content) -> Vec<Action> {
    let mut v = vec![
        Action::RevealEvent,
        Action::AdvancePhase,
        Action::Undo,
        Action::EndTurn,
    ];
    for m in 0..c.methods.len() as u8 {
        v.push(Action::Play(m));
        v.push(Action::Redraw(m));
    }
    v.push(Action::Play(250));
    v
}

fn check_floors(s: &GameState) {
    for st in Stat::ALL {
        assert!(
            s.board.stat(st) >= 0,
            "{st:?} below its floor: {:?}",
            s.board.stats
        );
    }
}

/// Plays one random game and checks every property along the way.
fn random_game(setup: Setup, seed: u64, probe_every: u32) {
    let c = content();
    let probes = probes(c);
    let mut rng = Pcg32::seed_from_u64(seed);
    let months = c.scenarios[c.scenario_index(&setup.scenario).unwrap()].months;
    let mut s = GameState::new(c, setup.clone()).unwrap();
    let mut legal = Vec::new();
    let mut steps = 0u32;
    while !s.board.is_over() {
        steps += 1;
        assert!(steps < 2_000, "game does not end");
        s.legal_actions_into(c, &mut legal);
        assert!(!legal.is_empty(), "no legal action in a running game");
        // Probe an illegal action now and then: refused, state untouched.
        if rng.next_u32() % probe_every == 0 {
            // The listed actions are exactly those `check` accepts.
            for p in &probes {
                assert_eq!(legal.contains(p), s.check(c, *p).is_ok(), "{p:?}");
            }
            let a = probes[(rng.next_u32() as usize) % probes.len()];
            if !legal.contains(&a) {
                let before = s.clone();
                let (back, _err) = s.apply(c, a).expect_err("illegal action applied");
                assert_eq!(back, before);
                s = back;
            }
        }
        let a = legal[(rng.next_u32() as usize) % legal.len()];
        let board_before = s.board;
        s = match s.apply(c, a) {
            Ok(next) => next,
            Err((_, e)) => panic!("legal action {a:?} refused: {e:?}"),
        };
        check_floors(&s);
        // Undo right after an undoable action restores the exact board.
        if a != Action::Undo
            && s.can_undo()
            && rng.next_u32() % 4 == 0
            && s.check(c, Action::Undo).is_ok()
        {
            s = s.apply(c, Action::Undo).unwrap();
            assert_eq!(s.board, board_before);
        }
    }
    assert!(s.board.round <= months && (s.board.round as usize) <= MAX_ROUNDS);
    assert!(s.outcome(c).is_some());
    // Replay from (seed, actions) gives the identical state.
    let replayed = replay(c, setup, &s.actions()).unwrap();
    assert_eq!(replayed, s);
    // Serialise then deserialise gives the identical state.
    let json = serde_json::to_string(&s).unwrap();
    let back: GameState = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
    assert_eq!(back.validate(c), Ok(()));
}

fn setup_strategy() -> impl Strategy<Value = (Setup, u64)> {
    let n = content().scenarios.len();
    (
        0..n,
        0..3usize,
        1..=6usize,
        any::<u64>(),
        any::<u64>(),
        prop::collection::vec(0..9usize, 6),
    )
        .prop_map(move |(sc, d, teams, seed, play_seed, roles)| {
            let setup = Setup {
                scenario: content().scenarios[sc].id.clone(),
                difficulty: Difficulty::ALL[d],
                teams: (0..teams)
                    .map(|i| {
                        Team::with_role(format!("Équipe {i}"), Role::ALL.get(roles[i]).copied())
                    })
                    .collect(),
                seed,
            };
            (setup, play_seed)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_games_respect_every_invariant((setup, play_seed) in setup_strategy()) {
        random_game(setup, play_seed, 8);
    }
}

#[test]
fn an_interrupted_game_replays_and_round_trips_too() {
    let c = content();
    for seed in 0..200u64 {
        let setup = Setup {
            scenario: c.scenarios[(seed as usize) % c.scenarios.len()].id.clone(),
            difficulty: Difficulty::Hard,
            teams: vec![
                Team::with_role("A", Some(Role::Profile(Dimension::Iteration))),
                Team::named("B"),
            ],
            seed,
        };
        let mut s = GameState::new(c, setup.clone()).unwrap();
        let mut rng = Pcg32::seed_from_u64(seed);
        for _ in 0..(rng.next_u32() % 40) {
            let legal = s.legal_actions(c);
            if legal.is_empty() {
                break;
            }
            s = s
                .apply(c, legal[(rng.next_u32() as usize) % legal.len()])
                .unwrap();
        }
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<GameState>(&json).unwrap(), s);
        assert_eq!(replay(c, setup, &s.actions()).unwrap(), s);
    }
}
