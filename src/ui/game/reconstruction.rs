//! Debrief step 2, the reconstruction: the story in key moments and the
//! hidden needs never discovered (see `story`), then, on demand, the full
//! log of every decision and event with its consequences, the curves, who
//! was never met, when users were first involved, and a step-by-step replay
//! of the table (the engine replays a prefix of the game's actions).

use leptos::prelude::*;

use super::{Ctx, curves, story, text};
use crate::domain::game::debrief::{Debrief, Moment, MomentKind};
use crate::domain::game::story::StoryItem;
use crate::domain::game::{GameState, Setup, Stat, replay};
use crate::i18n::{Lang, tf};

/// The setup a game was started with, to replay it.
pub fn setup_of(s: &GameState, c: &crate::domain::game::Content) -> Setup {
    Setup {
        scenario: s.scenario(c).id.clone(),
        difficulty: s.difficulty,
        teams: s.teams.clone(),
        seed: s.seed,
    }
}

/// A moment's heading in the log and the key moments: month, team and what
/// happened.
pub(super) fn moment_head(ctx: Ctx, lang: Lang, teams: &[String], m: &Moment) -> String {
    let team = teams.get(m.team as usize).cloned().unwrap_or_default();
    tf(
        lang,
        "game.log.entry",
        &[
            ("n", &m.round.to_string()),
            ("team", &team),
            ("action", &moment_name(ctx, lang, m)),
        ],
    )
}

pub(super) fn moment_name(ctx: Ctx, lang: Lang, m: &Moment) -> String {
    let c = ctx.c;
    let code = lang;
    let name = match m.kind {
        MomentKind::Event => c.events.iter().find(|e| e.id == m.id).map(|e| &e.name),
        MomentKind::Method | MomentKind::Redraw => {
            c.methods.iter().find(|x| x.id == m.id).map(|x| &x.name)
        }
        MomentKind::Phase => c.phases.iter().find(|p| p.id == m.id).map(|p| &p.name),
        MomentKind::Undo | MomentKind::MonthEnd => None,
    };
    let kind = crate::i18n::t(
        lang,
        match m.kind {
            MomentKind::Event => "game.moment.event",
            MomentKind::Method => "game.moment.method",
            MomentKind::Redraw => "game.moment.redraw",
            MomentKind::Phase => "game.moment.phase",
            MomentKind::Undo => "game.moment.undo",
            MomentKind::MonthEnd => "game.moment.month_end",
        },
    );
    match name {
        Some(n) => tf(
            lang,
            "game.action_with",
            &[("action", kind), ("what", n.get(code))],
        ),
        None => kind.to_owned(),
    }
}

#[component]
pub fn Reconstruction(
    ctx: Ctx,
    d: StoredValue<Debrief>,
    beats: StoredValue<Vec<StoryItem>>,
) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let teams: Vec<String> = ctx.game.with_untracked(|g| {
        g.as_ref()
            .map(|g| g.state.teams.iter().map(|t| t.name.clone()).collect())
            .unwrap_or_default()
    });
    let timeline = move || {
        let lang = i.lang();
        d.with_value(|d| {
            d.timeline
                .iter()
                .map(|m| {
                    let head = moment_head(ctx, lang, &teams, m);
                    let action = match m.kind {
                        MomentKind::MonthEnd => crate::domain::game::state::Action::EndTurn,
                        _ => crate::domain::game::state::Action::RevealEvent,
                    };
                    let facts = text::facts(c, lang, action, &m.facts)
                        .into_iter()
                        .map(|f| view! { <li>{f}</li> })
                        .collect_view();
                    view! {
                        <li class:game-undone-entry=m.undone>
                            <span class="game-log-head">{head}</span>
                            {m.undone.then(|| view! { <span class="game-undone">" — " {i.t("game.log.undone")}</span> })}
                            <ul>{facts}</ul>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let never_met = move || {
        let code = i.lang();
        d.with_value(|d| {
            if d.stakeholders_never_met.is_empty() {
                return view! { <p>{i.t("game.recon.all_met")}</p> }.into_any();
            }
            let items = d
                .stakeholders_never_met
                .iter()
                .filter_map(|id| c.stakeholders.iter().find(|s| &s.id == id))
                .map(|s| view! { <li>{s.name.get(code).to_owned()}</li> })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        })
    };
    let needs = move || {
        let n = d.with_value(|d| d.needs_unrevealed.len());
        tf(i.lang(), "game.recon.needs_left", &[("n", &n.to_string())])
    };
    let users = move || {
        let lang = i.lang();
        match d.with_value(|d| d.users_first_round) {
            Some(n) => tf(lang, "game.recon.users_first", &[("n", &n.to_string())]),
            None => i.t("game.recon.users_never").to_owned(),
        }
    };
    let (curves_data, truncated) = d.with_value(|d| (d.curves.clone(), d.log_truncated));
    let resources = curves::chart(
        ctx,
        "game-curve-res",
        "game.curves.resources",
        vec![Stat::Budget, Stat::Time, Stat::Support, Stat::Energy],
        curves_data.clone(),
    );
    let indicators = curves::chart(
        ctx,
        "game-curve-ind",
        "game.curves.indicators",
        Stat::ALL.into_iter().filter(|s| !s.is_resource()).collect(),
        curves_data,
    );
    let (missed, unmet) =
        d.with_value(|d| (d.needs_unrevealed.clone(), d.stakeholders_never_met.clone()));
    view! {
        <div class="debrief-recon">
            <story::Story ctx=ctx items=beats />
            <story::MissedNeeds ctx=ctx needs=missed never_met=unmet />
        </div>
        <details class="debrief-full-log">
            <summary>{i.tr("debrief.log.show")}</summary>
            <h3>{i.tr("game.recon.timeline")}</h3>
            {truncated.then(|| view! { <p class="notice">{i.tr("game.recon.truncated")}</p> })}
            <ol class="game-timeline">{timeline}</ol>
            <h3>{i.tr("game.recon.curves")}</h3>
            {resources}
            {indicators}
            <h3>{i.tr("game.recon.never_met")}</h3>
            {never_met}
            <p>{needs}</p>
            <h3>{i.tr("game.recon.users")}</h3>
            <p>{users}</p>
            <div class="no-print"><Replay ctx=ctx /></div>
        </details>
    }
}

/// Step back and forth through the game: the table as it was after each
/// action, rebuilt by the engine from the setup and the first actions.
#[component]
fn Replay(ctx: Ctx) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let Some((setup, actions)) = ctx.game.with_untracked(|g| {
        g.as_ref()
            .map(|g| (setup_of(&g.state, c), g.state.actions()))
    }) else {
        return ().into_any();
    };
    let total = actions.len();
    let pos = RwSignal::new(0usize);
    // Named closures: a bare `>` inside a `view!` attribute would end the tag
    // and print the rest of the closure as the button's label.
    let at_start = move || pos.get() == 0;
    let at_end = move || pos.get() >= total;
    let state = Memo::new(move |_| replay(c, setup.clone(), &actions[..pos.get()]).ok());
    let shown = move || {
        let lang = i.lang();
        let code = lang;
        state.with(|s| {
            let Some(s) = s.as_ref() else {
                return view! { <p>{i.t("game.replay.unavailable")}</p> }.into_any();
            };
            let b = &s.board;
            let last = s
                .log()
                .last()
                .map(|e| text::action_label(c, lang, e.action, e.phase))
                .unwrap_or_else(|| i.t("game.replay.start").to_owned());
            let team = s
                .teams
                .get(b.active as usize)
                .map_or_else(String::new, |t| t.name.clone());
            let stats = Stat::ALL
                .iter()
                .map(|st| {
                    view! { <dt>{text::stat_name(c, lang, *st)}</dt><dd>{b.stat(*st)}</dd> }
                })
                .collect_view();
            let hand = b
                .hand_cards()
                .map(|m| text::method_name(c, lang, m))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <p><strong>{last}</strong></p>
                <p>
                    {tf(lang, "game.table.month", &[("n", &b.round.to_string()), ("total", &s.scenario(c).months.to_string())])}
                    " · " {tf(lang, "game.table.phase", &[("phase", c.phases.get(b.phase as usize).map_or("", |p| p.name.get(code)))])}
                    " · " {tf(lang, "game.replay.team", &[("team", &team)])}
                </p>
                <dl>{stats}</dl>
                <p>{tf(lang, "game.replay.hand", &[("cards", &hand)])}</p>
            }
            .into_any()
        })
    };
    let step = move || {
        tf(
            i.lang(),
            "game.replay.step",
            &[("n", &pos.get().to_string()), ("total", &total.to_string())],
        )
    };
    view! {
        <h3>{i.tr("game.replay.title")}</h3>
        <div class="game-replay">
            <p class="game-actions no-print">
                <button type="button" class="secondary" disabled=at_start
                    on:click=move |_| pos.set(0)>{i.tr("game.replay.first")}</button>
                <button type="button" class="secondary" disabled=at_start
                    on:click=move |_| pos.update(|p| *p = p.saturating_sub(1))>{i.tr("game.replay.back")}</button>
                <button type="button" class="secondary" disabled=at_end
                    on:click=move |_| pos.update(|p| *p = (*p + 1).min(total))>{i.tr("game.replay.forward")}</button>
                <button type="button" class="secondary" disabled=at_end
                    on:click=move |_| pos.set(total)>{i.tr("game.replay.last")}</button>
            </p>
            <p role="status">{step}</p>
            {shown}
        </div>
    }
    .into_any()
}
