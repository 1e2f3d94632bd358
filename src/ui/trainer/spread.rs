//! The team map's spread per dimension: a chart (each person a ring, the
//! range a bar, the mean a diamond: shapes, not colours) and the same data
//! as a table; then the profiles the group has and lacks.

use leptos::prelude::*;

use crate::ui::data_table::DataTable;

use super::tx;
use crate::domain::dimension::Dimension;
use crate::domain::quiz::QuizContent;
use crate::domain::trainer::team::TeamMap;
use crate::ui::use_i18n;

const ROW: i32 = 46;

/// x of a score (0–100) in the chart's 400-unit width.
fn x(score: u8) -> i32 {
    10 + i32::from(score) * 19 / 5
}

fn dim_name(content: &QuizContent, d: Dimension) -> String {
    content
        .dimension(d)
        .map(|i| tx(&i.name))
        .unwrap_or_else(|| d.id().to_owned())
}

/// The chart alone (also used by the projector view).
pub fn chart(map: &TeamMap, content: &'static QuizContent, id: &'static str) -> AnyView {
    let i = use_i18n();
    let spread = map.spread();
    let height = ROW * 7 + 10;
    let rows = spread
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let y = k as i32 * ROW;
            let base = y + 34;
            let dots = map
                .members
                .iter()
                .map(|m| view! { <circle cx=x(m.scores[s.dimension.index()]) cy=base r="5" class="tr-dot" /> })
                .collect_view();
            let (mx, lo, hi) = (x(s.mean), x(s.min), x(s.max));
            view! {
                <text x="10" y=y + 16 class="tr-chart-label">{dim_name(content, s.dimension)}</text>
                <line x1="10" x2="390" y1=base y2=base class="tr-axis" />
                <rect x=lo y=base - 4 width=(hi - lo).max(2) height="8" class="tr-range" />
                {dots}
                <path d=format!("M{mx} {}l7 7l-7 7l-7 -7z", base - 7) class="tr-mean" />
            }
        })
        .collect_view();
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    view! {
        <svg class="tr-chart" viewBox=format!("0 0 400 {height}") role="img"
            aria-labelledby=format!("{title_id} {desc_id}") id=id>
            <title id=title_id.clone()>{i.tr("trainer.teammap.chart_title")}</title>
            <desc id=desc_id.clone()>{i.tr("trainer.teammap.chart_desc")}</desc>
            {rows}
        </svg>
    }
    .into_any()
}

/// Chart, table and profiles of the group.
pub fn spread_view(map: &TeamMap, content: &'static QuizContent) -> AnyView {
    let i = use_i18n();
    if map.members.is_empty() {
        return view! { <p>{i.tr("trainer.teammap.empty")}</p> }.into_any();
    }
    let rows = map
        .spread()
        .into_iter()
        .map(|s| {
            view! {
                <tr>
                    <th scope="row">{dim_name(content, s.dimension)}</th>
                    <td>{s.min}</td>
                    <td>{s.mean}</td>
                    <td>{s.max}</td>
                    <td>{s.marked}</td>
                    <td>{s.less_used}</td>
                </tr>
            }
        })
        .collect_view();
    let archetypes = map.archetypes();
    let has: Vec<String> = archetypes
        .iter()
        .filter(|a| a.marked > 0)
        .map(|a| {
            let name = content
                .archetype(a.dimension)
                .map(|x| tx(&x.name))
                .unwrap_or_default();
            format!("{name} ({})", a.marked)
        })
        .collect();
    let lacks: Vec<String> = archetypes
        .iter()
        .filter(|a| a.marked == 0)
        .map(|a| {
            content
                .archetype(a.dimension)
                .map(|x| tx(&x.name))
                .unwrap_or_default()
        })
        .collect();
    let list = |names: Vec<String>| {
        if names.is_empty() {
            view! { <p>{i.tr("trainer.teammap.none")}</p> }.into_any()
        } else {
            view! { <ul>{names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul> }
                .into_any()
        }
    };
    let polyvalent = map.polyvalent();
    view! {
        <h2>{i.tr("trainer.teammap.spread")}</h2>
        <figure class="tr-figure">
            {chart(map, content, "tr-chart")}
            <figcaption>{i.tr("trainer.teammap.chart_legend")}</figcaption>
        </figure>
        <DataTable id="tr-spread" caption=i.tr("trainer.teammap.table_caption")>
                <thead><tr>
                    <th scope="col">{i.tr("trainer.teammap.dimension")}</th>
                    <th scope="col">{i.tr("trainer.teammap.min")}</th>
                    <th scope="col">{i.tr("trainer.teammap.mean")}</th>
                    <th scope="col">{i.tr("trainer.teammap.max")}</th>
                    <th scope="col">{i.tr("trainer.teammap.marked")}</th>
                    <th scope="col">{i.tr("trainer.teammap.less_used")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
        </DataTable>
        <div class="tr-columns">
            <section aria-labelledby="tr-has">
                <h3 id="tr-has">{i.tr("trainer.teammap.has")}</h3>
                {list(has)}
                <p>{move || crate::i18n::tf(i.lang(), "trainer.teammap.polyvalent", &[("n", &polyvalent.to_string())])}</p>
            </section>
            <section aria-labelledby="tr-lacks">
                <h3 id="tr-lacks">{i.tr("trainer.teammap.lacks")}</h3>
                {list(lacks)}
            </section>
        </div>
    }
    .into_any()
}
