//! The month's event: hidden until the facilitator reveals it with a
//! deliberate click (to read it aloud), then shown as a frein or a levier,
//! with what past choices changed and its effects. A frein and a levier
//! differ by colour, pictogram and word, never by colour alone.

use leptos::prelude::*;

use super::play::dispatch;
use super::{Ctx, icons, text};
use crate::domain::game::content::EventKind;
use crate::domain::game::state::{Action, Board, Step};
use crate::domain::game::{Fact, LogEntry};

#[component]
pub fn Event(ctx: Ctx, board: Memo<Option<Board>>) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    // Only the month and its step: playing a card must not redraw this.
    let moment = Memo::new(move |_| board.get().map(|b| (b.round, b.step)));
    let body = move || {
        let lang = i.lang();
        let code = lang;
        match moment.get()? {
            (_, Step::Over(_)) => None,
            (_, Step::AwaitEvent) => Some(
                view! {
                    <h2 id="game-event-title" tabindex="-1">{i.t("game.event.title")}</h2>
                    <div class="game-event-back">
                    <p>{i.t("game.event.hidden")}</p>
                    <button type="button" id="game-reveal" on:click=move |_| dispatch(ctx, Action::RevealEvent)>
                        {i.t("game.event.reveal")}
                    </button>
                    </div>
                }
                .into_any(),
            ),
            (round, Step::Play) => {
                let entry: Option<LogEntry> = ctx.game.with_untracked(|g| {
                    g.as_ref()?
                        .state
                        .log()
                        .iter()
                        .rev()
                        .find(|e| e.round == round && e.action == Action::RevealEvent)
                        .cloned()
                });
                let entry = entry?;
                let Some(Fact::Event(e, altered)) = entry.facts.first().copied() else {
                    return None;
                };
                let ev = c.events.get(e as usize)?;
                let (kind_key, class) = match ev.kind {
                    EventKind::Frein => ("event.frein", "game-event-card game-frein"),
                    EventKind::Levier => ("event.levier", "game-event-card game-levier"),
                };
                let effects = text::facts(c, lang, Action::RevealEvent, &entry.facts[1..])
                    .into_iter()
                    .map(|f| view! { <li>{f}</li> })
                    .collect_view();
                Some(
                    view! {
                        <h2 id="game-event-title" tabindex="-1">{i.t("game.event.title")}</h2>
                        <div class=class>
                            <p class="game-kind">{icons::icon(icons::event(ev.kind))}{text::ct(c, lang, kind_key)}</p>
                            <h3>{ev.name.get(code).to_owned()}</h3>
                            <p>{ev.text.get(code).to_owned()}</p>
                            {altered.then(|| view! {
                                <p class="game-altered"><strong>{i.t("game.event.altered")}</strong>" " {ev.alt_text.get(code).to_owned()}</p>
                            })}
                            <ul>{effects}</ul>
                        </div>
                    }
                    .into_any(),
                )
            }
        }
    };
    // On a phone, the face-down event shows in the Cartes view too: the
    // month starts with it, whatever the view.
    let waiting = move || matches!(moment.get(), Some((_, Step::AwaitEvent)));
    view! {
        <section class="game-event game-v game-v-table" class:game-v-cards=waiting aria-labelledby="game-event-title">{body}</section>
    }
}
