//! « Scanner des codes »: a dialog that films QR codes with the laptop's
//! camera and hands each code read to its screen (team map or tables),
//! which adds it or says why not. The camera is asked for only when the
//! button is pressed and stopped when the dialog closes. Frames go from the
//! camera to a canvas, then to the decoder's worker (`src/bin/scanner.rs`,
//! downloaded at the first opening), and are dropped: none is stored or
//! leaves the device. No sound: each read shows a visible confirmation.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};

use super::store::Desk;
use crate::domain::game::Content;
use crate::domain::quiz::format_grouped;
use crate::domain::trainer::scan::{Repeats, Scanned, classify};
use crate::i18n;
use crate::ui::use_i18n;
use crate::worker::{Heard, Job};

/// Frames are scaled down to this width: enough for a code held up at
/// arm's length, quick to decode.
const FRAME_WIDTH: u32 = 640;
/// Pause between two frames, in milliseconds.
const FRAME_PAUSE_MS: u64 = 120;
/// The latest reads listed in the dialog (the screen behind keeps them all).
const SHOWN_READS: usize = 5;
/// How long the last read's colour stays on the camera image.
const FLASH_MS: u64 = 1_500;

/// Why the decoder did not start: the one-file version, opened from disk,
/// may not start workers at all.
const NO_WORKER: &str = if cfg!(feature = "single") {
    "trainer.scan.error.unavailable"
} else {
    "trainer.scan.error.worker"
};

/// One code read, as the dialog lists it.
#[derive(Clone, PartialEq)]
pub struct Read {
    pub ok: bool,
    pub text: String,
}

/// Where the dialog is.
#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Starting,
    Scanning,
    Failed(&'static str),
}

/// An open camera: the stream, the canvas frames are drawn on, the decoder.
struct Session {
    stream: Option<web_sys::MediaStream>,
    canvas: web_sys::HtmlCanvasElement,
    job: Job,
}

impl Session {
    fn stop(self) {
        if let Some(s) = self.stream {
            stop_stream(&s);
        }
    }
}

fn stop_stream(s: &web_sys::MediaStream) {
    for t in s.get_tracks().iter() {
        if let Ok(t) = t.dyn_into::<web_sys::MediaStreamTrack>() {
            t.stop();
        }
    }
}

/// Everything the dialog's callbacks share (all `Copy`).
#[derive(Clone, Copy)]
struct Ctx {
    session: StoredValue<Option<Session>, LocalStorage>,
    /// Bumped at every opening and closing: late callbacks of an earlier
    /// opening see it changed and do nothing.
    generation: StoredValue<u32>,
    video: NodeRef<html::Video>,
    phase: RwSignal<Phase>,
    reads: RwSignal<Vec<Read>>,
    flash: RwSignal<Option<bool>>,
    repeats: StoredValue<Repeats>,
    on_code: Callback<Scanned, Read>,
}

impl Ctx {
    fn current(self, generation: u32) -> bool {
        self.generation.get_value() == generation
    }

    fn fail(self, key: &'static str) {
        self.phase.set(Phase::Failed(key));
        // Not from within the worker's own handler: stop on the next turn.
        set_timeout(move || self.close_session(), Duration::ZERO);
    }

    fn close_session(self) {
        if let Some(s) = self.session.try_update_value(Option::take).flatten() {
            s.stop();
        }
    }

    /// Draws the current frame and sends it to the decoder; false when the
    /// camera has no picture yet.
    fn send_frame(self) -> bool {
        let Some(video) = self.video.get_untracked() else {
            return false;
        };
        let (vw, vh) = (video.video_width(), video.video_height());
        if vw == 0 || vh == 0 {
            return false;
        }
        let w = vw.min(FRAME_WIDTH);
        let h = (vh as u64 * w as u64 / vw as u64) as u32;
        self.session
            .with_value(|s| {
                let s = s.as_ref()?;
                s.canvas.set_width(w);
                s.canvas.set_height(h);
                let options = js_sys::Object::new();
                js_sys::Reflect::set(&options, &"willReadFrequently".into(), &true.into()).ok()?;
                let c: web_sys::CanvasRenderingContext2d = s
                    .canvas
                    .get_context_with_context_options("2d", &options)
                    .ok()??
                    .dyn_into()
                    .ok()?;
                c.draw_image_with_html_video_element_and_dw_and_dh(
                    &video, 0.0, 0.0, w as f64, h as f64,
                )
                .ok()?;
                let image = c.get_image_data(0.0, 0.0, w as f64, h as f64).ok()?;
                // The pixels stay in JavaScript and are handed over, not copied.
                let data = js_sys::Reflect::get(&image, &"data".into()).ok()?;
                let buffer = js_sys::Reflect::get(&data, &"buffer".into()).ok()?;
                let frame = js_sys::Array::of3(&w.into(), &h.into(), &data);
                s.job.post(&frame, &[buffer]).then_some(())
            })
            .is_some()
    }

    /// Sends a frame now, or tries again shortly.
    fn capture(self, generation: u32) {
        if !self.current(generation) {
            return;
        }
        if !self.send_frame() {
            set_timeout(move || self.capture(generation), Duration::from_millis(250));
        }
    }

    /// The decoder's answer: the texts of the codes in the frame.
    fn heard(self, generation: u32, texts: JsValue) {
        if !self.current(generation) {
            return;
        }
        let now = js_sys::Date::now();
        for text in js_sys::Array::from(&texts)
            .iter()
            .filter_map(|t| t.as_string())
        {
            if !self
                .repeats
                .try_update_value(|r| r.fresh(&text, now))
                .unwrap_or(false)
            {
                continue;
            }
            let read = self.on_code.run(classify(&text));
            self.flash.set(Some(read.ok));
            self.reads.update(|list| list.insert(0, read));
            let flash = self.flash;
            set_timeout(move || flash.set(None), Duration::from_millis(FLASH_MS));
        }
        set_timeout(
            move || self.capture(generation),
            Duration::from_millis(FRAME_PAUSE_MS),
        );
    }

    /// Opens the camera and the decoder.
    fn open(self) {
        self.close_session();
        let generation = self.generation.get_value() + 1;
        self.generation.set_value(generation);
        self.phase.set(Phase::Starting);
        self.reads.set(Vec::new());
        self.repeats.set_value(Repeats::default());
        let document = document();
        let Some(canvas) = document
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return self.phase.set(Phase::Failed("trainer.scan.error.camera"));
        };
        let job = Job::start("scanner", move |h| match h {
            Heard::Ready => self.capture(generation),
            Heard::Answer(texts) => self.heard(generation, texts),
            Heard::Failed if self.current(generation) => self.fail(NO_WORKER),
            Heard::Failed => {}
        });
        let Some(job) = job else {
            return self.phase.set(Phase::Failed(NO_WORKER));
        };
        self.session.set_value(Some(Session {
            stream: None,
            canvas,
            job,
        }));
        let Some(devices) = window()
            .navigator()
            .media_devices()
            .ok()
            .filter(|d| !JsValue::from(d).is_undefined())
        else {
            return self.fail("trainer.scan.error.unavailable");
        };
        let constraints = web_sys::MediaStreamConstraints::new();
        let video = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&video, &"facingMode".into(), &"environment".into());
        constraints.set_video(&video);
        constraints.set_audio(&false.into());
        let Ok(asked) = devices.get_user_media_with_constraints(&constraints) else {
            return self.fail("trainer.scan.error.unavailable");
        };
        spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(asked).await {
                Ok(stream) => {
                    let stream: web_sys::MediaStream = stream.unchecked_into();
                    if !self.current(generation) {
                        return stop_stream(&stream);
                    }
                    if let Some(v) = self.video.get_untracked() {
                        v.set_muted(true);
                        v.set_src_object(Some(&stream));
                        let _ = v.play();
                    }
                    self.session.update_value(|s| {
                        if let Some(s) = s {
                            s.stream = Some(stream);
                        }
                    });
                    self.phase.set(Phase::Scanning);
                }
                Err(e) if self.current(generation) => {
                    let name = js_sys::Reflect::get(&e, &"name".into())
                        .ok()
                        .and_then(|n| n.as_string())
                        .unwrap_or_default();
                    self.fail(match name.as_str() {
                        "NotAllowedError" | "SecurityError" => "trainer.scan.error.denied",
                        "NotFoundError" | "OverconstrainedError" => "trainer.scan.error.no_camera",
                        _ => "trainer.scan.error.camera",
                    });
                }
                Err(_) => {}
            }
        });
    }

    /// Stops the camera and the decoder (the dialog closed, or the screen
    /// went away: hence `try_`, the values may be gone already).
    fn shut(self) {
        self.generation.try_update_value(|g| *g += 1);
        self.close_session();
        if let Some(v) = self.video.try_get_untracked().flatten() {
            v.set_src_object(None);
        }
        self.flash.try_set(None);
    }
}

/// The button and its dialog. `id` names the dialog's parts; `how` is the
/// instruction key; `on_code` adds a read code to the screen's list and
/// says how it went.
#[component]
pub fn Scanner(
    id: &'static str,
    how: &'static str,
    on_code: Callback<Scanned, Read>,
) -> impl IntoView {
    let i = use_i18n();
    let dialog = NodeRef::<html::Dialog>::new();
    let cx = Ctx {
        session: StoredValue::new_local(None),
        generation: StoredValue::new(0),
        video: NodeRef::new(),
        phase: RwSignal::new(Phase::Starting),
        reads: RwSignal::new(Vec::new()),
        flash: RwSignal::new(None),
        repeats: StoredValue::new(Repeats::default()),
        on_code,
    };
    on_cleanup(move || cx.shut());
    let open = move |_| {
        if let Some(d) = dialog.get_untracked()
            && d.show_modal().is_ok()
        {
            cx.open();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    let title = format!("{id}-title");
    let labelled_by = title.clone();
    let status = move || match cx.phase.get() {
        Phase::Starting => i.t("trainer.scan.starting").to_owned(),
        Phase::Failed(key) => i.t(key).to_owned(),
        Phase::Scanning => match cx.reads.with(|r| r.first().cloned()) {
            Some(r) => r.text,
            None => i.t("trainer.scan.waiting").to_owned(),
        },
    };
    let added = move || {
        let n = cx.reads.with(|r| r.iter().filter(|r| r.ok).count());
        i.tn("trainer.scan.count", n as i64, &[])
    };
    let frame_class = move || match cx.flash.get() {
        Some(true) => "scan-frame scan-ok",
        Some(false) => "scan-frame scan-no",
        None => "scan-frame",
    };
    view! {
        <button type="button" class="secondary scan-open" on:click=open>
            {camera_icon()}{i.tr("trainer.scan.open")}
        </button>
        <dialog node_ref=dialog class="scan" aria-labelledby=labelled_by on:close=move |_| cx.shut()>
            <h2 id=title>{i.tr("trainer.scan.title")}</h2>
            <p>{i.tr(how)}</p>
            <p class="hint">{i.tr("trainer.scan.privacy")}</p>
            <div class=frame_class>
                <video node_ref=cx.video aria-label=i.tr("trainer.scan.video")></video>
            </div>
            <p role="status" class=move || match cx.phase.get() {
                Phase::Failed(_) => "scan-status error",
                _ => match cx.reads.with(|r| r.first().map(|r| r.ok)) {
                    Some(true) => "scan-status ok",
                    Some(false) => "scan-status error",
                    None => "scan-status",
                },
            }>{status}</p>
            <h3>{added}</h3>
            <ul class="scan-reads">
                {move || cx.reads.get().into_iter().take(SHOWN_READS).map(|r| view! {
                    <li class=if r.ok { "ok" } else { "error" }>{r.text}</li>
                }).collect_view()}
            </ul>
            <div class="actions">
                <button type="button" on:click=close>{i.tr("trainer.scan.close")}</button>
            </div>
        </dialog>
    }
}

/// A camera, drawn inline (decorative: the button's text names it).
fn camera_icon() -> impl IntoView {
    view! {
        <svg class="scan-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M4 7h3l2-3h6l2 3h3a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>
            <circle cx="12" cy="13" r="4" fill="none" stroke="currentColor" stroke-width="2"/>
        </svg>
    }
}

/// The team map's scanner: a participant's result QR code joins the map.
pub fn team_scanner(desk: RwSignal<Desk>) -> impl IntoView {
    let i = use_i18n();
    let on_code = Callback::new(move |scanned: Scanned| {
        let lang = i.lang();
        let code = match scanned {
            Scanned::Participant(c) | Scanned::Text(c) => c,
        };
        let mut map = desk.get_untracked().team;
        let r = map.add(&code, "");
        let f = super::team::describe(lang, &format_grouped(&code), &r);
        if r.is_ok() {
            desk.update(|d| d.team = map);
        }
        Read {
            ok: f.ok,
            text: f.text,
        }
    });
    view! { <Scanner id="tr-scan-team" how="trainer.scan.how_team" on_code=on_code /> }
}

/// The comparison's scanner: a table's summary QR code joins the tables.
pub fn tables_scanner(desk: RwSignal<Desk>, game: &'static Content) -> impl IntoView {
    let i = use_i18n();
    let on_code = Callback::new(move |scanned: Scanned| {
        let lang = i.lang();
        let Scanned::Text(code) = scanned else {
            return Read {
                ok: false,
                text: i18n::t(lang, "trainer.scan.participant_here").to_owned(),
            };
        };
        let mut cmp = desk.get_untracked().tables;
        let r = cmp.add(&code, game);
        let (ok, text) = super::compare::collected(lang, &code, &r);
        if ok {
            desk.update(|d| d.tables = cmp);
        }
        Read { ok, text }
    });
    view! { <Scanner id="tr-scan-tables" how="trainer.scan.how_tables" on_code=on_code /> }
}
