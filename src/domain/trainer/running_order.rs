//! The running order ("déroulé") of a session in the room: timed steps
//! (welcome, quiz, team map, game, debrief, commitments), each with what to
//! say, what to show and its own timer, plus advice on tables. The texts
//! and timings live in `content/trainer/running_orders.json`; this module
//! reads and checks them, and holds where the room stands ([`Run`]): the
//! current slide and its countdown. The control window and the projector
//! share one `Run`, so the projector follows the current step.

use serde::{Deserialize, Serialize};

use crate::domain::game::{Content, Difficulty};
use crate::domain::text::Text;

/// What a step is for: it decides what the projector shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    Welcome,
    Quiz,
    TeamMap,
    Game,
    Break,
    Debrief,
    Commitments,
}

impl StepKind {
    /// The kinds every running order must hold, in the order of a session.
    pub const REQUIRED: [StepKind; 6] = [
        StepKind::Welcome,
        StepKind::Quiz,
        StepKind::TeamMap,
        StepKind::Game,
        StepKind::Debrief,
        StepKind::Commitments,
    ];
}

/// One timed step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub kind: StepKind,
    pub minutes: u32,
    pub title: Text,
    /// What the trainer says.
    pub say: Text,
    /// What the projector shows.
    pub show: Text,
}

/// A whole session format (a 90-minute meet-up, a half day).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Format {
    pub id: String,
    /// The announced length: the steps must add up to it.
    pub minutes: u32,
    pub name: Text,
    pub steps: Vec<Step>,
}

impl Format {
    /// Minutes from the start of the session to the start of each step.
    pub fn starts(&self) -> Vec<u32> {
        self.steps
            .iter()
            .scan(0, |at, s| {
                let start = *at;
                *at += s.minutes;
                Some(start)
            })
            .collect()
    }
}

/// The deal advised for a first session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FirstSession {
    pub scenario: String,
    pub difficulty: Difficulty,
}

/// A piece of advice on tables (people per device, number of tables…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    pub title: Text,
    pub body: Text,
}

/// Every running order and the advice that goes with them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunningOrders {
    pub formats: Vec<Format>,
    pub first_session: FirstSession,
    pub advice: Vec<Advice>,
}

const BUILTIN: &str = include_str!("../../../content/trainer/running_orders.json");

impl RunningOrders {
    /// The running orders shipped with Labo, read and checked.
    pub fn builtin() -> Result<RunningOrders, Vec<String>> {
        RunningOrders::from_json(BUILTIN)
    }

    /// Reads and checks a running-order file; every problem is listed.
    pub fn from_json(text: &str) -> Result<RunningOrders, Vec<String>> {
        super::read_checked("running_orders.json", text, RunningOrders::problems)
    }

    /// The format with this id.
    pub fn format(&self, id: &str) -> Option<&Format> {
        self.formats.iter().find(|f| f.id == id)
    }

    /// What is wrong with the running orders on their own.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.formats.is_empty() {
            out.push("no format".to_owned());
        }
        for (k, f) in self.formats.iter().enumerate() {
            if self.formats[..k].iter().any(|g| g.id == f.id) {
                out.push(format!("{}: id given twice", f.id));
            }
            if !f.name.is_complete() {
                out.push(format!("{}: name missing in a language", f.id));
            }
            let total: u32 = f.steps.iter().map(|s| s.minutes).sum();
            if total != f.minutes {
                out.push(format!(
                    "{}: steps add up to {total} minutes, not {}",
                    f.id, f.minutes
                ));
            }
            for kind in StepKind::REQUIRED {
                if !f.steps.iter().any(|s| s.kind == kind) {
                    out.push(format!("{}: no {kind:?} step", f.id));
                }
            }
            for (n, s) in f.steps.iter().enumerate() {
                if s.minutes == 0 {
                    out.push(format!("{} step {}: no time", f.id, n + 1));
                }
                for (field, t) in [("title", &s.title), ("say", &s.say), ("show", &s.show)] {
                    if !t.is_complete() {
                        out.push(format!(
                            "{} step {}: {field} missing in a language",
                            f.id,
                            n + 1
                        ));
                    }
                }
            }
        }
        for (n, a) in self.advice.iter().enumerate() {
            if !a.title.is_complete() || !a.body.is_complete() {
                out.push(format!("advice {}: missing in a language", n + 1));
            }
        }
        out
    }

    /// What is wrong once read against the game's content (the advised
    /// scenario must exist).
    pub fn problems_with(&self, game: &Content) -> Vec<String> {
        let mut out = self.problems();
        if !game
            .scenarios
            .iter()
            .any(|s| s.id == self.first_session.scenario)
        {
            out.push(format!(
                "first_session: no scenario {}",
                self.first_session.scenario
            ));
        }
        out
    }
}

/// What a slide of the projector shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "page")]
pub enum Slide {
    /// The session's QR code (welcome, game).
    Join,
    Quiz,
    TeamMap,
    Break,
    /// One page of the debrief questions.
    Debrief(u8),
    Commitments,
}

/// The projector's slides for a format: one a step, the debrief steps
/// spread over `debrief_pages` pages. Each slide says its step.
pub fn deck(format: &Format, debrief_pages: u8) -> Vec<(usize, Slide)> {
    let mut out = Vec::new();
    for (n, s) in format.steps.iter().enumerate() {
        match s.kind {
            StepKind::Welcome | StepKind::Game => out.push((n, Slide::Join)),
            StepKind::Quiz => out.push((n, Slide::Quiz)),
            StepKind::TeamMap => out.push((n, Slide::TeamMap)),
            StepKind::Break => out.push((n, Slide::Break)),
            StepKind::Debrief => {
                out.extend((0..debrief_pages.max(1)).map(|p| (n, Slide::Debrief(p))))
            }
            StepKind::Commitments => out.push((n, Slide::Commitments)),
        }
    }
    out
}

/// A countdown that two windows read alike: it keeps the moment it was
/// started (milliseconds since the epoch), not a ticking number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Countdown {
    pub duration_ms: u64,
    /// Time already counted before the last start.
    pub spent_ms: u64,
    /// When it was last started, if it runs now.
    pub running_since: Option<u64>,
}

impl Countdown {
    pub fn new(minutes: u32) -> Countdown {
        Countdown {
            duration_ms: u64::from(minutes) * 60_000,
            spent_ms: 0,
            running_since: None,
        }
    }

    /// Milliseconds left at `now` (never below zero).
    pub fn left_ms(&self, now: u64) -> u64 {
        let running = self.running_since.map_or(0, |t| now.saturating_sub(t));
        self.duration_ms
            .saturating_sub(self.spent_ms.saturating_add(running))
    }

    /// Whole seconds left, rounded up (the display shows 0:00 only at the end).
    pub fn left_s(&self, now: u64) -> u64 {
        self.left_ms(now).div_ceil(1000)
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn is_over(&self, now: u64) -> bool {
        self.left_ms(now) == 0
    }
}

/// Something the trainer does to the running order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunAction {
    /// Next slide (the clicker's "next").
    Next,
    Previous,
    /// Straight to the first slide of a step.
    GoToStep(usize),
    Start {
        now: u64,
    },
    Pause {
        now: u64,
    },
    /// The step's full time again, stopped.
    Reset,
}

/// Why an action was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunError {
    AtEnd,
    AtStart,
    NoSuchStep,
    AlreadyRunning,
    NotRunning,
    TimeUp,
}

/// Where the room stands: the format, the current slide and its step's
/// countdown. A new step starts with its full time, stopped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    pub format: String,
    pub slide: usize,
    pub clock: Countdown,
}

impl Run {
    pub fn new(format: &Format) -> Run {
        Run {
            format: format.id.clone(),
            slide: 0,
            clock: Countdown::new(format.steps.first().map_or(0, |s| s.minutes)),
        }
    }

    /// The current step's index in the format.
    pub fn step(&self, deck: &[(usize, Slide)]) -> usize {
        deck.get(self.slide).map_or(0, |(s, _)| *s)
    }

    /// Applies an action; `deck` is [`deck`] of this run's format.
    pub fn apply(
        self,
        action: RunAction,
        format: &Format,
        deck: &[(usize, Slide)],
    ) -> Result<Run, RunError> {
        let go = |run: Run, slide: usize| {
            let before = run.step(deck);
            let after = deck.get(slide).map_or(0, |(s, _)| *s);
            let clock = if before == after {
                run.clock
            } else {
                Countdown::new(format.steps.get(after).map_or(0, |s| s.minutes))
            };
            Run {
                slide,
                clock,
                ..run
            }
        };
        match action {
            RunAction::Next if self.slide + 1 >= deck.len() => Err(RunError::AtEnd),
            RunAction::Next => {
                let s = self.slide + 1;
                Ok(go(self, s))
            }
            RunAction::Previous if self.slide == 0 => Err(RunError::AtStart),
            RunAction::Previous => {
                let s = self.slide - 1;
                Ok(go(self, s))
            }
            RunAction::GoToStep(step) => {
                let slide = deck
                    .iter()
                    .position(|(s, _)| *s == step)
                    .ok_or(RunError::NoSuchStep)?;
                Ok(go(self, slide))
            }
            RunAction::Start { now } => {
                if self.clock.is_running() {
                    Err(RunError::AlreadyRunning)
                } else if self.clock.is_over(now) {
                    Err(RunError::TimeUp)
                } else {
                    let mut run = self;
                    run.clock.running_since = Some(now);
                    Ok(run)
                }
            }
            RunAction::Pause { now } => {
                let Some(since) = self.clock.running_since else {
                    return Err(RunError::NotRunning);
                };
                let mut run = self;
                run.clock.spent_ms = run
                    .clock
                    .spent_ms
                    .saturating_add(now.saturating_sub(since))
                    .min(run.clock.duration_ms);
                run.clock.running_since = None;
                Ok(run)
            }
            RunAction::Reset => {
                let step = self.step(deck);
                Ok(Run {
                    clock: Countdown::new(format.steps.get(step).map_or(0, |s| s.minutes)),
                    ..self
                })
            }
        }
    }
}
