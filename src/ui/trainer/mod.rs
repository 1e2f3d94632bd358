//! The trainer space (`formateur.html`): prepare a session, project it,
//! collect quiz codes into a team map, compare tables, export, print the
//! game and the quiz, manage custom content packs.
//!
//! Sub-screens are chosen by the hash: `#/formateur` (overview),
//! `#/formateur/equipe[?code=…]` (team map, a route of its own) and
//! `#/formateur?vue=session|deroule|projecteur|tables|imprimer|contenus`. What the
//! trainer collects (session, team map, tables) lives in this tab's
//! session storage ([`store`]): it survives a reload, not the tab.

mod clock;
mod compare;
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
use crate::domain::text::Text;
use crate::route::Route;

/// A part of the trainer space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Overview,
    Session,
    RunningOrder,
    Projector,
    Team,
    Tables,
    Print,
    Packs,
    Reliability,
}

impl Part {
    const NAV: [Part; 8] = [
        Part::Session,
        Part::RunningOrder,
        Part::Projector,
        Part::Team,
        Part::Tables,
        Part::Print,
        Part::Packs,
        Part::Reliability,
    ];

    fn from_hash(hash: &str) -> Part {
        if hash
            .trim_start_matches('#')
            .starts_with("/formateur/equipe")
        {
            return Part::Team;
        }
        let vue = crate::route::query_value(crate::route::query_of(hash), "vue");
        match vue.as_deref() {
            Some("session") => Part::Session,
            Some("deroule") => Part::RunningOrder,
            Some("projecteur") => Part::Projector,
            Some("tables") => Part::Tables,
            Some("imprimer") => Part::Print,
            Some("contenus") => Part::Packs,
            Some("fiabilite") => Part::Reliability,
            _ => Part::Overview,
        }
    }

    pub(crate) fn href(self) -> &'static str {
        match self {
            Part::Overview => "#/formateur",
            Part::Session => "#/formateur?vue=session",
            Part::RunningOrder => "#/formateur?vue=deroule",
            Part::Projector => "#/formateur?vue=projecteur",
            Part::Team => "#/formateur/equipe",
            Part::Tables => "#/formateur?vue=tables",
            Part::Print => "#/formateur?vue=imprimer",
            Part::Packs => "#/formateur?vue=contenus",
            Part::Reliability => "#/formateur?vue=fiabilite",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Part::Overview => "trainer.title",
            Part::Session => "trainer.session.title",
            Part::RunningOrder => "trainer.order.title",
            Part::Projector => "trainer.projector.title",
            Part::Team => "trainer.teammap.title",
            Part::Tables => "trainer.tables.title",
            Part::Print => "trainer.print.title",
            Part::Packs => "trainer.packs.title",
            Part::Reliability => "trainer.reliability.title",
        }
    }

    fn summary(self) -> &'static str {
        match self {
            Part::Overview => "trainer.intro",
            Part::Session => "trainer.session.summary",
            Part::RunningOrder => "trainer.order.summary",
            Part::Projector => "trainer.projector.summary",
            Part::Team => "trainer.teammap.summary",
            Part::Tables => "trainer.tables.summary",
            Part::Print => "trainer.print.summary",
            Part::Packs => "trainer.packs.summary",
            Part::Reliability => "trainer.reliability.summary",
        }
    }
}

/// The screens of the trainer page.
pub fn screens(route: Route) -> AnyView {
    let code = match route {
        Route::TeamMap { code } => code,
        _ => None,
    };
    view! { <Trainer code=code /> }.into_any()
}

fn current_part() -> Part {
    Part::from_hash(&window().location().hash().unwrap_or_default())
}

/// A content text in the interface language.
pub(crate) fn tx(t: &Text) -> String {
    t.get(use_i18n().lang()).to_owned()
}

#[component]
fn Trainer(code: Option<String>) -> impl IntoView {
    let i = use_i18n();
    let part = RwSignal::new(current_part());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        let p = current_part();
        if p != part.get_untracked() {
            part.set(p);
            super::dom::focus_main();
        }
    });
    on_cleanup(move || listener.remove());
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
                    <li><a href=p.href() aria-current=move || (part.get() == p).then_some("page")>{i.tr(p.title())}</a></li>
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
    view! {
        <div class="trainer">
            {nav}
            {notice}
            {move || {
                let p = part.get();
                let body = match p {
                    Part::Overview => overview(),
                    Part::Session => view! { <session::SessionScreen desk=desk game=game quiz=quiz /> }.into_any(),
                    Part::RunningOrder => view! { <running_order::RunningOrderScreen desk=desk game=game /> }.into_any(),
                    Part::Projector => view! { <projector::Projector desk=desk game=game quiz=quiz /> }.into_any(),
                    Part::Team => view! { <team::TeamScreen desk=desk quiz=quiz code=code.clone() /> }.into_any(),
                    Part::Tables => view! { <compare::TablesScreen desk=desk game=game /> }.into_any(),
                    Part::Print => view! { <print::PrintScreen game=game quiz=quiz /> }.into_any(),
                    Part::Packs => view! { <packs::PacksScreen /> }.into_any(),
                    Part::Reliability => view! { <reliability::ReliabilityScreen quiz=quiz /> }.into_any(),
                };
                let heading = (p != Part::Projector).then(|| view! {
                    <h1>{i.tr(p.title())}</h1>
                    <p class="lead">{i.tr(p.summary())}</p>
                });
                view! { {heading} {body} }.into_any()
            }}
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
