//! Dispatching an action from the table: the engine applies it, the game is
//! saved at once, the consequences are announced, and focus moves to where
//! the next step happens. A card clicked first shows that it is under way
//! (see [`request`]).

use leptos::prelude::*;

use super::store::{self, Saved};
use super::{Ctx, Panel, Screen, text};
use crate::domain::game::state::Action;
use crate::i18n::{Lang, t};
use crate::ui::dom::{focus_soon, focus_still};

/// Answers a click on a card at once, then plays it. The card shows that
/// it is being played in the very next frame; the engine, the save and the
/// redrawing of the table (several frames' worth of work on a slow
/// computer) follow just after that frame is painted. One card at a time: a
/// second click meanwhile (a double click) is ignored.
pub fn request(ctx: Ctx, action: Action) {
    if ctx.pending.get_untracked().is_some() {
        return;
    }
    ctx.pending.set(Some(action));
    request_animation_frame(move || {
        set_timeout(move || flush(ctx), std::time::Duration::ZERO);
    });
}

/// Plays the card under way, if any. Every other action calls it first, so
/// that actions are played in the order they were asked for; so does the
/// table when the page is left.
pub fn flush(ctx: Ctx) {
    if let Some(action) = ctx.pending.get_untracked() {
        ctx.pending.set(None);
        play(ctx, action);
    }
}

/// Plays `action` on the current game (after the card under way, if any).
pub fn dispatch(ctx: Ctx, action: Action) {
    flush(ctx);
    play(ctx, action);
}

fn play(ctx: Ctx, action: Action) {
    let lang = ctx.lang();
    let Some(rec) = ctx.game.get_untracked() else {
        return;
    };
    match store::play(ctx.c, rec, action) {
        Err(e) => ctx.say(text::ct(ctx.c, lang, e.key())),
        Ok((next, before, saved)) => {
            ctx.notice.set(match saved {
                Saved::Ok => None,
                Saved::Merged => Some(t(lang, "game.notice.merged").to_owned()),
                // The reason on screen too, not only for the screen reader.
                Saved::Dropped(why) => Some(format!(
                    "{} {}",
                    t(lang, "game.notice.dropped"),
                    text::ct(ctx.c, lang, why.key())
                )),
                Saved::Failed => Some(t(lang, "game.notice.unsaved").to_owned()),
            });
            let over = next.state.board.is_over();
            let said = announcement(ctx, lang, &next.state, action);
            // Where the next step happens. The consequences' title stays on
            // the table: focus moves there before the table changes
            // (cheaper, see focus_now), without scrolling (focus_still); the other
            // two are drawn anew.
            let (target, on_screen) = match action {
                Action::EndTurn => ("game-reveal", false),
                Action::RevealEvent => ("game-event-title", false),
                _ => ("game-last-title", true),
            };
            // The consequences are a side panel: it comes to the front.
            if on_screen {
                ctx.panel.set(Panel::Last);
            }
            let focused = !over && on_screen && focus_still(target);
            ctx.before.set(Some(before.board.stats));
            ctx.game.set(Some(next));
            ctx.say(said);
            if over {
                ctx.go(Screen::End);
                return;
            }
            if !focused && on_screen {
                request_animation_frame(move || {
                    focus_still(target);
                });
            } else if !focused {
                focus_soon(target);
            }
        }
    }
}

/// What a screen reader hears after an action: the action, then its
/// consequences, then whose turn it is after a month ends.
fn announcement(
    ctx: Ctx,
    lang: Lang,
    state: &crate::domain::game::GameState,
    action: Action,
) -> String {
    let c = ctx.c;
    let Some(entry) = state.log().last() else {
        return String::new();
    };
    let mut parts = vec![text::action_label(c, lang, action, entry.phase)];
    if action == Action::RevealEvent
        && let Some(crate::domain::game::Fact::Event(e, altered)) = entry.facts.first()
        && let Some(ev) = c.events.get(*e as usize)
    {
        parts.push(ev.text.get(lang).to_owned());
        if *altered {
            parts.push(ev.alt_text.get(lang).to_owned());
        }
    }
    parts.extend(text::facts(c, lang, action, &entry.facts));
    if action == Action::EndTurn && !state.board.is_over() {
        let team = state
            .teams
            .get(state.board.active as usize)
            .map_or("", |t| t.name.as_str());
        parts.push(crate::i18n::tf(lang, "game.turn_of", &[("team", team)]));
    }
    parts.join(". ")
}
