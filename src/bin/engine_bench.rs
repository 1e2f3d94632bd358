//! Engine benchmark: random-play games per second on one core, and the
//! serialised size of a finished game's state (largest over a sample), and
//! the time to read the built-in content.
//! One machine-readable line each.
//!
//! `cargo run --profile sim --bin engine_bench`

use std::time::{Duration, Instant};

use labo::domain::game::sim::{Strategy, play_game};
use labo::domain::game::{Content, Difficulty};

fn main() {
    let content = match Content::builtin() {
        Ok(c) => c,
        Err(errors) => {
            for e in errors {
                eprintln!("{e}");
            }
            std::process::exit(1);
        }
    };
    let ids: Vec<String> = content.scenarios.iter().map(|s| s.id.clone()).collect();
    let mut teams = 1;
    // Warm up, then play for about two seconds on this thread only.
    let mut games = 0u64;
    let mut checksum = 0u64;
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(2) {
        for _ in 0..1000 {
            let sc = &ids[(games as usize) % ids.len()];
            let d = Difficulty::ALL[(games as usize / ids.len()) % 3];
            teams = teams % 6 + 1;
            if let Some(s) = play_game(&content, sc, d, teams, Strategy::Random, games) {
                checksum = checksum.wrapping_add(s.board.stats[8] as u64 + s.log().len() as u64);
            }
            games += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "engine: {:.0} games/s (random play, 1 core)",
        games as f64 / secs
    );

    let mut max = 0usize;
    for g in 0..1000u64 {
        let sc = &ids[(g as usize) % ids.len()];
        if let Some(s) = play_game(&content, sc, Difficulty::Hard, 6, Strategy::Random, g) {
            let size = serde_json::to_string(&s).map(|j| j.len()).unwrap_or(0);
            max = max.max(size);
        }
    }
    println!(
        "engine: finished state {:.1} KB (max over 1000 games)",
        max as f64 / 1024.0
    );
    // Reading the built-in game content, as a page does on opening: in one
    // pass (the game page) or with JSON paths (the trainer page).
    let mut time = |read: fn() -> Result<Content, Vec<labo::domain::game::ContentError>>| {
        let n = 50;
        let start = Instant::now();
        for _ in 0..n {
            checksum = checksum.wrapping_add(read().map_or(0, |c| c.methods.len() as u64));
        }
        start.elapsed().as_secs_f64() * 1000.0 / n as f64
    };
    let quick = time(Content::builtin);
    let located = time(Content::builtin_located);
    println!(
        "engine: content read in {quick:.2} ms in one pass, {located:.2} ms with JSON paths (native)"
    );
    eprintln!("(checksum {checksum})");
}
