//! Resources and indicators as labelled gauges: a pictogram, the name, a
//! `<meter>` and the value in text (never colour alone), the change brought
//! by the last action as a signed chip, and where the project would land if
//! it stopped now. On a phone the same list is a compact strip (pictogram
//! and value) that stays in view; the names remain for screen readers.

use leptos::prelude::*;

use super::{Ctx, View, icons, text};
use crate::domain::game::Stat;
use crate::domain::game::state::Board;
use crate::i18n::tf;

#[component]
pub fn Gauges(ctx: Ctx, board: Memo<Option<Board>>) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let months = ctx
        .game
        .with_untracked(|g| g.as_ref().map_or(12, |g| g.state.scenario(c).months))
        as i16;
    let row = move |s: Stat| {
        let id = format!("game-stat-{}", s.id());
        let max = if s == Stat::Time {
            months
        } else {
            c.rules.stat_max
        };
        let stat = Memo::new(move |_| board.get().map_or(0, |b| b.stat(s)));
        let value = move || stat.get();
        let delta = move || {
            let old = ctx.before.get()?[s as usize];
            let now = value();
            (old != now).then_some(now - old)
        };
        let change = move || {
            delta().map(|d| {
                view! {
                    <span class="game-delta" class:game-up={d > 0} class:game-down={d < 0}>
                        <span class="game-sr">{i.t("game.gauge.change")}" "</span>{text::signed(d)}
                    </span>
                }
            })
        };
        // Quality cannot pass its ceiling (the needs uncovered): shown on
        // the gauge, as the log explains it when a card hits it.
        let cap = move || {
            (s == Stat::Quality).then(|| {
                let cap = board.get().map_or(0, |b| {
                    (b.revealed.count_ones() as i16 + c.rules.quality_cap_base).min(c.rules.stat_max)
                });
                view! { <span class="game-cap">{tf(i.lang(), "game.gauge.cap", &[("n", &cap.to_string())])}</span> }
            })
        };
        view! {
            <li class="game-gauge" data-stat=s.id()>
                {icons::icon(icons::stat(s))}
                <label for=id.clone()>{move || text::stat_name(c, i.lang(), s)}</label>
                <span class="game-num">
                    <span class="game-val">{value}</span>
                    <span class="game-max">{move || tf(i.lang(), "game.gauge.max", &[("max", &max.to_string())])}</span>
                </span>
                {change}
                {cap}
                <meter id=id min="0" max=max.to_string() value=move || value().to_string()></meter>
            </li>
        }
    };
    let tier = Memo::new(move |_| {
        board.track();
        ctx.game
            .with_untracked(|g| g.as_ref().map(|g| g.state.projected_tier(c)))
    });
    let projected = move || {
        let lang = i.lang();
        tier.get().and_then(|tier| {
            let def = c.tiers.get(tier.index())?;
            Some(tf(
                lang,
                "game.gauge.projected",
                &[("tier", def.name.get(lang))],
            ))
        })
    };
    // Closed at first: its list is drawn in the next task, with the hand.
    let ready = crate::ui::dom::next_task();
    let help = move || {
        if !ready.get() {
            return None;
        }
        let code = i.lang();
        let list = c
            .stats
            .iter()
            .map(|d| view! { <dt>{icons::icon(icons::stat(d.stat))}{d.name.get(code).to_owned()}</dt><dd>{d.text.get(code).to_owned()}</dd> })
            .collect_view();
        Some(list)
    };
    view! {
        <section class="game-gauges" class:game-gauges-full=move || ctx.view.get() == View::Gauges
            aria-labelledby="game-gauges-title">
            <h2 id="game-gauges-title">{i.tr("game.gauge.title")}</h2>
            <h3>{i.tr("game.gauge.resources")}</h3>
            <ul class="game-gauge-list">{Stat::ALL.into_iter().filter(|s| s.is_resource()).map(row).collect_view()}</ul>
            <h3>{i.tr("game.gauge.indicators")}</h3>
            <ul class="game-gauge-list">{Stat::ALL.into_iter().filter(|s| !s.is_resource()).map(row).collect_view()}</ul>
            <p class="game-projected">{projected}</p>
            <details class="game-gauge-help">
                <summary>{i.tr("game.gauge.help")}</summary>
                <dl>{help}</dl>
            </details>
        </section>
    }
}
