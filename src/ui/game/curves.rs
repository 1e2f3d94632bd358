//! Month-by-month curves of resources or indicators as inline SVG
//! (`role="img"` with a title and a description), each series with its own
//! dash pattern and marker shape so that it reads without colour, and the
//! same data as a table (RGAA 1.6).

use leptos::prelude::*;

use super::{Ctx, text};
use crate::domain::game::Stat;
use crate::domain::game::content::N_STATS;
use crate::i18n::tf;

const W: i32 = 320;
const H: i32 = 170;
const LEFT: i32 = 24;
const RIGHT: i32 = 10;
const TOP: i32 = 8;
const BOTTOM: i32 = 22;

/// A marker path centred on (x, y): circle, square, triangle, diamond, cross.
fn marker(k: usize, x: i32, y: i32) -> String {
    match k % 5 {
        0 => format!("M{},{}a3,3 0 1,0 6,0a3,3 0 1,0 -6,0z", x - 3, y),
        1 => format!("M{},{}h6v6h-6z", x - 3, y - 3),
        2 => format!("M{},{}l4,7h-8z", x, y - 4),
        3 => format!("M{},{}l4,4l-4,4l-4,-4z", x, y - 4),
        _ => format!("M{},{}h2v2h2v2h-2v2h-2v-2h-2v-2h2z", x - 1, y - 3),
    }
}

/// One chart and its table, for the given stats.
pub fn chart(
    ctx: Ctx,
    id: &'static str,
    title_key: &'static str,
    stats: Vec<Stat>,
    curves: Vec<[i16; N_STATS]>,
) -> AnyView {
    let i = ctx.i;
    let c = ctx.c;
    let max = c.rules.stat_max.max(1) as i32;
    let n = curves.len().max(2) as i32 - 1;
    let px = move |m: usize| LEFT + (m as i32) * (W - LEFT - RIGHT) / n;
    let py = move |v: i16| TOP + (max - (v as i32).clamp(0, max)) * (H - TOP - BOTTOM) / max;
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled = format!("{title_id} {desc_id}");
    let grid = [0i16, 5, 10, 15]
        .into_iter()
        .filter(|v| (*v as i32) <= max)
        .map(|v| {
            let y = py(v);
            view! {
                <path class="grid" d=format!("M{LEFT},{y}H{}", W - RIGHT) />
                <text x=LEFT - 4 y=y + 3 text-anchor="end">{v}</text>
            }
        })
        .collect_view();
    let months = (0..curves.len())
        .map(|m| view! { <text x=px(m) y=H - 6 text-anchor="middle">{m}</text> })
        .collect_view();
    let series = stats
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let pts: Vec<(i32, i32)> = curves
                .iter()
                .enumerate()
                .map(|(m, row)| (px(m), py(row[*s as usize])))
                .collect();
            let d = pts
                .iter()
                .enumerate()
                .map(|(j, (x, y))| format!("{}{x},{y}", if j == 0 { 'M' } else { 'L' }))
                .collect::<String>();
            let marks = pts
                .iter()
                .map(|(x, y)| view! { <path class=format!("mark s{k}") d=marker(k, *x, *y) /> })
                .collect_view();
            view! { <path class=format!("line s{k}") d=d />{marks} }
        })
        .collect_view();
    let named = stats.clone();
    let names = move || -> Vec<String> {
        named
            .iter()
            .map(|st| text::stat_name(c, i.lang(), *st))
            .collect()
    };
    let names2 = names.clone();
    let names3 = names.clone();
    let len = curves.len();
    let desc = move || {
        tf(
            i.lang(),
            "game.curves.desc",
            &[
                ("names", &names().join(", ")),
                ("n", &(len - 1).to_string()),
            ],
        )
    };
    let legend = move || {
        names2()
            .into_iter()
            .enumerate()
            .map(|(k, name)| {
                view! {
                    <li>
                        <svg viewBox="0 0 40 12" aria-hidden="true" class="game-chart">
                            <path class=format!("line s{k}") d="M2,6H38" />
                            <path class=format!("mark s{k}") d=marker(k, 20, 6) />
                        </svg>
                        " " {name}
                    </li>
                }
            })
            .collect_view()
    };
    let head = move || {
        (0..len)
            .map(|m| {
                let label = if m == 0 {
                    i.t("game.curves.start").to_owned()
                } else {
                    tf(i.lang(), "game.curves.month", &[("n", &m.to_string())])
                };
                view! { <th scope="col">{label}</th> }
            })
            .collect_view()
    };
    let rows = move || {
        stats
            .iter()
            .zip(names3())
            .map(|(st, name)| {
                let cells = curves
                    .iter()
                    .map(|row| view! { <td>{row[*st as usize]}</td> })
                    .collect_view();
                view! { <tr><th scope="row">{name}</th>{cells}</tr> }
            })
            .collect_view()
    };
    view! {
        <figure class="game-figure">
            <svg class="game-chart" viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby=labelled>
                <title id=title_id>{i.tr(title_key)}</title>
                <desc id=desc_id>{desc}</desc>
                <g aria-hidden="true">{grid}{months}{series}</g>
            </svg>
            <ul class="game-legend">{legend}</ul>
            <div class="game-scroll" role="region" tabindex="0" aria-label=i.tr(title_key)>
                <table class="game-table">
                    <caption>{i.tr(title_key)}</caption>
                    <thead><tr><th scope="col">{i.tr("game.curves.stat")}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </figure>
    }
    .into_any()
}
