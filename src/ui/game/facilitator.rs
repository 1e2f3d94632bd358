//! The facilitator's sheet, printable from the debrief: how to run the four
//! steps in 20 minutes, each observation with when it appears (the
//! thresholds of `content/game/debrief.json`), its lesson and question, and
//! the lessons behind the rules (`content/game/lessons.json`, the lesson
//! matrix of `docs/lessons.md`). Built from the same texts as the debrief.

use leptos::prelude::*;

use super::{Ctx, observations};
use crate::domain::game::observations::{DebriefGuide, ObservationKind};
use crate::i18n::{Lang, t, tf, tn};

const STEPS: [&str; 4] = [
    "debrief.sheet.step1",
    "debrief.sheet.step2",
    "debrief.sheet.step3",
    "debrief.sheet.step4",
];

/// When an observation appears, with its threshold.
fn when(lang: Lang, g: &DebriefGuide, k: ObservationKind) -> String {
    let th = &g.thresholds;
    let n = |key: &'static str, v: i64| tf(lang, key, &[("n", &v.to_string())]);
    match k {
        ObservationKind::Ballistic => tn(
            lang,
            "debrief.sheet.when.ballistic",
            th.ballistic_user_cards.into(),
            &[],
        ),
        ObservationKind::LateUsers => {
            n("debrief.sheet.when.late_users", th.late_users_month.into())
        }
        ObservationKind::AgentsOnly => t(lang, "debrief.sheet.when.agents_only").to_owned(),
        ObservationKind::NoEvaluation => t(lang, "debrief.sheet.when.no_evaluation").to_owned(),
        ObservationKind::SupportCrisis => n(
            "debrief.sheet.when.support_crisis",
            th.support_crisis.into(),
        ),
        ObservationKind::Overload => n("debrief.sheet.when.overload", th.overload_months.into()),
        ObservationKind::Rushed => t(lang, "debrief.sheet.when.rushed").to_owned(),
    }
}

#[component]
pub fn Sheet(ctx: Ctx) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let guide = StoredValue::new(DebriefGuide::builtin(c));
    let steps = move || {
        let lang = i.lang();
        STEPS
            .iter()
            .map(|k| view! { <li>{t(lang, k)}</li> })
            .collect_view()
    };
    let observed = move || {
        let lang = i.lang();
        guide.with_value(|g| {
            let g = g.as_ref()?;
            Some(
                ObservationKind::ALL
                    .iter()
                    .map(|k| {
                        let [title, lesson, question] = observations::keys(*k);
                        view! {
                            <li class="debrief-obs">
                                <h4>{t(lang, title)}</h4>
                                <p><strong>{tf(lang, "debrief.sheet.when", &[("when", &when(lang, g, *k))])}</strong></p>
                                <p>{t(lang, lesson)}</p>
                                <p class="debrief-question"><strong>{t(lang, "debrief.obs.question")}</strong><br />{t(lang, question)}</p>
                            </li>
                        }
                    })
                    .collect_view(),
            )
        })
    };
    let lessons = move || {
        let lang = i.lang();
        c.lessons
            .iter()
            .map(|l| {
                view! {
                    <li>
                        <h4>{l.name.get(lang).to_owned()}</h4>
                        <p>{tf(lang, "debrief.sheet.rule", &[("rule", l.rule.get(lang))])}</p>
                        <p class="muted">{tf(lang, "debrief.sheet.source", &[("source", &l.source)])}</p>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="debrief-sheet" aria-labelledby="debrief-sheet-title">
            <h2 id="debrief-sheet-title" tabindex="-1">{i.tr("debrief.sheet.title")}</h2>
            <p>{i.tr("debrief.sheet.intro")}</p>
            <h3>{i.tr("debrief.sheet.steps")}</h3>
            <ol>{steps}</ol>
            <h3>{i.tr("debrief.sheet.observations")}</h3>
            <ul class="debrief-obs-list">{observed}</ul>
            <h3>{i.tr("debrief.sheet.lessons")}</h3>
            <p>{i.tr("debrief.sheet.lessons_intro")}</p>
            <ul class="debrief-sheet-lessons">{lessons}</ul>
        </section>
    }
}
