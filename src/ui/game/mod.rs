//! The cooperative game in the browser: saved games, setup and the table
//! (`jeu.html#/jeu`); the end of a game and its four-step debrief
//! (`bilan.html#/jeu/fin`, `bilan.html#/jeu/bilan`). The two pages share
//! this module but each links only its own screens ([`Parts`]), so the
//! table does not download the debrief; going from one to the other is a
//! page load, with the game's id.
//!
//! The screens render the engine's state and dispatch its actions: every
//! rule, cost and score comes from `crate::domain::game`. The content is
//! parsed once per page ([`content`]). Sub-screens are state of this page,
//! not routes; the hash may carry `?partie=ID` (reopen a game: the table
//! writes it so that a reload comes back to the same table) or
//! `?graine=CODE&scenario=ID&difficulte=normal` (prefill the setup: the
//! trainer's session link).

mod analysis;
mod curves;
mod debrief;
mod ending;
mod event;
mod facilitator;
mod gauges;
mod hand;
mod help;
pub(crate) mod icons;
mod log;
mod observations;
mod phases;
mod play;
mod reconstruction;
mod saved;
mod setup;
mod stakeholders;
mod store;
mod story;
mod table;
pub(crate) mod text;
mod timer;

/// The hand's signed chips, also drawn on the trainer's printed cards.
pub(crate) use hand::chips;

use leptos::prelude::*;

use super::{on_external_change, use_i18n};
use crate::domain::game::content::N_STATS;
use crate::domain::game::{Content, ContentError};
use crate::route::{GameQuery, Page, Route};
use crate::storage::records::SavedGame;

/// The game content in use (the trainer's active pack over the built-in
/// content, see `ui::content`), parsed on first use and kept for the page.
fn content() -> Result<&'static Content, &'static [ContentError]> {
    crate::ui::content::game_content()
}

/// The game page's screens (every route of the page shows the same one).
pub fn screens(_route: Route) -> AnyView {
    view! { <GameScreen page=Page::Game parts=table_parts /> }.into_any()
}

/// The debrief page's screens: the end of a game, its debrief.
pub fn debrief_screens(route: Route) -> AnyView {
    let ending = route == Route::GameEnd;
    view! { <GameScreen page=Page::Debrief parts=debrief_parts ending=ending /> }.into_any()
}

/// Every screen of the game in one page (the single-file build).
pub fn all_screens(route: Route) -> AnyView {
    let ending = route == Route::GameEnd;
    view! { <GameScreen page=route.page() parts=all_parts ending=ending /> }.into_any()
}

/// Draws the screens a page holds; the others draw nothing (the page goes
/// to the one that holds them, see [`Ctx::go`]).
type Parts = fn(Ctx, Screen) -> AnyView;

fn table_parts(ctx: Ctx, screen: Screen) -> AnyView {
    match screen {
        Screen::List => view! { <saved::SavedList ctx=ctx /> }.into_any(),
        Screen::Setup => view! { <setup::SetupScreen ctx=ctx /> }.into_any(),
        Screen::Table => view! { <table::TableScreen ctx=ctx /> }.into_any(),
        Screen::End | Screen::Debrief => ().into_any(),
    }
}

fn debrief_parts(ctx: Ctx, screen: Screen) -> AnyView {
    match screen {
        Screen::End => view! { <ending::EndScreen ctx=ctx /> }.into_any(),
        Screen::Debrief => view! { <debrief::DebriefScreen ctx=ctx /> }.into_any(),
        _ => ().into_any(),
    }
}

fn all_parts(ctx: Ctx, screen: Screen) -> AnyView {
    match screen {
        Screen::End | Screen::Debrief => debrief_parts(ctx, screen),
        _ => table_parts(ctx, screen),
    }
}

/// Which part of the game is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Screen {
    List,
    Setup,
    Table,
    /// The end of a game just finished, before its debrief.
    End,
    Debrief,
}

impl Screen {
    /// The page that holds this screen.
    fn page(self) -> Page {
        self.route().page()
    }

    /// The address of this screen (its page and hash, without the game).
    fn route(self) -> Route {
        match self {
            Screen::End => Route::GameEnd,
            Screen::Debrief => Route::Debrief,
            Screen::List | Screen::Setup | Screen::Table => Route::Game,
        }
    }
}

/// The side panels of the table on a wide screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Panel {
    Last,
    Stakeholders,
    Log,
}

/// The views of the table on a phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    Table,
    Cards,
    Gauges,
    Stakeholders,
}

/// What every part of the game page shares: all `Copy`.
#[derive(Clone, Copy)]
struct Ctx {
    c: &'static Content,
    /// The page shown: the game's or its debrief's.
    page: Page,
    i: super::I18n,
    /// The game being played or debriefed.
    game: RwSignal<Option<SavedGame>>,
    screen: RwSignal<Screen>,
    /// Read by screen readers (`aria-live`): events and consequences.
    live: RwSignal<String>,
    /// A visible notice (another tab played, the save failed).
    notice: RwSignal<Option<String>>,
    /// Resources and indicators just before the last action of this
    /// session, to show "before → after".
    before: RwSignal<Option<[i16; N_STATS]>>,
    /// Projector mode: full width, big type, no site chrome (kept in the
    /// settings as `large_text`, the mode it replaces).
    large: RwSignal<bool>,
    /// The side panel shown next to the hand on a wide screen.
    panel: RwSignal<Panel>,
    /// The view shown on a narrow screen (a tab bar switches them).
    view: RwSignal<View>,
    /// A card action clicked and shown as under way, played once that
    /// frame is painted (see `play::request`).
    pending: RwSignal<Option<crate::domain::game::state::Action>>,
}

impl Ctx {
    /// The language now, without subscribing (for event handlers).
    fn lang(self) -> crate::i18n::Lang {
        self.i.0.get_untracked()
    }

    /// Says `text` through the live region (twice the same text is still
    /// announced: a zero-width space alternates).
    fn say(self, text: String) {
        self.live.update(|old| {
            let again = *old == text;
            *old = if again {
                format!("{text}\u{200b}")
            } else {
                text
            };
        });
    }

    /// Whether this page draws `screen` (the single file draws them all).
    fn holds(self, screen: Screen) -> bool {
        cfg!(feature = "single") || screen.page() == self.page
    }

    /// The id of the game being played or debriefed.
    fn game_id(self) -> Option<String> {
        self.game
            .with_untracked(|g| g.as_ref().map(|g| g.id.clone()))
    }

    /// The game to show with `screen` in its address: none for the saved
    /// games and the setup.
    fn partie_for(self, screen: Screen) -> Option<String> {
        match screen {
            Screen::List | Screen::Setup => None,
            _ => self.game_id(),
        }
    }

    /// Opens a game at its table, or its debrief once it is over.
    fn open(self, rec: SavedGame) {
        // A game of older rules cannot be continued: straight to its debrief.
        let over = rec.state.board.is_over() || rec.state.read_only();
        self.game.set(Some(rec));
        self.before.set(None);
        self.go(if over { Screen::Debrief } else { Screen::Table });
    }

    /// Shows another part of the game and moves focus to its title. The
    /// address and the tab's title say which screen it is, so that a reload
    /// comes back to it.
    fn go(self, screen: Screen) {
        if !self.holds(screen) {
            self.leave(screen, false);
            return;
        }
        set_query(screen, self.partie_for(screen).as_deref());
        crate::ui::shell::set_title(self.lang(), &screen.route());
        self.notice.set(None);
        self.screen.set(screen);
        crate::ui::dom::to_top();
        crate::ui::dom::focus_soon("game-title");
    }

    /// Goes to the page that holds `screen`, with the game's id (`replace`
    /// for a redirect the person did not ask for).
    fn leave(self, screen: Screen, replace: bool) {
        let partie = self.partie_for(screen);
        // Back from the end or the debrief comes to the saved games, not to
        // a table that would send the person there again.
        if screen.page() == Page::Debrief {
            set_query(Screen::List, None);
        }
        let href = GameQuery {
            partie,
            ..GameQuery::default()
        }
        .href_for(&screen.route());
        navigate(&href, replace);
    }
}

/// Loads another page of the app; `replace` leaves no step in the history.
fn navigate(href: &str, replace: bool) {
    if let Some(w) = web_sys::window() {
        let location = w.location();
        let _ = if replace {
            location.replace(href)
        } else {
            location.assign(href)
        };
    }
}

/// The game page's address parameters (see [`GameQuery`]).
fn query() -> GameQuery {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    GameQuery::parse(&hash)
}

/// Whether the page before this one was the other game page (a debrief
/// opened from the table, the table or the saved games from a debrief).
fn came_from_other_page(page: Page) -> bool {
    let other = match page {
        Page::Debrief => Page::Game,
        _ => Page::Debrief,
    };
    let referrer = web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.referrer())
        .unwrap_or_default();
    let path = referrer.split(['#', '?']).next().unwrap_or_default();
    !cfg!(feature = "single") && path.ends_with(other.file())
}

/// Writes the address of `screen` with the game (`#/jeu?partie=ID`,
/// `#/jeu`, `#/jeu/bilan?partie=ID`) without a navigation, so that a reload
/// reopens the same game.
fn set_query(screen: Screen, game: Option<&str>) {
    let hash = GameQuery {
        partie: game.map(str::to_owned),
        ..GameQuery::default()
    }
    .hash_for(&screen.route());
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
    }
}

#[component]
fn GameScreen(
    page: Page,
    parts: Parts,
    /// Opened at the end of a game (`#/jeu/fin`) rather than its debrief.
    #[prop(optional)]
    ending: bool,
) -> impl IntoView {
    let i = use_i18n();
    let c = match content() {
        Ok(c) => c,
        Err(errors) => {
            let list = errors
                .iter()
                .map(|e| view! { <li>{e.to_string()}</li> })
                .collect_view();
            return view! {
                <h1>{i.tr("game.title")}</h1>
                <div class="notice" role="alert"><p>{i.tr("game.content_error")}</p><ul>{list}</ul></div>
            }
            .into_any();
        }
    };
    let ctx = Ctx {
        c,
        page,
        i,
        game: RwSignal::new(None),
        screen: RwSignal::new(Screen::List),
        live: RwSignal::new(String::new()),
        notice: RwSignal::new(None),
        before: RwSignal::new(None),
        large: RwSignal::new(crate::storage::settings::load().large_text),
        pending: RwSignal::new(None),
        panel: RwSignal::new(Panel::Last),
        view: RwSignal::new(View::Table),
    };
    let q = query();
    let reopened = q.partie.as_deref().and_then(|id| store::load(c, id));
    match reopened {
        Some(rec) => {
            // The debrief page shows any game's debrief (it may be asked
            // before the end); the table sends a game that is over there.
            let over = rec.state.board.is_over() || rec.state.read_only();
            let screen = if ending && over {
                Screen::End
            } else if over || page == Page::Debrief {
                Screen::Debrief
            } else {
                Screen::Table
            };
            ctx.game.set(Some(rec));
            // Set even when another page holds it: this page then draws
            // nothing while the other one loads.
            ctx.screen.set(screen);
            if !ctx.holds(screen) {
                ctx.leave(screen, true);
            }
        }
        None if !ctx.holds(Screen::List) => {
            // A debrief without a game this device holds: the game page
            // says so (or lists the saved games).
            let href = GameQuery {
                partie: q.partie.clone(),
                ..GameQuery::default()
            }
            .href();
            navigate(&href, true);
        }
        None => {
            // A link to a game this device does not hold (another device,
            // deleted, damaged): say so rather than open something else.
            if q.partie.is_some() {
                ctx.notice
                    .set(Some(i.t("game.notice.not_found").to_owned()));
                set_query(Screen::List, None);
            }
            if q.graine.is_some() || q.scenario.is_some() || store::list(c).is_empty() {
                ctx.screen.set(Screen::Setup)
            }
        }
    }

    // Arrived from the other game page (the table's or the debrief's): as
    // when a screen changes within a page, focus goes to the title.
    if came_from_other_page(page) {
        crate::ui::dom::focus_soon("game-title");
    }

    // Another tab saved our game: show its version (same table, same hand).
    let mine = move |key: &str| {
        ctx.game
            .with_untracked(|g| g.as_ref().is_some_and(|g| store::key(&g.id) == key))
    };
    on_external_change(mine, move |key| {
        let id = key.trim_start_matches(crate::storage::records::GAME_PREFIX);
        if let Some(rec) = store::load(c, id) {
            ctx.before.set(None);
            ctx.game.set(Some(rec));
            ctx.notice.set(Some(i.t("game.notice.reloaded").to_owned()));
        }
    });

    view! {
        <div class="game" class:game-large=move || { ctx.large.get() && ctx.screen.get() == Screen::Table }>
            <p class="game-sr" role="status" aria-live="polite" aria-atomic="true">{move || ctx.live.get()}</p>
            {move || ctx.notice.get().map(|n| view! { <p class="notice game-notice">{n}</p> })}
            {move || parts(ctx, ctx.screen.get())}
        </div>
    }
    .into_any()
}
