//! What a player can do: the moves of the game, a leaf module that the
//! state, the log and the diagnostics all name.

use serde::{Deserialize, Serialize};

use super::keys::keyed_enum;

keyed_enum! {
    /// What a player can do. Cards are named by their index in
    /// `Content::methods`. Each move has a text key for its label.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    pub enum Action {
        /// The facilitator reveals (and reads aloud) this month's event.
        RevealEvent => "action.reveal_event",
        /// Play a method card from the hand.
        Play(u8) => "action.play",
        /// Discard a card and draw another (once per turn, costs energy).
        Redraw(u8) => "action.redraw",
        /// Enter the next phase, if its entry conditions hold.
        AdvancePhase => "action.advance_phase",
        /// Cancel the last action of this turn (not after hidden information).
        Undo => "action.undo",
        /// End the month and pass the device to the next team.
        EndTurn => "action.end_turn",
    }
}
