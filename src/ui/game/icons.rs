//! The game's pictograms, drawn inline (no image file, no font): one per
//! phase, per gauge, per kind of stakeholder and per kind of event. Always
//! decorative (`aria-hidden`): the name they stand for is in the text next
//! to them, visible or for screen readers.

use leptos::prelude::*;

use crate::domain::game::Stat;
use crate::domain::game::content::EventKind;

/// An outlined 24×24 pictogram in the current text colour.
pub fn icon(path: &'static str) -> impl IntoView {
    view! {
        <svg class="game-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=path />
        </svg>
    }
}

/// Cadrer, Explorer, Imaginer, Prototyper, Déployer: a target, a magnifier,
/// a bulb, a flask, a rising curve.
pub fn phase(p: u8) -> &'static str {
    match p {
        0 => {
            "M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M7 12a5 5 0 1 0 10 0a5 5 0 1 0-10 0M11 12a1 1 0 1 0 2 0a1 1 0 1 0-2 0"
        }
        1 => "M4 10a6 6 0 1 0 12 0a6 6 0 1 0-12 0M14.5 14.5L20 20",
        2 => {
            "M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.8.8 1 1.5 1 2.5h6c0-1 .2-1.7 1-2.5A6 6 0 0 0 12 3z"
        }
        3 => "M9 3h6M10 3v6l-5 9a2 2 0 0 0 2 3h10a2 2 0 0 0 2-3l-5-9V3M7.5 14h9",
        _ => "M3 17l6-6 4 4 8-8M14 7h7v7",
    }
}

/// One pictogram per gauge.
pub fn stat(s: Stat) -> &'static str {
    match s {
        // A coin.
        Stat::Budget => {
            "M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M15 8.5a4 4 0 1 0 0 7M7.5 11h5M7.5 13h5"
        }
        // A clock.
        Stat::Time => "M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M12 7v5l3 2",
        // A public building.
        Stat::Support => "M3 21h18M5 21v-9M9.7 21v-9M14.3 21v-9M19 21v-9M2.5 9.5L12 4l9.5 5.5z",
        // A bolt.
        Stat::Energy => "M13 2L4 14h7l-1 8 9-12h-7z",
        // An eye.
        Stat::Understanding => {
            "M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM9 12a3 3 0 1 0 6 0a3 3 0 1 0-6 0"
        }
        // A star.
        Stat::Quality => "M12 3l2.8 5.7 6.2.9-4.5 4.4 1 6.2L12 17.3l-5.5 2.9 1-6.2L3 9.6l6.2-.9z",
        // A heart.
        Stat::BuyIn => "M12 20s-7-4.5-9-9a4.5 4.5 0 0 1 9-2.5a4.5 4.5 0 0 1 9 2.5c-2 4.5-9 9-9 9z",
        // Two people.
        Stat::Participation => {
            "M5 8a3 3 0 1 0 6 0a3 3 0 1 0-6 0M13 8a3 3 0 1 0 6 0a3 3 0 1 0-6 0M2 20c0-3 3-5 6-5s6 2 6 5M14.5 15.2c.5-.1 1-.2 1.5-.2 3 0 6 2 6 5"
        }
        // A sun: what really changes.
        Stat::Impact => {
            "M8 12a4 4 0 1 0 8 0a4 4 0 1 0-8 0M12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2"
        }
    }
}

/// One pictogram per kind of stakeholder (ids of `rules.json`).
pub fn kind(k: &str) -> &'static str {
    match k {
        // A person.
        "usager" => "M8 7a4 4 0 1 0 8 0a4 4 0 1 0-8 0M4 21c0-4 4-7 8-7s8 3 8 7",
        // A person with a badge.
        "agent" => "M8 7a4 4 0 1 0 8 0a4 4 0 1 0-8 0M4 21c0-4 4-7 8-7s8 3 8 7M14 17.5h3",
        // A town hall.
        "elu" => "M3 21h18M5 21v-9M9.7 21v-9M14.3 21v-9M19 21v-9M2.5 9.5L12 4l9.5 5.5z",
        // A briefcase.
        "commanditaire" => {
            "M3 9a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2zM9 7V4h6v3M3 13h18"
        }
        // Two linked rings.
        "partenaire" => "M3 12a5 5 0 1 0 10 0a5 5 0 1 0-10 0M11 12a5 5 0 1 0 10 0a5 5 0 1 0-10 0",
        // A group.
        _ => {
            "M5 8a3 3 0 1 0 6 0a3 3 0 1 0-6 0M13 8a3 3 0 1 0 6 0a3 3 0 1 0-6 0M2 20c0-3 3-5 6-5s6 2 6 5M14.5 15.2c.5-.1 1-.2 1.5-.2 3 0 6 2 6 5"
        }
    }
}

/// A frein pulls down, a levier lifts.
pub fn event(k: EventKind) -> &'static str {
    match k {
        EventKind::Frein => "M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M12 7v10M8 13l4 4 4-4",
        EventKind::Levier => "M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M12 17V7M8 11l4-4 4 4",
    }
}

/// The outcome tiers: a broken line, a box, a flag, a trophy.
pub fn tier(t: usize) -> &'static str {
    match t {
        0 => "M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M8 8l8 8M16 8l-8 8",
        1 => "M3 7l9-4 9 4v10l-9 4-9-4zM3 7l9 4 9-4M12 11v10",
        2 => "M5 21V4M5 4h11l-2 4 2 4H5",
        _ => {
            "M8 21h8M12 17v4M7 4h10v5a5 5 0 0 1-10 0zM7 6H4v1a3 3 0 0 0 3 3M17 6h3v1a3 3 0 0 1-3 3"
        }
    }
}

/// A hidden need, face down: a question mark.
pub const HIDDEN: &str = "M9 9a3 3 0 1 1 4 2.8c-.6.3-1 .9-1 1.6V15M12 18.5v.5";
/// A card drawn again.
pub const REDRAW: &str = "M4 12a8 8 0 0 1 14-5.3M20 12a8 8 0 0 1-14 5.3M18 3v4h-4M6 21v-4h4";
/// The detail of a card: an "i".
pub const INFO: &str = "M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M12 11v6M12 7.5v.5";
/// Whose turn: a pawn.
pub const PAWN: &str = "M9 7a3 3 0 1 0 6 0a3 3 0 1 0-6 0M10 10l-2 8M14 10l2 8M6 21h12l-1-3H7z";
/// A condition met: a tick.
pub const MET: &str = "M4 12.5l5 5L20 6.5";
/// A condition missing: a cross.
pub const MISSING: &str = "M6 6l12 12M18 6L6 18";
/// The COPIL gate: a gate between two posts.
pub const GATE: &str = "M4 21V5M20 21V5M4 9h16M4 15h16M9 9v6M15 9v6";
