//! The phase track, where the table shows the project's phases: the five
//! phases in a row under the turn's actions, the one the project is in,
//! and what each needs to be entered (a popover per phase, each condition
//! marked met or not on this board). Between the last two stands the COPIL
//! gate of rules v2: which of the Lab-O's three criteria the project meets
//! now and what the committee will grant or withdraw on entering Déployer;
//! once held, what it retained.

use leptos::prelude::*;

use super::{Ctx, icons, text};
use crate::domain::game::Stat;
use crate::domain::game::content::{Content, N_PHASES};
use crate::domain::game::rules::{self, CopilGate};
use crate::domain::game::state::Board;
use crate::i18n::{Lang, t, tf};

/// The criteria in the engine's order: short name, then the full sentence.
const CRITERIA: [(&str, &str); 3] = [
    ("game.copil.c_results", "game.copil.results"),
    ("game.copil.c_transferable", "game.copil.transferable"),
    ("game.copil.c_facilitation", "game.copil.facilitation"),
];

/// What the track draws, kept small so that a card play that changes none
/// of it redraws nothing: the phase, which entry conditions hold (bit
/// `phase * 8 + n`) and the gate.
#[derive(Clone, Copy, PartialEq)]
struct Track {
    phase: u8,
    holds: u64,
    gate: Option<CopilGate>,
}

fn track(c: &Content, b: &Board) -> Track {
    let mut holds = 0u64;
    for (p, def) in c.phases.iter().enumerate() {
        for (n, k) in def.entry.iter().take(8).enumerate() {
            if rules::holds(b, k) {
                holds |= 1 << (p * 8 + n);
            }
        }
    }
    Track {
        phase: b.phase,
        holds,
        gate: rules::copil_gate(c, b),
    }
}

impl Track {
    fn ready(&self, c: &Content, p: usize) -> bool {
        let n = c.phases.get(p).map_or(0, |d| d.entry.len().min(8));
        (0..n).all(|k| self.holds & (1 << (p * 8 + k)) != 0)
    }
}

/// A list item marked met or missing: a pictogram before the words and,
/// for screen readers, the state in words after them (never colour alone).
fn marked(
    lang: Lang,
    ok: bool,
    (yes, no): (&'static str, &'static str),
    words: String,
) -> impl IntoView + use<> {
    view! {
        <li class:game-mark-no=!ok>
            {icons::icon(if ok { icons::MET } else { icons::MISSING })}
            {words}
            <span class="game-sr">", " {t(lang, if ok { yes } else { no })}</span>
        </li>
    }
}

/// "Budget +2, Soutien politique −1": what the gate grants or withdraws.
fn gate_effect(c: &Content, lang: Lang, g: &CopilGate) -> Option<String> {
    let parts: Vec<String> = [(Stat::Budget, g.budget), (Stat::Support, g.support)]
        .into_iter()
        .filter(|(_, n)| *n != 0)
        .map(|(s, n)| format!("{} {}", text::stat_name(c, lang, s), text::signed(n)))
        .collect();
    (!parts.is_empty()).then(|| tf(lang, "game.copil.effect", &[("changes", &parts.join(", "))]))
}

/// The three criteria, each met or missing, then the effect.
fn gate_list(c: &Content, lang: Lang, g: &CopilGate, long: bool) -> impl IntoView + use<> {
    let items = CRITERIA
        .iter()
        .zip(g.met)
        .map(|((short, full), ok)| {
            let words = t(lang, if long { full } else { short }).to_owned();
            marked(lang, ok, ("game.copil.met", "game.copil.missing"), words)
        })
        .collect_view();
    view! {
        <ul class="game-criteria">{items}</ul>
        {gate_effect(c, lang, g).map(|e| view! { <p class="game-copil-effect">{e}</p> })}
    }
}

/// The track of the table, and the COPIL line while the next phase is the
/// one that holds it.
#[component]
pub fn PhaseTrack(ctx: Ctx, board: Memo<Option<Board>>) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let state = Memo::new(move |_| board.get().map(|b| track(c, &b)));
    // The popovers are closed at first: what they say is drawn in the next
    // task, so that opening the table stays a short task.
    let ready = crate::ui::dom::next_task();
    let step = move |p: usize| {
        let id = format!("game-phase-{p}");
        let title_id = format!("game-phase-{p}-title");
        let status = move || {
            let s = state.get()?;
            let now = s.phase as usize;
            Some(if p < now {
                ("done", "game.track.done")
            } else if p == now {
                ("now", "game.track.now")
            } else if p == now + 1 && s.ready(c, p) {
                ("ready", "game.track.ready")
            } else {
                ("ahead", "game.track.locked")
            })
        };
        let conds = move || {
            let lang = i.lang();
            let s = state.get()?;
            let def = c.phases.get(p)?;
            if def.entry.is_empty() {
                return Some(view! { <p>{t(lang, "game.help.no_condition")}</p> }.into_any());
            }
            let items = def
                .entry
                .iter()
                .take(8)
                .enumerate()
                .map(|(n, k)| {
                    let ok = s.holds & (1 << (p * 8 + n)) != 0;
                    let words = text::cond(c, lang, k);
                    marked(lang, ok, ("game.track.met", "game.track.unmet"), words)
                })
                .collect_view();
            Some(
                view! { <h3>{t(lang, "game.track.enter")}</h3><ul class="game-criteria">{items}</ul> }
                    .into_any(),
            )
        };
        let name = move || text::phase_name(c, i.lang(), p as u8);
        view! {
            <li data-phase=p.to_string() data-step=move || status().map(|s| s.0)
                aria-current=move || status().is_some_and(|s| s.0 == "now").then_some("step")>
                <button type="button" class="game-track-step" popovertarget=id.clone()>
                    {move || status().is_some_and(|s| s.0 == "done").then(|| icons::icon(icons::MET))}
                    {icons::icon(icons::phase(p as u8))}
                    <span>{name}</span>
                    <span class="game-sr">" — " {move || status().map(|s| i.t(s.1))}</span>
                </button>
                <div id=id.clone() popover="auto" class="game-popover" role="dialog" aria-labelledby=title_id.clone()>
                    <h2 id=title_id.clone()>{name}</h2>
                    {move || ready.get().then(|| view! {
                        <p>{move || c.phases.get(p).map(|d| d.text.get(i.lang()).to_owned())}</p>
                        {conds}
                    })}
                    <button type="button" class="secondary" popovertarget=id.clone() popovertargetaction="hide">{i.tr("game.close")}</button>
                </div>
            </li>
        }
    };
    let gate = move || {
        let lang = i.lang();
        let g = state.get()?.gate?;
        let met = g.met.iter().filter(|m| **m).count() as i64;
        let count = crate::i18n::tn(lang, "game.copil.count", met, &[]);
        let head = if g.held {
            t(lang, "game.copil.held").to_owned()
        } else {
            tf(
                lang,
                "game.copil.ahead",
                &[("phase", &text::phase_name(c, lang, N_PHASES as u8 - 1))],
            )
        };
        let rule = copil_rule(c, lang);
        Some(view! {
            <li class="game-gate" data-step=if g.held { "done" } else { "ahead" }>
                <button type="button" class="game-track-step" popovertarget="game-copil">
                    {icons::icon(icons::GATE)}
                    <span>{t(lang, "game.track.gate")}" " {met}"/3"</span>
                    <span class="game-sr">" — " {count}</span>
                </button>
                <div id="game-copil" popover="auto" class="game-popover" role="dialog" aria-labelledby="game-copil-title">
                    <h2 id="game-copil-title">{t(lang, "game.copil.title")}</h2>
                    {ready.get().then(|| view! {
                        <p>{rule}</p>
                        <h3>{head}</h3>
                        {gate_list(c, lang, &g, true)}
                    })}
                    <button type="button" class="secondary" popovertarget="game-copil" popovertargetaction="hide">{t(lang, "game.close")}</button>
                </div>
            </li>
        })
    };
    // While the project is in the phase before Déployer, the gate it is
    // about to meet is in view, not only behind a button.
    let ahead = move || {
        let lang = i.lang();
        let s = state.get()?;
        let g = s
            .gate
            .filter(|g| !g.held && s.phase as usize + 2 == N_PHASES)?;
        let head = tf(
            lang,
            "game.copil.ahead",
            &[("phase", &text::phase_name(c, lang, N_PHASES as u8 - 1))],
        );
        Some(view! {
            <div class="game-copil-line">
                <strong>{icons::icon(icons::GATE)}{head}</strong>
                {gate_list(c, lang, &g, false)}
            </div>
        })
    };
    let steps = (0..N_PHASES).map(step).collect::<Vec<_>>();
    let mut steps = steps.into_iter();
    let first: Vec<_> = steps.by_ref().take(N_PHASES - 1).collect();
    let last: Vec<_> = steps.collect();
    view! {
        <ol class="game-track" aria-label=move || i.t("game.track.label")>
            {first}
            {gate}
            {last}
        </ol>
        {ahead}
    }
}

/// The committee's rule in words, with the content's numbers.
pub fn copil_rule(c: &Content, lang: Lang) -> String {
    tf(
        lang,
        "game.copil.rule",
        &[
            ("budget", &c.rules.copil_budget.to_string()),
            ("missing", &c.rules.copil_missing_support.to_string()),
            ("phase", &text::phase_name(c, lang, N_PHASES as u8 - 1)),
        ],
    )
}

/// The COPIL for "Comment jouer": the rule and its three criteria.
pub fn copil_help(c: &Content, lang: Lang) -> Option<impl IntoView + use<>> {
    rules::has_copil(c).then(|| {
        let items = CRITERIA
            .iter()
            .map(|(_, full)| view! { <li>{t(lang, full)}</li> })
            .collect_view();
        view! {
            <h3>{t(lang, "game.copil.title")}</h3>
            <p>{copil_rule(c, lang)}</p>
            <ul>{items}</ul>
        }
    })
}
