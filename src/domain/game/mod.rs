//! The cooperative game engine: state, actions, content and debrief data.
//!
//! # API used by the UI
//!
//! * Content: [`Content::builtin`] (the data files compiled in with
//!   `include_str!`), [`Content::from_files`] (a full set of files) and
//!   [`Content::with_pack`] (built-in files plus a trainer's pack). Errors are
//!   [`ContentError`]s located by file, item id and field.
//! * Start: [`GameState::new`]`(&Content, Setup)`.
//! * Move: **`GameState::apply(self, &Content, Action) -> Result<GameState,
//!   (GameState, RuleError)>`**. The state is consumed; the action is first
//!   checked on `&self` and only then applied, so on refusal the very same,
//!   untouched state comes back with a typed [`RuleError`] (its `key()` names
//!   an explanation text in content). [`GameState::check`] tests legality
//!   without moving anything; [`GameState::legal_actions`] /
//!   [`GameState::legal_actions_into`] list legal actions.
//! * End: [`GameState::outcome`] (`None` while playing) and [`debrief`].
//!
//! # Game flow
//!
//! A round is a month. Teams share one project and take the device in turn,
//! one team per month (so the length and balance of a game do not depend on
//! the number of teams; the others advise). Each month: the facilitator
//! reveals the event (`RevealEvent`, a frein or a levier whose effect depends
//! on what was done before), then the active team plays up to three method
//! cards from a fresh hand (the third one overloads the agents), may swap one
//! card, may enter the next phase when its entry conditions hold, and ends
//! the month (`EndTurn`: support erodes, energy recovers, a month passes).
//! The game ends when time runs out or political support reaches zero.
//!
//! Determinism: the RNG (`Pcg32`) lives in the state and is the only source
//! of chance; rules never iterate a hash map. `(CONTENT_VERSION, seed,
//! actions)` therefore replays to the identical state ([`replay`]).
//!
//! Stored states: call [`GameState::validate`] on a state read from storage
//! or received from another device before applying actions to it.
//!
//! Undo: allowed within the current turn, back to the last piece of hidden
//! information (a draw, an event, a revealed need, a test or a deployment
//! roll); it restores the board exactly and is itself logged (the undone
//! entry is marked `undone`).

pub mod action;
pub mod content;
pub mod debrief;
mod diagnostics;
mod error;
pub(crate) mod keys;
pub mod legacy;
pub mod lessons;
pub mod loader;
pub mod log;
pub mod observations;
pub mod outcome;
mod raw;
mod raw_cond;
mod raw_items;
mod resolve;
pub mod role_balance;
pub mod rules;
pub mod seed;
pub mod sim;
pub mod state;
pub mod story;
pub mod summary;
pub mod tier;

pub use content::{Content, Role, Stat, Tag};
pub use debrief::{Debrief, debrief};
pub use loader::{BUILTIN_FILES, ContentError};
pub use log::{Delta, Fact, LogEntry, Reason};
pub use outcome::{Outcome, Tier};
pub use rules::RuleError;
pub use state::{
    Action, Board, Difficulty, EndReason, GameState, MAX_MEMBERS, Member, Setup, SetupError,
    StateError, Step, Team,
};

/// Version of the rules and built-in content; stored in every state so a
/// replay knows which content it needs. Version 2: phase entry conditions
/// of the double diamond, late exploration, evaluation planned and carried
/// out, the COPIL gate, citizen participation for a pilot. Version 3:
/// roles per person (a team lists its members), each role's power acts
/// at most once a month and the log records it; the all-rounder's role.
pub const CONTENT_VERSION: u32 = 3;

/// Games saved under this rules version or a later one still open: the
/// content only appends cards and events, so their indices stay valid.
/// Older-rules games are read-only (debrief), never continued.
pub const OLDEST_READABLE_VERSION: u32 = 1;

impl Content {
    /// The built-in content. Fails only if the shipped data files are
    /// broken (a test guards against that).
    pub fn builtin() -> Result<Content, Vec<ContentError>> {
        // Checked by the tests: read in one pass, without JSON paths.
        loader::load_with(BUILTIN_FILES, crate::domain::json_error::read_quick)
    }
    /// [`Content::builtin`] read with JSON paths: for the trainer page,
    /// which has that reader anyway for the packs it loads (one reader per
    /// page keeps each page's code small).
    pub fn builtin_located() -> Result<Content, Vec<ContentError>> {
        loader::load(BUILTIN_FILES)
    }
    /// Content from a full set of `(file name, JSON text)` files.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Content, Vec<ContentError>> {
        loader::load(files)
    }
    /// Built-in content with a trainer's pack on top (same file name
    /// replaces, new names add).
    pub fn with_pack(pack: &[(&str, &str)]) -> Result<Content, Vec<ContentError>> {
        loader::with_pack(pack)
    }
    /// [`Content::with_pack`] for a pack already validated when it was
    /// loaded: a mistake is reported without its JSON path.
    pub fn with_checked_pack(pack: &[(&str, &str)]) -> Result<Content, Vec<ContentError>> {
        loader::with_pack_read(pack, crate::domain::json_error::read_quick)
    }
}

/// Free-function form of [`GameState::apply`].
#[allow(clippy::result_large_err)]
pub fn apply(
    state: GameState,
    c: &Content,
    action: Action,
) -> Result<GameState, (GameState, RuleError)> {
    state.apply(c, action)
}

/// Free-function form of [`GameState::legal_actions`].
pub fn legal_actions(state: &GameState, c: &Content) -> Vec<Action> {
    state.legal_actions(c)
}

/// Free-function form of [`GameState::outcome`].
pub fn outcome(state: &GameState, c: &Content) -> Option<Outcome> {
    state.outcome(c)
}

/// Rebuilds a game from its setup and the actions played (including
/// undos). Stops at the first refused action and reports its position.
pub fn replay(c: &Content, setup: Setup, actions: &[Action]) -> Result<GameState, ReplayError> {
    let mut s = GameState::new(c, setup).map_err(ReplayError::Setup)?;
    for (i, a) in actions.iter().enumerate() {
        s.apply_mut(c, *a).map_err(|e| ReplayError::Action(i, e))?;
    }
    Ok(s)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplayError {
    Setup(SetupError),
    Action(usize, RuleError),
}

impl GameState {
    /// The actions applied so far, in order (from the log), to replay.
    pub fn actions(&self) -> Vec<Action> {
        self.log.iter().map(|e| e.action).collect()
    }
}
