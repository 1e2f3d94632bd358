//! One step of the quiz at a time: a behaviour-frequency item or an
//! optional workplace situation, each as a native radio group (arrow keys
//! move and choose, Enter goes on). Every choice is saved at once, so a
//! closed tab resumes at the same question with the same answers.

use leptos::prelude::*;

use super::store;
use crate::domain::quiz::{NOT_APPLICABLE, QuizAction, QuizContent, SituationalAnswer, Step};
use crate::domain::text::Text;
use crate::i18n::{Lang, tf};
use crate::route::Route;
use crate::storage::records::QuizProgress;
use crate::ui::dom;
use crate::ui::use_i18n;

/// The id of the current question's legend, which receives focus.
const LEGEND_ID: &str = "quiz-question";

/// The questions of the attempt in `progress`, from its current step.
#[component]
pub fn Questions(
    content: &'static QuizContent,
    progress: RwSignal<Option<QuizProgress>>,
    answering: RwSignal<bool>,
) -> impl IntoView {
    let i = use_i18n();
    let status = RwSignal::new(None::<String>);
    // The step index alone: answering a question does not redraw it (the
    // focused radio button stays where it is).
    let step = Memo::new(move |_| progress.with(|p| p.as_ref().map(|p| p.session.current)));

    // A new step: focus its question so that it is read out.
    Effect::new(move |previous: Option<Option<usize>>| {
        let now = step.get();
        if previous != Some(now) {
            dom::focus_soon(LEGEND_ID);
        }
        now
    });

    let dispatch = move |action: QuizAction| {
        let Some(current) = progress.get_untracked() else {
            return;
        };
        let before = current.session.current;
        let saved_key = if matches!(
            action,
            QuizAction::Answer { .. } | QuizAction::Choose { .. }
        ) {
            Some("quiz.q.saved")
        } else {
            None
        };
        let next = match store::apply(current, &action) {
            Ok(p) => {
                status.set(saved_key.map(|k| i.t(k).to_owned()));
                p
            }
            Err(store::Failure::Unsaved(p)) => {
                status.set(Some(i.t("quiz.q.unsaved").to_owned()));
                *p
            }
            Err(store::Failure::Rule(e)) => {
                status.set(Some(e.message().get(i.lang()).to_owned()));
                return;
            }
        };
        if next.session.is_finished() {
            finish(content, &next, progress, status);
            return;
        }
        if next.session.current != before {
            status.set(None);
        }
        progress.set(Some(next));
    };

    view! {
        <h1>{move || i.t("quiz.title")}</h1>
        // Keyed by step and language: each step gets fresh radio buttons
        // (patching the previous step's ones could leave a stale check).
        <For
            each=move || step.get().map(|index| (index, i.lang().code()))
            key=|k| *k
            let:key
        >
            {
                let (index, code) = key;
                let lang = Lang::from_code(code).unwrap_or_default();
                let session = progress.with_untracked(|p| p.as_ref().map(|p| p.session.clone()));
                match session.as_ref().and_then(|s| s.steps.get(index).cloned()) {
                    Some(s) => {
                        let total = session.as_ref().map_or(0, |s| s.steps.len());
                        render_step(content, progress, lang, index, total, s, dispatch)
                    }
                    None => finished_view(content, progress, status),
                }
            }
        </For>
        <p class="quiz-live" role="status" aria-live="polite">{move || status.get()}</p>
        <p class="quiz-leave">
            <button type="button" class="secondary" on:click=move |_| answering.set(false)>
                {move || i.t("quiz.q.leave")}
            </button>
        </p>
    }
}

/// Files the result and opens it; shows why if the items are incomplete.
fn finish(
    content: &'static QuizContent,
    next: &QuizProgress,
    progress: RwSignal<Option<QuizProgress>>,
    status: RwSignal<Option<String>>,
) {
    let i = use_i18n();
    match store::complete(content, &next.session) {
        Ok(_) => {
            progress.set(None);
            dom::go(&Route::QuizResult);
        }
        Err(why) => {
            let key = match why {
                store::NotFiled::Incomplete => "quiz.q.incomplete",
                store::NotFiled::Unsaved => "quiz.q.not_filed",
            };
            status.set(Some(i.t(key).to_owned()));
            progress.set(Some(next.clone()));
        }
    }
}

/// A saved attempt that already reached its end (e.g. the tab closed while
/// filing it): offer to see the result.
fn finished_view(
    content: &'static QuizContent,
    progress: RwSignal<Option<QuizProgress>>,
    status: RwSignal<Option<String>>,
) -> AnyView {
    let i = use_i18n();
    let see = move |_| {
        if let Some(p) = progress.get_untracked() {
            finish(content, &p, progress, status);
        }
    };
    view! {
        <p id=LEGEND_ID tabindex="-1">{move || i.t("quiz.q.done")}</p>
        <button type="button" on:click=see>{move || i.t("quiz.q.see_result")}</button>
    }
    .into_any()
}

fn answer_of(progress: RwSignal<Option<QuizProgress>>, item: &str) -> Option<u8> {
    progress.with(|p| {
        p.as_ref()
            .and_then(|p| p.session.answers.get(item).copied())
    })
}

fn choice_of(progress: RwSignal<Option<QuizProgress>>, situation: &str) -> Option<String> {
    progress.with(|p| {
        p.as_ref()
            .and_then(|p| match p.session.situational.get(situation) {
                Some(SituationalAnswer::Chosen(a)) => Some(a.clone()),
                _ => None,
            })
    })
}

/// One step: its position, its question as a radio group, and the buttons.
fn render_step(
    content: &'static QuizContent,
    progress: RwSignal<Option<QuizProgress>>,
    lang: Lang,
    index: usize,
    total: usize,
    step: Step,
    dispatch: impl Fn(QuizAction) + Copy + Send + Sync + 'static,
) -> AnyView {
    let i = use_i18n();
    let code = lang;
    let items_total = content
        .items
        .iter()
        .filter(|it| {
            progress.with_untracked(|p| p.as_ref().is_some_and(|p| p.session.mode.includes(it)))
        })
        .count();
    let position = match &step {
        Step::Item { .. } => tf(
            lang,
            "quiz.q.position",
            &[
                ("n", &(index + 1).to_string()),
                ("total", &items_total.to_string()),
            ],
        ),
        Step::Situation { .. } => tf(
            lang,
            "quiz.q.situation_position",
            &[
                ("n", &(index + 1 - items_total).to_string()),
                ("total", &(total - items_total).to_string()),
            ],
        ),
    };
    let on_enter = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            dispatch(QuizAction::Next);
        }
    };
    let (legend, choices, situational) = match step {
        Step::Item { id } => {
            let text = content
                .item(&id)
                .map_or_else(String::new, |it| it.text.get(code).to_owned());
            let legend = view! {
                <span class="quiz-stem">{content.scale.stem.get(code).to_owned()}</span>
                " "
                <span class="quiz-item">{text}</span>
            }
            .into_any();
            let name = format!("q-{id}");
            // The five frequencies, then "pas eu l'occasion" (0, not scored).
            let na = Text {
                fr: crate::i18n::t(Lang::Fr, "quiz.q.not_applicable").to_owned(),
                en: crate::i18n::t(Lang::En, "quiz.q.not_applicable").to_owned(),
            };
            let labels: Vec<(Text, u8)> = content
                .scale
                .labels
                .iter()
                .cloned()
                .zip(1u8..)
                .chain(std::iter::once((na, NOT_APPLICABLE)))
                .collect();
            let choices = labels
                .into_iter()
                .map(|(label, value)| {
                    let (id_a, id_b) = (id.clone(), id.clone());
                    let input_id = format!("{name}-{value}");
                    view! {
                        <li class="quiz-choice" class:quiz-na=value == NOT_APPLICABLE>
                            <input
                                type="radio"
                                id=input_id.clone()
                                name=name.clone()
                                value=value.to_string()
                                prop:checked=move || answer_of(progress, &id_a) == Some(value)
                                on:change=move |_| {
                                    dispatch(QuizAction::Answer { item: id_b.clone(), value })
                                }
                                on:keydown=on_enter
                            />
                            <label for=input_id>{label.get(code).to_owned()}</label>
                        </li>
                    }
                })
                .collect_view()
                .into_any();
            (legend, choices, false)
        }
        Step::Situation { id, answers } => {
            let situation = content.situation(&id);
            let prompt = situation.map_or_else(String::new, |s| s.prompt.get(code).to_owned());
            let legend = view! { <span class="quiz-item">{prompt}</span> }.into_any();
            let name = format!("s-{id}");
            let choices = answers
                .into_iter()
                .map(|answer| {
                    let text = situation
                        .and_then(|s| s.answers.iter().find(|a| a.id == answer))
                        .map_or_else(|| answer.clone(), |a| a.text.get(code).to_owned());
                    let input_id = format!("{name}-{answer}");
                    let (sid_a, sid_b, a_a, a_b) = (id.clone(), id.clone(), answer.clone(), answer.clone());
                    view! {
                        <li class="quiz-choice">
                            <input
                                type="radio"
                                id=input_id.clone()
                                name=name.clone()
                                value=answer
                                prop:checked=move || choice_of(progress, &sid_a).as_deref() == Some(a_a.as_str())
                                on:change=move |_| {
                                    dispatch(QuizAction::Choose { situation: sid_b.clone(), answer: a_b.clone() })
                                }
                                on:keydown=on_enter
                            />
                            <label for=input_id>{text}</label>
                        </li>
                    }
                })
                .collect_view()
                .into_any();
            (legend, choices, true)
        }
    };
    let first_situation = situational && index == items_total;
    let last = index + 1 == total;
    // The bar counts what the counter counts: the questions, then the
    // optional situations on their own.
    let (bar_n, bar_total) = if situational {
        (index + 1 - items_total, total - items_total)
    } else {
        (index + 1, items_total)
    };
    view! {
        <p id="quiz-position" class="quiz-position">{position}</p>
        <progress
            class="quiz-progress"
            max=bar_total.to_string()
            value=bar_n.to_string()
            aria-label=i.t("quiz.q.progress")
            aria-valuetext=tf(lang, "quiz.q.progress_text", &[("n", &bar_n.to_string()), ("total", &bar_total.to_string())])
        ></progress>
        {first_situation.then(|| view! { <p class="quiz-situ-intro">{content.scale.situational_intro.get(code).to_owned()}</p> })}
        <fieldset class="quiz-question">
            <legend id=LEGEND_ID tabindex="-1">{legend}</legend>
            <ul class="quiz-choices" class:quiz-scale=!situational>{choices}</ul>
        </fieldset>
        <p class="quiz-hint muted">{i.t("quiz.q.hint")}</p>
        <div class="quiz-actions">
            {(index > 0).then(|| view! {
                <button type="button" class="secondary" on:click=move |_| dispatch(QuizAction::Previous)>
                    {i.t("quiz.q.previous")}
                </button>
            })}
            <button type="button" on:click=move |_| dispatch(QuizAction::Next)>
                {if last { i.t("quiz.q.finish") } else { i.t("quiz.q.next") }}
            </button>
            {situational.then(|| view! {
                <button type="button" class="secondary" on:click=move |_| dispatch(QuizAction::SkipSituational)>
                    {i.t("quiz.q.skip")}
                </button>
                <button type="button" class="secondary" on:click=move |_| dispatch(QuizAction::SkipAllSituational)>
                    {i.t("quiz.q.skip_all")}
                </button>
            })}
        </div>
    }
    .into_any()
}
