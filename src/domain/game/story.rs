//! The story of a game in a dozen lines rather than every action: phase
//! changes, the events and whether earlier choices changed them, the firsts
//! (first user met, first need uncovered, first test, the launch, the
//! COPIL), the turning points of the gauges, and how it ended. The full log
//! stays in [`super::debrief::Debrief::timeline`].

use super::content::{Content, EventKind, N_STATS, Stat, Tag};
use super::log::{Fact, Reason};
use super::state::{Action, EndReason, GameState, Step};

/// One key moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Beat {
    /// The project entered this phase.
    Phase(u8),
    /// An event (content index): a frein, or a levier; `altered` when
    /// earlier choices softened the frein or let the team seize the levier.
    Event {
        event: u8,
        frein: bool,
        altered: bool,
    },
    /// The first method with users (content index of the method).
    FirstUsers(u8),
    /// The first method with residents.
    FirstCitizens(u8),
    /// The first hidden need uncovered: (stakeholder, need).
    FirstNeed(u8, u8),
    /// The first user test, and whether it passed.
    FirstTest(bool),
    /// The service was launched, with or without an incident (the first
    /// launch, then only launches with an incident).
    Launched { incident: bool },
    /// The COPIL was held: how many of its three criteria were met.
    Copil(u8),
    /// A gauge turned: `low` for a trough it climbed out of, else a peak
    /// it fell from; the value at the turn.
    Turn { stat: Stat, low: bool, value: i16 },
    /// The game ended.
    End(EndReason),
}

/// A key moment and its month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoryItem {
    pub round: u8,
    pub beat: Beat,
}

/// Gauges whose turning points tell something (time only goes down, and
/// budget mostly follows the cards bought).
const TURNING: [Stat; 6] = [
    Stat::Support,
    Stat::Energy,
    Stat::Understanding,
    Stat::Quality,
    Stat::BuyIn,
    Stat::Impact,
];

/// How far a gauge must move on both sides of a turn to count.
const TURN_AMPLITUDE: i16 = 2;

/// The key moments of a game, in month order.
pub fn story(s: &GameState, c: &Content) -> Vec<StoryItem> {
    let mut out = Vec::new();
    let (mut users, mut citizens, mut need, mut test) = (false, false, false, false);
    let mut launched = false;
    for e in s.log().iter().filter(|e| !e.undone) {
        let round = e.round;
        let mut push = |beat| out.push(StoryItem { round, beat });
        if let Action::Play(card) = e.action
            && let Some(m) = c.methods.get(card as usize)
        {
            if m.has(Tag::Users) && !users {
                users = true;
                push(Beat::FirstUsers(card));
            }
            if m.has(Tag::Citizens) && !citizens {
                citizens = true;
                push(Beat::FirstCitizens(card));
            }
        }
        // The COPIL's criteria met, counted from its reasons (a budget
        // already at its ceiling leaves a capped change, not a change).
        let mut met: Vec<Reason> = Vec::new();
        let mut held = false;
        for f in &e.facts {
            if let Fact::Delta(d) | Fact::Capped(d) = f {
                match d.reason {
                    Reason::CopilResults
                    | Reason::CopilTransferable
                    | Reason::CopilFacilitation => {
                        held = true;
                        if !met.contains(&d.reason) {
                            met.push(d.reason);
                        }
                    }
                    Reason::CopilNoResults
                    | Reason::CopilNotTransferable
                    | Reason::CopilNoFacilitation => held = true,
                    _ => {}
                }
            }
        }
        for f in &e.facts {
            match *f {
                Fact::Phase(p) => {
                    push(Beat::Phase(p));
                    if held {
                        push(Beat::Copil(met.len() as u8));
                    }
                }
                Fact::Event(ev, altered) => {
                    if let Some(card) = c.events.get(ev as usize) {
                        let frein = card.kind == EventKind::Frein;
                        // A levier nobody seized changed nothing worth telling.
                        if frein || altered {
                            push(Beat::Event {
                                event: ev,
                                frein,
                                altered,
                            });
                        }
                    }
                }
                Fact::Need(sh, n) if !need => {
                    need = true;
                    push(Beat::FirstNeed(sh, n));
                }
                Fact::Test(passed) if !test => {
                    test = true;
                    push(Beat::FirstTest(passed));
                }
                // The first launch, and any later one that went wrong.
                Fact::Incident(incident) if !launched || incident => {
                    launched = true;
                    push(Beat::Launched { incident });
                }
                _ => {}
            }
        }
    }
    turning_points(&s.curves, &mut out);
    if let Step::Over(end) = s.board.step {
        out.push(StoryItem {
            round: s.board.round,
            beat: Beat::End(end),
        });
    }
    // Stable: within a month, the log's order, then the gauges.
    out.sort_by_key(|i| i.round);
    out
}

/// For each gauge, its deepest trough (or highest peak) inside the game,
/// when the gauge moved by at least [`TURN_AMPLITUDE`] on both sides.
fn turning_points(curves: &[[i16; N_STATS]], out: &mut Vec<StoryItem>) {
    if curves.len() < 3 {
        return;
    }
    let last = curves.len() - 1;
    for stat in TURNING {
        let v: Vec<i16> = curves.iter().map(|x| x[stat as usize]).collect();
        let mut best: Option<(i16, usize, bool)> = None;
        for k in 1..last {
            let before = v[..k].iter().copied();
            let after = v[k + 1..].iter().copied();
            // A trough: it had been higher before and climbs higher after.
            let fall = before.clone().max().unwrap_or(v[k]) - v[k];
            let rise = after.clone().max().unwrap_or(v[k]) - v[k];
            let low_swing = fall.min(rise);
            let drop_before = v[k] - before.min().unwrap_or(v[k]);
            let drop_after = v[k] - after.min().unwrap_or(v[k]);
            let high_swing = drop_before.min(drop_after);
            for (swing, low) in [(low_swing, true), (high_swing, false)] {
                if swing >= TURN_AMPLITUDE && best.is_none_or(|b| swing > b.0) {
                    best = Some((swing, k, low));
                }
            }
        }
        if let Some((_, k, low)) = best {
            out.push(StoryItem {
                round: k as u8,
                beat: Beat::Turn {
                    stat,
                    low,
                    value: v[k],
                },
            });
        }
    }
}
