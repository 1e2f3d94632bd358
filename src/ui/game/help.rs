//! "Comment jouer": the rules on one screen, reachable from the table at
//! any time (a panel over the table, opened and closed by keyboard). Built
//! from the content in use, so it stays true when the rules change: the
//! numbers come from `rules`, the phases with their entry conditions, the
//! gauges and the outcome tiers with what each needs from their own data,
//! the COPIL gate with the numbers of the rules.

use leptos::prelude::*;

use super::{Ctx, icons, text};
use crate::i18n::tf;

/// The button that opens the help, and the help itself.
#[component]
pub fn HelpButton(ctx: Ctx) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let r = &c.rules;
    let turn = move || {
        let lang = i.lang();
        let n = |v: i64| v.to_string();
        let plays = n(r.plays_per_turn as i64);
        let limit = n(r.overload_from.saturating_sub(1) as i64);
        let overload = n(r.overload_energy as i64);
        let discount = n(r.in_phase_discount as i64);
        let redraw = n(r.redraw_energy as i64);
        let erosion = n(r.support_erosion as i64);
        let recovery = n(r.energy_recovery as i64);
        let undos = n(r.max_undos_per_turn as i64);
        [
            tf(lang, "game.help.reveal", &[]),
            tf(
                lang,
                "game.help.play",
                &[("plays", &plays), ("discount", &discount)],
            ),
            tf(
                lang,
                "game.help.overload",
                &[("limit", &limit), ("energy", &overload)],
            ),
            tf(lang, "game.help.redraw", &[("energy", &redraw)]),
            tf(lang, "game.help.advance", &[]),
            tf(
                lang,
                "game.help.end_month",
                &[("erosion", &erosion), ("recovery", &recovery)],
            ),
            tf(lang, "game.help.undo", &[("undos", &undos)]),
            tf(lang, "game.help.roles", &[]),
        ]
        .into_iter()
        .map(|l| view! { <li>{l}</li> })
        .collect_view()
    };
    let phases = move || {
        let lang = i.lang();
        c.phases
            .iter()
            .enumerate()
            .map(|(n, p)| {
                let conds: Vec<String> = p.entry.iter().map(|k| text::cond(c, lang, k)).collect();
                let conds = if conds.is_empty() {
                    i.t("game.help.no_condition").to_owned()
                } else {
                    tf(lang, "game.help.conditions", &[("conds", &conds.join(" ; "))])
                };
                view! {
                    <li class="game-help-phase" data-phase=n.to_string()>
                        <strong>{icons::icon(icons::phase(n as u8))}{p.name.get(lang).to_owned()}</strong>
                        " — " {p.text.get(lang).to_owned()} " " <em>{conds}</em>
                    </li>
                }
            })
            .collect_view()
    };
    let gauges = move || {
        let lang = i.lang();
        c.stats
            .iter()
            .map(|d| view! { <li>{icons::icon(icons::stat(d.stat))}<strong>{d.name.get(lang).to_owned()}</strong>" — " {d.text.get(lang).to_owned()}</li> })
            .collect_view()
    };
    let tiers = move || {
        let lang = i.lang();
        c.tiers
            .iter()
            .map(|t| {
                let needs: Vec<String> = t.requires.iter().map(|k| text::cond(c, lang, k)).collect();
                let needs = (!needs.is_empty())
                    .then(|| tf(lang, "game.help.tier_needs", &[("conds", &needs.join(", "))]));
                view! { <li><strong>{t.name.get(lang).to_owned()}</strong>" — " {t.text.get(lang).to_owned()} " " <em>{needs}</em></li> }
            })
            .collect_view()
    };
    // Drawn in a task of its own after the table (it is closed at first).
    let ready = crate::ui::dom::next_task();
    view! {
        <button type="button" class="secondary" popovertarget="game-help">{i.tr("game.help.open")}</button>
        <div id="game-help" popover="auto" class="game-popover game-help" role="dialog" aria-labelledby="game-help-title">
            <h2 id="game-help-title">{i.tr("game.help.title")}</h2>
            {move || ready.get().then(|| view! {
            <div class="game-help-cols">
                <section>
                    <h3>{i.tr("game.help.turn")}</h3>
                    <ol>{turn}</ol>
                    <p>{move || tf(i.lang(), "game.help.ends", &[])}</p>
                </section>
                <section>
                    <h3>{i.tr("game.help.phases")}</h3>
                    <ul class="game-help-phases">{phases}</ul>
                    {move || super::phases::copil_help(c, i.lang())}
                    <h3>{i.tr("game.help.tiers")}</h3>
                    <ul>{tiers}</ul>
                </section>
                <section>
                    <h3>{i.tr("game.gauge.title")}</h3>
                    <ul class="game-help-gauges">{gauges}</ul>
                </section>
            </div>
            })}
            <button type="button" popovertarget="game-help" popovertargetaction="hide">{i.tr("game.close")}</button>
        </div>
    }
}
