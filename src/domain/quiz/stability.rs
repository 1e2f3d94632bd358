//! Stability of the reading under answer noise, by simulation: how often a
//! retake gives the same displayed reading, and how often a flat profile
//! is (wrongly) given a named profile. Used by `make bench`
//! (`cargo run --profile sim --bin quiz_stability`) and, on a small sample,
//! by a test.
//!
//! Model: a person has a true frequency per dimension on the 1–5 scale;
//! each answer is that value plus a normal noise of SD `noise`, rounded and
//! kept within 1..=5; a reverse-worded item is answered 6 − that. True
//! profiles are a base level drawn in [2, 4] plus an independent offset of
//! SD [`PROFILE_SPREAD`] per dimension; flat profiles have no offset.

use std::collections::BTreeMap;

use rand_core::{RngCore, SeedableRng};
use rand_pcg::Pcg32;

use super::content::QuizContent;
use super::reading::{NAMED_GAP, ReadingKind, read_with};
use super::scoring::{self, Mode, Profile};
use crate::domain::dimension::Dimension;

/// Spread of true dimension levels around a person's base level.
pub const PROFILE_SPREAD: f64 = 0.6;

/// Figures for one mode.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figures {
    /// Share of retakes giving the same displayed reading (0–1).
    pub same_reading: f64,
    /// The same share with the former rule (profile from marked preferences).
    pub same_profile_before: f64,
    /// Share of flat profiles read as polyvalent or a tendency.
    pub flat_not_named: f64,
    /// The same with the former rule (flat read as polyvalent).
    pub flat_polyvalent_before: f64,
    /// Shares of first takes read as named, tendency, polyvalent.
    pub named: f64,
    pub tendency: f64,
    pub polyvalent: f64,
}

fn uniform(rng: &mut Pcg32) -> f64 {
    // 53 random bits into [0, 1).
    (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

fn normal(rng: &mut Pcg32) -> f64 {
    // Box–Muller; 1 − u keeps the logarithm finite.
    let (u, v) = (1.0 - uniform(rng), uniform(rng));
    (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
}

/// One simulated take: answers for the mode's items.
pub fn take(
    content: &QuizContent,
    mode: Mode,
    truth: &[f64; 7],
    noise: f64,
    rng: &mut Pcg32,
) -> BTreeMap<String, u8> {
    content
        .items
        .iter()
        .filter(|i| mode.includes(i))
        .map(|item| {
            let level = truth[item.dimension.index()] + noise * normal(rng);
            let x = level.round().clamp(1.0, 5.0) as u8;
            let answer = if item.reversed { 6 - x } else { x };
            (item.id.clone(), answer)
        })
        .collect()
}

/// A true profile: flat or with offsets.
fn person(rng: &mut Pcg32, flat: bool) -> [f64; 7] {
    let base = 2.0 + 2.0 * uniform(rng);
    Dimension::ALL.map(|_| {
        let offset = if flat {
            0.0
        } else {
            PROFILE_SPREAD * normal(rng)
        };
        (base + offset).clamp(1.0, 5.0)
    })
}

/// The two readings of a take: the displayed one and the former profile.
fn readings(
    content: &QuizContent,
    mode: Mode,
    answers: &BTreeMap<String, u8>,
    named_gap: f64,
) -> Option<(ReadingKind, Profile)> {
    let r = scoring::score(content, mode, answers, &BTreeMap::new())?;
    let reading = read_with(
        &r.scores,
        &r.unscored,
        &r.answered_counts(),
        mode,
        named_gap,
    );
    Some((reading.kind, r.profile))
}

fn same_profile(a: Profile, b: Profile) -> bool {
    ReadingKind::Named(a).same_as(ReadingKind::Named(b))
}

/// Runs `people` simulated people (two takes each) and as many flat ones.
pub fn simulate(
    content: &QuizContent,
    mode: Mode,
    people: usize,
    noise: f64,
    seed: u64,
) -> Figures {
    simulate_with(content, mode, people, noise, seed, NAMED_GAP)
}

/// [`simulate`] with another named gap (in standard errors).
pub fn simulate_with(
    content: &QuizContent,
    mode: Mode,
    people: usize,
    noise: f64,
    seed: u64,
    named_gap: f64,
) -> Figures {
    let mut rng = Pcg32::seed_from_u64(seed);
    let (mut same, mut same_before) = (0usize, 0usize);
    let (mut named, mut tendency, mut polyvalent) = (0usize, 0usize, 0usize);
    for _ in 0..people {
        let truth = person(&mut rng, false);
        let a = take(content, mode, &truth, noise, &mut rng);
        let b = take(content, mode, &truth, noise, &mut rng);
        let (Some((ra, pa)), Some((rb, pb))) = (
            readings(content, mode, &a, named_gap),
            readings(content, mode, &b, named_gap),
        ) else {
            continue;
        };
        same += usize::from(ra.same_as(rb));
        same_before += usize::from(same_profile(pa, pb));
        match ra {
            ReadingKind::Named(_) => named += 1,
            ReadingKind::Tendency(_) => tendency += 1,
            _ => polyvalent += 1,
        }
    }
    let (mut flat_ok, mut flat_before) = (0usize, 0usize);
    for _ in 0..people {
        let truth = person(&mut rng, true);
        let a = take(content, mode, &truth, noise, &mut rng);
        if let Some((r, p)) = readings(content, mode, &a, named_gap) {
            flat_ok += usize::from(!matches!(r, ReadingKind::Named(_)));
            flat_before += usize::from(p == Profile::Polyvalent);
        }
    }
    let share = |n: usize| n as f64 / people.max(1) as f64;
    Figures {
        same_reading: share(same),
        same_profile_before: share(same_before),
        flat_not_named: share(flat_ok),
        flat_polyvalent_before: share(flat_before),
        named: share(named),
        tendency: share(tendency),
        polyvalent: share(polyvalent),
    }
}
