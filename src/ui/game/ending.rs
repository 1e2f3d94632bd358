//! The end of a game, before the debrief: the outcome tier shown big, why
//! the game ended (and when, if before its last month), the final board,
//! the three moments of this game that moved the gauges most, and the way
//! to the debrief.

use leptos::prelude::*;

use super::hand::chips;
use super::{Ctx, Screen, icons, reconstruction, text};
use crate::domain::game::content::N_STATS;
use crate::domain::game::debrief::{Moment, MomentKind};
use crate::domain::game::{EndReason, Fact, Stat, debrief};
use crate::i18n::tf;

/// How much a moment changed the game: the size of its changes (time
/// aside, it passes anyway), a phase entered, a need uncovered, a test.
fn weight(m: &Moment) -> i32 {
    let base = match m.kind {
        MomentKind::Phase => 4,
        MomentKind::Event | MomentKind::Method => 0,
        _ => return -1,
    };
    base + m
        .facts
        .iter()
        .map(|f| match f {
            Fact::Delta(d) if d.stat != Stat::Time => i32::from(d.amount.abs()),
            Fact::Need(..) | Fact::Test(_) | Fact::Incident(true) => 2,
            _ => 0,
        })
        .sum::<i32>()
}

/// The three heaviest moments (not undone), in the order they happened.
pub fn key_moments(timeline: &[Moment]) -> Vec<&Moment> {
    let mut ranked: Vec<(usize, i32)> = timeline
        .iter()
        .enumerate()
        .filter(|(_, m)| !m.undone)
        .map(|(n, m)| (n, weight(m)))
        .filter(|(_, w)| *w > 0)
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.truncate(3);
    ranked.sort_by_key(|r| r.0);
    ranked.into_iter().map(|(n, _)| &timeline[n]).collect()
}

#[component]
pub fn EndScreen(ctx: Ctx) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let Some(rec) = ctx.game.get_untracked() else {
        return ().into_any();
    };
    let d = StoredValue::new(debrief(&rec.state, c));
    let b = rec.state.board;
    let months = rec.state.scenario(c).months;
    let teams: Vec<String> = rec.state.teams.iter().map(|t| t.name.clone()).collect();
    let last_action = rec
        .state
        .log()
        .iter()
        .rev()
        .find(|e| !e.undone)
        .map(|e| (e.action, e.phase));
    let tier = move || {
        let lang = i.lang();
        d.with_value(|d| {
            let t = d.outcome.map_or(d.projected, |o| o.tier);
            let def = c.tiers.get(t.index())?;
            Some(view! {
                <p class="game-tier" data-tier=t.index().to_string()>
                    {icons::icon(icons::tier(t.index()))}
                    <span>{def.name.get(lang).to_owned()}</span>
                </p>
                <p class="game-tier-text">{def.text.get(lang).to_owned()}</p>
            })
        })
    };
    let why = move || {
        let lang = i.lang();
        let end = d.with_value(|d| d.outcome.map(|o| o.end))?;
        let reason = text::ct(
            c,
            lang,
            match end {
                EndReason::TimeUp => "end.time_up",
                EndReason::SupportLost => "end.support_lost",
            },
        );
        let early = (end != EndReason::TimeUp || b.round < months).then(|| {
            let action = last_action
                .map(|(a, p)| text::action_label(c, lang, a, p))
                .unwrap_or_default();
            tf(
                lang,
                "game.end.early",
                &[
                    ("n", &b.round.to_string()),
                    ("total", &months.to_string()),
                    ("action", &action),
                ],
            )
        });
        Some(view! { <p class="lead">{reason}" " {early}</p> })
    };
    let board = move || {
        let lang = i.lang();
        Stat::ALL
            .iter()
            .map(|s| {
                let max = if *s == Stat::Time { months as i16 } else { c.rules.stat_max };
                view! {
                    <li>
                        {icons::icon(icons::stat(*s))}
                        <span class="game-final-name">{text::stat_name(c, lang, *s)}</span>
                        <span class="game-num"><span class="game-val">{b.stat(*s)}</span>
                        <span class="game-max">{tf(lang, "game.gauge.max", &[("max", &max.to_string())])}</span></span>
                    </li>
                }
            })
            .collect_view()
    };
    let moments = move || {
        let lang = i.lang();
        d.with_value(|d| {
            key_moments(&d.timeline)
                .into_iter()
                .map(|m| {
                    let head = reconstruction::moment_head(ctx, lang, &teams, m);
                    let mut net = [0i16; N_STATS];
                    for f in &m.facts {
                        if let Fact::Delta(x) = f
                            && x.stat != Stat::Time
                        {
                            net[x.stat as usize] += x.amount;
                        }
                    }
                    view! {
                        <li class="game-moment">
                            <span class="game-log-head">{head}</span>
                            <span class="game-chips">{chips(c, lang, &net)}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="game-end">
            <h1 id="game-title" tabindex="-1">{i.tr("game.end.title")}</h1>
            {tier}
            {why}
            <p class="game-actions">
                <button type="button" on:click=move |_| ctx.go(Screen::Debrief)>{i.tr("game.end.debrief")}</button>
                <button type="button" class="secondary" on:click=move |_| ctx.go(Screen::List)>{i.tr("game.table.my_games")}</button>
            </p>
            <div class="game-end-cols">
                <section aria-labelledby="game-end-moments">
                    <h2 id="game-end-moments">{i.tr("game.end.moments")}</h2>
                    <ol class="game-moments">{moments}</ol>
                </section>
                <section aria-labelledby="game-end-board">
                    <h2 id="game-end-board">{i.tr("game.end.board")}</h2>
                    <ul class="game-final">{board}</ul>
                </section>
            </div>
        </div>
    }
    .into_any()
}
