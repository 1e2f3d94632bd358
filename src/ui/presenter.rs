//! Presenting on a projector: the page without the site's header and
//! footer, full screen (Fullscreen API) and a screen that stays awake
//! (Screen Wake Lock API) where the browser offers them. Both APIs are
//! optional: where one is missing, its control says so and the rest works.
//!
//! Used by the game's projector mode and the trainer's projector view:
//! call [`use_presenting`] in the presenting screen, and give its controls
//! the returned [`Presenter`].

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The class on `<html>` while a screen presents: the stylesheets hide the
/// site's header, footer and navigation under it.
pub const PRESENTING_CLASS: &str = "presenting";

thread_local! {
    /// The screen wake lock held now (a `WakeLockSentinel`), if any.
    static SENTINEL: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// What a presenting screen can show and toggle.
#[derive(Clone, Copy)]
pub struct Presenter {
    /// The page is full screen now (follows Esc and the browser's own exit).
    pub fullscreen: ReadSignal<bool>,
    /// A wake lock keeps the screen on now.
    pub awake: ReadSignal<bool>,
    set_awake: WriteSignal<bool>,
    /// The person asked to keep the screen on (kept across tab switches,
    /// which release the lock).
    want_awake: RwSignal<bool>,
}

impl Presenter {
    /// Whether this browser offers full screen for the page.
    pub fn can_fullscreen(self) -> bool {
        document().fullscreen_enabled()
    }

    /// Whether this browser offers a screen wake lock.
    pub fn can_stay_awake(self) -> bool {
        wake_lock().is_some()
    }

    /// Enters or leaves full screen (the whole page, so that dialogs and
    /// announcements stay visible).
    pub fn toggle_fullscreen(self) {
        let doc = document();
        if doc.fullscreen_element().is_some() {
            doc.exit_fullscreen();
        } else if let Some(root) = doc.document_element() {
            // Refused when not triggered by a click: nothing to do then.
            let _ = root.request_fullscreen();
        }
    }

    /// Asks for (or releases) the screen wake lock.
    pub fn set_stay_awake(self, on: bool) {
        self.want_awake.set(on);
        if on {
            request_wake_lock(self.set_awake);
        } else {
            release_wake_lock();
            self.set_awake.set(false);
        }
    }
}

/// Marks the page as presenting while `active` is true (hiding the site
/// chrome), tracks full screen, and re-takes the wake lock when the tab
/// comes back into view. Everything is undone when the screen goes away.
pub fn use_presenting(active: Signal<bool>) -> Presenter {
    let (fullscreen, set_fullscreen) = signal(document().fullscreen_element().is_some());
    let (awake, set_awake) = signal(false);
    let want_awake = RwSignal::new(false);
    let presenter = Presenter {
        fullscreen,
        awake,
        set_awake,
        want_awake,
    };

    Effect::new(move |_| set_root_class(active.get()));

    let on_fullscreen = window_event_listener_untyped("fullscreenchange", move |_| {
        set_fullscreen.set(document().fullscreen_element().is_some());
    });
    // The browser releases a wake lock when the tab is hidden.
    let on_visible = window_event_listener_untyped("visibilitychange", move |_| {
        let visible = document().visibility_state() == web_sys::VisibilityState::Visible;
        if visible && want_awake.get_untracked() {
            request_wake_lock(set_awake);
        } else if !visible {
            set_awake.set(false);
        }
    });
    on_cleanup(move || {
        on_fullscreen.remove();
        on_visible.remove();
        set_root_class(false);
        release_wake_lock();
        if document().fullscreen_element().is_some() {
            document().exit_fullscreen();
        }
    });
    presenter
}

fn set_root_class(on: bool) {
    if let Some(root) = document().document_element() {
        let classes = root.class_list();
        let _ = if on {
            classes.add_1(PRESENTING_CLASS)
        } else {
            classes.remove_1(PRESENTING_CLASS)
        };
    }
}

/// `navigator.wakeLock`, where it exists (read dynamically: the API is
/// recent and web-sys only binds it behind an unstable flag).
fn wake_lock() -> Option<JsValue> {
    let navigator = window().navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("wakeLock"))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn call_method(target: &JsValue, name: &str, arg: Option<&JsValue>) -> Option<JsValue> {
    let f = js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    match arg {
        Some(a) => f.call1(target, a).ok(),
        None => f.call0(target).ok(),
    }
}

fn request_wake_lock(set_awake: WriteSignal<bool>) {
    let Some(lock) = wake_lock() else {
        return;
    };
    let Some(promise) = call_method(&lock, "request", Some(&JsValue::from_str("screen")))
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return;
    };
    leptos::task::spawn_local(async move {
        // Refused (battery saver, hidden tab): the control shows it is off.
        let taken = JsFuture::from(promise).await.ok();
        set_awake.set(taken.is_some());
        if let Some(sentinel) = taken {
            release_wake_lock();
            SENTINEL.with(|s| *s.borrow_mut() = Some(sentinel));
        }
    });
}

fn release_wake_lock() {
    if let Some(sentinel) = SENTINEL.with(|s| s.borrow_mut().take()) {
        let _ = call_method(&sentinel, "release", None);
    }
}
