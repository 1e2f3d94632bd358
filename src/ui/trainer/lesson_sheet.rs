//! The facilitator's "why the game works this way" sheet: each lesson, the
//! rule that encodes it, and what a simulated team that skips that practice
//! does compared with the user-centred one, on the same games with the
//! content in use. The simulator's hundreds of games run in a worker
//! (`src/bin/lessons.rs`), downloaded only when this sheet is opened: the
//! trainer page stays light and responsive. The one-file version (opened
//! from disk, where workers are not allowed) plays them in the page.

use leptos::prelude::*;

use crate::ui::data_table::DataTable;

use super::tx;
use crate::domain::game::Content;
use crate::domain::game::content::Measure;
use crate::domain::trainer::lesson_sheet::{GAMES, Request};
use crate::ui::content::pack_files;
use crate::ui::use_i18n;

/// The label of a simulated team, by its id (`sim::Strategy::id`).
fn bot_label(id: &str) -> Option<&'static str> {
    Some(match id {
        "late_users" => "trainer.lessons.bot.late_users",
        "no_tests" => "trainer.lessons.bot.no_tests",
        "no_evaluation" => "trainer.lessons.bot.no_evaluation",
        "no_cocreation" => "trainer.lessons.bot.no_cocreation",
        "no_politics" => "trainer.lessons.bot.no_politics",
        "no_citizens" => "trainer.lessons.bot.no_citizens",
        "rush" => "trainer.lessons.bot.rush",
        _ => return None,
    })
}

/// The lessons' figures: `None` while they are measured, then `Some(None)`
/// if they could not be.
type Figures = Option<Option<Vec<(u32, u32)>>>;

fn request() -> Request {
    Request {
        pack: pack_files().map(<[_]>::to_vec),
        games: GAMES,
    }
}

/// Plays the games in the lessons worker; the worker stops with the sheet.
#[cfg(not(feature = "single"))]
fn measure(figures: RwSignal<Figures>) {
    use crate::worker::{Heard, Job};
    let job = StoredValue::new_local(None::<Job>);
    let message = serde_json::to_string(&request()).unwrap_or_default();
    let started = Job::start("lessons", move |h| match h {
        Heard::Ready => {
            let sent = job
                .try_with_value(|j| j.as_ref().map(|j| j.post(&message.as_str().into(), &[])))
                .flatten();
            if sent != Some(true) {
                figures.set(Some(None));
            }
        }
        Heard::Answer(v) => figures.set(Some(
            v.as_string()
                .and_then(|t| serde_json::from_str::<Option<Vec<(u32, u32)>>>(&t).ok())
                .flatten(),
        )),
        Heard::Failed => figures.set(Some(None)),
    });
    match started {
        Some(j) => job.set_value(Some(j)),
        None => figures.set(Some(None)),
    }
}

/// Plays the games in the page, once it has painted the sheet's heading.
#[cfg(feature = "single")]
fn measure(figures: RwSignal<Figures>) {
    set_timeout(
        move || figures.set(Some(crate::domain::trainer::lesson_sheet::run(&request()))),
        std::time::Duration::from_millis(50),
    );
}

pub fn lessons_sheet(game: &'static Content) -> AnyView {
    let i = use_i18n();
    let figures = RwSignal::new(None);
    measure(figures);
    let pct = |x: u32| format!("{x}\u{a0}%");
    let table = move |figures: Vec<(u32, u32)>| {
        let body = game
            .lessons
            .iter()
            .zip(figures)
            .map(|(lesson, (user, other))| {
                let measure = match lesson.measure {
                    Measure::Pilot => i.t("trainer.lessons.measure_pilot"),
                    Measure::Scaled => i.t("trainer.lessons.measure_scaled"),
                };
                // A pack's lesson may name a player without a label: its id then.
                let who = bot_label(&lesson.counterfactual)
                    .map_or_else(|| lesson.counterfactual.clone(), |k| i.t(k).to_owned());
                view! {
                    <tr>
                        <th scope="row">{tx(&lesson.name)}</th>
                        <td>{tx(&lesson.rule)}</td>
                        <td>{who}</td>
                        <td>{measure}</td>
                        <td>{pct(user)}</td>
                        <td>{pct(other)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <DataTable id="tr-lessons" class="tr-lessons" caption=i.tr("trainer.lessons.title") hide_caption=true>
                <thead>
                    <tr>
                        <th scope="col">{i.tr("trainer.lessons.lesson")}</th>
                        <th scope="col">{i.tr("trainer.lessons.rule")}</th>
                        <th scope="col">{i.tr("trainer.lessons.skipped")}</th>
                        <th scope="col">{i.tr("trainer.lessons.measure")}</th>
                        <th scope="col">{i.tr("trainer.lessons.user_centred")}</th>
                        <th scope="col">{i.tr("trainer.lessons.counterfactual")}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </DataTable>
        }
        .into_any()
    };
    let note = move || {
        crate::i18n::tf(
            i.lang(),
            "trainer.lessons.how",
            &[("n", &GAMES.to_string())],
        )
    };
    view! {
        <article class="tr-page">
            <h2>{i.tr("trainer.lessons.title")}</h2>
            <p>{i.tr("trainer.lessons.intro")}</p>
            {move || match figures.get() {
                None => view! { <p role="status" class="tr-measuring">{i.tr("trainer.lessons.measuring")}</p> }.into_any(),
                Some(None) => view! { <p role="status" class="notice">{i.tr("trainer.lessons.failed")}</p> }.into_any(),
                Some(Some(f)) => table(f),
            }}
            <p class="hint">{note}</p>
        </article>
    }
    .into_any()
}
