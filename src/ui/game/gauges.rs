//! Resources and indicators as labelled gauges: a `<meter>` with its name
//! and the value in text (never colour alone), the change brought by the
//! last action, and where the project would land if it stopped now.

use leptos::prelude::*;

use super::{Ctx, text};
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
        let change = move || {
            let old = ctx.before.get()?[s as usize];
            let now = value();
            (old != now).then(|| format!(" ({})", text::signed(now - old)))
        };
        view! {
            <li class="game-gauge">
                <label for=id.clone()>{move || text::stat_name(c, i.lang(), s)}</label>
                <meter id=id min="0" max=max.to_string() value=move || value().to_string()></meter>
                <span class="game-num">{move || tf(i.lang(), "game.gauge.value", &[("v", &value().to_string()), ("max", &max.to_string())])}
                    <span class="game-delta">{change}</span>
                </span>
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
    let help = move || {
        let code = i.lang();
        c.stats
            .iter()
            .map(|d| view! { <dt>{d.name.get(code).to_owned()}</dt><dd>{d.text.get(code).to_owned()}</dd> })
            .collect_view()
    };
    view! {
        <section class="game-gauges" aria-labelledby="game-gauges-title">
            <h2 id="game-gauges-title">{i.tr("game.gauge.title")}</h2>
            <h3>{i.tr("game.gauge.resources")}</h3>
            <ul class="game-gauge-list">{Stat::ALL.into_iter().filter(|s| s.is_resource()).map(row).collect_view()}</ul>
            <h3>{i.tr("game.gauge.indicators")}</h3>
            <ul class="game-gauge-list">{Stat::ALL.into_iter().filter(|s| !s.is_resource()).map(row).collect_view()}</ul>
            <p class="game-projected">{projected}</p>
            <details>
                <summary>{i.tr("game.gauge.help")}</summary>
                <dl>{help}</dl>
            </details>
        </section>
    }
}
