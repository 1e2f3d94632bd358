//! The projector view: the whole screen (no site chrome, full screen and
//! a screen kept awake where the browser offers them, see
//! [`crate::ui::presenter`]), large type, one idea per slide, following
//! the running order: the QR code to join, the quiz, the team map, the
//! debrief questions page by page, the commitments, with the step's large
//! timer. Buttons, the arrow keys, Page Up / Page Down and Space (what a
//! presenter's clicker sends) move between slides; nothing moves by itself.
//! The position lives in the desk, so a control window and a projector
//! window show the same slide.

use leptos::prelude::*;

use super::Part;
use super::clock::BigClock;
use super::compare::DEBRIEF;
use super::running_order::{deck, dispatch, format_of, run_of};
use super::session::{link, qr};
use super::spread::chart;
use super::store::Desk;
use super::tx;
use crate::domain::game::Content;
use crate::domain::game::seed::format_seed;
use crate::domain::quiz::QuizContent;
use crate::domain::trainer::running_order::{RunAction, Slide};
use crate::domain::trainer::session::absolute;
use crate::i18n;
use crate::route::TrainerView;
use crate::ui::presenter::use_presenting;
use crate::ui::use_i18n;

/// What a key does on the projector, if anything.
fn key_action(key: &str) -> Option<RunAction> {
    match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Spacebar" => Some(RunAction::Next),
        "ArrowLeft" | "ArrowUp" | "PageUp" => Some(RunAction::Previous),
        _ => None,
    }
}

/// Keys pressed in a control keep their own meaning (Space on a button,
/// arrows in a list).
fn in_control(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| {
            matches!(
                e.tag_name().as_str(),
                "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON" | "A"
            )
        })
}

#[component]
pub fn Projector(
    desk: RwSignal<Desk>,
    game: &'static Content,
    quiz: &'static QuizContent,
) -> impl IntoView {
    let i = use_i18n();
    let presenter = use_presenting(Signal::derive(|| true));
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || in_control(&ev) {
            return;
        }
        if let Some(a) = key_action(&ev.key()) {
            ev.prevent_default();
            dispatch(desk, a);
        }
    });
    on_cleanup(move || keys.remove());
    // (slide, its step's index, the number of slides)
    let position = Memo::new(move |_| {
        desk.with(|d| {
            let f = format_of(d)?;
            let run = run_of(d)?;
            let slides = deck(f);
            let (step, slide) = *slides.get(run.slide)?;
            Some((slide, step, run.slide, slides.len()))
        })
    });
    // The slide redraws when its position, the session or the map changes,
    // not on every tick of the clock (the slide is a live region).
    let session = Memo::new(move |_| desk.with(|d| d.session.clone()));
    let team = Memo::new(move |_| desk.with(|d| d.team.clone()));
    let body = move || {
        session.track();
        team.track();
        let Some((slide, step, _, _)) = position.get() else {
            return view! { <p>{i.tr("trainer.content_broken")}</p> }.into_any();
        };
        i.lang();
        match slide {
            Slide::Join => join(desk, game),
            Slide::Quiz => quiz_intro(quiz),
            Slide::TeamMap => {
                let map = desk.with_untracked(|d| d.team.clone());
                let count = map.members.len();
                view! {
                    <h1>{i.tr("trainer.teammap.title")}</h1>
                    <p>{i18n::tf(i.lang(), "trainer.teammap.members", &[("n", &count.to_string())])}</p>
                    {(count > 0).then(|| chart(&map, quiz, "tr-projector-chart"))}
                    <p class="tr-small">{i.tr("trainer.teammap.chart_legend")}</p>
                }
                .into_any()
            }
            Slide::Break => {
                let title = desk.with_untracked(|d| {
                    format_of(d)
                        .and_then(|f| f.steps.get(step))
                        .map(|s| tx(&s.title))
                });
                view! { <h1>{title}</h1><p>{i.tr("trainer.projector.break_body")}</p> }.into_any()
            }
            Slide::Debrief(p) => {
                let (h, qs) = DEBRIEF[usize::from(p).min(DEBRIEF.len() - 1)];
                view! {
                    <h1>{i.tr(h)}</h1>
                    <ul class="tr-questions">{qs.iter().map(|q| view! { <li>{i.tr(q)}</li> }).collect_view()}</ul>
                }
                .into_any()
            }
            Slide::Commitments => view! {
                <h1>{i.tr("trainer.projector.commit_title")}</h1>
                <p class="tr-commit-question">{i.tr("trainer.projector.commit_question")}</p>
                <p>{i.tr("trainer.projector.commit_body")}</p>
            }
            .into_any(),
        }
    };
    let step_line = move || {
        let (_, step, _, _) = position.get()?;
        desk.with(|d| {
            let f = format_of(d)?;
            let s = f.steps.get(step)?;
            Some(i18n::tf(
                i.lang(),
                "trainer.projector.step",
                &[
                    ("n", &(step + 1).to_string()),
                    ("total", &f.steps.len().to_string()),
                    ("title", &tx(&s.title)),
                ],
            ))
        })
    };
    let at = move || position.get().map_or(0, |p| p.2);
    let total = move || position.get().map_or(1, |p| p.3);
    let pressed = |on: bool| if on { "true" } else { "false" };
    view! {
        <div class="tr-projector">
            <nav class="tr-projector-tools" aria-label=i.tr("trainer.projector.tools")>
                <a href=Part::View(TrainerView::RunningOrder).href()>{i.tr("trainer.projector.leave")}</a>
                {presenter.can_fullscreen().then(|| view! {
                    <button type="button" class="secondary" aria-pressed=move || pressed(presenter.fullscreen.get())
                        on:click=move |_| presenter.toggle_fullscreen()>{i.tr("trainer.projector.fullscreen")}</button>
                })}
                {presenter.can_stay_awake().then(|| view! {
                    <button type="button" class="secondary" aria-pressed=move || pressed(presenter.awake.get())
                        on:click=move |_| presenter.set_stay_awake(!presenter.awake.get_untracked())>{i.tr("trainer.projector.awake")}</button>
                })}
                <span class="tr-projector-step">{step_line}</span>
            </nav>
            <section class="tr-slide" id="tr-slide" aria-live="polite">{body}</section>
            <div class="tr-projector-foot">
                <BigClock desk=desk id="tr-projector-clock" />
                <nav class="tr-slide-nav" aria-label=i.tr("trainer.projector.nav")>
                    <button type="button" class="secondary" disabled=move || { at() == 0 }
                        on:click=move |_| { dispatch(desk, RunAction::Previous); }>{i.tr("trainer.projector.previous")}</button>
                    <span>{move || i18n::tf(i.lang(), "trainer.projector.position", &[("n", &(at() + 1).to_string()), ("total", &total().to_string())])}</span>
                    <button type="button" disabled=move || { at() + 1 >= total() }
                        on:click=move |_| { dispatch(desk, RunAction::Next); }>{i.tr("trainer.projector.next")}</button>
                </nav>
            </div>
        </div>
    }
}

fn join(desk: RwSignal<Desk>, game: &'static Content) -> AnyView {
    let i = use_i18n();
    let Some(s) = desk.with_untracked(|d| d.session.clone()) else {
        return view! {
            <h1>{i.tr("trainer.projector.join")}</h1>
            <p>{i.tr("trainer.projector.no_session")}</p>
            <p><a href=super::Part::View(TrainerView::Session).href()>{i.tr("trainer.session.title")}</a></p>
        }
        .into_any();
    };
    let url = link(&s);
    let name = game
        .scenarios
        .iter()
        .find(|x| x.id == s.scenario)
        .map(|x| tx(&x.name))
        .unwrap_or_default();
    view! {
        <h1>{i.tr("trainer.projector.join")}</h1>
        <div class="tr-slide-qr">
            {qr(&url, i.t("trainer.session.qr_title"))}
            <div>
                <p>{name}</p>
                <p>{i.tr("trainer.session.code")}" "<strong class="tr-code">{format_seed(s.seed)}</strong></p>
            </div>
        </div>
    }
    .into_any()
}

fn quiz_intro(quiz: &'static QuizContent) -> AnyView {
    let i = use_i18n();
    let url = absolute(
        &window().location().href().unwrap_or_default(),
        "quiz.html#/quiz",
    );
    view! {
        <h1>{move || tx(&quiz.meta.title)}</h1>
        <div class="tr-slide-qr">
            {qr(&url, i.t("trainer.projector.quiz_qr"))}
            <div>
                <p>{i.tr("trainer.projector.quiz_body")}</p>
                <p class="tr-small tr-url">{url}</p>
            </div>
        </div>
    }
    .into_any()
}
