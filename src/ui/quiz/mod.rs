//! The quiz screens: intro, one question at a time, result, history.

use leptos::prelude::*;

use super::pending::Pending;

/// `#/quiz`: the intro, or the attempt in progress.
#[component]
pub fn QuizScreen() -> impl IntoView {
    view! { <Pending title="quiz.title" body="quiz.pending" /> }
}

/// `#/quiz/resultat`: the latest result.
#[component]
pub fn QuizResultScreen() -> impl IntoView {
    view! { <Pending title="quiz.result.title" body="quiz.pending" /> }
}

/// `#/quiz/historique`: every completed attempt.
#[component]
pub fn QuizHistoryScreen() -> impl IntoView {
    view! { <Pending title="quiz.history.title" body="quiz.pending" /> }
}
