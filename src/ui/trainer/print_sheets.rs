//! The printed sheets besides the deck: the rules (phases, resources and
//! indicators, outcome tiers, from the content in use), the quiz as a paper
//! form with its scoring grid and the debrief sheet (the facilitator's
//! "why the game works this way" sheet is in [`super::lesson_sheet`]).

use leptos::prelude::*;

use super::compare::DEBRIEF;
use super::tx;
use crate::domain::dimension::Dimension;
use crate::domain::game::Content;
use crate::domain::quiz::QuizContent;
use crate::ui::use_i18n;

/// A heading and a definition list from (name, text) pairs.
fn defs<'a>(
    items: impl Iterator<Item = (&'a crate::domain::text::Text, &'a crate::domain::text::Text)>,
) -> AnyView {
    view! {
        <dl class="tr-defs">
            {items.map(|(n, t)| view! { <dt>{tx(n)}</dt><dd>{tx(t)}</dd> }).collect_view()}
        </dl>
    }
    .into_any()
}

pub fn rules_sheet(game: &'static Content) -> AnyView {
    let i = use_i18n();
    view! {
        <article class="tr-page">
            <h2>{i.tr("trainer.rules.title")}</h2>
            <p>{i.tr("trainer.rules.goal")}</p>
            <h3>{i.tr("trainer.rules.month")}</h3>
            <ol>
                <li>{i.tr("trainer.rules.step1")}</li>
                <li>{i.tr("trainer.rules.step2")}</li>
                <li>{i.tr("trainer.rules.step3")}</li>
                <li>{i.tr("trainer.rules.step4")}</li>
            </ol>
            <h3>{i.tr("trainer.rules.phases")}</h3>
            {defs(game.phases.iter().map(|p| (&p.name, &p.text)))}
            <h3>{i.tr("trainer.rules.stats")}</h3>
            {defs(game.stats.iter().map(|s| (&s.name, &s.text)))}
            <h3>{i.tr("trainer.rules.tiers")}</h3>
            {defs(game.tiers.iter().map(|t| (&t.name, &t.text)))}
        </article>
    }
    .into_any()
}

pub fn quiz_form(quiz: &'static QuizContent) -> AnyView {
    let i = use_i18n();
    let rows = quiz
        .items
        .iter()
        .enumerate()
        .map(|(k, item)| {
            view! {
                <tr>
                    <th scope="row">{k + 1}</th>
                    <td>{tx(&item.text)}</td>
                    {(1..=5).map(|v| view! { <td class="tr-box">{v}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    let grid = Dimension::ALL
        .iter()
        .map(|&d| {
            let numbers: Vec<String> = quiz
                .items
                .iter()
                .enumerate()
                .filter(|(_, it)| it.dimension == d)
                .map(|(k, it)| {
                    if it.reversed {
                        format!("{}*", k + 1)
                    } else {
                        (k + 1).to_string()
                    }
                })
                .collect();
            let name = quiz.dimension(d).map(|x| tx(&x.name)).unwrap_or_default();
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td>{numbers.join(" · ")}</td>
                    <td class="tr-blank"></td>
                    <td class="tr-blank"></td>
                    <td class="tr-blank"></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <article class="tr-page">
            <h2>{move || tx(&quiz.meta.title)}</h2>
            <p>{move || tx(&quiz.scale.stem)}</p>
            <p>{i.tr("trainer.quizform.how")}</p>
            <ol class="tr-scale">{quiz.scale.labels.iter().map(|l| view! { <li>{tx(l)}</li> }).collect_view()}</ol>
            <table class="tr-table tr-form-table">
                <caption>{i.tr("trainer.quizform.caption")}</caption>
                <thead><tr>
                    <th scope="col">{i.tr("trainer.export.number")}</th>
                    <th scope="col">{i.tr("trainer.quizform.statement")}</th>
                    {(1..=5).map(|v| view! { <th scope="col">{v}</th> }).collect_view()}
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </article>
        <article class="tr-page">
            <h2>{i.tr("trainer.quizform.grid_title")}</h2>
            <p>{i.tr("trainer.quizform.grid_how")}</p>
            <table class="tr-table tr-grid-table">
                <caption>{i.tr("trainer.quizform.grid_caption")}</caption>
                <thead><tr>
                    <th scope="col">{i.tr("trainer.teammap.dimension")}</th>
                    <th scope="col">{i.tr("trainer.quizform.items")}</th>
                    <th scope="col">{i.tr("trainer.quizform.total")}</th>
                    <th scope="col">{i.tr("trainer.quizform.mean")}</th>
                    <th scope="col">{i.tr("trainer.quizform.points")}</th>
                </tr></thead>
                <tbody>{grid}</tbody>
            </table>
            <p>{i.tr("trainer.quizform.marked")}</p>
        </article>
    }
    .into_any()
}

pub fn debrief_sheet() -> AnyView {
    let i = use_i18n();
    view! {
        <article class="tr-page">
            <h2>{i.tr("trainer.debrief.title")}</h2>
            <p>{i.tr("trainer.debrief.sheet_intro")}</p>
            {DEBRIEF.iter().map(|(h, qs)| view! {
                <h3>{i.tr(h)}</h3>
                {qs.iter().map(|q| view! { <p class="tr-question">{i.tr(q)}</p><div class="tr-lines" aria-hidden="true"></div> }).collect_view()}
            }).collect_view()}
            <h3>{i.tr("trainer.debrief.commitment")}</h3>
            <p>{i.tr("trainer.debrief.commitment_body")}</p>
            <div class="tr-lines" aria-hidden="true"></div>
        </article>
    }
    .into_any()
}
