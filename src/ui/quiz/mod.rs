//! The quiz screens: intro, one question at a time, result, history.
//!
//! The screens only render state and dispatch actions: every rule and score
//! comes from `crate::domain::quiz`. The built-in content is parsed once per
//! page ([`content`]); progress and history live in local storage through
//! [`store`], which applies the multi-tab rule.

mod history;
mod intro;
mod question;
mod radar;
mod result;
mod store;

use leptos::prelude::*;

use super::use_i18n;
use crate::domain::dimension::Dimension;
use crate::domain::quiz::{ContentError, Mode, QuizContent};
use crate::i18n::Lang;

/// The quiz content in use (the trainer's active pack over the built-in
/// content, see `ui::content`), parsed on first use and kept for the page's
/// life. Broken content gives its located errors instead of a panic.
pub(super) fn content() -> Result<&'static QuizContent, &'static [ContentError]> {
    crate::ui::content::quiz_content()
}

/// A screen, or the content's errors if the pack could not be read.
fn with_content(render: impl FnOnce(&'static QuizContent) -> AnyView) -> AnyView {
    match content() {
        Ok(c) => render(c),
        Err(errors) => content_error(errors),
    }
}

fn content_error(errors: &'static [ContentError]) -> AnyView {
    let i = use_i18n();
    view! {
        <h1>{move || i.t("quiz.title")}</h1>
        <div class="notice" role="alert">
            <p>{move || i.t("quiz.content_error")}</p>
            <ul>
                {move || {
                    let lang = i.lang();
                    errors.iter().map(|e| view! { <li>{e.describe(lang)}</li> }).collect_view()
                }}
            </ul>
        </div>
    }
    .into_any()
}

/// `#/quiz`: the intro, or the attempt in progress.
#[component]
pub fn QuizScreen() -> impl IntoView {
    with_content(|c| view! { <intro::Quiz content=c /> }.into_any())
}

/// `#/quiz/resultat`: the latest result.
#[component]
pub fn QuizResultScreen() -> impl IntoView {
    with_content(|c| view! { <result::Result content=c /> }.into_any())
}

/// `#/quiz/historique`: every completed attempt.
#[component]
pub fn QuizHistoryScreen() -> impl IntoView {
    with_content(|c| view! { <history::History content=c /> }.into_any())
}

/// The name of a dimension in a language (its id if the content lacks it).
fn dimension_name(content: &QuizContent, d: Dimension, lang: Lang) -> String {
    content
        .dimension(d)
        .map_or_else(|| d.id().to_owned(), |i| i.name.get(lang).to_owned())
}

/// "complet" or "express (indicatif)", for dates and lists.
fn mode_key(mode: Mode) -> &'static str {
    match mode {
        Mode::Complete => "quiz.mode.complete",
        Mode::Express => "quiz.mode.express",
    }
}

/// Names joined as a French or English list: "a, b et c".
fn join_names(names: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Fr => " et ",
        Lang::En => " and ",
    };
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}{and}{last}", rest.join(", ")),
    }
}
