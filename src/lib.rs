//! Labo: an innovation-profile quiz and a cooperative serious game about
//! running a public innovation project.
//!
//! `domain` holds every rule and score as plain data and pure functions,
//! compiled and tested natively. `storage` is half pure (envelopes,
//! migrations, backups), half browser; `ui` and `worker` (the page's web
//! workers) exist only in the browser build.

pub mod domain;
pub mod i18n;
pub mod route;
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod worker;
