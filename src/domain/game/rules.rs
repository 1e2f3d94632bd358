//! The rules as pure transitions: [`GameState::check`] says whether an
//! action is legal without touching anything, [`GameState::apply`] checks
//! then mutates, so a refused action leaves the state exactly as it was.

use super::content::*;
use super::log::{Fact, LOG_CAP, LogEntry, Reason};
use super::resolve::{
    COPIL_HELD, DEPLOYER, Fx, PROTOTYPER, affordable, card_cost, cond_holds, copil_criteria,
    is_late_exploration,
};
use super::state::*;

pub use super::error::{RuleError, required_text_keys};

/// Does a content condition hold on this board? (For tools and tests.)
pub fn holds(b: &Board, cond: &Cond) -> bool {
    cond_holds(b, cond)
}

/// The COPIL gate as the table shows it: before it is held, what it would
/// retain if the project entered Déployer now and what that would bring;
/// once held, what it retained and brought.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CopilGate {
    pub held: bool,
    /// In [`super::resolve::COPIL_CRITERIA`] order: measurable results,
    /// a reusable approach, innovative facilitation.
    pub met: [bool; 3],
    /// Budget and support granted (negative: withdrawn), before the
    /// gauges' bounds.
    pub budget: i16,
    pub support: i16,
}

/// Does this content hold a COPIL on entering Déployer?
pub fn has_copil(c: &Content) -> bool {
    c.rules.copil_budget + c.rules.copil_support != 0
}

/// The gate on this board, `None` when the content has no COPIL.
pub fn copil_gate(c: &Content, b: &Board) -> Option<CopilGate> {
    if !has_copil(c) {
        return None;
    }
    let held = b.copil & COPIL_HELD != 0;
    let met = if held {
        [0, 1, 2].map(|i| b.copil & (1 << i) != 0)
    } else {
        copil_criteria(c, b)
    };
    let yes = met.iter().filter(|m| **m).count() as i16;
    let r = &c.rules;
    Some(CopilGate {
        held,
        met,
        budget: yes * r.copil_budget,
        support: yes * r.copil_support - (3 - yes) * r.copil_missing_support,
    })
}

impl GameState {
    /// Is `action` legal now? Never changes anything.
    pub fn check(&self, c: &Content, action: Action) -> Result<(), RuleError> {
        let b = &self.board;
        if self.read_only() {
            return Err(RuleError::OlderRules);
        }
        match (b.step, action) {
            (Step::Over(_), _) => Err(RuleError::GameOver),
            (Step::AwaitEvent, Action::RevealEvent) => Ok(()),
            (Step::AwaitEvent, _) => Err(RuleError::EventPending),
            (Step::Play, Action::RevealEvent) => Err(RuleError::EventAlreadyRevealed),
            (Step::Play, Action::Play(card)) => {
                if !b.in_hand(card) || card as usize >= c.methods.len() {
                    return Err(RuleError::CardNotInHand);
                }
                if b.plays >= c.rules.plays_per_turn {
                    return Err(RuleError::PlayLimitReached);
                }
                let cost = card_cost(c, b, self.active_roles(), &c.methods[card as usize]);
                affordable(b, &cost.net()).map_err(RuleError::CannotAfford)
            }
            (Step::Play, Action::Redraw(card)) => {
                if !b.in_hand(card) {
                    Err(RuleError::CardNotInHand)
                } else if b.redrawn {
                    Err(RuleError::RedrawUsed)
                } else if b.pile | b.discard == 0 {
                    Err(RuleError::DeckEmpty)
                } else if b.stat(Stat::Energy) < c.rules.redraw_energy {
                    Err(RuleError::CannotAfford(Stat::Energy))
                } else {
                    Ok(())
                }
            }
            (Step::Play, Action::AdvancePhase) => {
                let next = b.phase as usize + 1;
                if next >= N_PHASES {
                    Err(RuleError::LastPhase)
                } else if c.phases[next].entry.iter().all(|k| cond_holds(b, k)) {
                    Ok(())
                } else {
                    Err(RuleError::PhaseLocked)
                }
            }
            (Step::Play, Action::Undo) => {
                if self.undos >= c.rules.max_undos_per_turn && !self.undo.is_empty() {
                    Err(RuleError::UndoLimit)
                } else if !self.undo.is_empty() {
                    Ok(())
                } else if self.log.last().is_some_and(|e| e.action != Action::Undo) {
                    // The last action drew a card, revealed an event or
                    // used chance: what it showed cannot be unseen.
                    Err(RuleError::UndoAfterHiddenInfo)
                } else {
                    Err(RuleError::NothingToUndo)
                }
            }
            (Step::Play, Action::EndTurn) => Ok(()),
        }
    }

    /// Applies a legal action; a refused one gives the state back
    /// unchanged with the reason.
    // The error carries the state back by design (the UI's mandated API);
    // it is no larger than the `Ok` value.
    #[allow(clippy::result_large_err)]
    pub fn apply(
        mut self,
        c: &Content,
        action: Action,
    ) -> Result<GameState, (GameState, RuleError)> {
        if let Err(e) = self.check(c, action) {
            return Err((self, e));
        }
        self.apply_unchecked(c, action);
        Ok(self)
    }

    /// Applies a legal action in place (used by simulators to avoid moves).
    pub fn apply_mut(&mut self, c: &Content, action: Action) -> Result<(), RuleError> {
        self.check(c, action)?;
        self.apply_unchecked(c, action);
        Ok(())
    }

    fn apply_unchecked(&mut self, c: &Content, action: Action) {
        let entry_round = self.board.round;
        let entry_team = self.board.active;
        let entry_phase = self.board.phase;
        if action == Action::Undo {
            self.undo_last();
            self.push_log(LogEntry {
                round: entry_round,
                team: entry_team,
                action,
                phase: entry_phase,
                facts: Vec::new(),
                undone: false,
            });
            return;
        }
        let before = self.board;
        let rng_before = self.rng.clone();
        let mut facts = Vec::new();
        let mut hidden = false;
        match action {
            Action::RevealEvent => {
                facts = self.reveal_event(c);
                hidden = true;
            }
            Action::Play(card) => facts = self.play(c, card),
            Action::Redraw(card) => {
                let mut fx_facts = Vec::new();
                let b = &mut self.board;
                b.redrawn = true;
                b.stats[Stat::Energy as usize] -= c.rules.redraw_energy;
                if c.rules.redraw_energy != 0 {
                    fx_facts.push(Fact::Delta(super::log::Delta {
                        stat: Stat::Energy,
                        amount: -c.rules.redraw_energy,
                        reason: Reason::Redraw,
                    }));
                }
                if let Some(slot) = b.hand.iter().position(|x| *x == card) {
                    b.hand[slot] = NO_CARD;
                }
                b.discard |= 1u64 << card;
                self.draw(c.rules.hand_size, u64::MAX, Some(&mut fx_facts));
                facts = fx_facts;
                hidden = true;
            }
            Action::AdvancePhase => {
                self.board.phase += 1;
                facts.push(Fact::Phase(self.board.phase));
                if self.board.phase == DEPLOYER && has_copil(c) {
                    facts.extend(self.copil_gate(c));
                }
            }
            Action::EndTurn => {
                facts = self.end_turn(c);
                hidden = true;
            }
            Action::Undo => {}
        }
        // Any use of chance (draw, reveal, test, event) is hidden
        // information: from then on this turn cannot be undone.
        if hidden || self.rng != rng_before {
            self.undo.clear();
        } else {
            self.undo.push(before);
        }
        self.push_log(LogEntry {
            round: entry_round,
            team: entry_team,
            action,
            phase: entry_phase,
            facts,
            undone: false,
        });
    }

    fn push_log(&mut self, e: LogEntry) {
        if self.log.len() >= LOG_CAP {
            self.log.remove(0);
            self.log_dropped += 1;
        }
        self.log.push(e);
    }

    fn undo_last(&mut self) {
        if let Some(prev) = self.undo.pop() {
            self.board = prev;
            self.undos += 1;
            if let Some(e) = self
                .log
                .iter_mut()
                .rev()
                .find(|e| !e.undone && e.action != Action::Undo)
            {
                e.undone = true;
            }
        }
    }

    fn reveal_event(&mut self, c: &Content) -> Vec<Fact> {
        let sc = &c.scenarios[self.scenario as usize];
        let b = &mut self.board;
        let idx = b.events[(b.events_drawn as usize).min(MAX_ROUNDS - 1)];
        b.events_drawn += 1;
        b.step = Step::Play;
        let ev = &c.events[idx as usize];
        let altered = ev.conditions.iter().any(|k| cond_holds(b, k));
        let mut fx = Fx {
            c,
            b,
            rng: &mut self.rng,
            sc,
            facts: vec![Fact::Event(idx, altered)],
        };
        if altered {
            fx.add_all(&ev.alt_effects, Reason::EventAltered);
        } else {
            fx.add_all(&ev.effects, Reason::EventEffect);
        }
        if fx.b.stat(Stat::Support) <= 0 {
            fx.b.step = Step::Over(EndReason::SupportLost);
        }
        fx.facts
    }

    fn copil_gate(&mut self, c: &Content) -> Vec<Fact> {
        let sc = &c.scenarios[self.scenario as usize];
        let mut fx = Fx {
            c,
            b: &mut self.board,
            rng: &mut self.rng,
            sc,
            facts: Vec::with_capacity(6),
        };
        fx.copil();
        if fx.b.stat(Stat::Support) <= 0 {
            fx.b.step = Step::Over(EndReason::SupportLost);
        }
        fx.facts
    }

    fn play(&mut self, c: &Content, card: u8) -> Vec<Fact> {
        let roles = self.active_roles();
        let sc = &c.scenarios[self.scenario as usize];
        let m = &c.methods[card as usize];
        let cost = card_cost(c, &self.board, roles, m);
        let b = &mut self.board;
        let mut fx = Fx {
            c,
            b,
            rng: &mut self.rng,
            sc,
            facts: Vec::with_capacity(8),
        };
        fx.pay(&cost);
        let round = fx.b.round;
        for t in Tag::ALL {
            if m.has(t) {
                fx.b.tag_last[t as usize] = round;
            }
        }
        if m.has(Tag::Users) && fx.b.users_first == 0 {
            fx.b.users_first = round;
        }
        // Lesson (Evalophobia): decide early how you will know it worked,
        // then measure once the service runs.
        if m.has(Tag::Evaluate) {
            if fx.b.phase < PROTOTYPER && fx.b.eval_planned == 0 {
                fx.b.eval_planned = round;
            }
            if fx.b.deployed && fx.b.evaluated == 0 {
                fx.b.evaluated = round;
            }
        }
        let late = is_late_exploration(fx.b, m);
        let mut effects = m.effects;
        let deploy_base = if m.has(Tag::Deploy) {
            std::mem::take(&mut effects[Stat::Impact as usize])
        } else {
            0
        };
        fx.add_all(&effects, Reason::CardEffect);
        // Each role at the table acts at most once a month (the discounts
        // were taken with the cost).
        let available = roles & !fx.b.powers_used;
        let mut extra_reveal = None;
        let mut luck = None;
        for r in c
            .roles
            .iter()
            .filter(|r| available & (1 << r.role.index()) != 0)
        {
            match r.power {
                // A bonus the gauge's ceiling would swallow keeps for later.
                Power::Bonus { tag, stat, amount }
                    if m.has(tag) && fx.b.stat(stat) < c.rules.stat_max =>
                {
                    fx.power(r.role);
                    fx.add(stat, amount, Reason::RolePower);
                }
                Power::ExtraReveal { tag } if m.has(tag) && m.reveal > 0 => {
                    extra_reveal = Some(r.role)
                }
                Power::TestLuck { points } if m.has(Tag::Test) => {
                    luck = Some((r.role, points as i16))
                }
                _ => {}
            }
        }
        fx.meet(m.meets);
        let penalty = if late {
            c.rules.late_exploration_reveal
        } else {
            0
        };
        let base = m.reveal.saturating_sub(penalty);
        let reveal = (m.reveal + u8::from(extra_reveal.is_some())).saturating_sub(penalty);
        if reveal > 0 {
            let before = fx.facts.len();
            fx.reveal(reveal, m.meets);
            let shown = fx.facts[before..]
                .iter()
                .filter(|f| matches!(f, Fact::Need(..)))
                .count();
            // The power acted only if it showed a need the card alone
            // would not have.
            if let Some(r) = extra_reveal
                && shown > base as usize
            {
                fx.power(r);
            }
        }
        if m.has(Tag::Test) {
            let points = match luck {
                Some((r, points)) => {
                    fx.power(r);
                    points
                }
                None => 0,
            };
            fx.test(points);
        }
        if m.has(Tag::Deploy) {
            fx.deploy(deploy_base);
        }
        let b = fx.b;
        b.plays += 1;
        b.played_in[b.phase as usize] = b.played_in[b.phase as usize].saturating_add(1);
        if let Some(slot) = b.hand.iter().position(|x| *x == card) {
            b.hand[slot] = NO_CARD;
        }
        b.discard |= 1u64 << card;
        fx.facts
    }

    /// Month end: support erodes (it must be fed), agents recover a little,
    /// a month passes; then the next team draws and awaits its event.
    fn end_turn(&mut self, c: &Content) -> Vec<Fact> {
        let sc = &c.scenarios[self.scenario as usize];
        let mut fx = Fx {
            c,
            b: &mut self.board,
            rng: &mut self.rng,
            sc,
            facts: Vec::with_capacity(8),
        };
        // Lesson: once results are measured, the COPIL sees them and
        // support erodes less.
        let relief = if fx.b.evaluated != 0 {
            c.rules.evaluated_erosion_relief
        } else {
            0
        };
        fx.add(
            Stat::Support,
            -(c.rules.support_erosion - relief).max(0),
            Reason::SupportErosion,
        );
        fx.add(
            Stat::Energy,
            c.rules.energy_recovery,
            Reason::EnergyRecovery,
        );
        let mut facts = fx.facts;
        let b = &mut self.board;
        b.stats[Stat::Time as usize] -= 1;
        facts.push(Fact::Delta(super::log::Delta {
            stat: Stat::Time,
            amount: -1,
            reason: Reason::MonthPassed,
        }));
        self.curves.push(b.stats);
        b.plays = 0;
        b.redrawn = false;
        b.powers_used = 0;
        self.undos = 0;
        if b.stat(Stat::Support) <= 0 {
            b.step = Step::Over(EndReason::SupportLost);
        } else if b.stat(Stat::Time) <= 0 || b.round as usize >= MAX_ROUNDS {
            b.step = Step::Over(EndReason::TimeUp);
        } else {
            b.round += 1;
            b.active = (b.active + 1) % self.teams.len() as u8;
            b.step = Step::AwaitEvent;
            // A fresh hand each month: unplayed cards go to the discard pile.
            for slot in b.hand.iter_mut() {
                if *slot != NO_CARD {
                    b.discard |= 1u64 << *slot;
                    *slot = NO_CARD;
                }
            }
            self.deal(c, Some(&mut facts));
        }
        facts
    }

    /// What playing `card` now would cost, itemised with reasons (base
    /// cost, in-phase discount, role power, overload), so the UI can show
    /// the price before the move. Reveals nothing hidden.
    pub fn cost_preview(&self, c: &Content, card: u8) -> Vec<super::log::Delta> {
        let Some(m) = c.methods.get(card as usize) else {
            return Vec::new();
        };
        card_cost(c, &self.board, self.active_roles(), m)
            .deltas()
            .collect()
    }

    /// Every legal action, appended to `out` (cleared first).
    pub fn legal_actions_into(&self, c: &Content, out: &mut Vec<Action>) {
        out.clear();
        let b = &self.board;
        if self.read_only() {
            return;
        }
        match b.step {
            Step::Over(_) => {}
            Step::AwaitEvent => out.push(Action::RevealEvent),
            Step::Play => {
                // Same conditions as `check`, hoisted out of the card loops
                // (this is the simulator's hot path).
                if b.plays < c.rules.plays_per_turn {
                    let roles = self.active_roles();
                    for card in b.hand_cards() {
                        if let Some(m) = c.methods.get(card as usize)
                            && affordable(b, &card_cost(c, b, roles, m).net()).is_ok()
                        {
                            out.push(Action::Play(card));
                        }
                    }
                }
                if !b.redrawn
                    && b.pile | b.discard != 0
                    && b.stat(Stat::Energy) >= c.rules.redraw_energy
                {
                    out.extend(b.hand_cards().map(Action::Redraw));
                }
                for a in [Action::AdvancePhase, Action::Undo, Action::EndTurn] {
                    if self.check(c, a).is_ok() {
                        out.push(a);
                    }
                }
            }
        }
    }

    pub fn legal_actions(&self, c: &Content) -> Vec<Action> {
        let mut v = Vec::new();
        self.legal_actions_into(c, &mut v);
        v
    }
}
