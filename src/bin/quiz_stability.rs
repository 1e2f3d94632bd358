//! Quiz stability bench: simulated retakes with answer noise SD 0.7, for
//! the complete and the express questionnaire. Prints one line per mode.
//! Goals (issue #15): same displayed reading ≥ 80 %, flat profile read as
//! polyvalent or a tendency ≥ 80 %.
//!
//! `cargo run --profile sim --bin quiz_stability`

use labo::domain::quiz::stability::simulate;
use labo::domain::quiz::{Mode, QuizContent};

fn main() {
    let content = match QuizContent::builtin() {
        Ok(c) => c,
        Err(errors) => {
            for e in errors {
                eprintln!("{e}");
            }
            std::process::exit(1);
        }
    };
    let people = 20_000;
    println!("quiz stability: {people} simulated people per mode, answer noise SD 0.7, seed 15");
    for (name, mode) in [("complete", Mode::Complete), ("express", Mode::Express)] {
        let f = simulate(&content, mode, people, 0.7, 15);
        let pct = |x: f64| format!("{:.1} %", x * 100.0);
        println!(
            "{name}: same reading on retake {} (before: same profile {}); flat profile not named {} (before: read polyvalent {}); first takes named {}, tendency {}, polyvalent {}",
            pct(f.same_reading),
            pct(f.same_profile_before),
            pct(f.flat_not_named),
            pct(f.flat_polyvalent_before),
            pct(f.named),
            pct(f.tendency),
            pct(f.polyvalent),
        );
    }
}
