//! The hand of method cards: each card shows its title, its cost now (from
//! the engine's `cost_preview`), its effects, its phases and tags, and "why
//! it matters" on demand; "Jouer" and "Changer" are buttons, disabled with
//! the engine's reason when the rules refuse them.

use leptos::prelude::*;

use super::play::request;
use super::{Ctx, text};
use crate::domain::game::content::{N_PHASES, N_STATS};
use crate::domain::game::state::{Action, Board, Step};
use crate::domain::game::{RuleError, Stat, Tag};
use crate::i18n::tf;

#[component]
pub fn Hand(ctx: Ctx, board: Memo<Option<Board>>) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let cards = Memo::new(move |_| {
        board
            .get()
            .map(|b| b.hand_cards().collect::<Vec<u8>>())
            .unwrap_or_default()
    });
    let played = Memo::new(move |_| board.get().map(|b| b.plays));
    let plays = move || {
        let n = played.get()?;
        Some(tf(
            i.lang(),
            "game.hand.plays",
            &[
                ("n", &n.to_string()),
                ("max", &c.rules.plays_per_turn.to_string()),
                (
                    "limit",
                    &c.rules.overload_from.saturating_sub(1).to_string(),
                ),
            ],
        ))
    };
    let waiting = Memo::new(move |_| board.get().is_some_and(|b| b.step == Step::AwaitEvent));
    view! {
        <section class="game-hand" aria-labelledby="game-hand-title">
            <h2 id="game-hand-title">{i.tr("game.hand.title")}</h2>
            <p class="muted">{plays}</p>
            <Show when=move || waiting.get()><p class="game-why-not">{i.tr("game.hand.waiting")}</p></Show>
            <ul class="game-cards">
                <For each=move || cards.get() key=|m| *m children=move |m| card(ctx, board, m) />
            </ul>
        </section>
    }
}

fn card(ctx: Ctx, board: Memo<Option<Board>>, m: u8) -> AnyView {
    let i = ctx.i;
    let c = ctx.c;
    let Some(def) = c.methods.get(m as usize) else {
        return ().into_any();
    };
    let checks = Memo::new(move |_| {
        ctx.game.with(|g| {
            g.as_ref().map_or([Err(RuleError::GameOver); 2], |g| {
                [Action::Play(m), Action::Redraw(m)].map(|a| g.state.check(c, a))
            })
        })
    });
    let cost = Memo::new(move |_| {
        board.track();
        ctx.game.with_untracked(|g| {
            g.as_ref()
                .map(|g| g.state.cost_preview(c, m))
                .unwrap_or_default()
        })
    });
    let why_id = format!("game-card-why-{m}");
    let name = move || def.name.get(i.lang()).to_owned();
    let cost_line = move || {
        let lang = i.lang();
        let mut net = [0i16; N_STATS];
        for d in cost.get() {
            net[d.stat as usize] += d.amount;
        }
        let net = text::amounts(c, lang, &net);
        tf(
            lang,
            "game.card.cost",
            &[("cost", if net.is_empty() { "0" } else { &net })],
        )
    };
    let cost_detail = move || {
        let lang = i.lang();
        cost.get()
            .into_iter()
            .map(|d| {
                let line = format!(
                    "{} {} — {}",
                    text::stat_name(c, lang, d.stat),
                    text::signed(d.amount),
                    text::ct(c, lang, d.reason.key())
                );
                view! { <li>{line}</li> }
            })
            .collect_view()
    };
    let facts = move || {
        let lang = i.lang();
        let mut lines = vec![tf(
            lang,
            "game.card.effects",
            &[("effects", &text::amounts(c, lang, &def.effects))],
        )];
        if def.reveal > 0 {
            lines.push(crate::i18n::tn(
                lang,
                "game.card.reveals",
                def.reveal as i64,
                &[],
            ));
        }
        let phases: Vec<String> = (0..N_PHASES as u8)
            .filter(|p| def.phases & (1 << p) != 0)
            .map(|p| text::phase_name(c, lang, p))
            .collect();
        lines.push(tf(
            lang,
            "game.card.phases",
            &[("phases", &phases.join(", "))],
        ));
        let tags: Vec<String> = Tag::ALL
            .iter()
            .filter(|t| def.has(**t))
            .map(|t| text::tag_name(c, lang, *t))
            .collect();
        if !tags.is_empty() {
            lines.push(tf(lang, "game.card.tags", &[("tags", &tags.join(", "))]));
        }
        lines
            .into_iter()
            .map(|l| view! { <li>{l}</li> })
            .collect_view()
    };
    let cheaper = Memo::new(move |_| {
        board
            .get()
            .is_some_and(|b| def.phases & (1 << b.phase) != 0)
    });
    let in_phase = move || {
        cheaper
            .get()
            .then(|| view! { <p class="game-badge">{i.t("game.card.in_phase")}</p> })
    };
    // Reasons that concern this card (the event step is said once above).
    let refusal = move || {
        let lang = i.lang();
        match checks.get()[0] {
            Ok(()) | Err(RuleError::EventPending) | Err(RuleError::GameOver) => String::new(),
            Err(RuleError::CannotAfford(s)) => format!(
                "{} ({})",
                text::ct(c, lang, RuleError::CannotAfford(Stat::Budget).key()),
                text::stat_name(c, lang, s)
            ),
            Err(e) => text::ct(c, lang, e.key()),
        }
    };
    view! {
        <li class="game-card" aria-busy=move || {
            ctx.pending.with(|p| matches!(p, Some(Action::Play(x) | Action::Redraw(x)) if *x == m)).then_some("true")
        }>
            <h3>{name}</h3>
            {in_phase}
            <p class="game-cost">{cost_line}</p>
            <ul class="game-card-facts">{facts}</ul>
            <details>
                <summary>{i.tr("game.card.why")}</summary>
                <p>{move || def.text.get(i.lang()).to_owned()}</p>
                <p>{i.tr("game.card.cost_detail")}</p>
                <ul>{cost_detail}</ul>
            </details>
            <div class="game-actions">
                <button type="button" class="game-play" aria-describedby=why_id.clone()
                    disabled=move || checks.get()[0].is_err()
                    on:mousedown=keep_focus on:click=move |_| request(ctx, Action::Play(m))>
                    {i.tr("game.card.play")}<span class="game-sr">" « " {name} " »"</span>
                </button>
                <button type="button" class="secondary game-redraw"
                    disabled=move || checks.get()[1].is_err()
                    on:mousedown=keep_focus on:click=move |_| request(ctx, Action::Redraw(m))>
                    {i.tr("game.card.redraw")}<span class="game-sr">" « " {name} " »"</span>
                </button>
            </div>
            <p id=why_id class="game-why-not">{refusal}</p>
        </li>
    }
    .into_any()
}

/// A mouse press on a card's button leaves focus where it is: focus moves
/// to the consequences once the card is played, and moving it twice would
/// cost the frame that shows the click taken. Keyboard focus is unchanged.
fn keep_focus(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
}
