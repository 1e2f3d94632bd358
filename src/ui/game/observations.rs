//! Debrief step 3: the observations read from the log, each with what was
//! seen, the lesson behind it and a question for the group. When the game
//! shows none of them, the questions of each phase instead.

use leptos::prelude::*;

use super::{Ctx, text};
use crate::domain::game::observations::{Observation, ObservationKind};
use crate::i18n::{Lang, t, tf, tn};

/// Title, lesson and question keys of an observation.
pub(super) fn keys(k: ObservationKind) -> [&'static str; 3] {
    match k {
        ObservationKind::Ballistic => [
            "debrief.obs.ballistic.title",
            "debrief.obs.ballistic.lesson",
            "debrief.obs.ballistic.question",
        ],
        ObservationKind::LateUsers => [
            "debrief.obs.late_users.title",
            "debrief.obs.late_users.lesson",
            "debrief.obs.late_users.question",
        ],
        ObservationKind::AgentsOnly => [
            "debrief.obs.agents_only.title",
            "debrief.obs.agents_only.lesson",
            "debrief.obs.agents_only.question",
        ],
        ObservationKind::NoEvaluation => [
            "debrief.obs.no_evaluation.title",
            "debrief.obs.no_evaluation.lesson",
            "debrief.obs.no_evaluation.question",
        ],
        ObservationKind::SupportCrisis => [
            "debrief.obs.support_crisis.title",
            "debrief.obs.support_crisis.lesson",
            "debrief.obs.support_crisis.question",
        ],
        ObservationKind::Overload => [
            "debrief.obs.overload.title",
            "debrief.obs.overload.lesson",
            "debrief.obs.overload.question",
        ],
        ObservationKind::Rushed => [
            "debrief.obs.rushed.title",
            "debrief.obs.rushed.lesson",
            "debrief.obs.rushed.question",
        ],
    }
}

/// What was seen, with its figures.
fn finding(ctx: Ctx, lang: Lang, o: &Observation) -> String {
    let c = ctx.c;
    let month = o.month.to_string();
    let list =
        |f: &dyn Fn(u8) -> String| o.items.iter().map(|x| f(*x)).collect::<Vec<_>>().join(", ");
    match o.kind {
        ObservationKind::Ballistic => {
            let phase = text::phase_name(c, lang, o.items.first().copied().unwrap_or(3));
            let args = [("phase", phase.as_str()), ("month", month.as_str())];
            if o.value == 0 {
                tf(lang, "debrief.obs.ballistic.none", &args)
            } else {
                tn(lang, "debrief.obs.ballistic.finding", o.value.into(), &args)
            }
        }
        ObservationKind::LateUsers if o.month == 0 => {
            t(lang, "debrief.obs.late_users.never").to_owned()
        }
        ObservationKind::LateUsers => {
            tf(lang, "debrief.obs.late_users.finding", &[("month", &month)])
        }
        ObservationKind::AgentsOnly => t(lang, "debrief.obs.agents_only.finding").to_owned(),
        ObservationKind::NoEvaluation => t(lang, "debrief.obs.no_evaluation.finding").to_owned(),
        ObservationKind::SupportCrisis if o.value <= 0 => tf(
            lang,
            "debrief.obs.support_crisis.lost",
            &[("month", &month)],
        ),
        ObservationKind::SupportCrisis => tf(
            lang,
            "debrief.obs.support_crisis.finding",
            &[("month", &month), ("value", &o.value.to_string())],
        ),
        ObservationKind::Overload => tn(
            lang,
            "debrief.obs.overload.finding",
            o.items.len() as i64,
            &[("months", &list(&|m| m.to_string()))],
        ),
        ObservationKind::Rushed => tn(
            lang,
            "debrief.obs.rushed.finding",
            o.items.len() as i64,
            &[("phases", &list(&|p| text::phase_name(c, lang, p)))],
        ),
    }
}

/// The questions of each phase, for a game without any observation.
const PHASE_QUESTIONS: [&str; 5] = [
    "game.q.cadrer",
    "game.q.explorer",
    "game.q.imaginer",
    "game.q.prototyper",
    "game.q.deployer",
];

#[component]
pub fn Observations(
    ctx: Ctx,
    list: StoredValue<Vec<Observation>>,
    lessons: StoredValue<Vec<Option<usize>>>,
) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let items = move || {
        let lang = i.lang();
        list.with_value(|list| {
            if list.is_empty() {
                let qs = PHASE_QUESTIONS
                    .iter()
                    .enumerate()
                    .map(|(p, k)| view! { <li><strong>{text::phase_name(c, lang, p as u8)}</strong>" · " {t(lang, k)}</li> })
                    .collect_view();
                return view! { <p>{t(lang, "debrief.obs.none")}</p><ul>{qs}</ul> }.into_any();
            }
            let cards = list
                .iter()
                .enumerate()
                .map(|(n, o)| {
                    let [title, lesson, question] = keys(o.kind);
                    let named = lessons
                        .with_value(|l| l.get(n).copied().flatten())
                        .and_then(|l| c.lessons.get(l))
                        .map(|l| view! { <p class="debrief-lesson-name"><strong>{tf(lang, "debrief.obs.lesson", &[("lesson", l.name.get(lang))])}</strong></p> });
                    view! {
                        <li class="debrief-obs">
                            <h4>{t(lang, title)}</h4>
                            <p class="debrief-finding">{finding(ctx, lang, o)}</p>
                            {named}
                            <p>{t(lang, lesson)}</p>
                            <p class="debrief-question"><strong>{t(lang, "debrief.obs.question")}</strong><br />{t(lang, question)}</p>
                        </li>
                    }
                })
                .collect_view();
            view! { <p>{t(lang, "debrief.obs.intro")}</p><ol class="debrief-obs-list">{cards}</ol> }.into_any()
        })
    };
    view! {
        <h3>{i.tr("debrief.obs.title")}</h3>
        {items}
    }
}
