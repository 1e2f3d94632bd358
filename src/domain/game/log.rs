//! The action log: what was done, by whom, in which month, and every change
//! it caused with its reason, so the UI can show "before, after, why" and
//! the debrief can rebuild the story. Entries are compact (indices, short
//! field names) to keep a finished game's JSON small.

use serde::{Deserialize, Serialize};

use super::action::Action;
use super::content::Stat;
use super::keys::indexed_enum;

indexed_enum! {
    /// Why a stat changed. Each has a stable text key `reason.<id>` in content;
    /// stored deltas hold its index, so new reasons go at the end.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Reason {
        CardCost => "reason.card_cost",
        CardEffect => "reason.card_effect",
        InPhaseDiscount => "reason.in_phase_discount",
        Overload => "reason.overload",
        RolePower => "reason.role_power",
        QualityCapped => "reason.quality_capped",
        NeedRevealed => "reason.need_revealed",
        TestPassed => "reason.test_passed",
        RightToFail => "reason.right_to_fail",
        DeployImpact => "reason.deploy_impact",
        UsersBonus => "reason.users_bonus",
        CitizensBonus => "reason.citizens_bonus",
        BuyInBonus => "reason.buy_in_bonus",
        ImpactCapped => "reason.impact_capped",
        Incident => "reason.incident",
        EventEffect => "reason.event_effect",
        EventAltered => "reason.event_altered",
        SupportErosion => "reason.support_erosion",
        EnergyRecovery => "reason.energy_recovery",
        MonthPassed => "reason.month_passed",
        Floor => "reason.floor",
        Ceiling => "reason.ceiling",
        Redraw => "reason.redraw",
        LateExploration => "reason.late_exploration",
        CopilResults => "reason.copil_results",
        CopilNoResults => "reason.copil_no_results",
        CopilTransferable => "reason.copil_transferable",
        CopilNotTransferable => "reason.copil_not_transferable",
        CopilFacilitation => "reason.copil_facilitation",
        CopilNoFacilitation => "reason.copil_no_facilitation",
    }
}

/// One stat change: `(stat, amount, reason)`, stored as three numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "(u8, i16, u8)", try_from = "(u8, i16, u8)")]
pub struct Delta {
    pub stat: Stat,
    pub amount: i16,
    pub reason: Reason,
}

impl From<Delta> for (u8, i16, u8) {
    fn from(d: Delta) -> Self {
        (d.stat as u8, d.amount, d.reason as u8)
    }
}

impl TryFrom<(u8, i16, u8)> for Delta {
    type Error = String;
    fn try_from((s, amount, r): (u8, i16, u8)) -> Result<Self, String> {
        let stat = *Stat::ALL.get(s as usize).ok_or("bad stat")?;
        let reason = *Reason::ALL.get(r as usize).ok_or("bad reason")?;
        Ok(Delta {
            stat,
            amount,
            reason,
        })
    }
}

/// Something that happened while an action was applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Fact {
    /// A stat changed.
    #[serde(rename = "d")]
    Delta(Delta),
    /// Part of a change that could not apply (floor, ceiling, quality or
    /// impact cap): the amount lost and why. Not counted in the net change.
    #[serde(rename = "x")]
    Capped(Delta),
    /// A hidden need was revealed: (stakeholder content index, need index).
    #[serde(rename = "n")]
    Need(u8, u8),
    /// A stakeholder was met for the first time (content index).
    #[serde(rename = "m")]
    Met(u8),
    /// A user test: success or failure.
    #[serde(rename = "t")]
    Test(bool),
    /// A deployment incident happened (true) or was avoided (false).
    #[serde(rename = "i")]
    Incident(bool),
    /// An event was revealed: (event index, altered by past actions).
    #[serde(rename = "e")]
    Event(u8, bool),
    /// A method card was drawn (hidden information).
    #[serde(rename = "c")]
    Drew(u8),
    /// The project entered a phase.
    #[serde(rename = "p")]
    Phase(u8),
    /// A role's power acted (index in `Role::ALL`); the change it made, if
    /// any, follows as a `RolePower` delta. Added with rules version 3.
    #[serde(rename = "w")]
    Power(u8),
}

impl Fact {
    pub const KEYS: [&'static str; 11] = [
        "fact.delta",
        "fact.capped",
        "fact.need",
        "fact.met",
        "fact.test_passed",
        "fact.test_failed",
        "fact.incident",
        "fact.no_incident",
        "fact.event",
        "fact.drew",
        "fact.power",
    ];
    /// Stable key of a sentence describing the fact (phase changes use the
    /// phase name; deltas also have their reason's key).
    pub fn key(&self) -> &'static str {
        Self::KEYS[match self {
            Fact::Delta(_) | Fact::Phase(_) => 0,
            Fact::Capped(_) => 1,
            Fact::Need(..) => 2,
            Fact::Met(_) => 3,
            Fact::Test(true) => 4,
            Fact::Test(false) => 5,
            Fact::Incident(true) => 6,
            Fact::Incident(false) => 7,
            Fact::Event(..) => 8,
            Fact::Power(_) => 10,
            Fact::Drew(_) => 9,
        }]
    }
}

/// One applied action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    /// Month (1-based) and team index.
    #[serde(rename = "r")]
    pub round: u8,
    #[serde(rename = "t")]
    pub team: u8,
    #[serde(rename = "a")]
    pub action: Action,
    /// Phase in which the action was taken.
    #[serde(rename = "p")]
    pub phase: u8,
    #[serde(rename = "f", default, skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<Fact>,
    /// Set when a later `Undo` cancelled this action.
    #[serde(rename = "u", default, skip_serializing_if = "is_false")]
    pub undone: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl LogEntry {
    pub fn deltas(&self) -> impl Iterator<Item = Delta> + '_ {
        self.facts.iter().filter_map(|f| match f {
            Fact::Delta(d) => Some(*d),
            _ => None,
        })
    }
}

/// Upper bound on log entries; the rules also bound actions per turn, so a
/// real game never reaches it. Oldest entries go first, and are counted.
pub const LOG_CAP: usize = 400;
