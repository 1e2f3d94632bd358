//! The game state: a small `Copy` board (everything an undo restores), the
//! seeded RNG, the teams, the bounded log and the per-month curves.

use rand_core::{RngCore, SeedableRng};
use rand_pcg::Pcg32;
use serde::{Deserialize, Serialize};

pub use super::action::Action;
use super::content::*;
use super::log::LogEntry;
use super::{CONTENT_VERSION, OLDEST_READABLE_VERSION};

/// Marks an empty hand slot.
pub const NO_CARD: u8 = u8::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Difficulty {
    Easy,
    Normal,
    Hard,
}

impl Difficulty {
    pub const ALL: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Normal, Difficulty::Hard];
    pub fn index(self) -> usize {
        self as usize
    }
    /// Same ids as `difficulties` in `rules.json`.
    pub fn id(self) -> &'static str {
        ["easy", "normal", "hard"][self as usize]
    }
}

/// Why the game ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EndReason {
    TimeUp,
    SupportLost,
}

/// Where the current month stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// The month's event must be revealed first.
    AwaitEvent,
    /// The active team plays.
    Play,
    Over(EndReason),
}

/// How a session starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Setup {
    pub scenario: String,
    pub difficulty: Difficulty,
    /// 1 to 6 teams, each with its members and their roles.
    pub teams: Vec<Team>,
    pub seed: u64,
}

/// A team: its name and the people around its device, each bringing a
/// role (from their quiz result or chosen at the table).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StoredTeam")]
pub struct Team {
    pub name: String,
    pub members: Vec<Member>,
}

/// One person of a team; the first name is optional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    pub role: Option<Role>,
}

/// Up to this many people per team.
pub const MAX_MEMBERS: usize = 8;

impl Team {
    /// A team with no listed members.
    pub fn named(name: impl Into<String>) -> Team {
        Team {
            name: name.into(),
            members: Vec::new(),
        }
    }
    /// A team of one person with this role.
    pub fn with_role(name: impl Into<String>, role: Option<Role>) -> Team {
        Team {
            name: name.into(),
            members: vec![Member {
                name: String::new(),
                role,
            }],
        }
    }
    /// The roles at the team's table, each once (bit = `Role::index`).
    pub fn roles_mask(&self) -> u8 {
        self.members
            .iter()
            .filter_map(|m| m.role)
            .fold(0, |acc, r| acc | 1 << r.index())
    }
    /// The roles at the team's table, each once, in [`Role::ALL`] order.
    pub fn roles(&self) -> impl Iterator<Item = Role> + '_ {
        let mask = self.roles_mask();
        Role::ALL
            .into_iter()
            .filter(move |r| mask & (1 << r.index()) != 0)
    }
}

/// A team as stored: rules version 2 kept one role per team.
#[derive(Deserialize)]
struct StoredTeam {
    name: String,
    #[serde(default)]
    role: Option<Role>,
    #[serde(default)]
    members: Vec<Member>,
}

impl From<StoredTeam> for Team {
    fn from(t: StoredTeam) -> Team {
        if t.members.is_empty() && t.role.is_some() {
            Team::with_role(t.name, t.role)
        } else {
            Team {
                name: t.name,
                members: t.members,
            }
        }
    }
}

/// Everything an undo restores: small and `Copy`, so snapshots are cheap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Board {
    /// Month, from 1.
    pub round: u8,
    pub step: Step,
    /// Index of the team whose turn it is.
    pub active: u8,
    pub phase: u8,
    /// Resources then indicators, in [`Stat`] order.
    pub stats: [i16; N_STATS],
    pub hand: [u8; 8],
    /// Draw pile and discard pile as bitsets over `Content::methods`.
    pub pile: u64,
    pub discard: u64,
    /// The month-by-month event deck (indices into `Content::events`).
    pub events: [u8; MAX_ROUNDS],
    pub events_drawn: u8,
    /// Month when each [`Tag`] was last played (0: never).
    pub tag_last: [u8; N_TAGS],
    /// Revealed needs: bit `4 × slot + need`, slot in the scenario's list.
    pub revealed: u32,
    /// Met stakeholders, bit = slot in the scenario's list.
    pub met: u8,
    pub played_in: [u8; N_PHASES],
    pub plays: u8,
    pub redrawn: bool,
    /// Month when users were first involved (0: not yet).
    pub users_first: u8,
    pub deployed: bool,
    /// Month the evaluation was planned: an evaluation card played before
    /// Prototyper (0: not planned). Fields added with rules version 2
    /// default to 0 in older saved games.
    #[serde(default)]
    pub eval_planned: u8,
    /// Month an evaluation was carried out after a deployment (0: never).
    #[serde(default)]
    pub evaluated: u8,
    /// The COPIL gate held on entering Déployer (see `resolve::COPIL_HELD`).
    #[serde(default)]
    pub copil: u8,
    /// Roles whose power acted this month (bit = `Role::index`): each
    /// power acts at most once a month. Added with rules version 3.
    #[serde(default)]
    pub powers_used: u8,
}

impl Board {
    pub fn stat(&self, s: Stat) -> i16 {
        self.stats[s as usize]
    }
    pub fn hand_cards(&self) -> impl Iterator<Item = u8> + '_ {
        self.hand.iter().copied().filter(|c| *c != NO_CARD)
    }
    pub fn in_hand(&self, card: u8) -> bool {
        card != NO_CARD && self.hand.contains(&card)
    }
    pub fn is_over(&self) -> bool {
        matches!(self.step, Step::Over(_))
    }
}

/// A whole game. Serialise it to save; replay `(content version, seed,
/// actions)` to rebuild it exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GameState {
    pub content_version: u32,
    pub scenario: u8,
    pub difficulty: Difficulty,
    pub teams: Vec<Team>,
    pub seed: u64,
    pub(crate) rng: Pcg32,
    pub board: Board,
    /// Boards before each undoable action of this turn; emptied at turn
    /// end and as soon as hidden information appears.
    pub(crate) undo: Vec<Board>,
    /// Undos used this turn (outside the board: an undo must not reset it).
    pub(crate) undos: u8,
    pub(crate) log: Vec<LogEntry>,
    /// Entries dropped from the front of a full log.
    pub log_dropped: u32,
    /// Stats at the start (index 0) and at the end of each month.
    pub curves: Vec<[i16; N_STATS]>,
}

/// Why a stored state cannot be used with this content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateError {
    /// Saved with another version of the rules and content (see
    /// [`GameState::validate_readable`] for older games).
    ContentVersion(u32),
    /// Indices that do not match the content (corrupted or foreign data).
    Inconsistent,
}

/// Why a setup was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupError {
    UnknownScenario(String),
    TeamCount(usize),
    UnknownRole(Role),
    MemberCount(usize),
}

impl SetupError {
    /// Stable key with a text in content (`error.setup_*`).
    pub fn key(&self) -> &'static str {
        match self {
            SetupError::UnknownScenario(_) => "error.setup_unknown_scenario",
            SetupError::TeamCount(_) => "error.setup_team_count",
            SetupError::UnknownRole(_) => "error.setup_unknown_role",
            SetupError::MemberCount(_) => "error.setup_member_count",
        }
    }
}

/// Uniform-enough integer in `0..n` from the state's RNG (multiply-shift:
/// portable, no floating point).
pub(crate) fn below(rng: &mut Pcg32, n: u32) -> u32 {
    ((rng.next_u32() as u64 * n as u64) >> 32) as u32
}

/// The `k`-th set bit of `bits` (k < popcount).
pub(crate) fn nth_bit(mut bits: u64, k: u32) -> u8 {
    for _ in 0..k {
        bits &= bits - 1;
    }
    bits.trailing_zeros() as u8
}

impl GameState {
    /// Starts a game: builds the event deck and deals the first hand.
    pub fn new(c: &Content, setup: Setup) -> Result<GameState, SetupError> {
        let scenario = c
            .scenario_index(&setup.scenario)
            .ok_or_else(|| SetupError::UnknownScenario(setup.scenario.clone()))?;
        if setup.teams.is_empty() || setup.teams.len() > MAX_TEAMS {
            return Err(SetupError::TeamCount(setup.teams.len()));
        }
        for t in &setup.teams {
            if t.members.len() > MAX_MEMBERS {
                return Err(SetupError::MemberCount(t.members.len()));
            }
            if let Some(r) = t.roles().find(|r| c.role(*r).is_none()) {
                return Err(SetupError::UnknownRole(r));
            }
        }
        let sc = &c.scenarios[scenario];
        let diff = &c.difficulties[setup.difficulty.index()];
        let mut rng = Pcg32::seed_from_u64(setup.seed);
        let mut stats = [0i16; N_STATS];
        for (i, s) in stats.iter_mut().enumerate() {
            *s = (sc.start[i] + diff.start[i]).clamp(0, c.rules.stat_max);
        }
        stats[Stat::Time as usize] = sc.months as i16;
        let mut board = Board {
            round: 1,
            step: Step::AwaitEvent,
            active: 0,
            phase: 0,
            stats,
            hand: [NO_CARD; 8],
            pile: if c.methods.len() >= 64 {
                u64::MAX
            } else {
                (1u64 << c.methods.len()) - 1
            },
            discard: 0,
            events: [0; MAX_ROUNDS],
            events_drawn: 0,
            tag_last: [0; N_TAGS],
            revealed: 0,
            met: 0,
            played_in: [0; N_PHASES],
            plays: 0,
            redrawn: false,
            users_first: 0,
            deployed: false,
            eval_planned: 0,
            evaluated: 0,
            copil: 0,
            powers_used: 0,
        };
        build_event_deck(c, &mut board, &mut rng, diff.freins, sc.months);
        let mut state = GameState {
            content_version: CONTENT_VERSION,
            scenario: scenario as u8,
            difficulty: setup.difficulty,
            teams: setup.teams,
            seed: setup.seed,
            rng,
            board,
            undo: Vec::new(),
            undos: 0,
            log: Vec::new(),
            log_dropped: 0,
            curves: vec![stats],
        };
        state.deal(c, None);
        Ok(state)
    }

    /// The log, oldest first (see `log_dropped` for a truncated start).
    pub fn log(&self) -> &[LogEntry] {
        &self.log
    }
    pub fn scenario<'c>(&self, c: &'c Content) -> &'c Scenario {
        &c.scenarios[self.scenario as usize]
    }
    /// Roles at the table of the team whose turn it is (bit =
    /// `Role::index`).
    pub fn active_roles(&self) -> u8 {
        self.teams
            .get(self.board.active as usize)
            .map_or(0, Team::roles_mask)
    }
    /// Checks a state that came from storage or another device against the
    /// content before using it: the rules index content without checks.
    pub fn validate(&self, c: &Content) -> Result<(), StateError> {
        if self.content_version != CONTENT_VERSION {
            return Err(StateError::ContentVersion(self.content_version));
        }
        self.validate_indices(c)
    }

    /// Like [`GameState::validate`], but also accepts a game saved under
    /// an older rules version that this content can still show: such a
    /// game opens read-only (for its debrief), see [`GameState::read_only`].
    pub fn validate_readable(&self, c: &Content) -> Result<(), StateError> {
        if !(OLDEST_READABLE_VERSION..=CONTENT_VERSION).contains(&self.content_version) {
            return Err(StateError::ContentVersion(self.content_version));
        }
        self.validate_indices(c)
    }

    /// True for a game saved under older rules: it can be read and
    /// debriefed, not continued (every action is refused with
    /// `RuleError::OlderRules`).
    pub fn read_only(&self) -> bool {
        self.content_version != CONTENT_VERSION
    }

    fn validate_indices(&self, c: &Content) -> Result<(), StateError> {
        let b = &self.board;
        let n = c.methods.len();
        let card_ok = |m: u8| m == NO_CARD || (m as usize) < n;
        let bits_ok = |x: u64| n >= 64 || x >> n == 0;
        let ok = (self.scenario as usize) < c.scenarios.len()
            && !self.teams.is_empty()
            && self.teams.len() <= MAX_TEAMS
            && (b.active as usize) < self.teams.len()
            && (b.phase as usize) < N_PHASES
            && b.hand.iter().all(|m| card_ok(*m))
            && bits_ok(b.pile | b.discard)
            && b.events.iter().all(|e| (*e as usize) < c.events.len())
            && (b.events_drawn as usize) <= MAX_ROUNDS
            && self.undo.iter().all(|u| u.hand.iter().all(|m| card_ok(*m)));
        if ok {
            Ok(())
        } else {
            Err(StateError::Inconsistent)
        }
    }

    /// True when `Undo` could be applied now.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Draws one card into the first empty hand slot, among `prefer` when
    /// possible, reshuffling the discard pile when the draw pile is empty.
    pub(crate) fn draw(
        &mut self,
        limit: u8,
        prefer: u64,
        facts: Option<&mut Vec<super::log::Fact>>,
    ) -> bool {
        let b = &mut self.board;
        let Some(slot) = b.hand[..limit as usize].iter().position(|c| *c == NO_CARD) else {
            return false;
        };
        if b.pile == 0 {
            b.pile = b.discard;
            b.discard = 0;
        }
        let from = if b.pile & prefer != 0 {
            b.pile & prefer
        } else {
            b.pile
        };
        if from == 0 {
            return false;
        }
        let k = below(&mut self.rng, from.count_ones());
        let card = nth_bit(from, k);
        b.pile &= !(1u64 << card);
        b.hand[slot] = card;
        if let Some(f) = facts {
            f.push(super::log::Fact::Drew(card));
        }
        true
    }

    /// Deals a fresh hand: some cards of the current phase, then any.
    pub(crate) fn deal(&mut self, c: &Content, mut facts: Option<&mut Vec<super::log::Fact>>) {
        for i in 0..c.rules.hand_size {
            let prefer = if i < c.rules.phase_draws {
                c.phase_cards[self.board.phase as usize]
            } else {
                u64::MAX
            };
            if !self.draw(c.rules.hand_size, prefer, facts.as_deref_mut()) {
                break;
            }
        }
    }
}

/// Picks the month-by-month events: the difficulty sets how many freins.
fn build_event_deck(c: &Content, b: &mut Board, rng: &mut Pcg32, freins12: u8, months: u8) {
    let (nf, nl) = deck_split(freins12, months);
    let mut deck: Vec<u8> = Vec::with_capacity(months as usize);
    for (kind, n) in [(EventKind::Frein, nf), (EventKind::Levier, nl)] {
        let mut pool: Vec<u8> = (0..c.events.len())
            .filter(|i| c.events[*i].kind == kind)
            .map(|i| i as u8)
            .collect();
        for _ in 0..n {
            if pool.is_empty() {
                break;
            }
            let k = below(rng, pool.len() as u32) as usize;
            deck.push(pool.swap_remove(k));
        }
    }
    // Fisher–Yates so freins and leviers are interleaved.
    for i in (1..deck.len()).rev() {
        let j = below(rng, i as u32 + 1) as usize;
        deck.swap(i, j);
    }
    for (i, e) in deck.into_iter().enumerate().take(MAX_ROUNDS) {
        b.events[i] = e;
    }
}
