//! Typed rule errors and the stable text keys the UI needs.

use super::content::*;
use super::keys::keyed_enum;

keyed_enum! {
    /// Why an action was refused. `key()` names a text in content (`error.*`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum RuleError {
        GameOver => "error.game_over",
        EventPending => "error.event_pending",
        EventAlreadyRevealed => "error.event_already_revealed",
        CardNotInHand => "error.card_not_in_hand",
        PlayLimitReached => "error.play_limit_reached",
        CannotAfford(Stat) => "error.cannot_afford",
        RedrawUsed => "error.redraw_used",
        DeckEmpty => "error.deck_empty",
        LastPhase => "error.last_phase",
        PhaseLocked => "error.phase_locked",
        NothingToUndo => "error.nothing_to_undo",
        UndoAfterHiddenInfo => "error.undo_after_hidden_info",
        UndoLimit => "error.undo_limit",
        /// The game was saved under older rules: it can be read, not continued.
        OlderRules => "error.older_rules",
    }
}

/// Every text key the rules may ask the UI to show; the loader checks that
/// content defines them all.
pub fn required_text_keys() -> Vec<String> {
    let mut keys: Vec<String> = RuleError::KEYS.iter().map(|k| k.to_string()).collect();
    keys.extend(super::log::Reason::ALL.iter().map(|r| r.key().to_string()));
    keys.extend(Tag::ALL.iter().map(|t| format!("tag.{}", t.id())));
    keys.extend(super::action::Action::KEYS.iter().map(|k| k.to_string()));
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
