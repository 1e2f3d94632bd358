//! Golden replay: fixed setups and recorded actions must rebuild the same
//! event deck, the same hands month by month and the same final state (a
//! hash of its JSON). A change of rules, content or randomness fails here;
//! making it on purpose means bumping `CONTENT_VERSION` and writing a new
//! golden file: `UPDATE_GOLDEN=1 cargo test --test native game_golden::`.
//! A change that only alters how new games start (a scenario's starting
//! gauges, which a saved game already carries) keeps the version: saved
//! games play on unchanged, and the same command re-records the file.
//!
//! The same run writes `tests/fixtures/saved_game_v<N>.json`: a stored game
//! of this rules version as the browser keeps it, so that later versions can
//! check that such games still open.
#![cfg(not(target_arch = "wasm32"))]

use labo::domain::dimension::Dimension;
use labo::domain::game::sim::{Strategy, choose};
use labo::domain::game::*;
use labo::storage::envelope;
use labo::storage::records::{GameNotes, SavedGame};
use rand_core::SeedableRng;
use rand_pcg::Pcg32;
use serde::{Deserialize, Serialize};

/// One recorded game.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
struct Golden {
    setup: Setup,
    actions: Vec<Action>,
    /// Event ids, month by month.
    deck: Vec<String>,
    /// Method ids in hand at the start of each month.
    hands: Vec<Vec<String>>,
    /// FNV-1a 64 of the final state's JSON, in hex.
    hash: String,
    tier: Option<Tier>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
struct GoldenFile {
    content_version: u32,
    games: Vec<Golden>,
}

fn golden_path(version: u32) -> String {
    format!(
        "{}/tests/golden/game_v{version}.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn fixture_path(version: u32) -> String {
    format!(
        "{}/tests/fixtures/saved_game_v{version}.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn fnv1a(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The recorded setups: every scenario, several team counts and roles.
fn setups(c: &Content) -> Vec<(Setup, Strategy)> {
    let roles = [
        None,
        Some(Role::Profile(Dimension::Cooperation)),
        Some(Role::Profile(Dimension::Iteration)),
        Some(Role::Profile(Dimension::Usager)),
        Some(Role::Polyvalent),
    ];
    c.scenarios
        .iter()
        .enumerate()
        .map(|(i, sc)| {
            let teams = (0..=(i % 3))
                .map(|t| Team::with_role(format!("Équipe {}", t + 1), roles[(i + t) % roles.len()]))
                .collect();
            let setup = Setup {
                scenario: sc.id.clone(),
                difficulty: Difficulty::ALL[i % 3],
                teams,
                seed: 1000 + i as u64 * 7919,
            };
            let strategy = [Strategy::UserCentred, Strategy::Random, Strategy::Greedy][i % 3];
            (setup, strategy)
        })
        .collect()
}

fn ids(c: &Content, hand: impl Iterator<Item = u8>) -> Vec<String> {
    hand.map(|m| c.methods[m as usize].id.clone()).collect()
}

/// Replays `actions` and records what the golden file pins.
fn record(c: &Content, setup: &Setup, actions: &[Action]) -> Golden {
    let mut s = GameState::new(c, setup.clone()).expect("setup");
    let months = s.scenario(c).months as usize;
    let deck = s.board.events[..months]
        .iter()
        .map(|e| c.events[*e as usize].id.clone())
        .collect();
    let mut hands = vec![ids(c, s.board.hand_cards())];
    for (i, a) in actions.iter().enumerate() {
        let round = s.board.round;
        if let Err(e) = s.apply_mut(c, *a) {
            panic!("{}: action {i} {a:?} refused: {e:?}", setup.scenario);
        }
        if s.board.round != round {
            hands.push(ids(c, s.board.hand_cards()));
        }
    }
    let json = serde_json::to_string(&s).expect("state serialises");
    Golden {
        setup: setup.clone(),
        actions: actions.to_vec(),
        deck,
        hands,
        hash: fnv1a(json.as_bytes()),
        tier: s.outcome(c).map(|o| o.tier),
    }
}

/// Plays a game with a bot, including an undo now and then, to record it.
fn script(c: &Content, setup: &Setup, strategy: Strategy) -> Vec<Action> {
    let mut s = GameState::new(c, setup.clone()).expect("setup");
    let mut rng = Pcg32::seed_from_u64(setup.seed);
    let mut legal = Vec::new();
    let mut actions = Vec::new();
    while !s.board.is_over() && actions.len() < 2_000 {
        s.legal_actions_into(c, &mut legal);
        let a = if legal.contains(&Action::Undo) && actions.len() % 11 == 0 {
            Action::Undo
        } else {
            choose(strategy, &s, c, &legal, &mut rng)
        };
        s.apply_mut(c, a).expect("bot plays legal actions");
        actions.push(a);
    }
    actions
}

#[test]
fn recorded_games_replay_to_the_same_decks_hands_and_final_states() {
    let c = Content::builtin().expect("built-in content");
    let path = golden_path(CONTENT_VERSION);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let games = setups(&c)
            .iter()
            .map(|(setup, st)| record(&c, setup, &script(&c, setup, *st)))
            .collect();
        let file = GoldenFile {
            content_version: CONTENT_VERSION,
            games,
        };
        let text = serde_json::to_string_pretty(&file).expect("json") + "\n";
        std::fs::create_dir_all(format!("{}/tests/golden", env!("CARGO_MANIFEST_DIR"))).ok();
        std::fs::write(&path, text).expect("write golden file");
        write_fixture(&c, &file.games[0]);
    }
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "no golden file for rules version {CONTENT_VERSION}: \
             run UPDATE_GOLDEN=1 cargo test --test native game_golden::"
        )
    });
    let file: GoldenFile = serde_json::from_str(&text).expect("golden file reads");
    assert_eq!(file.content_version, CONTENT_VERSION);
    assert!(file.games.len() >= 5);
    for g in &file.games {
        let again = record(&c, &g.setup, &g.actions);
        assert_eq!(
            again.deck, g.deck,
            "{}: event deck drifted",
            g.setup.scenario
        );
        assert_eq!(again.hands, g.hands, "{}: hands drifted", g.setup.scenario);
        assert_eq!(again.tier, g.tier, "{}: outcome drifted", g.setup.scenario);
        assert_eq!(
            again.hash, g.hash,
            "{}: final state drifted (rules changed? bump CONTENT_VERSION and the golden file)",
            g.setup.scenario
        );
    }
}

/// Two stored games as the browser keeps them (envelope and all): one
/// mid-game, one finished.
fn write_fixture(c: &Content, g: &Golden) {
    let half = g.actions.len() / 2;
    let states = [
        replay(c, g.setup.clone(), &g.actions[..half]).expect("replays"),
        replay(c, g.setup.clone(), &g.actions).expect("replays"),
    ];
    let records: Vec<String> = states
        .into_iter()
        .zip(["playing", "over"])
        .map(|(state, name)| {
            let rec = SavedGame {
                id: format!("golden-v{CONTENT_VERSION}-{name}"),
                created_at: 1_767_225_600_000,
                state,
                notes: GameNotes::default(),
            };
            envelope::encode(&rec, 1, 1_767_225_600_000).expect("encodes")
        })
        .collect();
    // A JSON array of stored texts (each is what local storage holds).
    let text = serde_json::to_string_pretty(&records).expect("json") + "\n";
    std::fs::create_dir_all(format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"))).ok();
    std::fs::write(fixture_path(CONTENT_VERSION), text).expect("write fixture");
}
