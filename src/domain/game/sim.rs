//! Scripted players for the balance simulator and the tests. Each strategy
//! only sees what a table would see (the board, the hand, the legal
//! actions), except the greedy one, which tries each action on a copy of
//! the state and so also sees chance outcomes one step ahead: an upper
//! bound, not a model of a real table.

use rand_core::SeedableRng;
use rand_pcg::Pcg32;
use serde::Serialize;

use super::content::{Content, MethodCard, Stat, Tag};
use super::log::Fact;
use super::outcome::Tier;
use super::state::{Action, Difficulty, GameState, Setup, Step, Team, below};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strategy {
    /// Explores, co-constructs, prototypes, tests, evaluates, feeds
    /// political support: the practices the game teaches.
    UserCentred,
    /// Top-down: skips users and citizens, rushes to deployment.
    Ballistic,
    /// Uniformly random legal action.
    Random,
    /// Reveals events and ends turns: the "do nothing" baseline.
    Idle,
    /// Picks the action whose immediate result scores best.
    Greedy,
    /// Enters the next phase as soon as allowed; picks cards by their
    /// printed numbers.
    Rush,
    /// Reads only printed numbers: ignores themes and phases, enters the
    /// next phase only when nothing in hand is worth playing.
    Points,
    /// Counterfactual: user-centred, but no user card before month 6.
    LateUsers,
    /// Counterfactual: user-centred, but never tests with users.
    NoTests,
    /// Counterfactual: user-centred, but never plans nor runs an evaluation.
    NoEvaluation,
    /// Counterfactual: user-centred, but never feeds political support.
    NoPolitics,
    /// Counterfactual: user-centred, but never involves citizens.
    NoCitizens,
    /// Counterfactual: user-centred, but never runs a co-construction
    /// workshop (the COPIL's "innovative facilitation").
    NoCocreation,
}

impl Strategy {
    pub const ALL: [Strategy; 13] = [
        Strategy::UserCentred,
        Strategy::Ballistic,
        Strategy::Random,
        Strategy::Idle,
        Strategy::Greedy,
        Strategy::Rush,
        Strategy::Points,
        Strategy::LateUsers,
        Strategy::NoTests,
        Strategy::NoEvaluation,
        Strategy::NoPolitics,
        Strategy::NoCitizens,
        Strategy::NoCocreation,
    ];
    /// Stable ids, as in `balance --json`.
    pub fn id(self) -> &'static str {
        [
            "user_centred",
            "ballistic",
            "random",
            "idle",
            "greedy",
            "rush",
            "points",
            "late_users",
            "no_tests",
            "no_evaluation",
            "no_politics",
            "no_citizens",
            "no_cocreation",
        ][self as usize]
    }
    pub fn from_id(id: &str) -> Option<Strategy> {
        Strategy::ALL.into_iter().find(|s| s.id() == id)
    }
    /// The practice a counterfactual skips: the cards it never plays (at
    /// this month); nothing for the other strategies.
    fn skips(self, m: &MethodCard, round: u8) -> bool {
        match self {
            Strategy::LateUsers => m.has(Tag::Users) && round < LATE_USERS_FROM,
            Strategy::NoTests => m.has(Tag::Test),
            Strategy::NoEvaluation => m.has(Tag::Evaluate),
            Strategy::NoPolitics => m.has(Tag::Political),
            Strategy::NoCitizens => m.has(Tag::Citizens),
            Strategy::NoCocreation => m.has(Tag::Cocreation),
            _ => false,
        }
    }
}

/// `late_users` plays no user card before this month.
pub const LATE_USERS_FROM: u8 = 6;

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
    let teams = (0..teams)
        .map(|i| Team::named(format!("Équipe {}", i + 1)))
        .collect();
    play_game_with(c, scenario, difficulty, teams, strategy, seed)
}

/// [`play_game`] with the teams given (their members and roles).
pub fn play_game_with(
    c: &Content,
    scenario: &str,
    difficulty: Difficulty,
    teams: Vec<Team>,
    strategy: Strategy,
    seed: u64,
) -> Option<GameState> {
    let setup = Setup {
        scenario: scenario.to_string(),
        difficulty,
        teams,
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
        Strategy::Greedy => greedy(s, c, legal),
        Strategy::Rush => rush(c, legal),
        Strategy::Points => points(c, legal),
        _ => user_centred(strategy, s, c, legal),
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

/// What the COPIL will look at on entering Déployer: indicators decided,
/// enough stakeholders met, a co-construction.
fn copil_ready(s: &GameState, c: &Content) -> bool {
    let b = &s.board;
    b.tag_last[Tag::Evaluate as usize] != 0
        && b.met.count_ones() as u8 >= c.rules.copil_partners
        && b.tag_last[Tag::Cocreation as usize] != 0
}

/// Phase goals of a careful team before moving on.
fn ready_to_advance(s: &GameState, c: &Content) -> bool {
    let b = &s.board;
    let months_left = b.stat(Stat::Time);
    let phases_left = 4 - b.phase as i16;
    // Keep at least three months to deploy and evaluate.
    if months_left <= phases_left + 2 {
        return true;
    }
    match b.phase {
        // Frame: one card is enough (indicators can still be decided
        // while exploring).
        0 => true,
        // Explore until several hidden needs are known (they cap quality).
        1 => b.stat(Stat::Understanding) >= 5 && b.revealed.count_ones() >= 3,
        2 => b.stat(Stat::Quality) >= 3 && b.tag_last[Tag::Cocreation as usize] != 0,
        3 => b.tag_last[Tag::Test as usize] != 0 && b.stat(Stat::Quality) >= 6 && copil_ready(s, c),
        _ => false,
    }
}

fn user_centred(strategy: Strategy, s: &GameState, c: &Content, legal: &[Action]) -> Action {
    let b = &s.board;
    if legal.contains(&Action::AdvancePhase) && ready_to_advance(s, c) {
        return Action::AdvancePhase;
    }
    let energy = b.stat(Stat::Energy);
    // Avoid overloading the agents unless they are fresh.
    if b.plays + 1 >= c.rules.overload_from && energy < 6 {
        return Action::EndTurn;
    }
    let pick = best_card(legal, |card| {
        let m = &c.methods[card as usize];
        if strategy.skips(m, b.round) {
            return 0;
        }
        // Evaluation: decide the indicators before Prototyper, measure
        // once the service runs; an evaluation in between is wasted.
        let evaluation_due = m.has(Tag::Evaluate)
            && ((b.eval_planned == 0 && b.phase < 3)
                || (b.phase == 3 && b.tag_last[Tag::Evaluate as usize] == 0)
                || (b.deployed && b.evaluated == 0));
        // The COPIL wants a co-construction before Déployer.
        let cocreation_due =
            m.has(Tag::Cocreation) && b.phase == 3 && b.tag_last[Tag::Cocreation as usize] == 0;
        if m.has(Tag::Evaluate) && !evaluation_due {
            return 0;
        }
        let mut sc = 1;
        if in_phase(s, c, card) {
            sc += 4;
        } else if !m.has(Tag::Political) && !evaluation_due && !cocreation_due {
            return 0;
        }
        if evaluation_due || cocreation_due {
            sc += 6;
        }
        // The gates: a test opens Déployer, and a deployment is the point.
        if (m.has(Tag::Test) && b.tag_last[Tag::Test as usize] == 0)
            || (m.has(Tag::Deploy) && !b.deployed)
        {
            sc += 6;
        }
        // Citizens until participation is enough to scale up.
        let citizens = if b.stat(Stat::Participation) < 3 {
            4
        } else {
            1
        };
        for (t, w) in [
            (Tag::Users, 2),
            (Tag::Citizens, citizens),
            (Tag::Cocreation, 2),
            (Tag::Prototype, 2),
            (Tag::Test, 2),
            (Tag::Deploy, 3),
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

/// What a card's printed numbers promise: its gains first, its price as
/// a tie-break.
fn printed_value(m: &MethodCard) -> i32 {
    let gains: i32 = m.effects.iter().map(|v| *v as i32).sum();
    let price: i32 = m.cost.iter().map(|v| *v as i32).sum();
    10 * gains - price
}

/// The playable card with the best printed value, if any is positive.
fn best_printed(c: &Content, legal: &[Action]) -> Option<Action> {
    best_card(legal, |card| printed_value(&c.methods[card as usize]))
}

fn rush(c: &Content, legal: &[Action]) -> Action {
    if legal.contains(&Action::AdvancePhase) {
        return Action::AdvancePhase;
    }
    best_printed(c, legal).unwrap_or(Action::EndTurn)
}

fn points(c: &Content, legal: &[Action]) -> Action {
    best_printed(c, legal)
        .or_else(|| legal.iter().copied().find(|a| *a == Action::AdvancePhase))
        .unwrap_or(Action::EndTurn)
}

/// True when the game entered Prototyper before any user card was played
/// (the "solution before the problem" path the rules must not reward).
pub fn prototyped_before_users(c: &Content, s: &GameState) -> bool {
    let mut users_seen = false;
    for e in s.log().iter().filter(|e| !e.undone) {
        if let Action::Play(card) = e.action
            && c.methods
                .get(card as usize)
                .is_some_and(|m| m.has(Tag::Users))
        {
            users_seen = true;
        }
        if e.facts
            .iter()
            .any(|f| matches!(f, Fact::Phase(p) if *p >= PROTOTYPER))
        {
            return !users_seen;
        }
    }
    false
}

/// Index of the Prototyper phase.
const PROTOTYPER: u8 = 3;

/// Tier counts of many games of one strategy in one scenario and
/// difficulty: one cell of the balance table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Games per tier, in [`Tier`] order.
    pub tiers: [u64; 4],
    /// Games that entered Prototyper before any user card…
    pub early_prototype: u64,
    /// …and how many of those ended "pilot" or better.
    pub early_prototype_good: u64,
}

impl Tally {
    pub fn games(&self) -> u64 {
        self.tiers.iter().sum()
    }
    /// Share of games ending "pilot" or better, in percent.
    pub fn good_pct(&self) -> f64 {
        pct(self.tiers[2] + self.tiers[3], self.games())
    }
    /// Share of games ending "scaled", in percent.
    pub fn scaled_pct(&self) -> f64 {
        pct(self.tiers[3], self.games())
    }
    pub fn add(&mut self, o: &Tally) {
        for (a, b) in self.tiers.iter_mut().zip(o.tiers) {
            *a += b;
        }
        self.early_prototype += o.early_prototype;
        self.early_prototype_good += o.early_prototype_good;
    }
}

pub fn pct(n: u64, total: u64) -> f64 {
    n as f64 * 100.0 / total.max(1) as f64
}

/// The seed of game `g` of a cell: the same games for every strategy, so
/// that strategies are compared on the same event decks.
pub fn game_seed(g: u64, scenario: usize) -> u64 {
    g.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ ((scenario as u64) << 40)
}

/// Plays `games` games and counts their tiers; `each` sees every finished
/// game (to count the cards played, for instance).
pub fn tally(
    c: &Content,
    scenario: usize,
    difficulty: Difficulty,
    teams: usize,
    strategy: Strategy,
    games: u64,
    each: impl FnMut(&GameState, Tier),
) -> Tally {
    let names: Vec<Team> = (0..teams)
        .map(|i| Team::named(format!("Équipe {}", i + 1)))
        .collect();
    tally_with(c, scenario, difficulty, &names, strategy, games, each)
}

/// [`tally`] with the teams given (their members and roles).
pub fn tally_with(
    c: &Content,
    scenario: usize,
    difficulty: Difficulty,
    teams: &[Team],
    strategy: Strategy,
    games: u64,
    mut each: impl FnMut(&GameState, Tier),
) -> Tally {
    let mut t = Tally::default();
    let Some(sc) = c.scenarios.get(scenario) else {
        return t;
    };
    for g in 0..games {
        let seed = game_seed(g, scenario);
        let Some(s) = play_game_with(c, &sc.id, difficulty, teams.to_vec(), strategy, seed) else {
            continue;
        };
        let tier = s.outcome(c).map_or(Tier::Abandoned, |o| o.tier);
        t.tiers[tier.index()] += 1;
        if prototyped_before_users(c, &s) {
            t.early_prototype += 1;
            if tier >= Tier::Pilot {
                t.early_prototype_good += 1;
            }
        }
        each(&s, tier);
    }
    t
}
