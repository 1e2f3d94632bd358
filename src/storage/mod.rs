//! Local storage: the only place Labo keeps anything, on this device.

pub mod settings;
