//! The trainer space, over three pages so that each downloads only its
//! own screens: `formateur.html` runs the session (overview, session link,
//! running order, projector) and checks the quiz's reliability on agents'
//! answers, `equipes.html` collects results (team map, tables compared, the
//! camera scanner), `materiel.html` prepares the material (print-and-play,
//! content packs and their format guide). One navigation links them all.
//!
//! Screens are chosen by the hash: `#/formateur` (overview),
//! `#/formateur/equipe[?code=…]` (team map, a route of its own) and
//! `#/formateur?vue=…` ([`TrainerView`]). What the trainer collects
//! (session, team map, tables, running order) lives in local storage
//! ([`store`]), shared by every window of the three pages.

mod clock;
mod compare;
mod faces;
mod guide;
mod lesson_sheet;
mod packs;
mod print;
mod print_sheets;
mod projector;
mod reliability;
mod running_order;
mod scanner;
mod session;
mod spread;
mod store;
mod team;

use leptos::prelude::*;

use super::content::{PackInUse, game_content, pack_in_use, quiz_content};
use super::use_i18n;
use crate::domain::game::Content;
use crate::domain::quiz::QuizContent;
use crate::domain::text::Text;
use crate::route::{Route, TrainerView};
use store::Desk;

/// A part of the trainer space: a [`TrainerView`], or the team map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    View(TrainerView),
    Team,
}

impl Part {
    const NAV: [Part; 9] = [
        Part::View(TrainerView::Session),
        Part::View(TrainerView::RunningOrder),
        Part::View(TrainerView::Projector),
        Part::Team,
        Part::View(TrainerView::Tables),
        Part::View(TrainerView::Print),
        Part::View(TrainerView::Packs),
        Part::View(TrainerView::Guide),
        Part::View(TrainerView::Reliability),
    ];
    pub(crate) const PACKS: Part = Part::View(TrainerView::Packs);
    pub(crate) const GUIDE: Part = Part::View(TrainerView::Guide);

    fn of(route: &Route) -> Part {
        match route {
            Route::TeamMap { .. } => Part::Team,
            Route::Trainer(v) => Part::View(*v),
            _ => Part::View(TrainerView::Overview),
        }
    }

    fn route(self) -> Route {
        match self {
            Part::View(v) => Route::Trainer(v),
            Part::Team => Route::TeamMap { code: None },
        }
    }

    /// A link to this part, from any page of the app.
    pub(crate) fn href(self) -> String {
        self.route().href()
    }

    fn title(self) -> &'static str {
        match self {
            Part::View(TrainerView::Overview) => "trainer.title",
            Part::View(TrainerView::Session) => "trainer.session.title",
            Part::View(TrainerView::RunningOrder) => "trainer.order.title",
            Part::View(TrainerView::Projector) => "trainer.projector.title",
            Part::Team => "trainer.teammap.title",
            Part::View(TrainerView::Tables) => "trainer.tables.title",
            Part::View(TrainerView::Print) => "trainer.print.title",
            Part::View(TrainerView::Packs) => "trainer.packs.title",
            Part::View(TrainerView::Guide) => "trainer.guide.title",
            Part::View(TrainerView::Reliability) => "trainer.reliability.title",
        }
    }

    fn summary(self) -> &'static str {
        match self {
            Part::View(TrainerView::Overview) => "trainer.intro",
            Part::View(TrainerView::Session) => "trainer.session.summary",
            Part::View(TrainerView::RunningOrder) => "trainer.order.summary",
            Part::View(TrainerView::Projector) => "trainer.projector.summary",
            Part::Team => "trainer.teammap.summary",
            Part::View(TrainerView::Tables) => "trainer.tables.summary",
            Part::View(TrainerView::Print) => "trainer.print.summary",
            Part::View(TrainerView::Packs) => "trainer.packs.summary",
            Part::View(TrainerView::Guide) => "trainer.guide.summary",
            Part::View(TrainerView::Reliability) => "trainer.reliability.summary",
        }
    }
}

/// What a part's screen is drawn from.
#[derive(Clone)]
struct Env {
    desk: RwSignal<Desk>,
    game: &'static Content,
    quiz: &'static QuizContent,
    code: Option<String>,
}

/// Draws the parts a page holds (`None` for the others): a function per
/// page, so that each page's WebAssembly links only its own screens.
type Draw = fn(Part, Env) -> Option<AnyView>;

fn draw_room(part: Part, e: Env) -> Option<AnyView> {
    let Env {
        desk, game, quiz, ..
    } = e;
    Some(match part {
        Part::View(TrainerView::Overview) => overview(),
        Part::View(TrainerView::Session) => {
            view! { <session::SessionScreen desk=desk game=game quiz=quiz /> }.into_any()
        }
        Part::View(TrainerView::RunningOrder) => {
            view! { <running_order::RunningOrderScreen desk=desk game=game /> }.into_any()
        }
        Part::View(TrainerView::Projector) => {
            view! { <projector::Projector desk=desk game=game quiz=quiz /> }.into_any()
        }
        Part::View(TrainerView::Reliability) => {
            view! { <reliability::ReliabilityScreen quiz=quiz /> }.into_any()
        }
        _ => return None,
    })
}

fn draw_results(part: Part, e: Env) -> Option<AnyView> {
    let Env {
        desk,
        game,
        quiz,
        code,
    } = e;
    Some(match part {
        Part::Team => view! { <team::TeamScreen desk=desk quiz=quiz code=code /> }.into_any(),
        Part::View(TrainerView::Tables) => {
            view! { <compare::TablesScreen desk=desk game=game /> }.into_any()
        }
        _ => return None,
    })
}

fn draw_kit(part: Part, e: Env) -> Option<AnyView> {
    let Env { game, quiz, .. } = e;
    Some(match part {
        Part::View(TrainerView::Print) => {
            view! { <print::PrintScreen game=game quiz=quiz /> }.into_any()
        }
        Part::View(TrainerView::Packs) => view! { <packs::PacksScreen /> }.into_any(),
        Part::View(TrainerView::Guide) => view! { <guide::GuideScreen game=game /> }.into_any(),
        _ => return None,
    })
}

fn draw_all(part: Part, e: Env) -> Option<AnyView> {
    draw_room(part, e.clone())
        .or_else(|| draw_results(part, e.clone()))
        .or_else(|| draw_kit(part, e))
}

fn screens_with(route: Route, draw: Draw) -> AnyView {
    let part = Part::of(&route);
    let code = match route {
        Route::TeamMap { code } => code,
        _ => None,
    };
    view! { <Trainer part=part code=code draw=draw /> }.into_any()
}

/// The screens of `formateur.html`: running the session.
pub fn screens(route: Route) -> AnyView {
    screens_with(route, draw_room)
}

/// The screens of `equipes.html`: collecting the room's results.
pub fn results_screens(route: Route) -> AnyView {
    screens_with(route, draw_results)
}

/// The screens of `materiel.html`: preparing the material.
pub fn kit_screens(route: Route) -> AnyView {
    screens_with(route, draw_kit)
}

/// Every trainer screen (the single-file app).
pub fn all_screens(route: Route) -> AnyView {
    screens_with(route, draw_all)
}

/// A content text in the interface language.
pub(crate) fn tx(t: &Text) -> String {
    t.get(use_i18n().lang()).to_owned()
}

#[component]
fn Trainer(part: Part, code: Option<String>, draw: Draw) -> impl IntoView {
    let i = use_i18n();
    let desk = store::desk();
    let (game, quiz) = match (game_content(), quiz_content()) {
        (Ok(g), Ok(q)) => (g, q),
        _ => {
            return view! { <p class="notice" role="alert">{i.tr("trainer.content_broken")}</p> }
                .into_any();
        }
    };
    let nav = view! {
        <nav class="tr-nav" aria-label=i.tr("trainer.nav")>
            <ul>
                {Part::NAV.into_iter().map(|p| view! {
                    <li><a href=p.href() aria-current=(part == p).then_some("page")>{i.tr(p.title())}</a></li>
                }).collect_view()}
            </ul>
        </nav>
    }
    .into_any();
    let notice = match pack_in_use() {
        PackInUse::Builtin => None,
        PackInUse::Pack(name) => Some(view! {
            <p class="notice tr-pack-notice">{i.tr("trainer.packs.in_use")}" "<strong>{name.clone()}</strong></p>
        }.into_any()),
        PackInUse::Refused(name) => Some(view! {
            <p class="notice" role="alert">{move || crate::i18n::tf(i.lang(), "trainer.packs.refused_notice", &[("name", name)])}</p>
        }.into_any()),
    };
    // A part of another page is not drawn: the app goes to that page.
    let body = draw(
        part,
        Env {
            desk,
            game,
            quiz,
            code,
        },
    );
    let heading = (part != Part::View(TrainerView::Projector)).then(|| {
        view! {
            <h1>{i.tr(part.title())}</h1>
            <p class="lead">{i.tr(part.summary())}</p>
        }
    });
    view! {
        <div class="trainer">
            {nav}
            {notice}
            {heading}
            {body}
        </div>
    }
    .into_any()
}

fn overview() -> AnyView {
    let i = use_i18n();
    view! {
        <ul class="tr-cards">
            {Part::NAV.into_iter().map(|p| view! {
                <li>
                    <h2><a href=p.href()>{i.tr(p.title())}</a></h2>
                    <p>{i.tr(p.summary())}</p>
                </li>
            }).collect_view()}
        </ul>
        <p class="muted">{i.tr("trainer.privacy")}</p>
    }
    .into_any()
}
