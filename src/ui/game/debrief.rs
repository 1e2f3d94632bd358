//! The debrief, generated from the log by the engine's `debrief()`, in four
//! steps: 1 reactions (a word per team), 2 reconstruction, 3 analysis,
//! 4 transfer (the methods that would have helped this game, then a method
//! for one's real project on a printable commitment card) with the table
//! summary code for the trainer. Every step stays in the page (hidden when
//! not current) so that the whole debrief prints, on three A4 pages at most
//! unless the full log is asked for. Projector mode shows it full width.

use leptos::prelude::*;

use super::{Ctx, Screen, analysis, facilitator, observations, reconstruction, store};
use crate::domain::game::debrief;
use crate::domain::game::observations::{
    DebriefGuide, ObservationKind, observe, suggested_methods,
};
use crate::domain::game::story::story;
use crate::domain::game::summary::TableSummary;
use crate::i18n::tf;
use crate::storage::records::GameNotes;
use crate::ui::dom;
use crate::ui::presenter::use_presenting;
use crate::ui::qr::QrImage;

const STEPS: [&str; 4] = [
    "game.debrief.step1",
    "game.debrief.step2",
    "game.debrief.step3",
    "game.debrief.step4",
];
/// How many methods step 4 suggests.
const SUGGESTED: usize = 4;
const STEP_IDS: [&str; 4] = ["game-step-1", "game-step-2", "game-step-3", "game-step-4"];

/// Changes the notes of the current game and saves them.
fn save_notes(ctx: Ctx, change: impl FnOnce(&mut GameNotes)) -> bool {
    let Some(mut rec) = ctx.game.get_untracked() else {
        return false;
    };
    change(&mut rec.notes);
    // Another tab's newer moves come back with the saved record.
    let saved = store::save(&rec);
    let ok = saved.is_some();
    ctx.game.set(Some(saved.unwrap_or(rec)));
    ok
}

#[component]
pub fn DebriefScreen(ctx: Ctx) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let Some(rec) = ctx.game.get_untracked() else {
        return ().into_any();
    };
    let d = StoredValue::new(debrief(&rec.state, c));
    // The reading of the game: observations, their lessons, the methods
    // that would have helped, the story.
    let guide = DebriefGuide::builtin(c);
    let seen = guide
        .as_ref()
        .map(|g| observe(&rec.state, c, g))
        .unwrap_or_default();
    let lessons: Vec<Option<usize>> = seen
        .iter()
        .map(|o| {
            let id = &guide.as_ref()?.def(o.kind)?.lesson;
            c.lessons.iter().position(|l| &l.id == id)
        })
        .collect();
    let suggested = guide
        .as_ref()
        .map(|g| suggested_methods(&rec.state, c, g, &seen, SUGGESTED))
        .unwrap_or_default();
    let observed = StoredValue::new(seen);
    let lessons = StoredValue::new(lessons);
    let beats = StoredValue::new(story(&rec.state, c));
    let print_log = RwSignal::new(false);
    // The facilitator's sheet shown (and printed) instead of the steps.
    let sheet = RwSignal::new(false);
    let toggle_sheet = move |_| {
        let on = !sheet.get_untracked();
        sheet.set(on);
        crate::ui::dom::focus_soon(if on {
            "debrief-sheet-title"
        } else {
            "game-title"
        });
    };
    let _presenter = use_presenting(Signal::derive(move || ctx.large.get()));
    let projector = move |_| {
        let on = !ctx.large.get_untracked();
        ctx.large.set(on);
        let mut s = crate::storage::settings::load();
        s.large_text = on;
        crate::storage::settings::save(&s);
    };
    let over = rec.state.board.is_over();
    let read_only = rec.state.read_only();
    let code = TableSummary::from_game(&rec.state, c).to_code();
    let step = RwSignal::new(0usize);
    let status = RwSignal::new(None::<&'static str>);
    let cards_only = RwSignal::new(false);
    let go = move |n: usize| {
        step.set(n);
        crate::ui::dom::focus_soon(STEP_IDS[n]);
    };
    let outcome = move || {
        let lang = i.lang();
        let code = lang;
        d.with_value(|d| {
            let tier = c.tiers.get(d.projected.index())?;
            let end = d.outcome.map(|o| {
                super::text::ct(
                    c,
                    lang,
                    match o.end {
                        crate::domain::game::EndReason::TimeUp => "end.time_up",
                        crate::domain::game::EndReason::SupportLost => "end.support_lost",
                    },
                )
            });
            let key = if d.outcome.is_some() {
                "game.debrief.outcome"
            } else {
                "game.debrief.projected"
            };
            Some(view! {
                <p class="lead">{end}" " {tf(lang, key, &[("tier", tier.name.get(code))])}</p>
                <p>{tier.text.get(code).to_owned()}</p>
            })
        })
    };
    let nav = move || {
        STEPS
            .iter()
            .enumerate()
            .map(|(n, k)| {
                let current = move || (!sheet.get() && step.get() == n).then_some("step");
                view! {
                    <li aria-current=current>
                        <button type="button" class="secondary" on:click=move |_| go(n)>
                            {move || tf(i.lang(), "game.debrief.step_n", &[("n", &(n + 1).to_string()), ("name", i.t(k))])}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let section = move |n: usize, body: AnyView| {
        view! {
            <section class="game-step" hidden=move || sheet.get() || step.get() != n aria-labelledby=STEP_IDS[n]>
                <h2 id=STEP_IDS[n] tabindex="-1">{move || tf(i.lang(), "game.debrief.step_n", &[("n", &(n + 1).to_string()), ("name", i.t(STEPS[n]))])}</h2>
                {body}
                <p class="game-actions no-print">
                    {(n > 0).then(|| view! { <button type="button" class="secondary" on:click=move |_| go(n - 1)>{i.tr("game.debrief.prev")}</button> })}
                    {(n < 3).then(|| view! { <button type="button" on:click=move |_| go(n + 1)>{i.tr("game.debrief.next")}</button> })}
                </p>
            </section>
        }
        .into_any()
    };
    let reactions = view! { <Reactions ctx=ctx status=status /> }.into_any();
    let recon = view! { <reconstruction::Reconstruction ctx=ctx d=d beats=beats /> }.into_any();
    let analysis =
        view! { <analysis::Analysis ctx=ctx d=d observed=observed lessons=lessons /> }.into_any();
    let transfer = view! {
        <Transfer ctx=ctx status=status code=code cards_only=cards_only suggested=suggested />
    }
    .into_any();

    view! {
        <div class="game-debrief" class:game-print-cards=move || cards_only.get()
            class:debrief-projected=move || ctx.large.get() class:debrief-print-log=move || print_log.get()
            class:debrief-sheet-on=move || sheet.get()>
            <div class="game-debrief-head">
                <h1 id="game-title" tabindex="-1">{i.tr("game.debrief.title")}</h1>
                <p>{move || rec.state.scenario(c).name.get(i.lang()).to_owned()}</p>
                {read_only.then(|| view! { <p class="notice" role="note">{i.tr("game.readonly")}</p> })}
                {outcome}
                <p class="game-actions no-print">
                    {(!over && !read_only).then(|| view! { <button type="button" class="secondary" on:click=move |_| ctx.go(Screen::Table)>{i.tr("game.debrief.back_to_table")}</button> })}
                    <button type="button" class="secondary" on:click=move |_| ctx.go(Screen::List)>{i.tr("game.table.my_games")}</button>
                    <button type="button" class="secondary" on:click=move |_| dom::print()>{i.tr("game.debrief.print")}</button>
                    <button type="button" class="secondary" aria-pressed=move || if ctx.large.get() { "true" } else { "false" }
                        on:click=projector>{i.tr("debrief.projector")}</button>
                    <button type="button" class="secondary" aria-pressed=move || if sheet.get() { "true" } else { "false" }
                        on:click=toggle_sheet>{i.tr("debrief.sheet.open")}</button>
                    <span class="debrief-check">
                        <input type="checkbox" id="debrief-print-log" prop:checked=move || print_log.get()
                            on:change=move |ev| print_log.set(event_target_checked(&ev)) />
                        <label for="debrief-print-log">{i.tr("debrief.log.print")}</label>
                    </span>
                </p>
                <nav aria-label=i.tr("game.debrief.steps")><ol class="game-steps">{nav}</ol></nav>
                <p role="status" class="status">{move || status.get().map(|k| i.t(k))}</p>
            </div>
            <Show when=move || sheet.get()>
                <facilitator::Sheet ctx=ctx />
                <p class="game-actions no-print">
                    <button type="button" on:click=move |_| dom::print()>{i.tr("debrief.sheet.print")}</button>
                    <button type="button" class="secondary" on:click=toggle_sheet>{i.tr("debrief.sheet.close")}</button>
                </p>
            </Show>
            {section(0, reactions)}
            {section(1, recon)}
            {section(2, analysis)}
            {section(3, transfer)}
        </div>
    }
    .into_any()
}

/// Step 1: one word per team, typed or skipped, kept in the notes.
#[component]
fn Reactions(ctx: Ctx, status: RwSignal<Option<&'static str>>) -> impl IntoView {
    let i = ctx.i;
    let (teams, words) = ctx
        .game
        .with_untracked(|g| {
            g.as_ref().map(|g| {
                let names: Vec<String> = g.state.teams.iter().map(|t| t.name.clone()).collect();
                (names, g.notes.reactions.clone())
            })
        })
        .unwrap_or_default();
    let n_teams = teams.len();
    let rows = teams
        .into_iter()
        .enumerate()
        .map(|(n, name)| {
            let id = format!("game-reaction-{n}");
            let word = words.get(n).cloned().flatten().unwrap_or_default();
            let label = move || tf(i.lang(), "game.reactions.label", &[("team", &name)]);
            let save = move |ev: leptos::ev::Event| {
                let value = event_target_value(&ev).trim().to_owned();
                let ok = save_notes(ctx, |notes| {
                    notes.reactions.resize(n_teams, None);
                    notes.reactions[n] = (!value.is_empty()).then_some(value);
                });
                status.set(Some(if ok { "game.reactions.saved" } else { "game.notice.unsaved" }));
            };
            view! {
                <li>
                    <label for=id.clone()>{label}</label>
                    <input id=id type="text" maxlength="40" autocomplete="off" value=word.clone() on:change=save />
                    <span class="game-print-only">{word}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <p>{i.tr("game.reactions.intro")}</p>
        <ul class="game-reactions">{rows}</ul>
        <p class="muted">{i.tr("game.reactions.skip")}</p>
    }
}

/// Step 4: each person picks one method for their real project and prints
/// a commitment card; the table summary code for the trainer.
#[component]
fn Transfer(
    ctx: Ctx,
    status: RwSignal<Option<&'static str>>,
    code: String,
    cards_only: RwSignal<bool>,
    suggested: Vec<(usize, ObservationKind)>,
) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let first = suggested
        .first()
        .and_then(|(m, _)| c.methods.get(*m))
        .or(c.methods.first());
    let choice = RwSignal::new(first.map(|m| m.id.clone()).unwrap_or_default());
    let none = suggested.is_empty();
    let help = move || {
        let lang = i.lang();
        suggested
            .iter()
            .filter_map(|(m, k)| Some((c.methods.get(*m)?, *k)))
            .map(|(m, k)| {
                let name = m.name.get(lang).to_owned();
                let id = m.id.clone();
                let choose = tf(lang, "debrief.transfer.choose", &[("method", &name)]);
                let why = tf(lang, "debrief.transfer.for", &[("observation", crate::i18n::t(lang, observations::keys(k)[0]))]);
                view! {
                    <li class="debrief-suggest">
                        <h4>{name}</h4>
                        <p>{m.text.get(lang).to_owned()}</p>
                        <p><strong>{why}</strong></p>
                        <p class="muted">{tf(lang, "debrief.transfer.source", &[("source", &m.source)])}</p>
                        <button type="button" class="secondary no-print" on:click=move |_| {
                            choice.set(id.clone());
                            status.set(Some("debrief.transfer.chosen"));
                            crate::ui::dom::focus_soon("game-commit-method");
                        }>{choose}</button>
                    </li>
                }
            })
            .collect_view()
    };
    let commitments = Memo::new(move |_| {
        ctx.game
            .with(|g| g.as_ref().map(|g| g.notes.commitments.clone()))
            .unwrap_or_default()
    });
    let options = move || {
        let code = i.lang();
        let mut list: Vec<(&str, &str)> = c
            .methods
            .iter()
            .map(|m| (m.id.as_str(), m.name.get(code)))
            .collect();
        list.sort_by(|a, b| a.1.cmp(b.1));
        list.into_iter()
            .map(|(id, name)| {
                let id = id.to_owned();
                let id2 = id.clone();
                view! { <option value=id selected=move || choice.get() == id2>{name.to_owned()}</option> }
            })
            .collect_view()
    };
    let add = move |_| {
        let id = choice.get_untracked();
        let ok = save_notes(ctx, |n| n.commitments.push(id));
        status.set(Some(if ok {
            "game.transfer.saved"
        } else {
            "game.notice.unsaved"
        }));
    };
    let cards = move || {
        let code = i.lang();
        commitments
            .get()
            .into_iter()
            .enumerate()
            .filter_map(|(n, id)| Some((n, c.methods.iter().find(|m| m.id == id)?)))
            .map(|(n, m)| {
                let name = m.name.get(code).to_owned();
                let remove_label = tf(i.lang(), "game.transfer.remove", &[("method", &name)]);
                view! {
                    <li class="game-commit">
                        <p class="game-kind">{i.t("game.transfer.card_title")}</p>
                        <h3>{name}</h3>
                        <p>{m.text.get(code).to_owned()}</p>
                        <p>{i.t("game.transfer.for")}</p><p class="game-write"></p>
                        <p>{i.t("game.transfer.with")}</p><p class="game-write"></p>
                        <p>{i.t("game.transfer.when")}</p><p class="game-write"></p>
                        <button type="button" class="secondary" on:click=move |_| {
                            let ok = save_notes(ctx, |notes| { if n < notes.commitments.len() { notes.commitments.remove(n); } });
                            status.set(Some(if ok { "game.transfer.removed" } else { "game.notice.unsaved" }));
                        }>{remove_label}</button>
                    </li>
                }
            })
            .collect_view()
    };
    let print_cards = move |_| {
        cards_only.set(true);
        request_animation_frame(move || {
            dom::print();
            cards_only.set(false);
        });
    };
    view! {
        <h3>{i.tr("debrief.transfer.title")}</h3>
        {if none {
            view! { <p>{i.tr("debrief.transfer.none")}</p> }.into_any()
        } else {
            view! { <p>{i.tr("debrief.transfer.intro")}</p><ul class="debrief-suggests">{help}</ul> }.into_any()
        }}
        <h3>{i.tr("debrief.transfer.commit")}</h3>
        <p>{i.tr("game.transfer.intro")}</p>
        <div class="game-actions no-print">
            <label for="game-commit-method">{i.tr("game.transfer.pick")}</label>
            <select id="game-commit-method" on:change=move |ev| choice.set(event_target_value(&ev))>{options}</select>
            <button type="button" on:click=add>{i.tr("game.transfer.add")}</button>
        </div>
        <ul class="game-commits">{cards}</ul>
        <p class="no-print">
            <button type="button" class="secondary" disabled=move || commitments.with(Vec::is_empty) on:click=print_cards>
                {i.tr("game.transfer.print")}
            </button>
        </p>
        <h3>{i.tr("game.summary.title")}</h3>
        <p>{i.tr("game.summary.body")}</p>
        <div class="game-summary">
            <p class="game-code" id="game-summary-code">{code.clone()}</p>
            <div class="game-summary-qr">
                {crate::domain::quiz::qr_path(&code).ok().map(|path| view! {
                    <QrImage path=path label=i.t("game.summary.qr") />
                })}
            </div>
        </div>
    }
}
