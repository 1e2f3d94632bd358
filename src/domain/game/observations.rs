//! What the debrief says the table did: trajectories read from a game's
//! log (ballistic project, late users, agents only, no evaluation planned,
//! support crisis, overload months, rushed phases), each tied to a lesson
//! and to the methods that would have helped. The thresholds and the
//! methods are data (`content/game/debrief.json`); the sentences, lessons
//! and questions are interface texts (`locales/*/debrief.json`).
//!
//! Everything is read from the log, undone actions left out, so a game
//! saved under older rules is read the same way as today's.

use serde::Deserialize;

use super::content::{Content, Stat, Tag};
use super::log::{Fact, Reason};
use super::resolve::PROTOTYPER;
use super::state::{Action, EndReason, GameState, Step};

/// A trajectory the debrief can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ObservationKind {
    /// Prototyper (or Déployer) reached before the users were involved.
    Ballistic,
    /// The first user card came late, or never.
    LateUsers,
    /// No citizen card: residents were never involved.
    AgentsOnly,
    /// No evaluation card before Prototyper.
    NoEvaluation,
    /// Political support fell to its floor, or was lost.
    SupportCrisis,
    /// Several months with three methods (the agents overloaded).
    Overload,
    /// Phases left after a single method.
    Rushed,
}

impl ObservationKind {
    pub const ALL: [ObservationKind; 7] = [
        ObservationKind::Ballistic,
        ObservationKind::LateUsers,
        ObservationKind::AgentsOnly,
        ObservationKind::NoEvaluation,
        ObservationKind::SupportCrisis,
        ObservationKind::Overload,
        ObservationKind::Rushed,
    ];
    /// Stable id, as in `content/game/debrief.json`.
    pub fn id(self) -> &'static str {
        [
            "ballistic",
            "late_users",
            "agents_only",
            "no_evaluation",
            "support_crisis",
            "overload",
            "rushed",
        ][self as usize]
    }
}

/// One named trajectory, with the figures its sentence needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observation {
    pub kind: ObservationKind,
    /// The month it is about (0: none, or "never" for late users).
    pub month: u8,
    /// A figure: user cards before Prototyper (ballistic), the lowest
    /// support (crisis), the phase reached (ballistic, as a phase index).
    pub value: i16,
    /// Months (overload) or phase indices (rushed) concerned.
    pub items: Vec<u8>,
}

/// Where each observation starts to show (from the data file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    /// Ballistic: at most this many user cards before Prototyper (the
    /// rules ask for one hidden need before Imaginer, and only field
    /// methods uncover needs, so today's games reach it with one).
    pub ballistic_user_cards: u8,
    /// Late users: first user card in this month or later.
    pub late_users_month: u8,
    /// Support crisis: support at or below this at the end of a month.
    pub support_crisis: i16,
    /// Overload: at least this many months in which a third method left
    /// the agents' energy at or below `overload_energy` before recovery.
    pub overload_months: u8,
    pub overload_energy: i16,
    /// Rushed: a phase left with at most this many methods played in it.
    pub rushed_methods: u8,
}

/// What the debrief data file says about one observation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObservationDef {
    pub id: String,
    /// Id of the lesson behind it (`lessons.json`), empty when no rule of
    /// the lesson matrix carries it.
    pub lesson: String,
    /// Methods that would have helped, best first.
    pub methods: Vec<String>,
}

/// The debrief's data file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DebriefGuide {
    pub thresholds: Thresholds,
    pub observations: Vec<ObservationDef>,
}

/// The built-in data file, compiled in.
pub const GUIDE_JSON: &str = include_str!("../../../content/game/debrief.json");

impl DebriefGuide {
    /// Parses a guide and checks it against the content: every
    /// observation described once, every lesson and method known.
    /// Problems are listed as plain sentences.
    pub fn parse(json: &str, c: &Content) -> Result<DebriefGuide, Vec<String>> {
        let g: DebriefGuide = serde_json::from_str(json).map_err(|e| vec![e.to_string()])?;
        let mut errors = Vec::new();
        for k in ObservationKind::ALL {
            let n = g.observations.iter().filter(|o| o.id == k.id()).count();
            if n != 1 {
                errors.push(format!("observation {}: described {n} times", k.id()));
            }
        }
        for o in &g.observations {
            if !ObservationKind::ALL.iter().any(|k| k.id() == o.id) {
                errors.push(format!("observation {}: unknown", o.id));
            }
            if !o.lesson.is_empty() && !c.lessons.iter().any(|l| l.id == o.lesson) {
                errors.push(format!("observation {}: unknown lesson {}", o.id, o.lesson));
            }
            if o.methods.is_empty() {
                errors.push(format!("observation {}: no method", o.id));
            }
            for m in &o.methods {
                if c.method_index(m).is_none() {
                    errors.push(format!("observation {}: unknown method {m}", o.id));
                }
            }
        }
        if errors.is_empty() {
            Ok(g)
        } else {
            Err(errors)
        }
    }

    /// The built-in guide; `None` only if the shipped file is broken (a
    /// test guards against that).
    pub fn builtin(c: &Content) -> Option<DebriefGuide> {
        Self::parse(GUIDE_JSON, c).ok()
    }

    pub fn def(&self, kind: ObservationKind) -> Option<&ObservationDef> {
        self.observations.iter().find(|o| o.id == kind.id())
    }
}

/// The methods played (not undone), with their month and phase, in order.
fn plays<'a>(
    s: &'a GameState,
    c: &'a Content,
) -> impl Iterator<Item = (u8, u8, &'a super::content::MethodCard)> + 'a {
    s.log()
        .iter()
        .filter(|e| !e.undone)
        .filter_map(|e| match e.action {
            Action::Play(card) => c.methods.get(card as usize).map(|m| (e.round, e.phase, m)),
            _ => None,
        })
}

/// Reads the trajectories of a game (finished or not) from its log.
pub fn observe(s: &GameState, c: &Content, g: &DebriefGuide) -> Vec<Observation> {
    let t = &g.thresholds;
    let over = s.board.is_over();
    let mut out = Vec::new();
    let obs = |kind, month, value, items| Observation {
        kind,
        month,
        value,
        items,
    };
    // Ballistic: user cards played before the project entered Prototyper.
    let mut users_before = 0u8;
    let mut reached: Option<(u8, u8)> = None;
    for e in s.log().iter().filter(|e| !e.undone) {
        if let Action::Play(card) = e.action
            && c.methods
                .get(card as usize)
                .is_some_and(|m| m.has(Tag::Users))
        {
            users_before = users_before.saturating_add(1);
        }
        if let Some(p) = e.facts.iter().find_map(|f| match f {
            Fact::Phase(p) if *p >= PROTOTYPER => Some(*p),
            _ => None,
        }) {
            reached = Some((e.round, p));
            break;
        }
    }
    if let Some((month, phase)) = reached
        && users_before <= t.ballistic_user_cards
    {
        out.push(obs(
            ObservationKind::Ballistic,
            month,
            users_before.into(),
            vec![phase],
        ));
    }
    // Late users: the month of the first user card, if it came late.
    let first_users = plays(s, c)
        .find(|(_, _, m)| m.has(Tag::Users))
        .map(|(r, _, _)| r);
    match first_users {
        Some(r) if r >= t.late_users_month => {
            out.push(obs(ObservationKind::LateUsers, r, 0, Vec::new()))
        }
        None if over || s.board.round >= t.late_users_month => {
            out.push(obs(ObservationKind::LateUsers, 0, 0, Vec::new()))
        }
        _ => {}
    }
    // Agents only: no citizen card, once the solution is being built.
    let engaged = over || s.board.phase >= PROTOTYPER;
    if engaged && !plays(s, c).any(|(_, _, m)| m.has(Tag::Citizens)) {
        out.push(obs(ObservationKind::AgentsOnly, 0, 0, Vec::new()));
    }
    // No evaluation planned: no evaluation card before Prototyper.
    let planned = plays(s, c).any(|(_, p, m)| m.has(Tag::Evaluate) && p < PROTOTYPER);
    if engaged && !planned {
        out.push(obs(ObservationKind::NoEvaluation, 0, 0, Vec::new()));
    }
    // Support crisis: the lowest support at the end of a month.
    let support = Stat::Support as usize;
    let lost = s.board.step == Step::Over(EndReason::SupportLost);
    // The last month's erosion comes after the last decision: it tells
    // nothing the team could act on.
    let months_done = s.curves.len().saturating_sub(usize::from(over));
    let low = s
        .curves
        .iter()
        .enumerate()
        .take(months_done)
        .skip(1)
        .min_by_key(|(_, v)| v[support]);
    let lowest = if lost {
        Some((s.board.round, 0))
    } else {
        low.map(|(m, v)| (m as u8, v[support]))
    };
    if let Some((month, value)) = lowest
        && value <= t.support_crisis
    {
        out.push(obs(
            ObservationKind::SupportCrisis,
            month,
            value,
            Vec::new(),
        ));
    }
    // Overload: months in which a third method left the agents drained
    // (energy at or below the threshold before the month's recovery).
    let mut months: Vec<u8> = Vec::new();
    let mut overloaded = false;
    for e in s.log().iter().filter(|e| !e.undone) {
        overloaded |= e.deltas().any(|d| d.reason == Reason::Overload);
        if e.action == Action::EndTurn {
            let recovered: i16 = e
                .deltas()
                .filter(|d| d.reason == Reason::EnergyRecovery)
                .map(|d| d.amount)
                .sum();
            let after = s
                .curves
                .get(e.round as usize)
                .map_or(i16::MAX, |v| v[Stat::Energy as usize]);
            if overloaded && after - recovered <= t.overload_energy {
                months.push(e.round);
            }
            overloaded = false;
        }
    }
    if months.len() >= usize::from(t.overload_months.max(1)) {
        out.push(obs(ObservationKind::Overload, months[0], 0, months));
    }
    // Rushed: phases of the diamonds entered and left in the same month,
    // after (almost) no method.
    let mut entered = [0u8; super::content::N_PHASES];
    let mut rushed: Vec<u8> = Vec::new();
    let mut per_phase = [0u8; super::content::N_PHASES];
    for e in s.log().iter().filter(|e| !e.undone) {
        let p = e.phase as usize;
        match e.action {
            Action::Play(_) => per_phase[p] = per_phase[p].saturating_add(1),
            // Cadrer asks for one card by rule: only later phases count.
            Action::AdvancePhase
                if (1..=PROTOTYPER).contains(&e.phase)
                    && entered[p] == e.round
                    && per_phase[p] <= t.rushed_methods =>
            {
                rushed.push(e.phase)
            }
            _ => {}
        }
        for f in &e.facts {
            if let Fact::Phase(q) = f
                && let Some(slot) = entered.get_mut(*q as usize)
            {
                *slot = e.round;
            }
        }
    }
    if !rushed.is_empty() {
        out.push(obs(ObservationKind::Rushed, 0, 0, rushed));
    }
    out
}

/// The methods that would have helped this game: for each observation, its
/// methods the team never played, best first, without repeats, at most
/// `max`.
pub fn suggested_methods(
    s: &GameState,
    c: &Content,
    g: &DebriefGuide,
    observations: &[Observation],
    max: usize,
) -> Vec<(usize, ObservationKind)> {
    let played: Vec<&str> = plays(s, c).map(|(_, _, m)| m.id.as_str()).collect();
    let mut out: Vec<(usize, ObservationKind)> = Vec::new();
    // Round-robin over the observations so that each gets its best method
    // before any gets a second one.
    let lists: Vec<(ObservationKind, Vec<usize>)> = observations
        .iter()
        .filter_map(|o| {
            let def = g.def(o.kind)?;
            let idx = def
                .methods
                .iter()
                .filter(|id| !played.contains(&id.as_str()))
                .filter_map(|id| c.method_index(id))
                .collect();
            Some((o.kind, idx))
        })
        .collect();
    let longest = lists.iter().map(|(_, l)| l.len()).max().unwrap_or(0);
    for rank in 0..longest {
        for (kind, list) in &lists {
            if let Some(&m) = list.get(rank)
                && out.len() < max
                && !out.iter().any(|(x, _)| *x == m)
            {
                out.push((m, *kind));
            }
        }
    }
    out
}
