//! Pure rules and scoring: no browser, no storage, no UI. Everything here is
//! plain data and functions, tested natively with `cargo test`.

pub mod dimension;
pub mod game;
pub mod json_error;
pub mod lang;
pub mod quiz;
pub mod role;
pub mod text;
pub mod trainer;
