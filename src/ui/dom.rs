//! Small browser services shared by every screen: focus, printing, the
//! clipboard, dates (from `ui::dates`) and the page's own address. Every
//! call tolerates a missing API and reports failure instead of panicking.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::route::{Page, Route};

pub use crate::ui::dates::format_date;

/// Copies `text` to the clipboard and calls `done(true)` once it is there,
/// or `done(false)` when the clipboard is unavailable or refused.
pub fn copy_text(text: &str, done: impl Fn(bool) + 'static) {
    let promise = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .filter(|c| c.is_object())
        .and_then(|clipboard| {
            let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?;
            let write = write.dyn_into::<js_sys::Function>().ok()?;
            let promise = write.call1(&clipboard, &JsValue::from_str(text)).ok()?;
            let then = js_sys::Reflect::get(&promise, &"then".into()).ok()?;
            Some((promise, then.dyn_into::<js_sys::Function>().ok()?))
        });
    let Some((promise, then)) = promise else {
        done(false);
        return;
    };
    let done = std::rc::Rc::new(done);
    let ok = {
        let done = done.clone();
        Closure::once_into_js(move |_: JsValue| done(true))
    };
    let failed = Closure::once_into_js(move |_: JsValue| done(false));
    if then.call2(&promise, &ok, &failed).is_err() {
        // `done` moved into the closures: nothing else to report.
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The absolute address of the page that shows `page` routes: the base of
/// links shared by QR code (the team map lives in the trainer's page).
pub fn page_url(page: Page) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let here = href.split(['#', '?']).next().unwrap_or_default();
    let folder = here.rsplit_once('/').map_or(here, |(dir, _)| dir);
    format!("{folder}/{}", page.file().trim_start_matches("./"))
}

/// Goes to a screen: on this page only the hash changes.
pub fn go(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().assign(&route.href());
    }
}

/// Moves focus to the element with `id` once the screen has been drawn.
pub fn focus_soon(id: impl Into<String>) {
    let id = id.into();
    request_animation_frame(move || {
        focus_now(&id);
    });
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Moves focus to the element with `id` if it is on the page; says whether
/// it was. Done before a change that removes the focused button (a card
/// played), it spares the browser a costly clean-up of the lost focus.
pub fn focus_now(id: &str) -> bool {
    element(id).is_some_and(|el| el.focus().is_ok())
}

/// Like [`focus_now`], without scrolling the page: after a card is played
/// the table stays where it is (the consequences are announced anyway).
pub fn focus_still(id: &str) -> bool {
    let Some(el) = element(id) else {
        return false;
    };
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"preventScroll".into(), &true.into());
    js_sys::Reflect::get(&el, &"focus".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .is_some_and(|f| f.call1(&el, &opts).is_ok())
}

/// Scrolls the page back to its top (a new screen starts there, wherever
/// the button that opened it was).
pub fn to_top() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        root.set_scroll_top(0);
    }
}

/// Moves keyboard focus to the main content (skip link, new screen).
pub fn focus_main() {
    focus_now("contenu");
}

/// A parameter of the address's hash (`#/quiz/resultat?le=…`), if present.
pub fn hash_param(name: &str) -> Option<String> {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok())?;
    let (_, query) = hash.split_once('?')?;
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == name).then(|| v.to_owned())
    })
}

/// A flag that turns true in the next task. The parts of a screen drawn
/// behind it come just after the rest, so that opening the screen does not
/// block the page in one long task.
pub fn next_task() -> ReadSignal<bool> {
    let (ready, set_ready) = signal(false);
    set_timeout(
        move || {
            set_ready.try_set(true);
        },
        std::time::Duration::ZERO,
    );
    ready
}
