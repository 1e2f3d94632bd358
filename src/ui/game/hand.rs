//! The hand of method cards, drawn as cards: a band in the colour of the
//! card's phase with its pictogram, the name, the cost now (from the
//! engine's `cost_preview`) and the effects as signed chips, "Jouer" and
//! "Changer", disabled with the engine's reason when the rules refuse
//! them. The rest (why the method matters, themes, the cost's detail)
//! opens on demand in a panel over the table, so the hand stays on screen.

use leptos::prelude::*;

use super::play::request;
use super::{Ctx, icons, text};
use crate::domain::game::content::{Amounts, N_PHASES, N_STATS};
use crate::domain::game::state::{Action, Board, Step};
use crate::domain::game::{Content, RuleError, Stat, Tag};
use crate::i18n::{Lang, tf};

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
        <section class="game-hand game-v game-v-cards" aria-labelledby="game-hand-title">
            <div class="game-hand-head">
                <h2 id="game-hand-title">{i.tr("game.hand.title")}</h2>
                <p class="muted">{plays}</p>
            </div>
            <Show when=move || waiting.get()><p class="game-why-not game-waiting">{i.tr("game.hand.waiting")}</p></Show>
            <ul class="game-cards">
                <For each=move || cards.get() key=|m| *m children=move |m| card(ctx, board, m) />
            </ul>
        </section>
    }
}

/// Signed chips, one per non-zero amount: pictogram, name for screen
/// readers, "+2" or "−1".
pub fn chips(c: &'static Content, lang: Lang, a: &Amounts) -> Vec<AnyView> {
    Stat::ALL
        .iter()
        .filter(|s| a[**s as usize] != 0)
        .map(|s| {
            let n = a[*s as usize];
            view! {
                <span class="game-chip" class:game-up={n > 0} class:game-down={n < 0}>
                    {icons::icon(icons::stat(*s))}
                    <span class="game-sr">{text::stat_name(c, lang, *s)}" "</span>
                    {text::signed(n)}
                </span>
            }
            .into_any()
        })
        .collect()
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
    let detail_id = format!("game-card-detail-{m}");
    let detail_title = format!("game-card-detail-title-{m}");
    let phases: Vec<u8> = (0..N_PHASES as u8)
        .filter(|p| def.phases & (1 << p) != 0)
        .collect();
    let first_phase = phases.first().copied().unwrap_or(0);
    let name = move || def.name.get(i.lang()).to_owned();
    let band = {
        let phases = phases.clone();
        move || {
            let lang = i.lang();
            phases
                .iter()
                .map(|p| {
                    view! { <span class="game-band-phase">{icons::icon(icons::phase(*p))}{text::phase_name(c, lang, *p)}</span> }
                })
                .collect_view()
        }
    };
    let net_cost = move || {
        let mut net = [0i16; N_STATS];
        for d in cost.get() {
            net[d.stat as usize] += d.amount;
        }
        net
    };
    let cost_chips = move || {
        let net = net_cost();
        if net.iter().all(|n| *n == 0) {
            view! { <span class="game-chip">"0"</span> }.into_any()
        } else {
            chips(c, i.lang(), &net).into_any()
        }
    };
    let effect_chips = move || {
        let lang = i.lang();
        let reveal = (def.reveal > 0).then(|| {
            view! {
                <span class="game-chip game-chip-need">
                    {icons::icon(icons::HIDDEN)}
                    {crate::i18n::tn(lang, "game.card.reveals_short", def.reveal as i64, &[])}
                </span>
            }
        });
        view! { {chips(c, lang, &def.effects)}{reveal} }
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
    let facts = {
        let phases = phases.clone();
        move || {
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
            let names: Vec<String> = phases
                .iter()
                .map(|p| text::phase_name(c, lang, *p))
                .collect();
            lines.push(tf(
                lang,
                "game.card.phases",
                &[("phases", &names.join(", "))],
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
        }
    };
    let cheaper = Memo::new(move |_| {
        board
            .get()
            .is_some_and(|b| def.phases & (1 << b.phase) != 0)
    });
    // A role's power lowers the price this month: said on the same line as
    // the in-phase discount, so that the cards of a hand keep one height.
    let by_role = Memo::new(move |_| {
        cost.with(|l| {
            l.iter()
                .any(|d| d.reason == crate::domain::game::Reason::RolePower)
        })
    });
    let in_phase = move || {
        let key = match (cheaper.get(), by_role.get()) {
            (true, true) => "game.card.both_discounts",
            (true, false) => "game.card.in_phase",
            (false, true) => "game.card.role_discount",
            (false, false) => return None,
        };
        Some(view! { <p class="game-badge">{i.t(key)}</p> })
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
    let details = crate::ui::dom::next_task();
    view! {
        <li class="game-card" data-phase=first_phase.to_string() aria-busy=move || {
            ctx.pending.with(|p| matches!(p, Some(Action::Play(x) | Action::Redraw(x)) if *x == m)).then_some("true")
        }>
            <p class="game-band">{band}</p>
            <h3>{name}</h3>
            {in_phase}
            <p class="game-chips"><span class="game-chips-label">{i.tr("game.card.cost_label")}</span>{cost_chips}</p>
            <p class="game-chips"><span class="game-chips-label">{i.tr("game.card.effect_label")}</span>{effect_chips}</p>
            <div class="game-actions">
                <button type="button" class="game-play" aria-describedby=why_id.clone()
                    disabled=move || checks.get()[0].is_err()
                    on:mousedown=keep_focus on:click=move |_| request(ctx, Action::Play(m))>
                    {i.tr("game.card.play")}<span class="game-sr">" « " {name} " »"</span>
                </button>
                <button type="button" class="secondary game-redraw" title=i.tr("game.card.redraw")
                    disabled=move || checks.get()[1].is_err()
                    on:mousedown=keep_focus on:click=move |_| request(ctx, Action::Redraw(m))>
                    {icons::icon(icons::REDRAW)}<span class="game-sr">{i.tr("game.card.redraw")}" « " {name} " »"</span>
                </button>
                <button type="button" class="secondary game-more" title=i.tr("game.card.details") popovertarget=detail_id.clone()>
                    {icons::icon(icons::INFO)}<span class="game-sr">{i.tr("game.card.details")}" « " {name} " »"</span>
                </button>
            </div>
            <p id=why_id class="game-why-not">{refusal}</p>
            <div id=detail_id.clone() popover="auto" class="game-popover" role="dialog" aria-labelledby=detail_title.clone()>
                <h2 id=detail_title.clone()>{name}</h2>
                // Closed at first: drawn just after the hand.
                {move || details.get().then(|| view! {
                    <ul class="game-card-facts">{facts.clone()}</ul>
                    <h3>{i.tr("game.card.why")}</h3>
                    <p>{move || def.text.get(i.lang()).to_owned()}</p>
                    <h3>{i.tr("game.card.cost_detail")}</h3>
                    <ul>{cost_detail}</ul>
                })}
                <button type="button" class="secondary" popovertarget=detail_id.clone() popovertargetaction="hide">{i.tr("game.close")}</button>
            </div>
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
