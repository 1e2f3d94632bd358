//! Randomness that is never replayed: fresh deal codes and record ids. It
//! comes from the system's generator (rand's `SysRng`, Web Crypto in the
//! browser). What a game replays draws only from the seeded generator kept
//! in its state (`domain::game`), never from here.

use rand::TryRng;
use rand::rngs::SysRng;

use crate::domain::game::seed::SEED_SPACE;

/// 64 random bits; the clock's bits if the system refuses (a fresh code
/// only needs to differ from the last one, not to be secret).
fn bits() -> u64 {
    SysRng
        .try_next_u64()
        .unwrap_or_else(|_| (js_sys::Date::now() * 1000.0) as u64)
}

/// A fresh deal seed, uniform over the seed codes (the modulo bias over
/// 2^64 is below one in ten billion).
pub fn seed() -> u64 {
    bits() % SEED_SPACE
}

/// A random part for a record id, below `n`.
pub fn below(n: u64) -> u64 {
    bits() % n.max(1)
}
