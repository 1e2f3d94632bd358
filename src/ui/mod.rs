//! The browser shell: mounts the app, provides the language and the current
//! route as context, and picks the screen. Screens render state and dispatch
//! actions; rules live in `crate::domain`.

mod accessibility;
mod content;
mod data;
mod data_table;
pub mod dates;
mod dom;
mod download;
mod fresh;
mod game;
mod home;
mod notices;
pub mod pages;
mod pending;
mod pilot;
pub mod presenter;
mod qr;
mod quiz;
mod shell;
mod trainer;

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{self, Lang};
use crate::route::{Page, Route};
use crate::storage;

/// The interface language, shared by every component.
#[derive(Clone, Copy)]
pub struct I18n(pub RwSignal<Lang>);

impl I18n {
    /// The text for `key` in the current language (reactive when read in a closure).
    pub fn t(self, key: &'static str) -> &'static str {
        i18n::t(self.0.get(), key)
    }

    /// A reactive text node or attribute for `key`. Every call returns the
    /// same closure type, so the hundreds of translated texts share one
    /// compiled rendering path instead of one each (a large download saving).
    pub fn tr(self, key: &'static str) -> impl Fn() -> &'static str + Copy + 'static {
        move || self.t(key)
    }

    /// A count message (`key.one` / `key.other`, see [`i18n::tn`]).
    pub fn tn(self, key: &'static str, n: impl Into<i64>, args: &[(&str, &str)]) -> String {
        i18n::tn(self.0.get(), key, n.into(), args)
    }

    /// The current language, reactive.
    pub fn lang(self) -> Lang {
        self.0.get()
    }
}

/// The latest change another tab made to Labo's storage: a counter (so the
/// same key changing twice still notifies) and the key. Screens watch it and
/// reload what they show from storage when their key changed.
#[derive(Clone, Copy)]
pub struct ExternalChange(pub RwSignal<(u64, String)>);

/// Reads the external change context provided by [`App`].
fn use_external_change() -> ExternalChange {
    use_context::<ExternalChange>()
        .unwrap_or_else(|| ExternalChange(RwSignal::new((0, String::new()))))
}

/// Runs `reload(key)` each time another tab saves a key that `mine` accepts
/// (the one "reload what another tab saved" rule every screen follows).
pub fn on_external_change(mine: impl Fn(&str) -> bool + 'static, reload: impl Fn(&str) + 'static) {
    let external = use_external_change();
    Effect::new(move |_| {
        external.0.with(|(_, key)| {
            if mine(key) {
                reload(key);
            }
        });
    });
}

/// A signal holding what `load` reads from storage, read again whenever
/// another tab saves a key that `mine` accepts.
pub fn stored_signal<T: Send + Sync + 'static>(
    mine: impl Fn(&str) -> bool + 'static,
    load: impl Fn() -> T + 'static,
) -> RwSignal<T> {
    let signal = RwSignal::new(load());
    on_external_change(mine, move |_| signal.set(load()));
    signal
}

/// Reads the language context provided by [`App`].
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n(RwSignal::new(Lang::Fr)))
}

/// The screens of one page: turns a route of that page into its view.
pub type Screens = fn(Route) -> AnyView;

/// Starts a page of the app in `#app`, replacing the static shell (which
/// already shows the page's title and introduction, see
/// `scripts/finalize.mjs`). The start is cut into short tasks so that the
/// page stays responsive while it starts: the WebAssembly's start; storage
/// checks; then the texts; then the page's content (`warm`, e.g. parsing
/// the game's cards); then the screen. The static shell stays on screen
/// until the last one.
pub fn mount(page: Page, screens: Screens, areas: &'static [i18n::Area], warm: fn()) {
    i18n::use_areas(areas);
    // Each step in a task of its own, apart from the WebAssembly's start:
    // none blocks the page long, even on a phone's slower processor.
    later(move || {
        // Before anything reads its data: quarantine, migrate, detect
        // storage (every record is read in full).
        storage::local::check_all();
        later(move || {
            let lang = storage::settings::load_lang()
                .or_else(browser_lang)
                .unwrap_or_default();
            i18n::load(lang);
            later(move || {
                warm();
                later(move || mount_now(page, screens, lang));
            });
        });
    });
}

/// Runs `f` in a task of its own, after what is queued.
fn later(f: impl FnOnce() + 'static) {
    set_timeout(f, Duration::ZERO);
}

/// On a first visit (no language chosen yet), the browser's preferred
/// language when it is French or English. It is not stored: only a choice
/// made with the switch sticks.
fn browser_lang() -> Option<Lang> {
    let prefs: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    Lang::from_browser(prefs.iter().map(String::as_str))
}

fn mount_now(page: Page, screens: Screens, lang: Lang) {
    let root = document()
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            root.set_inner_html("");
            leptos::mount::mount_to(
                root,
                move || view! { <App page=page screens=screens lang=lang /> },
            )
            .forget();
        }
        None => leptos::mount::mount_to_body(
            move || view! { <App page=page screens=screens lang=lang /> },
        ),
    }
}

fn current_route(page: Page) -> Route {
    Route::parse_on(page, &window().location().hash().unwrap_or_default())
}

#[component]
/// The app; `lang` is the stored language, read once at start-up.
fn App(page: Page, screens: Screens, lang: Lang) -> impl IntoView {
    let lang = RwSignal::new(lang);
    provide_context(I18n(lang));
    let route = RwSignal::new(current_route(page));
    let external = ExternalChange(RwSignal::new((0, String::new())));
    provide_context(external);
    provide_context(notices::Notices::install());

    // Another tab wrote to local storage: tell the screens which key.
    let storage_listener = window_event_listener(leptos::ev::storage, move |ev| {
        if let Some(key) = ev.key().filter(|k| k.starts_with(storage::records::PREFIX)) {
            let new_lang = (key == storage::records::SETTINGS_KEY)
                .then(storage::settings::load_lang)
                .flatten();
            if let Some(l) = new_lang {
                lang.set(l);
            }
            // The trainer's windows follow each other live: no notice.
            if key != storage::records::SETTINGS_KEY && key != storage::records::TRAINER_KEY {
                storage::local::other_tab_changed(&key);
            }
            external.0.update(|(n, k)| {
                *n += 1;
                *k = key;
            });
        }
    });
    on_cleanup(move || storage_listener.remove());

    // The back button and links change the hash: follow it.
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(current_route(page));
    });
    on_cleanup(move || listener.remove());

    // Keep <html lang> and the stored preference in step with the switch.
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", l.code());
        }
        // The installed app's name and description follow the language.
        if let Ok(Some(link)) = document().query_selector("link[rel=manifest]") {
            let file = match l {
                Lang::Fr => "manifest.webmanifest",
                Lang::En => "manifest.en.webmanifest",
            };
            let _ = link.set_attribute("href", file);
        }
        storage::settings::save_lang(l);
    });

    // A new screen gets a new title, and focus goes to its content so that
    // screen reader users hear where they are (not on the first paint).
    Effect::new(move |previous: Option<Route>| {
        let r = route.get();
        // A screen of another page (an old bookmark, a typed address): go there.
        if r.page() != page && !cfg!(feature = "single") {
            // Keep the address's query (`?partie=…`), which the route
            // itself does not carry.
            let mut to = r.href();
            let hash = window().location().hash().unwrap_or_default();
            if let Some((_, query)) = hash.split_once('?')
                && !to.contains('?')
            {
                to = format!("{to}?{query}");
            }
            let _ = window().location().replace(&to);
        }
        shell::set_title(lang.get(), &r);
        if previous.is_some_and(|p| p != r) {
            dom::focus_main();
        }
        r
    });

    view! {
        <shell::Header route=route />
        <shell::UpdateBanner />
        <notices::NoticeBanner />
        <main id="contenu" class="wrap" tabindex="-1">
            {move || {
                let r = route.get();
                if r.page() == page || cfg!(feature = "single") {
                    screens(r)
                } else {
                    ().into_any()
                }
            }}
        </main>
        <shell::Footer />
    }
}
