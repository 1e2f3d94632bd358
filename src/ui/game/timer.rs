//! An optional soft timer for the facilitator: off unless turned on, it
//! counts down, can be paused, resumed or reset, and only says when the
//! time is up, on screen and to screen readers (it never stops the game).

use std::time::Duration;

use leptos::prelude::*;

use super::Ctx;

#[component]
pub fn Timer(ctx: Ctx) -> impl IntoView {
    let i = ctx.i;
    let open = RwSignal::new(false);
    let minutes = RwSignal::new(5u32);
    let left = RwSignal::new(5 * 60u32);
    let running = RwSignal::new(false);
    let handle = StoredValue::new(None::<IntervalHandle>);
    let stop = move || {
        if let Some(h) = handle.get_value() {
            h.clear();
        }
        handle.set_value(None);
        running.set(false);
    };
    on_cleanup(stop);
    let tick = move || {
        let now = left.get_untracked().saturating_sub(1);
        left.set(now);
        if now == 0 {
            stop();
            ctx.say(i.t("game.timer.done").to_owned());
        }
    };
    let toggle = move |_| {
        if running.get_untracked() {
            stop();
        } else if left.get_untracked() > 0
            && let Ok(h) = set_interval_with_handle(tick, Duration::from_secs(1))
        {
            handle.set_value(Some(h));
            running.set(true);
        }
    };
    let reset = move |_| {
        stop();
        left.set(minutes.get_untracked() * 60);
    };
    let shown = move || {
        let s = left.get();
        format!("{}:{:02}", s / 60, s % 60)
    };
    view! {
        <button type="button" class="secondary" aria-expanded=move || if open.get() { "true" } else { "false" }
            aria-controls="game-timer" on:click=move |_| open.update(|o| *o = !*o)>
            {i.tr("game.timer.title")}
        </button>
        <Show when=move || open.get()>
            <div id="game-timer" class="game-timer">
                <label for="game-timer-min">{i.tr("game.timer.minutes")}</label>
                <select id="game-timer-min" on:change=move |ev| {
                    let m = event_target_value(&ev).parse().unwrap_or(5);
                    minutes.set(m);
                    if !running.get_untracked() { left.set(m * 60); }
                }>
                    {[2u32, 3, 5, 10, 15].map(|m| view! { <option value=m.to_string() selected=move || minutes.get() == m>{m}</option> }).collect_view()}
                </select>
                <span class="game-timer-left" class:game-timer-over=move || left.get() == 0 role="timer" aria-live="off">{shown}</span>
                <button type="button" on:click=toggle>
                    {move || i.t(if running.get() { "game.timer.pause" } else { "game.timer.start" })}
                </button>
                <button type="button" class="secondary" on:click=reset>{i.tr("game.timer.reset")}</button>
                <p class="game-timer-done" role="status">{move || (left.get() == 0).then(|| i.t("game.timer.done"))}</p>
            </div>
        </Show>
    }
}
