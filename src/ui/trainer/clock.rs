//! The step's timer, large: it reads the shared run's countdown (so the
//! control window and the projector show the same time), says when the
//! time is up on screen and to screen readers, and beeps only if this
//! window's sound was turned on (off by default; the sound is made here,
//! with Web Audio, never downloaded).

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;

use super::running_order::{dispatch, run_of};
use super::store::Desk;
use crate::domain::trainer::running_order::RunAction;
use crate::ui::use_i18n;

thread_local! {
    /// The audio context, made on the click that turned the sound on
    /// (browsers only let a page make sounds after a gesture).
    static AUDIO: RefCell<Option<web_sys::AudioContext>> = const { RefCell::new(None) };
}

/// Milliseconds since the epoch: the same clock in every window.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// "m:ss" of a number of seconds.
pub fn shown(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

fn beep() {
    AUDIO.with(|a| {
        let Some(ctx) = a.borrow().clone() else {
            return;
        };
        let (Ok(osc), Ok(gain)) = (ctx.create_oscillator(), ctx.create_gain()) else {
            return;
        };
        let t = ctx.current_time();
        osc.frequency().set_value(880.0);
        gain.gain().set_value(0.2);
        if osc.connect_with_audio_node(&gain).is_err()
            || gain.connect_with_audio_node(&ctx.destination()).is_err()
        {
            return;
        }
        // Three short beeps.
        for k in 0..3 {
            let at = t + f64::from(k) * 0.35;
            let _ = gain.gain().set_value_at_time(0.2, at);
            let _ = gain.gain().set_value_at_time(0.0, at + 0.2);
        }
        let _ = osc.start();
        let _ = osc.stop_with_when(t + 1.0);
    });
}

/// Turns this window's sound on or off (on: from a click, see [`AUDIO`]).
fn set_sound(on: bool) {
    AUDIO.with(|a| {
        let mut a = a.borrow_mut();
        if on && a.is_none() {
            *a = web_sys::AudioContext::new().ok();
        } else if !on && let Some(ctx) = a.take() {
            let _ = ctx.close();
        }
    });
}

/// The large timer of the current step, with its controls.
#[component]
pub fn BigClock(desk: RwSignal<Desk>, #[prop(optional)] id: &'static str) -> impl IntoView {
    let i = use_i18n();
    let now = RwSignal::new(now_ms());
    // A tick twice a second is enough for a display of whole seconds.
    let handle =
        set_interval_with_handle(move || now.set(now_ms()), Duration::from_millis(500)).ok();
    on_cleanup(move || {
        if let Some(h) = handle {
            h.clear();
        }
    });
    let sound = RwSignal::new(false);
    on_cleanup(move || set_sound(false));
    let clock = Memo::new(move |_| desk.with(|d| run_of(d).map(|r| r.clock)));
    let left = Memo::new(move |_| clock.get().map_or(0, |c| c.left_s(now.get())));
    let over = Memo::new(move |_| clock.get().is_some_and(|c| c.is_over(now.get())));
    let running = Memo::new(move |_| clock.get().is_some_and(|c| c.is_running()) && !over.get());
    Effect::new(move |before: Option<bool>| {
        let o = over.get();
        // Only the moment it runs out, not a page opened on a finished step.
        if before == Some(false) && o && sound.get_untracked() {
            beep();
        }
        o
    });
    let toggle = move |_| {
        let action = if running.get_untracked() {
            RunAction::Pause { now: now_ms() }
        } else {
            RunAction::Start { now: now_ms() }
        };
        dispatch(desk, action);
        now.set(now_ms());
    };
    view! {
        <div class="tr-clock" class:tr-clock-over=move || over.get() id=id>
            <p class="tr-clock-time" role="timer" aria-live="off">
                <span class="visually-hidden">{i.tr("trainer.clock.left")}" "</span>
                {move || shown(left.get())}
            </p>
            <p class="tr-clock-done" role="status">{move || over.get().then(|| i.t("trainer.clock.done"))}</p>
            <p class="tr-clock-controls">
                <button type="button" class="secondary" on:click=toggle disabled=move || over.get()>
                    {move || i.t(if running.get() { "trainer.clock.pause" } else { "trainer.clock.start" })}
                </button>
                <button type="button" class="secondary" on:click=move |_| { dispatch(desk, RunAction::Reset); }>
                    {i.tr("trainer.clock.reset")}
                </button>
                <button type="button" class="secondary" aria-pressed=move || if sound.get() { "true" } else { "false" }
                    on:click=move |_| { let on = !sound.get_untracked(); set_sound(on); sound.set(on); }>
                    {i.tr("trainer.clock.sound")}
                </button>
            </p>
        </div>
    }
}
