//! The log panel: every action of the game, by month and team, with its
//! consequences; undone actions stay listed and are marked as such.

use leptos::prelude::*;

use super::{Ctx, Panel, text};
use crate::domain::game::LogEntry;
use crate::i18n::tf;

#[component]
pub fn Log(ctx: Ctx) -> impl IntoView {
    let i = ctx.i;
    // (position in the whole game, undone): an undo redraws one row only.
    let rows = Memo::new(move |_| {
        ctx.game.with(|g| {
            g.as_ref().map_or(Vec::new(), |g| {
                let from = g.state.log_dropped as usize;
                g.state
                    .log()
                    .iter()
                    .enumerate()
                    .map(|(n, e)| (from + n, e.undone))
                    .collect::<Vec<_>>()
            })
        })
    });
    let row = move |(n, _): (usize, bool)| {
        let entry = ctx.game.with_untracked(|g| {
            let g = g.as_ref()?;
            g.state
                .log()
                .get(n - g.state.log_dropped as usize)
                .cloned()
                .map(|e| (e, g.state.teams.clone()))
        });
        match entry {
            Some((e, teams)) => entry_view(ctx, &e, &teams),
            None => ().into_any(),
        }
    };
    let count = move || i.tn("game.log.summary", rows.with(Vec::len) as i64, &[]);
    view! {
        <section class="game-log-panel game-panel game-v game-v-table" class:game-panel-on=move || ctx.panel.get() == Panel::Log
            aria-labelledby="game-log-title">
            <h2 id="game-log-title">{i.tr("game.log.title")}</h2>
            <details>
                <summary>{count}</summary>
                <ol class="game-log">
                    <For each=move || rows.get() key=|r| *r children=row />
                </ol>
            </details>
        </section>
    }
}

/// One log entry: "Mois 2 · Équipe A — Jouer une méthode : …", its facts.
pub fn entry_view(ctx: Ctx, e: &LogEntry, teams: &[crate::domain::game::Team]) -> AnyView {
    let i = ctx.i;
    let c = ctx.c;
    let e = e.clone();
    let team = teams
        .get(e.team as usize)
        .map_or_else(String::new, |t| t.name.clone());
    let body = move || {
        let lang = i.lang();
        let head = tf(
            lang,
            "game.log.entry",
            &[
                ("n", &e.round.to_string()),
                ("team", &team),
                ("action", &text::action_label(c, lang, e.action, e.phase)),
            ],
        );
        let facts = text::facts(c, lang, e.action, &e.facts)
            .into_iter()
            .map(|f| view! { <li>{f}</li> })
            .collect_view();
        view! {
            <span class="game-log-head">{head}</span>
            {e.undone.then(|| view! { <span class="game-undone">" — " {i.t("game.log.undone")}</span> })}
            <ul>{facts}</ul>
        }
    };
    view! { <li class:game-undone-entry=e.undone>{body}</li> }.into_any()
}
