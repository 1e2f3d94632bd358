//! The eight pages of the app (home, quiz, game, game debrief, the
//! trainer's session, results and material, "Mes données") and the screens
//! each one holds. Each page is its own binary (see `src/main.rs` and
//! `src/bin/`), so its WebAssembly carries only its own screens: the home
//! page stays small for a first visit, the others load when opened.

use leptos::prelude::*;

use super::pending::Pending;
use super::{accessibility, content, data, home, mount, quiz};
use crate::i18n;
use crate::route::{Page, Route};

fn pending(title: &'static str, body: &'static str) -> AnyView {
    view! { <Pending title=title body=body /> }.into_any()
}

/// Home, accessibility, unknown addresses.
pub fn mount_home() {
    mount(
        Page::Home,
        home_screens,
        &[i18n::SHELL, i18n::NOTICES],
        || {},
    );
}

fn home_screens(route: Route) -> AnyView {
    match route {
        Route::Accessibility => view! { <accessibility::Accessibility /> }.into_any(),
        Route::NotFound(_) => pending("notfound.title", "notfound.body"),
        _ => view! { <home::Home /> }.into_any(),
    }
}

/// "Mes données": inventory, export, import, quarantine, erase.
pub fn mount_data() {
    content::use_readers(content::QUIZ_PAGE);
    mount(
        Page::Data,
        |_| view! { <data::DataScreen /> }.into_any(),
        &[i18n::SHELL, i18n::NOTICES, i18n::DATA],
        || {},
    );
}

/// The quiz: intro and questions, result, history.
pub fn mount_quiz() {
    content::use_readers(content::QUIZ_PAGE);
    mount(
        Page::Quiz,
        quiz_screens,
        &[i18n::SHELL, i18n::NOTICES, i18n::QUIZ],
        || {
            let _ = content::quiz_content();
        },
    );
}

fn quiz_screens(route: Route) -> AnyView {
    match route {
        Route::QuizResult => view! { <quiz::QuizResultScreen /> }.into_any(),
        Route::QuizHistory => view! { <quiz::QuizHistoryScreen /> }.into_any(),
        _ => view! { <quiz::QuizScreen /> }.into_any(),
    }
}

/// The game.
pub fn mount_game() {
    content::use_readers(content::GAME_PAGE);
    mount(
        Page::Game,
        super::game::screens,
        &[i18n::SHELL, i18n::NOTICES, i18n::GAME],
        || {
            let _ = content::game_content();
        },
    );
}

/// The debrief of a game (its own page: the table does not download it).
pub fn mount_debrief() {
    content::use_readers(content::GAME_PAGE);
    mount(
        Page::Debrief,
        super::game::debrief_screens,
        &[i18n::SHELL, i18n::NOTICES, i18n::GAME, i18n::DEBRIEF],
        || {
            let _ = content::game_content();
        },
    );
}

/// The trainer space: overview, session, running order, projector, the
/// quiz's reliability.
pub fn mount_trainer() {
    mount_trainer_page(
        Page::Trainer,
        super::trainer::screens,
        content::TRAINER_PAGE,
    );
}

/// The trainer's results: team map and tables compared.
pub fn mount_trainer_results() {
    mount_trainer_page(
        Page::TrainerResults,
        super::trainer::results_screens,
        content::TRAINER_PAGE,
    );
}

/// The trainer's material: print-and-play, content packs and their guide.
pub fn mount_trainer_kit() {
    mount_trainer_page(
        Page::TrainerKit,
        super::trainer::kit_screens,
        content::KIT_PAGE,
    );
}

fn mount_trainer_page(page: Page, screens: super::Screens, readers: content::Readers) {
    content::use_readers(readers);
    mount(
        page,
        screens,
        &[i18n::SHELL, i18n::NOTICES, i18n::TRAINER],
        || {
            let _ = (content::game_content(), content::quiz_content());
        },
    );
}

/// Every screen in one page: the self-contained file of `make single-file`
/// (built with the `single` feature, so that links stay in the page).
pub fn mount_all() {
    content::use_readers(content::KIT_PAGE);
    mount(
        Page::Home,
        |route| match route.page() {
            Page::Quiz => quiz_screens(route),
            Page::Game | Page::Debrief => super::game::all_screens(route),
            Page::Trainer | Page::TrainerResults | Page::TrainerKit => {
                super::trainer::all_screens(route)
            }
            Page::Data => view! { <data::DataScreen /> }.into_any(),
            Page::Home => home_screens(route),
        },
        &i18n::ALL,
        || {},
    );
}
