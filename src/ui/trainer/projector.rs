//! The projector view: large type, high contrast, one idea per screen: the
//! QR code to join the session, the quiz intro, the team map, then the
//! debrief questions step by step. Buttons (and the page's own keyboard
//! order) move between screens; nothing moves by itself.

use leptos::prelude::*;

use super::compare::DEBRIEF;
use super::session::{link, qr};
use super::spread::chart;
use super::store::Desk;
use super::tx;
use crate::domain::game::Content;
use crate::domain::game::seed::format_seed;
use crate::domain::quiz::QuizContent;
use crate::domain::trainer::session::absolute;
use crate::i18n;
use crate::ui::use_i18n;

const SLIDES: usize = 3 + DEBRIEF.len();

#[component]
pub fn Projector(
    desk: RwSignal<Desk>,
    game: &'static Content,
    quiz: &'static QuizContent,
) -> impl IntoView {
    let i = use_i18n();
    let slide = RwSignal::new(0usize);
    let body = move || {
        let n = slide.get();
        i.lang();
        match n {
            0 => join(desk, game),
            1 => quiz_intro(quiz),
            2 => {
                let map = desk.with(|d| d.team.clone());
                let count = map.members.len();
                view! {
                    <h1>{i.tr("trainer.teammap.title")}</h1>
                    <p>{i18n::tf(i.lang(), "trainer.teammap.members", &[("n", &count.to_string())])}</p>
                    {(count > 0).then(|| chart(&map, quiz, "tr-projector-chart"))}
                    <p class="tr-small">{i.tr("trainer.teammap.chart_legend")}</p>
                }
                .into_any()
            }
            k => {
                let (h, qs) = DEBRIEF[(k - 3).min(DEBRIEF.len() - 1)];
                view! {
                    <h1>{i.tr(h)}</h1>
                    <ul class="tr-questions">{qs.iter().map(|q| view! { <li>{i.tr(q)}</li> }).collect_view()}</ul>
                }
                .into_any()
            }
        }
    };
    view! {
        <div class="tr-projector">
            <div class="tr-slide" aria-live="polite">{body}</div>
            <nav class="tr-slide-nav" aria-label=i.tr("trainer.projector.nav")>
                <button type="button" class="secondary" disabled=move || { slide.get() == 0 }
                    on:click=move |_| slide.update(|s| *s = s.saturating_sub(1))>{i.tr("trainer.projector.previous")}</button>
                <span>{move || i18n::tf(i.lang(), "trainer.projector.position", &[("n", &(slide.get() + 1).to_string()), ("total", &SLIDES.to_string())])}</span>
                <button type="button" disabled=move || { slide.get() + 1 >= SLIDES }
                    on:click=move |_| slide.update(|s| *s = (*s + 1).min(SLIDES - 1))>{i.tr("trainer.projector.next")}</button>
            </nav>
        </div>
    }
}

fn join(desk: RwSignal<Desk>, game: &'static Content) -> AnyView {
    let i = use_i18n();
    let Some(s) = desk.with(|d| d.session.clone()) else {
        return view! {
            <h1>{i.tr("trainer.projector.join")}</h1>
            <p>{i.tr("trainer.projector.no_session")}</p>
            <p><a href=super::Part::Session.href()>{i.tr("trainer.session.title")}</a></p>
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
        <p>{name}</p>
        {qr(&url, i.t("trainer.session.qr_title"))}
        <p>{i.tr("trainer.session.code")}" "<strong class="tr-code">{format_seed(s.seed)}</strong></p>
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
        <p>{i.tr("trainer.projector.quiz_body")}</p>
        {qr(&url, i.t("trainer.projector.quiz_qr"))}
        <p class="tr-small">{url}</p>
    }
    .into_any()
}
