//! The cooperative game in the browser (`jeu.html#/jeu`): saved games,
//! setup, the table, and the four-step debrief.
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
mod icons;
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
mod text;
mod timer;

use leptos::prelude::*;

use super::{on_external_change, use_i18n};
use crate::domain::game::content::N_STATS;
use crate::domain::game::{Content, ContentError};
use crate::route::{GameQuery, Route};
use crate::storage::records::SavedGame;

/// The game content in use (the trainer's active pack over the built-in
/// content, see `ui::content`), parsed on first use and kept for the page.
fn content() -> Result<&'static Content, &'static [ContentError]> {
    crate::ui::content::game_content()
}

/// The game page's screens (every route of the page shows the same one).
pub fn screens(_route: Route) -> AnyView {
    view! { <GameScreen /> }.into_any()
}

/// Which part of the game page is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Screen {
    List,
    Setup,
    Table,
    /// The end of a game just finished, before its debrief.
    End,
    Debrief,
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

    /// Opens a game at its table, or its debrief once it is over.
    fn open(self, rec: SavedGame) {
        // A game of older rules cannot be continued: straight to its debrief.
        let over = rec.state.board.is_over() || rec.state.read_only();
        set_query(Some(&rec.id));
        self.game.set(Some(rec));
        self.before.set(None);
        self.go(if over { Screen::Debrief } else { Screen::Table });
    }

    /// Shows another part of the page and moves focus to its title.
    fn go(self, screen: Screen) {
        if screen == Screen::List || screen == Screen::Setup {
            set_query(None);
        }
        self.notice.set(None);
        self.screen.set(screen);
        crate::ui::dom::focus_soon("game-title");
    }
}

/// The game page's address parameters (see [`GameQuery`]).
fn query() -> GameQuery {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    GameQuery::parse(&hash)
}

/// Writes `#/jeu?partie=ID` (or `#/jeu`) without a navigation, so that a
/// reload reopens the same game.
fn set_query(game: Option<&str>) {
    let hash = GameQuery {
        partie: game.map(str::to_owned),
        ..GameQuery::default()
    }
    .hash();
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
    }
}

#[component]
fn GameScreen() -> impl IntoView {
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
            let over = rec.state.board.is_over() || rec.state.read_only();
            ctx.game.set(Some(rec));
            ctx.screen
                .set(if over { Screen::Debrief } else { Screen::Table });
        }
        None => {
            // A link to a game this device does not hold (another device,
            // deleted, damaged): say so rather than open something else.
            if q.partie.is_some() {
                ctx.notice
                    .set(Some(i.t("game.notice.not_found").to_owned()));
                set_query(None);
            }
            if q.graine.is_some() || q.scenario.is_some() || store::list(c).is_empty() {
                ctx.screen.set(Screen::Setup)
            }
        }
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
            {move || match ctx.screen.get() {
                Screen::List => view! { <saved::SavedList ctx=ctx /> }.into_any(),
                Screen::Setup => view! { <setup::SetupScreen ctx=ctx /> }.into_any(),
                Screen::Table => view! { <table::TableScreen ctx=ctx /> }.into_any(),
                Screen::End => view! { <ending::EndScreen ctx=ctx /> }.into_any(),
                Screen::Debrief => view! { <debrief::DebriefScreen ctx=ctx /> }.into_any(),
            }}
        </div>
    }
    .into_any()
}
