//! Typed rule errors and the stable text keys the UI needs.

use super::content::*;

/// Why an action was refused. `key()` names a text in content (`error.*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleError {
    GameOver,
    EventPending,
    EventAlreadyRevealed,
    CardNotInHand,
    PlayLimitReached,
    CannotAfford(Stat),
    RedrawUsed,
    DeckEmpty,
    LastPhase,
    PhaseLocked,
    NothingToUndo,
    UndoAfterHiddenInfo,
    UndoLimit,
    /// The game was saved under older rules: it can be read, not continued.
    OlderRules,
}

impl RuleError {
    pub const KEYS: [&'static str; 14] = [
        "error.game_over",
        "error.event_pending",
        "error.event_already_revealed",
        "error.card_not_in_hand",
        "error.play_limit_reached",
        "error.cannot_afford",
        "error.redraw_used",
        "error.deck_empty",
        "error.last_phase",
        "error.phase_locked",
        "error.nothing_to_undo",
        "error.undo_after_hidden_info",
        "error.undo_limit",
        "error.older_rules",
    ];
    /// Stable key of the explanation text in content.
    pub fn key(&self) -> &'static str {
        let i = match self {
            RuleError::GameOver => 0,
            RuleError::EventPending => 1,
            RuleError::EventAlreadyRevealed => 2,
            RuleError::CardNotInHand => 3,
            RuleError::PlayLimitReached => 4,
            RuleError::CannotAfford(_) => 5,
            RuleError::RedrawUsed => 6,
            RuleError::DeckEmpty => 7,
            RuleError::LastPhase => 8,
            RuleError::PhaseLocked => 9,
            RuleError::NothingToUndo => 10,
            RuleError::UndoAfterHiddenInfo => 11,
            RuleError::UndoLimit => 12,
            RuleError::OlderRules => 13,
        };
        Self::KEYS[i]
    }
}

/// Every text key the rules may ask the UI to show; the loader checks that
/// content defines them all.
pub fn required_text_keys() -> Vec<String> {
    let mut keys: Vec<String> = RuleError::KEYS.iter().map(|k| k.to_string()).collect();
    keys.extend(super::log::Reason::ALL.iter().map(|r| r.key().to_string()));
    keys.extend(Tag::ALL.iter().map(|t| format!("tag.{}", t.id())));
    keys.extend(super::state::Action::KEYS.iter().map(|k| k.to_string()));
    keys.extend(super::log::Fact::KEYS.iter().map(|k| k.to_string()));
    keys.extend(
        [
            "error.setup_unknown_scenario",
            "error.setup_team_count",
            "error.setup_unknown_role",
        ]
        .map(String::from),
    );
    keys.extend(
        [
            "end.time_up",
            "end.support_lost",
            "event.frein",
            "event.levier",
        ]
        .map(String::from),
    );
    keys
}
