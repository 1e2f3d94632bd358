//! Web workers built by Trunk from their own binaries (`src/bin/scanner.rs`,
//! `src/bin/lessons.rs`; `data-type="worker"` links in the trainer page,
//! see `scripts/build.sh`): heavy or rarely used code runs there, off the
//! page's thread, and is downloaded only when a screen starts the worker.
//!
//! Both sides of the exchange are here: [`serve`] inside a worker, [`Job`]
//! in the page. A worker says "ready" once its WebAssembly has started, so
//! the page never posts to a worker that cannot hear yet.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The message a worker posts once it listens.
const READY: &str = "ready";

/// Inside a worker: answers every message with `answer` (its reply, and
/// the buffers to hand over rather than copy). Returns false outside a worker.
pub fn serve(mut answer: impl FnMut(JsValue) -> JsValue + 'static) -> bool {
    let Ok(scope) = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>() else {
        return false;
    };
    let replies = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let _ = replies.post_message(&answer(ev.data()));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as its page wants it: the handler too.
    on_message.forget();
    scope.post_message(&READY.into()).is_ok()
}

/// In the page: a started worker and its handlers, stopped when dropped.
pub struct Job {
    worker: web_sys::Worker,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

/// What a worker said.
pub enum Heard {
    /// Its WebAssembly started: it can take messages.
    Ready,
    /// An answer.
    Answer(JsValue),
    /// It could not start or crashed (no file, no WebAssembly, a page
    /// opened from disk, where workers are not allowed).
    Failed,
}

impl Job {
    /// Starts the worker built from binary `name` (its Trunk loader,
    /// `./{name}_loader.js`, next to the page). `None` when the browser
    /// refuses to start it; later failures arrive as [`Heard::Failed`].
    pub fn start(name: &str, heard: impl FnMut(Heard) + 'static) -> Option<Job> {
        let worker = web_sys::Worker::new(&format!("./{name}_loader.js")).ok()?;
        let heard = std::rc::Rc::new(std::cell::RefCell::new(heard));
        let on_data = heard.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                let data = ev.data();
                let h = if data.as_string().as_deref() == Some(READY) {
                    Heard::Ready
                } else {
                    Heard::Answer(data)
                };
                if let Ok(mut f) = on_data.try_borrow_mut() {
                    f(h);
                }
            });
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            if let Ok(mut f) = heard.try_borrow_mut() {
                f(Heard::Failed);
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Some(Job {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Posts `message`, handing over the `transfer` buffers (no copy).
    pub fn post(&self, message: &JsValue, transfer: &[JsValue]) -> bool {
        let list: js_sys::Array = transfer.iter().collect();
        self.worker
            .post_message_with_transfer(message, &list)
            .is_ok()
    }
}

impl Drop for Job {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}
