//! The frame around every screen: skip link, header with the language
//! switch and the main navigation, footer with the privacy promise.

use leptos::prelude::*;

use super::use_i18n;
use crate::route::{Route, TrainerView};

/// Names the browser tab after `route`'s screen (« Débriefing · Labo »).
pub fn set_title(lang: crate::i18n::Lang, route: &Route) {
    let title = format!("{} · Labo", crate::i18n::t(lang, title_key(route)));
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(&title);
    }
}

/// The locale key of a screen's title (document title and navigation).
pub fn title_key(route: &Route) -> &'static str {
    match route {
        Route::Home => "home.title",
        Route::Quiz => "quiz.title",
        Route::QuizResult => "quiz.result.title",
        Route::QuizHistory => "quiz.history.title",
        Route::TeamMap { .. } => "trainer.teammap.title",
        Route::Game => "game.title",
        Route::Debrief => "game.debrief.title",
        Route::GameEnd => "game.end.title",
        Route::Trainer(_) => "trainer.title",
        Route::Data => "data.title",
        Route::Accessibility => "a11y.title",
        Route::NotFound(_) => "notfound.title",
    }
}

/// The main section a screen belongs to, for the navigation highlight.
fn section(route: &Route) -> Route {
    match route {
        Route::QuizResult | Route::QuizHistory => Route::Quiz,
        Route::TeamMap { .. } | Route::Trainer(_) => Route::Trainer(TrainerView::Overview),
        Route::Debrief | Route::GameEnd => Route::Game,
        other => other.clone(),
    }
}

const NAV: [Route; 3] = [
    Route::Quiz,
    Route::Game,
    Route::Trainer(TrainerView::Overview),
];

#[component]
pub fn Header(route: RwSignal<Route>) -> impl IntoView {
    let i = use_i18n();
    let switch = move |_| i.0.update(|l| *l = l.other());
    view! {
        <a class="skip-link" href="#contenu" on:click=move |ev| {
            // The hash is used for routing: move focus without changing it.
            ev.prevent_default();
            super::dom::focus_main();
        }>{i.tr("shell.skip")}</a>
        <header class="site-header">
            <div class="wrap">
                <a class="brand" href="#/">"Labo"</a>
                <nav class="site-nav" aria-label=i.tr("shell.nav")>
                    <ul>
                        {NAV
                            .into_iter()
                            .map(|r| {
                                let href = r.href();
                                let key = title_key(&r);
                                let current = move || (section(&route.get()) == r).then_some("page");
                                view! {
                                    <li>
                                        <a href=href aria-current=current>{i.tr(key)}</a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <button
                    type="button"
                    class="secondary"
                    lang=move || i.lang().other().code()
                    aria-label=i.tr("shell.switch_label")
                    on:click=switch
                >
                    {i.tr("shell.switch")}
                </button>
            </div>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let i = use_i18n();
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p>{i.tr("shell.privacy")}</p>
                <p>
                    <a href=Route::Data.href()>{i.tr("data.title")}</a>
                    " · "
                    <a href=Route::Accessibility.href()>{i.tr("shell.a11y_link")}</a>
                </p>
            </div>
        </footer>
    }
}

/// "Nouvelle version disponible — recharger": shown when the service worker
/// has a new version ready (see `public/sw-register.js`). Reloading is the
/// person's choice, so a game or a questionnaire is never interrupted;
/// everything is saved anyway.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let i = use_i18n();
    let ready = js_sys::Reflect::get(&window(), &"__laboUpdateReady".into())
        .map(|v| v.is_truthy())
        .unwrap_or(false);
    let ready = RwSignal::new(ready);
    let listener = window_event_listener_untyped("labo-update", move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    let apply = move |_| {
        if let Ok(ev) = web_sys::Event::new("labo-update-apply") {
            let _ = window().dispatch_event(&ev);
        }
    };
    view! {
        <Show when=move || ready.get()>
            <div class="wrap update" role="status">
                <p>{i.tr("shell.update")}</p>
                <button type="button" on:click=apply>{i.tr("shell.update_reload")}</button>
                <button type="button" class="secondary" on:click=move |_| ready.set(false)>
                    {i.tr("shell.update_later")}
                </button>
            </div>
        </Show>
    }
}
