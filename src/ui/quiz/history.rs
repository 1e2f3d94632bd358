//! `#/quiz/historique`: every completed attempt with its date (a link that
//! reopens the full result), mode, profile and questionnaire version; the radar overlaying the last two attempts (solid line and
//! circles for the latest, dashes and squares for the one before) and how
//! each dimension moved, in words.

use leptos::prelude::*;

use super::radar::{self, Marker, Series};
use super::result::{axis_labels, result_href};
use super::{mode_key, store};
use crate::domain::quiz::history::{comparison_note, version_note};
use crate::domain::quiz::{QuizContent, compare};
use crate::i18n::{Lang, t, tf};
use crate::route::Route;
use crate::storage::records::{QuizAttempt, QuizHistory};
use crate::ui::dom;
use crate::ui::{stored_signal, use_i18n};

#[component]
pub fn History(content: &'static QuizContent) -> impl IntoView {
    let i = use_i18n();
    let history = stored_signal(store::is_history_key, store::load_history);
    view! {
        <h1>{move || i.t("quiz.history.title")}</h1>
        {move || {
            let lang = i.lang();
            history.with(|h| {
                if h.attempts.is_empty() {
                    view! {
                        <p>{t(lang, "quiz.history.empty")}</p>
                        <p><a class="button" href=Route::Quiz.href()>{t(lang, "quiz.result.take")}</a></p>
                    }
                    .into_any()
                } else {
                    attempts_view(content, h, lang)
                }
            })
        }}
    }
}

fn attempts_view(content: &'static QuizContent, history: &QuizHistory, lang: Lang) -> AnyView {
    let rows = history
        .attempts
        .iter()
        .rev()
        .map(|a| {
            let name = content.reading_name(a.result.reading().kind).get(lang).to_owned();
            view! {
                <tr>
                    <td>
                        <a href=result_href(a.completed_at)>{dom::format_date(a.completed_at, lang)}</a>
                    </td>
                    <td>{t(lang, mode_key(a.result.mode))}</td>
                    <th scope="row">{name}</th>
                    <td class="num">{a.result.version}</td>
                </tr>
            }
        })
        .collect_view();
    let mut versions: Vec<u32> = history.attempts.iter().map(|a| a.result.version).collect();
    versions.sort_unstable();
    versions.dedup();
    let mixed = (versions.len() > 1)
        .then(|| view! { <p class="notice">{t(lang, "quiz.history.versions")}</p> });
    let evolution = match history.attempts.as_slice() {
        [.., before, after] => evolution(content, before, after, lang).into_any(),
        _ => view! { <p>{t(lang, "quiz.history.single")}</p> }.into_any(),
    };
    view! {
        <table class="quiz-table quiz-history">
            <caption>{t(lang, "quiz.history.caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, "quiz.history.col_date")}</th>
                    <th scope="col">{t(lang, "quiz.history.col_mode")}</th>
                    <th scope="col">{t(lang, "quiz.history.col_profile")}</th>
                    <th scope="col">{t(lang, "quiz.history.col_version")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <p class="muted">{t(lang, "quiz.history.open_hint")}</p>
        {mixed}
        {evolution}
        <p class="quiz-actions no-print">
            <a class="button" href=Route::QuizResult.href()>{t(lang, "quiz.history.latest")}</a>
            <a class="button secondary" href=Route::Quiz.href()>{t(lang, "quiz.result.again")}</a>
        </p>
    }
    .into_any()
}

fn evolution(
    content: &'static QuizContent,
    before: &QuizAttempt,
    after: &QuizAttempt,
    lang: Lang,
) -> impl IntoView {
    let (date_before, date_after) = (
        dom::format_date(before.completed_at, lang),
        dom::format_date(after.completed_at, lang),
    );
    let chart = radar::radar(
        radar::Texts {
            id: "quiz-history-radar",
            title: t(lang, "quiz.history.radar_title").to_owned(),
            desc: tf(
                lang,
                "quiz.history.radar_desc",
                &[("after", &date_after), ("before", &date_before)],
            ),
            labels: axis_labels(content, lang),
        },
        vec![
            Series {
                scores: before.result.scores,
                dashed: true,
                markers: [Marker::Square; 7],
            },
            Series {
                scores: after.result.scores,
                dashed: false,
                markers: [Marker::Circle; 7],
            },
        ],
        None,
    );
    let changes = compare(content, &before.result, &after.result)
        .into_iter()
        .map(|c| view! { <li>{c.sentence.get(lang).to_owned()}</li> })
        .collect_view();
    let note = comparison_note(&before.result, &after.result)
        .into_iter()
        .chain(version_note(&before.result, &after.result))
        .map(|n| view! { <p class="notice">{n.get(lang).to_owned()}</p> })
        .collect_view();
    view! {
        <section class="quiz-evolution">
            <h2>{t(lang, "quiz.history.evolution")}</h2>
            <div class="quiz-chart">
                <figure class="quiz-figure">
                    {chart}
                    <ul class="radar-legend">
                        <li>
                            {radar::legend_sample(false, Marker::Circle)}
                            {tf(lang, "quiz.history.legend_after", &[("date", &date_after)])}
                        </li>
                        <li>
                            {radar::legend_sample(true, Marker::Square)}
                            {tf(lang, "quiz.history.legend_before", &[("date", &date_before)])}
                        </li>
                    </ul>
                </figure>
                <div>
                    <h3>{t(lang, "quiz.history.changes")}</h3>
                    {note}
                    <ul class="quiz-changes">{changes}</ul>
                </div>
            </div>
        </section>
    }
}
