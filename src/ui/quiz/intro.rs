//! `#/quiz`: what the questionnaire is (and is not), the two ways to take
//! it, and the attempt in progress to resume or restart. Once started, the
//! screen shows one question at a time ([`super::question`]).

use leptos::prelude::*;

use super::question::Questions;
use super::store;
use crate::domain::quiz::{Mode, QuizContent, QuizSession};
use crate::i18n::tf;
use crate::route::Route;
use crate::storage::records::QuizProgress;
use crate::ui::dom;
use crate::ui::{stored_signal, use_i18n};

/// The quiz screen: intro until the person starts or resumes, then the
/// questions.
#[component]
pub fn Quiz(content: &'static QuizContent) -> impl IntoView {
    // Another tab changed the progress or the history: show its version.
    let progress = stored_signal(store::is_progress_key, move || {
        store::load_progress(content)
    });
    let attempts = stored_signal(store::is_history_key, || {
        store::load_history().attempts.len()
    });
    // True while the questions are shown rather than the intro.
    let answering = RwSignal::new(false);
    let status = RwSignal::new(None::<String>);

    let start = move |mode: Mode| {
        let session = QuizSession::new(content, mode);
        match store::start(session) {
            Ok(p) => progress.set(Some(p)),
            Err(store::Failure::Unsaved(p)) => progress.set(Some(*p)),
            Err(store::Failure::Rule(_)) => return,
        }
        status.set(None);
        answering.set(true);
    };

    // Only whether there is an attempt: answering must not redraw the screen.
    let in_progress = Memo::new(move |_| progress.with(Option::is_some));
    view! {
        {move || {
            if answering.get() && in_progress.get() {
                view! { <Questions content=content progress=progress answering=answering /> }
                    .into_any()
            } else {
                view! { <Intro content=content progress=progress attempts=attempts answering=answering start=start status=status /> }
                    .into_any()
            }
        }}
    }
}

#[component]
fn Intro(
    content: &'static QuizContent,
    progress: RwSignal<Option<QuizProgress>>,
    attempts: RwSignal<usize>,
    answering: RwSignal<bool>,
    start: impl Fn(Mode) + Copy + Send + Sync + 'static,
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    let i = use_i18n();
    let restart = move |_| {
        store::discard();
        progress.set(None);
        status.set(Some(i.t("quiz.intro.restarted").to_owned()));
        dom::focus_soon("quiz-start-heading");
    };
    let resume = move |_| answering.set(true);
    // One reactive block for the whole page (it changes with the language,
    // the attempt in progress and the history): less code than one effect
    // per text.
    let page = move || {
        let lang = i.lang();
        let t = move |k: &'static str| crate::i18n::t(lang, k);
        let code = lang;
        let count = |mode: Mode| content.items.iter().filter(|it| mode.includes(it)).count();
        let current = progress.get();
        let resume_part = current.as_ref().map(|p| {
            // Counted in questions, as the counter and the bar count them.
            let (done, total) = p.session.item_progress();
            let body = crate::i18n::tn(
                lang,
                "quiz.intro.in_progress_body",
                done as i64,
                &[
                    ("date", &dom::format_date(p.started_at, lang)),
                    ("total", &total.to_string()),
                ],
            );
            view! {
                <section class="quiz-resume" aria-labelledby="quiz-resume-heading">
                    <h2 id="quiz-resume-heading">{t("quiz.intro.in_progress")}</h2>
                    <p>{body}</p>
                    <div class="quiz-actions">
                        <button type="button" on:click=resume>{t("quiz.intro.resume")}</button>
                        <button type="button" class="secondary" on:click=restart>
                            {t("quiz.intro.restart")}
                        </button>
                    </div>
                    <p class="muted">{t("quiz.intro.restart_note")}</p>
                </section>
            }
        });
        let ongoing = current.is_some();
        let dimensions = content
            .dimensions
            .iter()
            .map(|d| {
                view! {
                    // One text node after the name, as in the static shell
                    // (scripts/finalize.mjs), so both paint the same size.
                    <li>
                        <strong>{d.name.get(code).to_owned()}</strong>
                        {format!(" — {}", d.description.get(code))}
                    </li>
                }
            })
            .collect_view();
        let n = attempts.get();
        let links = (n > 0).then(|| {
            view! {
                <p class="quiz-links">
                    <a href=Route::QuizResult.href()>{t("quiz.intro.last_result")}</a>
                    " · "
                    <a href=Route::QuizHistory.href()>
                        {tf(lang, "quiz.intro.history", &[("n", &n.to_string())])}
                    </a>
                </p>
            }
        });
        let (complete_key, express_key) = if ongoing {
            (
                "quiz.intro.start_complete_new",
                "quiz.intro.start_express_new",
            )
        } else {
            ("quiz.intro.start_complete", "quiz.intro.start_express")
        };
        view! {
            <p class="lead">{content.meta.title.get(code).to_owned()}</p>
            {resume_part}
            <h2>{t("quiz.intro.measures")}</h2>
            <p>
                {tf(lang, "quiz.intro.measures_body", &[("n", &content.dimensions.len().to_string())])}
            </p>
            <ul class="quiz-dimensions">{dimensions}</ul>
            <h2>{t("quiz.intro.not")}</h2>
            <p>{t("quiz.intro.not_body")}</p>
            <h2 id="quiz-start-heading" tabindex="-1">{t("quiz.intro.how")}</h2>
            <ul>
                <li>
                    {tf(
                        lang,
                        "quiz.intro.complete_body",
                        &[
                            ("n", &count(Mode::Complete).to_string()),
                            ("s", &content.situations.len().to_string()),
                        ],
                    )}
                </li>
                <li>
                    {tf(lang, "quiz.intro.express_body", &[("n", &count(Mode::Express).to_string())])}
                </li>
            </ul>
            <p>{t("quiz.intro.not_applicable")}</p>
            <p>{t("quiz.intro.privacy")}</p>
            <div class="quiz-actions">
                <button
                    type="button"
                    class=if ongoing { "secondary" } else { "" }
                    on:click=move |_| start(Mode::Complete)
                >
                    {t(complete_key)}
                </button>
                <button type="button" class="secondary" on:click=move |_| start(Mode::Express)>
                    {t(express_key)}
                </button>
            </div>
            {links}
        }
    };

    view! {
        <h1>{move || i.t("quiz.title")}</h1>
        <p class="quiz-live" role="status" aria-live="polite">{move || status.get()}</p>
        {page}
    }
}
