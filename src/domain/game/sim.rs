//! Scripted players for the balance simulator and the tests. Each strategy
//! only sees what a table would see (the board, the hand, the legal
//! actions), except the greedy one, which tries each action on a copy of
//! the state and so also sees chance outcomes one step ahead: an upper
//! bound, not a model of a real table.

use rand_core::SeedableRng;
use rand_pcg::Pcg32;
use serde::Serialize;

use super::content::{Content, Stat, Tag};
use super::state::{Action, Difficulty, GameState, Setup, Step, below};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strategy {
    /// Uniformly random legal action.
    Random,
    /// Top-down: skips users and citizens, rushes to deployment.
    Ballistic,
    /// Explores, co-constructs, prototypes, tests, feeds political support.
    UserCentred,
    /// Picks the action whose immediate result scores best.
    Greedy,
    /// Reveals events and ends turns: the "do nothing" baseline.
    Idle,
}

impl Strategy {
    pub const ALL: [Strategy; 5] = [
        Strategy::Random,
        Strategy::Ballistic,
        Strategy::UserCentred,
        Strategy::Greedy,
        Strategy::Idle,
    ];
    pub fn id(self) -> &'static str {
        ["random", "ballistic", "user_centred", "greedy", "idle"][self as usize]
    }
}

/// Plays one whole game with a strategy; `seed` drives both the game and
/// the strategy's own choices.
pub fn play_game(
    c: &Content,
    scenario: &str,
    difficulty: Difficulty,
    teams: usize,
    strategy: Strategy,
    seed: u64,
) -> Option<GameState> {
    let setup = Setup {
        scenario: scenario.to_string(),
        difficulty,
        teams: (0..teams)
            .map(|i| (format!("Équipe {}", i + 1), None))
            .collect(),
        seed,
    };
    let mut s = GameState::new(c, setup).ok()?;
    let mut rng = Pcg32::seed_from_u64(seed ^ 0x9E37_79B9_7F4A_7C15);
    let mut legal = Vec::with_capacity(16);
    // Bounded loop: the rules bound a game's length, this guards a bug.
    for _ in 0..2_000 {
        if s.board.is_over() {
            break;
        }
        s.legal_actions_into(c, &mut legal);
        let a = choose(strategy, &s, c, &legal, &mut rng);
        s.apply_mut(c, a).ok()?;
    }
    Some(s)
}

pub fn choose(
    strategy: Strategy,
    s: &GameState,
    c: &Content,
    legal: &[Action],
    rng: &mut Pcg32,
) -> Action {
    if s.board.step == Step::AwaitEvent || legal.len() <= 1 {
        return legal.first().copied().unwrap_or(Action::EndTurn);
    }
    match strategy {
        Strategy::Random => legal[below(rng, legal.len() as u32) as usize],
        Strategy::Idle => Action::EndTurn,
        Strategy::Ballistic => ballistic(s, c, legal),
        Strategy::UserCentred => user_centred(s, c, legal),
        Strategy::Greedy => greedy(s, c, legal),
    }
}

fn in_phase(s: &GameState, c: &Content, card: u8) -> bool {
    c.methods[card as usize].phases & (1 << s.board.phase) != 0
}

fn best_card(legal: &[Action], mut score: impl FnMut(u8) -> i32) -> Option<Action> {
    legal
        .iter()
        .filter_map(|a| match a {
            Action::Play(card) => Some((score(*card), *a)),
            _ => None,
        })
        .filter(|(sc, _)| *sc > 0)
        .max_by_key(|(sc, _)| *sc)
        .map(|(_, a)| a)
}

fn ballistic(s: &GameState, c: &Content, legal: &[Action]) -> Action {
    if legal.contains(&Action::AdvancePhase) {
        return Action::AdvancePhase;
    }
    let pick = best_card(legal, |card| {
        let m = &c.methods[card as usize];
        if m.has(Tag::Users) || m.has(Tag::Citizens) || m.has(Tag::Cocreation) || m.has(Tag::Test) {
            return 0;
        }
        let mut sc = 1;
        if in_phase(s, c, card) {
            sc += 3;
        }
        if m.has(Tag::Deploy) || m.has(Tag::Political) {
            sc += 2;
        }
        sc
    });
    pick.or_else(|| redraw(s, c, legal))
        .unwrap_or(Action::EndTurn)
}

/// Swaps an off-phase card when nothing useful can be played.
fn redraw(s: &GameState, c: &Content, legal: &[Action]) -> Option<Action> {
    legal
        .iter()
        .copied()
        .find(|a| matches!(a, Action::Redraw(card) if !in_phase(s, c, *card)))
}

/// Phase goals of a careful team before moving on.
fn ready_to_advance(s: &GameState) -> bool {
    let b = &s.board;
    let months_left = b.stat(Stat::Time);
    let phases_left = 4 - b.phase as i16;
    // Keep at least three months to deploy and evaluate.
    if months_left <= phases_left + 2 {
        return true;
    }
    match b.phase {
        0 => true,
        1 => b.stat(Stat::Understanding) >= 5,
        2 => b.stat(Stat::Quality) >= 3 && b.tag_last[Tag::Cocreation as usize] != 0,
        3 => b.tag_last[Tag::Test as usize] != 0 && b.stat(Stat::Quality) >= 5,
        _ => false,
    }
}

fn user_centred(s: &GameState, c: &Content, legal: &[Action]) -> Action {
    let b = &s.board;
    if legal.contains(&Action::AdvancePhase) && ready_to_advance(s) {
        return Action::AdvancePhase;
    }
    let energy = b.stat(Stat::Energy);
    // Avoid overloading the agents unless they are fresh.
    if b.plays + 1 >= c.rules.overload_from && energy < 6 {
        return Action::EndTurn;
    }
    let pick = best_card(legal, |card| {
        let m = &c.methods[card as usize];
        let mut sc = 1;
        if in_phase(s, c, card) {
            sc += 4;
        } else if !m.has(Tag::Political) {
            return 0;
        }
        for (t, w) in [
            (Tag::Users, 2),
            (Tag::Citizens, 2),
            (Tag::Cocreation, 2),
            (Tag::Prototype, 2),
            (Tag::Test, 2),
            (Tag::Deploy, 3),
            (Tag::Evaluate, 1),
        ] {
            if m.has(t) {
                sc += w;
            }
        }
        if m.has(Tag::Political) {
            // Feed political support before it runs low.
            sc += match b.stat(Stat::Support) {
                ..=4 => 8,
                5..=6 => 2,
                _ => -2,
            };
        }
        let cost = m.cost[Stat::Energy as usize];
        if energy - cost < 1 {
            sc -= 3;
        }
        // Keep budget for the deployment.
        if b.phase < 4
            && b.stat(Stat::Budget) - m.cost[Stat::Budget as usize] < 4
            && m.cost[Stat::Budget as usize] > 0
        {
            return 0;
        }
        sc
    });
    pick.or_else(|| redraw(s, c, legal))
        .unwrap_or(Action::EndTurn)
}

/// A crude value of a position: indicators, a little of each resource,
/// progress through the phases.
fn value(s: &GameState) -> i32 {
    let b = &s.board;
    if let Step::Over(super::state::EndReason::SupportLost) = b.step {
        return -1000;
    }
    let st = |x: Stat| b.stat(x) as i32;
    st(Stat::Impact) * 6
        + st(Stat::Quality) * 3
        + st(Stat::Understanding) * 2
        + st(Stat::BuyIn) * 2
        + st(Stat::Participation) * 2
        + st(Stat::Support) * 2
        + st(Stat::Energy)
        + st(Stat::Budget)
        + b.phase as i32 * 5
}

fn greedy(s: &GameState, c: &Content, legal: &[Action]) -> Action {
    let mut best = (i32::MIN, Action::EndTurn);
    for &a in legal {
        if a == Action::Undo {
            continue;
        }
        let mut t = s.clone();
        if t.apply_mut(c, a).is_ok() {
            let v = value(&t);
            if v > best.0 {
                best = (v, a);
            }
        }
    }
    best.1
}
