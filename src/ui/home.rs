//! The home page: what Labo is, and the three ways in.

use leptos::prelude::*;

use super::use_i18n;
use crate::route::Route;

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
            Route::Trainer,
            "home.trainer.title",
            "home.trainer.body",
            "home.trainer.cta",
        ),
    ];
    view! {
        <h1>{i.tr("home.heading")}</h1>
        <p class="lead">{i.tr("home.intro")}</p>
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
