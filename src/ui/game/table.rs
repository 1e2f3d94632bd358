//! The table: month, phase, teams, tools (large type, timer), then the
//! month's event, the consequences of the last action, the actions of the
//! turn (undo, next phase, end of month) with their explanations, the hand,
//! the gauges, the stakeholders and the log.

use leptos::prelude::*;

use super::play::dispatch;
use super::{Ctx, Screen, event, gauges, hand, log, stakeholders, text, timer};
use crate::domain::game::state::{Action, Board};
use crate::domain::game::{RuleError, Stat};
use crate::i18n::tf;

#[component]
pub fn TableScreen(ctx: Ctx) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let board = Memo::new(move |_| ctx.game.with(|g| g.as_ref().map(|g| g.state.board)));
    let Some(rec) = ctx.game.get_untracked() else {
        return ().into_any();
    };
    let sc = rec.state.scenario(c);
    let months = sc.months;
    let seed = crate::domain::game::seed::format_seed(rec.state.seed);
    let title = move || sc.name.get(i.lang()).to_owned();
    // A card clicked just before the page is left is still played and saved.
    let leaving = window_event_listener(leptos::ev::pagehide, move |_| super::play::flush(ctx));
    on_cleanup(move || leaving.remove());

    // Only what each part shows: a card played must not redraw them.
    let month_phase = Memo::new(move |_| board.get().map(|b| (b.round, b.phase, b.active)));
    let status = move || {
        let lang = i.lang();
        let (round, phase, _) = month_phase.get()?;
        Some(view! {
            <li>{tf(lang, "game.table.month", &[("n", &round.to_string()), ("total", &months.to_string())])}</li>
            <li>{tf(lang, "game.table.phase", &[("phase", &text::phase_name(c, lang, phase))])}</li>
            <li>{tf(lang, "game.table.seed", &[("code", &seed)])}</li>
        })
    };
    let teams = move || {
        let lang = i.lang();
        let active = month_phase.get().map_or(0, |m| m.2 as usize);
        ctx.game.with_untracked(|g| {
            g.as_ref().map(|g| {
                g.state
                    .teams
                    .iter()
                    .enumerate()
                    .map(|(n, t)| {
                        let role = t
                            .role
                            .and_then(|d| c.role(d))
                            .map(|r| format!(" ({})", r.name.get(lang)));
                        let now = n == active;
                        view! {
                            <li aria-current=now.then_some("true") class:game-active=now>
                                <span class="game-team-name">{t.name.clone()}</span>{role}
                                {now.then(|| view! { <strong>" — " {i.t("game.table.your_turn")}</strong> })}
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };

    view! {
        <header class="game-head">
            <h1 id="game-title" tabindex="-1">{title}</h1>
            <ul class="game-status">{status}</ul>
            <h2 class="game-sr">{i.tr("game.table.teams")}</h2>
            <ol class="game-order">{teams}</ol>
            <div class="game-tools no-print">
                <button type="button" class="secondary" aria-pressed=move || if ctx.large.get() { "true" } else { "false" }
                    on:click=move |_| {
                        let on = !ctx.large.get_untracked();
                        ctx.large.set(on);
                        let mut s = crate::storage::settings::load();
                        s.large_text = on;
                        crate::storage::settings::save(&s);
                    }>{i.tr("game.table.large")}</button>
                <timer::Timer ctx=ctx />
                <button type="button" class="secondary" on:click=move |_| ctx.go(Screen::List)>{i.tr("game.table.my_games")}</button>
                <button type="button" class="secondary" on:click=move |_| ctx.go(Screen::Debrief)>{i.tr("game.table.debrief_now")}</button>
            </div>
        </header>
        <div class="game-board">
            <div class="game-main">
                <event::Event ctx=ctx board=board />
                <Last ctx=ctx board=board />
                <Turn ctx=ctx board=board />
                <hand::Hand ctx=ctx board=board />
            </div>
            <div class="game-side">
                <gauges::Gauges ctx=ctx board=board />
                <stakeholders::Stakeholders ctx=ctx board=board />
            </div>
        </div>
        <log::Log ctx=ctx />
    }
    .into_any()
}

/// What the last action did: before → after for each stat, and why.
#[component]
fn Last(ctx: Ctx, board: Memo<Option<Board>>) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let body = move || {
        let lang = i.lang();
        let b = board.get()?;
        let before = ctx.before.get();
        ctx.game.with(|g| {
            let g = g.as_ref()?;
            let log = g.state.log();
            let Some(last) = log.last() else {
                return Some(view! { <p>{i.t("game.last.none")}</p> }.into_any());
            };
            let team = g
                .state
                .teams
                .get(last.team as usize)
                .map_or("", |t| t.name.as_str());
            let head = if last.action == Action::Undo {
                let undone = log
                    .iter()
                    .rev()
                    .find(|e| e.undone)
                    .map(|e| text::action_label(c, lang, e.action, e.phase))
                    .unwrap_or_default();
                tf(lang, "game.last.undone", &[("action", &undone), ("team", team)])
            } else {
                tf(
                    lang,
                    "game.last.action",
                    &[
                        ("action", &text::action_label(c, lang, last.action, last.phase)),
                        ("team", team),
                        ("n", &last.round.to_string()),
                    ],
                )
            };
            let changes = before.map(|old| {
                Stat::ALL
                    .iter()
                    .filter(|s| old[**s as usize] != b.stat(**s))
                    .map(|s| {
                        let line = tf(
                            lang,
                            "game.last.change",
                            &[
                                ("stat", &text::stat_name(c, lang, *s)),
                                ("before", &old[*s as usize].to_string()),
                                ("after", &b.stat(*s).to_string()),
                            ],
                        );
                        view! { <li>{line}</li> }
                    })
                    .collect_view()
            });
            let why = text::facts(c, lang, last.action, &last.facts)
                .into_iter()
                .map(|f| view! { <li>{f}</li> })
                .collect_view();
            Some(
                view! {
                    <p><strong>{head}</strong></p>
                    {changes.map(|ch| view! { <h3>{i.t("game.last.changes")}</h3><ul class="game-changes">{ch}</ul> })}
                    <h3>{i.t("game.last.why")}</h3>
                    <ul class="game-why">{why}</ul>
                }
                .into_any(),
            )
        })
    };
    view! {
        <section class="game-last" aria-labelledby="game-last-title">
            <h2 id="game-last-title" tabindex="-1">{i.tr("game.last.title")}</h2>
            {body}
        </section>
    }
}

/// The turn's actions: undo, next phase (with its entry conditions), end
/// of the month; each disabled with its reason when the rules refuse it.
#[component]
fn Turn(ctx: Ctx, board: Memo<Option<Board>>) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let checks = Memo::new(move |_| {
        ctx.game.with(|g| {
            g.as_ref().map(|g| {
                [Action::Undo, Action::AdvancePhase, Action::EndTurn].map(|a| g.state.check(c, a))
            })
        })
    });
    let check = move |n: usize| checks.get().map_or(Err(RuleError::GameOver), |a| a[n]);
    let why = move |n: usize| {
        check(n)
            .err()
            .map(|e| text::ct(c, i.lang(), e.key()))
            .unwrap_or_default()
    };
    let phase_state = Memo::new(move |_| board.get().map(|b| (b.phase, check(1).is_ok())));
    let phase = move || {
        let lang = i.lang();
        let (phase, ready) = phase_state.get()?;
        let code = lang;
        let now = c.phases.get(phase as usize)?;
        let next = c.phases.get(phase as usize + 1).map(|p| {
            let conds = p
                .entry
                .iter()
                .map(|k| view! { <li>{text::cond(c, lang, k)}</li> })
                .collect_view();
            let state = i.t(if ready {
                "game.phase.ready"
            } else {
                "game.phase.not_ready"
            });
            view! {
                <p>{tf(lang, "game.phase.next", &[("phase", p.name.get(code))])}</p>
                <ul class="game-conds">{conds}</ul>
                <p class="game-cond-state">{state}</p>
            }
        });
        Some(view! {
            <p><strong>{now.name.get(code).to_owned()}</strong>" — " {now.text.get(code).to_owned()}</p>
            {next}
        })
    };
    view! {
        <section class="game-turn" aria-labelledby="game-turn-title">
            <h2 id="game-turn-title">{i.tr("game.turn.title")}</h2>
            {phase}
            <div class="game-actions">
                <button type="button" id="game-undo" class="secondary" aria-describedby="game-undo-why"
                    disabled=move || check(0).is_err()
                    on:click=move |_| dispatch(ctx, Action::Undo)>{i.tr("game.turn.undo")}</button>
                <button type="button" id="game-advance" class="secondary" aria-describedby="game-advance-why"
                    disabled=move || check(1).is_err()
                    on:click=move |_| dispatch(ctx, Action::AdvancePhase)>{i.tr("game.turn.advance")}</button>
                <button type="button" id="game-end" aria-describedby="game-end-why"
                    disabled=move || check(2).is_err()
                    on:click=move |_| dispatch(ctx, Action::EndTurn)>{i.tr("game.turn.end")}</button>
            </div>
            <p id="game-undo-why" class="game-why-not">{move || why(0)}</p>
            <p id="game-advance-why" class="game-why-not">{move || why(1)}</p>
            <p id="game-end-why" class="game-why-not">{move || why(2)}</p>
        </section>
    }
}
