//! Debrief data derived from the log and the board: what the facilitator
//! needs to rebuild the story with the group (timeline, curves, who was
//! never met, freins and leviers, methods per phase).

use serde::Serialize;

use super::content::{Content, EventKind, MAX_NEEDS, N_STATS, Power, RoleDef};
use super::log::Fact;
use super::log::Reason;
use super::outcome::{Outcome, Tier};
use super::state::{Action, GameState};

/// What kind of moment of the game a timeline item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MomentKind {
    Event,
    Method,
    Redraw,
    Phase,
    Undo,
    MonthEnd,
}

/// One item of the timeline, with its consequences.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Moment {
    pub round: u8,
    pub team: u8,
    /// Phase id when it happened.
    pub phase: String,
    pub kind: MomentKind,
    /// Id of the method, event or phase concerned (empty otherwise).
    pub id: String,
    pub facts: Vec<Fact>,
    /// Cancelled by a later undo.
    pub undone: bool,
}

/// A frein met or a levier drawn, and whether past actions changed it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventReport {
    pub round: u8,
    pub id: String,
    /// For a frein: softened by what the team did before. For a levier:
    /// seized thanks to what the team did before.
    pub altered: bool,
    /// Why it was altered (from content), when it was.
    pub because: Option<crate::domain::text::Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhaseMethods {
    pub phase: String,
    /// Method ids in play order (undone plays excluded).
    pub methods: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Debrief {
    pub outcome: Option<Outcome>,
    pub projected: Tier,
    pub timeline: Vec<Moment>,
    /// Stats at the start (index 0) and at the end of each month, in
    /// [`super::content::Stat`] order.
    pub curves: Vec<[i16; N_STATS]>,
    pub stakeholders_never_met: Vec<String>,
    /// (stakeholder id, need index) never revealed.
    pub needs_unrevealed: Vec<(String, u8)>,
    pub freins_met: Vec<EventReport>,
    pub leviers: Vec<EventReport>,
    pub methods_per_phase: Vec<PhaseMethods>,
    /// Month when users were first involved, if ever.
    pub users_first_round: Option<u8>,
    /// True when the start of the log was dropped (very long games).
    pub log_truncated: bool,
    /// True when the log records each use of a role's power (rules
    /// version 3 on); older games are read from what happened.
    pub powers_logged: bool,
}

/// Builds the debrief of a game (finished or not).
pub fn debrief(s: &GameState, c: &Content) -> Debrief {
    let sc = s.scenario(c);
    let b = &s.board;
    let phase_id = |p: u8| {
        c.phases
            .get(p as usize)
            .map_or(String::new(), |x| x.id.clone())
    };
    let mut timeline = Vec::with_capacity(s.log().len());
    let mut freins_met = Vec::new();
    let mut leviers = Vec::new();
    let mut methods_per_phase: Vec<PhaseMethods> = c
        .phases
        .iter()
        .map(|p| PhaseMethods {
            phase: p.id.clone(),
            methods: Vec::new(),
        })
        .collect();
    for e in s.log() {
        let (kind, id) = match e.action {
            Action::RevealEvent => {
                // `get`: a log read from storage may not match the content.
                let ev = e.facts.iter().find_map(|f| match f {
                    Fact::Event(i, alt) => c.events.get(*i as usize).map(|card| (card, *alt)),
                    _ => None,
                });
                let id = match ev {
                    Some((card, altered)) => {
                        let report = EventReport {
                            round: e.round,
                            id: card.id.clone(),
                            altered,
                            because: altered.then(|| card.alt_text.clone()),
                        };
                        match card.kind {
                            EventKind::Frein => freins_met.push(report),
                            EventKind::Levier => leviers.push(report),
                        }
                        card.id.clone()
                    }
                    None => String::new(),
                };
                (MomentKind::Event, id)
            }
            Action::Play(card) => {
                let id = c
                    .methods
                    .get(card as usize)
                    .map_or(String::new(), |m| m.id.clone());
                if !e.undone
                    && let Some(pm) = methods_per_phase.get_mut(e.phase as usize)
                {
                    pm.methods.push(id.clone());
                }
                (MomentKind::Method, id)
            }
            Action::Redraw(card) => (
                MomentKind::Redraw,
                c.methods
                    .get(card as usize)
                    .map_or(String::new(), |m| m.id.clone()),
            ),
            Action::AdvancePhase => (MomentKind::Phase, phase_id(e.phase + 1)),
            Action::Undo => (MomentKind::Undo, String::new()),
            Action::EndTurn => (MomentKind::MonthEnd, String::new()),
        };
        timeline.push(Moment {
            round: e.round,
            team: e.team,
            phase: phase_id(e.phase),
            kind,
            id,
            facts: e.facts.clone(),
            undone: e.undone,
        });
    }
    let mut stakeholders_never_met = Vec::new();
    let mut needs_unrevealed = Vec::new();
    for (slot, &sh) in sc.stakeholders.iter().enumerate() {
        let st = &c.stakeholders[sh as usize];
        if b.met & (1 << slot) == 0 {
            stakeholders_never_met.push(st.id.clone());
        }
        for n in 0..st.needs.len() {
            if b.revealed & (1 << (slot * MAX_NEEDS + n)) == 0 {
                needs_unrevealed.push((st.id.clone(), n as u8));
            }
        }
    }
    Debrief {
        outcome: s.outcome(c),
        projected: s.projected_tier(c),
        timeline,
        curves: s.curves.clone(),
        stakeholders_never_met,
        needs_unrevealed,
        freins_met,
        leviers,
        methods_per_phase,
        users_first_round: (b.users_first != 0).then_some(b.users_first),
        log_truncated: s.log_dropped > 0,
        powers_logged: s.content_version >= 3,
    }
}

/// How many times a role's power acted in one moment of the log. Since
/// rules version 3 the log says so (`Fact::Power`); in an older game,
/// discounts and bonuses left a "role power" change, and the extra need
/// and the test luck are read from what happened: a need revealed by a
/// method of the role's theme that reveals needs, a user test taken.
pub fn power_uses(c: &Content, role: &RoleDef, m: &Moment, logged: bool) -> usize {
    if logged {
        let me = role.role.index();
        return m
            .facts
            .iter()
            .filter(|f| matches!(f, Fact::Power(r) if *r as usize == me))
            .count();
    }
    let card = || c.methods.iter().find(|x| x.id == m.id);
    match role.power {
        Power::Discount { .. } | Power::Bonus { .. } => m
            .facts
            .iter()
            .filter(|f| matches!(f, Fact::Delta(x) if x.reason == Reason::RolePower))
            .count(),
        Power::ExtraReveal { tag } => usize::from(
            m.kind == MomentKind::Method
                && card().is_some_and(|x| x.has(tag) && x.reveal > 0)
                && m.facts.iter().any(|f| matches!(f, Fact::Need(..))),
        ),
        Power::TestLuck { .. } => m
            .facts
            .iter()
            .filter(|f| matches!(f, Fact::Test(_)))
            .count(),
    }
}
