//! "Mes données", opt-in pilot data: one's own completed questionnaires as
//! an anonymous item-level CSV (no name, month only), for a lab that wants
//! to check the questionnaire on its agents (Cronbach's α in the trainer
//! space). Nothing is sent: the person downloads the file and chooses to
//! hand it over.

use leptos::prelude::*;

use super::download::download;
use super::use_i18n;
use crate::domain::quiz::QuizResult;
use crate::domain::quiz::reliability::pilot_csv;
use crate::storage::local;
use crate::storage::records::{QUIZ_HISTORY_KEY, QuizHistory};

/// The pilot export section.
#[component]
pub fn PilotExport() -> impl IntoView {
    let i = use_i18n();
    let status = RwSignal::new(None::<&'static str>);
    let export = move |_| {
        let history: QuizHistory = local::load(QUIZ_HISTORY_KEY).unwrap_or_default();
        let attempts: Vec<(u64, &QuizResult)> = history
            .attempts
            .iter()
            .filter(|a| !a.result.answers.is_empty())
            .map(|a| (a.completed_at, &a.result))
            .collect();
        if attempts.is_empty() {
            status.set(Some("data.pilot.none"));
            return;
        }
        let ok = download("labo-pilote.csv", "text/csv", &pilot_csv(&attempts));
        status.set(Some(if ok {
            "data.pilot.done"
        } else {
            "data.pilot.failed"
        }));
    };
    view! {
        <h2>{i.tr("data.pilot.title")}</h2>
        <p>{i.tr("data.pilot.body")}</p>
        <button type="button" class="secondary" on:click=export>{i.tr("data.pilot.button")}</button>
        <p role="status" class="status">{move || status.get().map(|k| i.t(k))}</p>
    }
}
