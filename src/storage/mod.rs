//! Local storage: the only place Labo keeps anything, on this device.
//! `envelope` and `records` are pure (tested natively); `local` and
//! `settings` talk to the browser.

pub mod backup;
pub mod envelope;
pub mod records;

#[cfg(target_arch = "wasm32")]
pub mod local;
#[cfg(target_arch = "wasm32")]
pub mod settings;
