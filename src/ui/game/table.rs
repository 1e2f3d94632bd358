//! The table, laid out as a game board that a group reads at a glance: a
//! head (month, phase, whose turn, tools), then the month's event, the
//! turn's actions and the hand on one side, the gauges and a tabbed panel
//! (last action, stakeholders, log) on the other. On a wide screen all of
//! it fits one screen; on a phone a tab bar switches views (Table, Cartes,
//! Jauges, Parties prenantes) under a gauge strip that stays in view.
//! Projector mode (`ctx.large`) presents the table full width in big type.

use leptos::prelude::*;

use super::play::dispatch;
use super::{
    Ctx, Panel, Screen, View, event, gauges, hand, help, icons, log, phases, stakeholders, text,
    timer,
};
use crate::domain::game::state::{Action, Board};
use crate::domain::game::{RuleError, Stat};
use crate::i18n::tf;
use crate::ui::presenter::{Presenter, use_presenting};

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
    let presenter = use_presenting(Signal::derive(move || ctx.large.get()));
    // Opening a table is drawn in three short tasks rather than one long
    // one (a phone's slower processor would block the page for a fifth of
    // a second): first the event, whose turn and the gauges, then the hand
    // (last in its column, so nothing above it moves; on a phone it sits in
    // the Cartes view, hidden at first), then the side panels (last action,
    // stakeholders, log).
    let dealt = crate::ui::dom::next_task();
    let settled = crate::ui::dom::next_task();

    // Only what each part shows: a card played must not redraw them.
    let month_phase = Memo::new(move |_| board.get().map(|b| (b.round, b.phase, b.active)));
    let status = move || {
        let lang = i.lang();
        let (round, phase, _) = month_phase.get()?;
        Some(view! {
            <li class="game-chip-month">{tf(lang, "game.table.month", &[("n", &round.to_string()), ("total", &months.to_string())])}</li>
            <li class="game-phase-chip" data-phase=phase.to_string()>
                {icons::icon(icons::phase(phase))}
                {tf(lang, "game.table.phase", &[("phase", &text::phase_name(c, lang, phase))])}
            </li>
            <li class="game-seed-code">{tf(lang, "game.table.seed", &[("code", &seed)])}</li>
        })
    };
    // Roles whose power acted this month (the active team's).
    let powers_used = Memo::new(move |_| board.get().map_or(0, |b| b.powers_used));
    let teams = move || {
        let lang = i.lang();
        let active = month_phase.get().map_or(0, |m| m.2 as usize);
        let used = powers_used.get();
        ctx.game.with_untracked(|g| {
            g.as_ref().map(|g| {
                g.state
                    .teams
                    .iter()
                    .enumerate()
                    .map(|(n, t)| {
                        let now = n == active;
                        let roles = t
                            .roles()
                            .filter_map(|r| c.role(r))
                            .map(|r| {
                                let spent = now && used & (1 << r.role.index()) != 0;
                                let state = if !now {
                                    None
                                } else if spent {
                                    Some(i.t("game.table.power_used"))
                                } else {
                                    Some(i.t("game.table.power_ready"))
                                };
                                view! {
                                    <span class="game-role-chip" class:game-spent=spent
                                        title=r.power_text.get(lang).to_owned()>
                                        {r.name.get(lang).to_owned()}
                                        {state.map(|s| view! { <span class="game-sr">", " {s}</span> })}
                                        {spent.then(|| view! { <span aria-hidden="true">" ✓"</span> })}
                                    </span>
                                }
                            })
                            .collect_view();
                        view! {
                            <li aria-current=now.then_some("true") class:game-active=now>
                                {now.then(|| icons::icon(icons::PAWN))}
                                <span class="game-team-name">{t.name.clone()}</span>{roles}
                                {now.then(|| view! { <strong>" — " {i.t("game.table.your_turn")}</strong> })}
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let view_of = move || match ctx.view.get() {
        View::Table => "table",
        View::Cards => "cards",
        View::Gauges => "gauges",
        View::Stakeholders => "sh",
    };

    view! {
        <header class="game-head">
            <div class="game-head-line">
                <h1 id="game-title" tabindex="-1">{title}</h1>
                <ul class="game-status">{status}</ul>
            </div>
            <h2 class="game-sr">{i.tr("game.table.teams")}</h2>
            <ol class="game-order">{teams}</ol>
            <Tools ctx=ctx presenter=presenter />
        </header>
        <Tabs ctx=ctx />
        <div class="game-board" data-view=view_of>
            <div class="game-main">
                <event::Event ctx=ctx board=board />
                <Turn ctx=ctx board=board />
                {move || dealt.get().then(|| view! { <hand::Hand ctx=ctx board=board /> })}
            </div>
            <div class="game-side">
                <gauges::Gauges ctx=ctx board=board />
                <Panels ctx=ctx />
                {move || settled.get().then(|| view! {
                    <Last ctx=ctx board=board />
                    <stakeholders::Stakeholders ctx=ctx board=board />
                    <log::Log ctx=ctx />
                })}
            </div>
        </div>
    }
    .into_any()
}

/// Projector mode, full screen and wake lock (shown while presenting),
/// how to play, the timer, and the ways out of the table.
#[component]
fn Tools(ctx: Ctx, presenter: Presenter) -> impl IntoView {
    let i = ctx.i;
    let pressed = |on: bool| if on { "true" } else { "false" };
    let projector = move |_| {
        let on = !ctx.large.get_untracked();
        ctx.large.set(on);
        let mut s = crate::storage::settings::load();
        s.large_text = on;
        crate::storage::settings::save(&s);
    };
    let presenting = move || {
        ctx.large.get().then(|| {
            view! {
                {presenter.can_fullscreen().then(|| view! {
                    <button type="button" class="secondary" aria-pressed=move || pressed(presenter.fullscreen.get())
                        on:click=move |_| presenter.toggle_fullscreen()>{i.tr("game.table.fullscreen")}</button>
                })}
                {presenter.can_stay_awake().then(|| view! {
                    <button type="button" class="secondary" aria-pressed=move || pressed(presenter.awake.get())
                        on:click=move |_| presenter.set_stay_awake(!presenter.awake.get_untracked())>{i.tr("game.table.awake")}</button>
                })}
            }
        })
    };
    view! {
        <div class="game-tools no-print">
            <button type="button" class="secondary" aria-pressed=move || pressed(ctx.large.get()) on:click=projector>
                {i.tr("game.table.projector")}
            </button>
            {presenting}
            <help::HelpButton ctx=ctx />
            <timer::Timer ctx=ctx />
            <button type="button" class="secondary" on:click=move |_| ctx.go(Screen::List)>{i.tr("game.table.my_games")}</button>
            <button type="button" class="secondary" on:click=move |_| ctx.go(Screen::Debrief)>{i.tr("game.table.debrief_now")}</button>
        </div>
    }
}

/// The phone's tab bar: one view of the table at a time.
#[component]
fn Tabs(ctx: Ctx) -> impl IntoView {
    let i = ctx.i;
    let tab = move |v: View, key: &'static str| {
        let on = move || if ctx.view.get() == v { "true" } else { "false" };
        view! {
            <li><button type="button" class="game-tab" aria-pressed=on on:click=move |_| {
                ctx.view.set(v);
                // After the view is drawn (the browser would otherwise keep
                // its scroll anchor in the view that goes away).
                request_animation_frame(show_view_top);
            }>{i.tr(key)}</button></li>
        }
    };
    view! {
        <nav id="game-tabs" class="game-tabs no-print" aria-label=move || i.t("game.tabs.label")>
            <ul>
                {tab(View::Table, "game.tabs.table")}
                {tab(View::Cards, "game.tabs.cards")}
                {tab(View::Gauges, "game.tabs.gauges")}
                {tab(View::Stakeholders, "game.tabs.stakeholders")}
            </ul>
        </nav>
    }
}

/// Scrolls so that the chosen view starts at the top of the screen, under
/// the sticky tab bar (`scroll-margin-top` of the board).
fn show_view_top() {
    if let Some(board) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".game-board").ok().flatten())
    {
        board.scroll_into_view();
    }
}

/// The side panel's switch on a wide screen: last action, stakeholders, log.
#[component]
fn Panels(ctx: Ctx) -> impl IntoView {
    let i = ctx.i;
    let tab = move |p: Panel, key: &'static str| {
        let on = move || {
            if ctx.panel.get() == p {
                "true"
            } else {
                "false"
            }
        };
        view! {
            <li><button type="button" class="game-tab" aria-pressed=on on:click=move |_| ctx.panel.set(p)>{i.tr(key)}</button></li>
        }
    };
    view! {
        <nav class="game-panels no-print" aria-label=move || i.t("game.panels.label")>
            <ul>
                {tab(Panel::Last, "game.last.title")}
                {tab(Panel::Stakeholders, "game.sh.title")}
                {tab(Panel::Log, "game.log.title")}
            </ul>
        </nav>
    }
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
                tf(
                    lang,
                    "game.last.undone",
                    &[("action", &undone), ("team", team)],
                )
            } else {
                tf(
                    lang,
                    "game.last.action",
                    &[
                        (
                            "action",
                            &text::action_label(c, lang, last.action, last.phase),
                        ),
                        ("team", team),
                        ("n", &last.round.to_string()),
                    ],
                )
            };
            let changes: Vec<_> = before
                .map(|old| {
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
                            view! { <li>{icons::icon(icons::stat(*s))}{line}</li> }
                        })
                        .collect()
                })
                .unwrap_or_default();
            let why: Vec<_> = text::facts(c, lang, last.action, &last.facts)
                .into_iter()
                .map(|f| view! { <li>{f}</li> })
                .collect();
            // No heading over an empty list.
            let changes = (!changes.is_empty()).then(|| {
                view! { <h3>{i.t("game.last.changes")}</h3><ul class="game-changes">{changes}</ul> }
            });
            let why = (!why.is_empty())
                .then(|| view! { <h3>{i.t("game.last.why")}</h3><ul class="game-why">{why}</ul> });
            Some(
                view! {
                    <p><strong>{head}</strong></p>
                    {changes}
                    {why}
                }
                .into_any(),
            )
        })
    };
    // A first game (no other saved game): short hints for its first month.
    let first_game = super::store::count() <= 1;
    let hidden = RwSignal::new(false);
    let hints = move || {
        let lang = i.lang();
        let round = board.get().map_or(0, |b| b.round);
        (first_game && round == 1 && !hidden.get()).then(|| {
            let plays = c.rules.plays_per_turn.to_string();
            view! {
                <aside class="game-hint" aria-labelledby="game-hint-title">
                    <h3 id="game-hint-title">{i.t("game.hint.title")}</h3>
                    <ol>
                        <li>{i.t("game.hint.reveal")}</li>
                        <li>{tf(lang, "game.hint.play", &[("plays", &plays)])}</li>
                        <li>{i.t("game.hint.end")}</li>
                    </ol>
                    <button type="button" class="secondary" on:click=move |_| hidden.set(true)>{i.t("game.hint.hide")}</button>
                </aside>
            }
        })
    };
    view! {
        <section class="game-last game-panel game-v game-v-table game-v-cards" class:game-panel-on=move || ctx.panel.get() == Panel::Last
            aria-labelledby="game-last-title">
            <h2 id="game-last-title" tabindex="-1">{i.tr("game.last.title")}</h2>
            {body}
            {hints}
        </section>
    }
}

/// The turn's actions: undo (with the undos left), next phase (the phase
/// track under them shows every phase's entry conditions and the COPIL
/// gate), end of the month; each disabled with its reason
/// when the rules refuse it. "Reveal the event first" is said once, by the
/// hand, not under every button.
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
    let why = move |n: usize| match check(n) {
        Ok(()) | Err(RuleError::EventPending) | Err(RuleError::GameOver) => String::new(),
        Err(e) => text::ct(c, i.lang(), e.key()),
    };
    let undos_left = Memo::new(move |_| {
        board.track();
        ctx.game.with_untracked(|g| {
            g.as_ref().map_or(0, |g| {
                c.rules.max_undos_per_turn.saturating_sub(g.state.undos) as i64
            })
        })
    });
    let undo_why = move || {
        let left = i.tn("game.turn.undos_left", undos_left.get(), &[]);
        let why = why(0);
        if why.is_empty() {
            left
        } else {
            format!("{why} {left}")
        }
    };
    let phase_state = Memo::new(move |_| board.get().map(|b| (b.phase, check(1).is_ok())));
    // The next phase and whether it can be entered (its conditions are on
    // the phase track below); also the advance button's description.
    let phase = move || {
        let lang = i.lang();
        let (phase, ready) = phase_state.get()?;
        Some(match c.phases.get(phase as usize + 1) {
            Some(p) => {
                let state = i.t(if ready {
                    "game.phase.ready"
                } else {
                    "game.phase.not_ready"
                });
                let next = tf(
                    lang,
                    "game.phase.next_short",
                    &[("phase", p.name.get(lang))],
                );
                format!("{next} — {state}")
            }
            None => why(1),
        })
    };
    view! {
        <section class="game-turn game-v game-v-table game-v-cards" aria-labelledby="game-turn-title">
            <h2 id="game-turn-title" class="game-sr">{i.tr("game.turn.title")}</h2>
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
            <p id="game-undo-why" class="game-why-not">{undo_why}</p>
            <p id="game-end-why" class="game-why-not">{move || why(2)}</p>
            <p id="game-advance-why" class="game-why-not">{phase}</p>
            <phases::PhaseTrack ctx=ctx board=board />
        </section>
    }
}
