//! The home page: what Labo is, and the three ways in.

use leptos::prelude::*;

use super::use_i18n;
use crate::route::{Route, TrainerView};
use crate::storage::local;
use crate::storage::records::{GAME_PREFIX, QUIZ_PROGRESS_KEY};

#[component]
pub fn Home() -> impl IntoView {
    let i = use_i18n();
    let ways = [
        (
            Route::Quiz,
            "home.quiz.title",
            "home.quiz.body",
            "home.quiz.cta",
        ),
        (
            Route::Game,
            "home.game.title",
            "home.game.body",
            "home.game.cta",
        ),
        (
            Route::Trainer(TrainerView::Overview),
            "home.trainer.title",
            "home.trainer.body",
            "home.trainer.cta",
        ),
    ];
    // What was left in progress on this device: offered first. Only the keys
    // are read here (cheap); each page loads its own records.
    let keys = local::labo_keys();
    let games = keys.iter().filter(|k| k.starts_with(GAME_PREFIX)).count();
    let quiz = keys.iter().any(|k| k == QUIZ_PROGRESS_KEY);
    let resume = (games > 0 || quiz).then(|| {
        view! {
            <section class="resume" aria-labelledby="resume-title">
                <h2 id="resume-title">{i.tr("home.resume.title")}</h2>
                <ul>
                    {quiz.then(|| view! {
                        <li><a href=Route::Quiz.href()>{i.tr("home.resume.quiz")}</a></li>
                    })}
                    {(games > 0).then(|| view! {
                        <li>
                            <a href=Route::Game.href()>
                                {move || i.tn("home.resume.games", games as i64, &[])}
                            </a>
                        </li>
                    })}
                </ul>
            </section>
        }
    });
    view! {
        <h1>{i.tr("home.heading")}</h1>
        <p class="lead">{i.tr("home.intro")}</p>
        {resume}
        <ul class="ways">
            {ways
                .into_iter()
                .map(|(route, title, body, cta)| {
                    view! {
                        <li class="way">
                            <h2>{i.tr(title)}</h2>
                            <p>{i.tr(body)}</p>
                            <a class="button" href=route.href()>{i.tr(cta)}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
