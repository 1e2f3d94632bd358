//! The shape of content files as written by people (string ids, maps of
//! stat names), and their resolution into [`super::content`] types. Unknown
//! fields are refused so that a typo is reported, not silently ignored.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::content::*;
use super::diagnostics::Errs;
use super::raw_cond::{Ctx, RawCond, amounts, conds};
use super::raw_items::*;
use crate::domain::text::Text;

pub const PHASE_IDS: [&str; N_PHASES] =
    ["cadrer", "explorer", "imaginer", "prototyper", "deployer"];
pub const TIER_IDS: [&str; 4] = ["abandoned", "delivered", "pilot", "scaled"];
pub const DIFFICULTY_IDS: [&str; 3] = ["easy", "normal", "hard"];

/// Any content file: each section is optional, files are merged.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    #[serde(default)]
    pub rules: Option<RawRules>,
    #[serde(default)]
    pub phases: Option<Vec<RawPhase>>,
    #[serde(default)]
    pub stats: Option<Vec<RawStat>>,
    #[serde(default)]
    pub tiers: Option<Vec<RawTier>>,
    #[serde(default)]
    pub difficulties: Option<Vec<RawDifficulty>>,
    #[serde(default)]
    pub roles: Option<Vec<RawRole>>,
    #[serde(default)]
    pub stakeholder_kinds: Option<Vec<String>>,
    #[serde(default)]
    pub texts: BTreeMap<String, Text>,
    #[serde(default)]
    pub methods: Vec<RawMethod>,
    #[serde(default)]
    pub stakeholders: Vec<RawStakeholder>,
    #[serde(default)]
    pub events: Vec<RawEvent>,
    #[serde(default)]
    pub scenarios: Vec<RawScenario>,
    #[serde(default)]
    pub lessons: Vec<RawLesson>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRules {
    hand_size: u8,
    phase_draws: u8,
    plays_per_turn: u8,
    overload_from: u8,
    overload_energy: i16,
    in_phase_discount: i16,
    support_erosion: i16,
    energy_recovery: i16,
    stat_max: i16,
    quality_cap_base: i16,
    redraw_energy: i16,
    max_undos_per_turn: u8,
    test_base: i16,
    test_per_understanding: i16,
    risk_raw: i16,
    risk_prototyped: i16,
    risk_tested: i16,
    incident_impact: i16,
    users_impact_bonus: i16,
    citizens_impact_bonus: i16,
    participation_bonus_from: i16,
    buy_in_bonus_from: i16,
    // Rules added with rules version 2: absent from an older trainer's
    // pack, they stay off.
    #[serde(default)]
    late_exploration_energy: i16,
    #[serde(default)]
    late_exploration_reveal: u8,
    #[serde(default)]
    copil_budget: i16,
    #[serde(default)]
    copil_support: i16,
    #[serde(default)]
    copil_missing_support: i16,
    #[serde(default)]
    copil_partners: u8,
    #[serde(default)]
    evaluated_erosion_relief: i16,
}

impl RawRules {
    pub fn resolve(&self, file: &str, e: &mut Errs) -> Rules {
        if !(1..=8).contains(&self.hand_size) {
            e.push(
                file,
                "rules",
                "hand_size",
                "entre 1 et 8".into(),
                "between 1 and 8".into(),
            );
        }
        if self.plays_per_turn == 0 || self.stat_max <= 0 {
            e.push(
                file,
                "rules",
                "plays_per_turn",
                "doit être positif".into(),
                "must be positive".into(),
            );
        }
        Rules {
            hand_size: self.hand_size.clamp(1, 8),
            phase_draws: self.phase_draws.min(self.hand_size),
            plays_per_turn: self.plays_per_turn,
            overload_from: self.overload_from,
            overload_energy: self.overload_energy,
            in_phase_discount: self.in_phase_discount,
            support_erosion: self.support_erosion,
            energy_recovery: self.energy_recovery,
            stat_max: self.stat_max,
            quality_cap_base: self.quality_cap_base,
            redraw_energy: self.redraw_energy,
            max_undos_per_turn: self.max_undos_per_turn,
            test_base: self.test_base,
            test_per_understanding: self.test_per_understanding,
            risk_raw: self.risk_raw,
            risk_prototyped: self.risk_prototyped,
            risk_tested: self.risk_tested,
            incident_impact: self.incident_impact,
            users_impact_bonus: self.users_impact_bonus,
            citizens_impact_bonus: self.citizens_impact_bonus,
            participation_bonus_from: self.participation_bonus_from,
            buy_in_bonus_from: self.buy_in_bonus_from,
            late_exploration_energy: self.late_exploration_energy,
            late_exploration_reveal: self.late_exploration_reveal,
            copil_budget: self.copil_budget,
            copil_support: self.copil_support,
            copil_missing_support: self.copil_missing_support,
            copil_partners: self.copil_partners,
            evaluated_erosion_relief: self.evaluated_erosion_relief,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPhase {
    pub id: String,
    name: Text,
    text: Text,
    #[serde(default)]
    entry: Vec<RawCond>,
}

impl RawPhase {
    pub fn resolve(&self, file: &str, ctx: &Ctx, e: &mut Errs) -> PhaseDef {
        e.text(file, &self.id, "name", &self.name);
        e.text(file, &self.id, "text", &self.text);
        PhaseDef {
            id: self.id.clone(),
            name: self.name.clone(),
            text: self.text.clone(),
            entry: conds(&self.entry, file, &self.id, "entry", ctx, e),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStat {
    id: String,
    name: Text,
    text: Text,
}

impl RawStat {
    pub fn resolve(&self, file: &str, e: &mut Errs) -> Option<StatDef> {
        e.text(file, &self.id, "name", &self.name);
        e.text(file, &self.id, "text", &self.text);
        let Some(stat) = Stat::from_id(&self.id) else {
            e.unknown(file, &self.id, "id", &self.id);
            return None;
        };
        Some(StatDef {
            stat,
            name: self.name.clone(),
            text: self.text.clone(),
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTier {
    id: String,
    name: Text,
    text: Text,
    #[serde(default)]
    requires: Vec<RawCond>,
}

impl RawTier {
    pub fn resolve(&self, file: &str, ctx: &Ctx, e: &mut Errs) -> TierDef {
        e.text(file, &self.id, "name", &self.name);
        e.text(file, &self.id, "text", &self.text);
        TierDef {
            id: self.id.clone(),
            name: self.name.clone(),
            text: self.text.clone(),
            requires: conds(&self.requires, file, &self.id, "requires", ctx, e),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDifficulty {
    id: String,
    name: Text,
    text: Text,
    #[serde(default)]
    start: BTreeMap<String, i16>,
    freins: u8,
}

impl RawDifficulty {
    pub fn resolve(&self, file: &str, e: &mut Errs) -> DifficultyDef {
        e.text(file, &self.id, "name", &self.name);
        e.text(file, &self.id, "text", &self.text);
        if self.freins > 12 {
            e.push(
                file,
                &self.id,
                "freins",
                "au plus 12".into(),
                "at most 12".into(),
            );
        }
        DifficultyDef {
            id: self.id.clone(),
            name: self.name.clone(),
            text: self.text.clone(),
            start: amounts(&self.start, file, &self.id, "start", e),
            freins: self.freins.min(12),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRole {
    #[serde(alias = "dimension")]
    id: String,
    name: Text,
    power_text: Text,
    power: String,
    #[serde(default)]
    tag: Option<String>,
    #[serde(default)]
    stat: Option<String>,
    #[serde(default)]
    amount: i16,
}

impl RawRole {
    pub fn resolve(&self, file: &str, e: &mut Errs) -> Option<RoleDef> {
        let id = self.id.as_str();
        e.text(file, id, "name", &self.name);
        e.text(file, id, "power_text", &self.power_text);
        let role = Role::from_id(id).or_else(|| {
            e.unknown(file, id, "id", id);
            None
        })?;
        let tag = self.tag.as_deref().map(|t| Tag::from_id(t).ok_or(t));
        let stat = self.stat.as_deref().map(|s| Stat::from_id(s).ok_or(s));
        let power = match (self.power.as_str(), tag, stat) {
            ("discount", Some(Ok(tag)), Some(Ok(stat))) => Power::Discount {
                tag: Some(tag),
                stat,
                amount: self.amount,
            },
            // No theme: any method.
            ("discount", None, Some(Ok(stat))) => Power::Discount {
                tag: None,
                stat,
                amount: self.amount,
            },
            ("bonus", Some(Ok(tag)), Some(Ok(stat))) => Power::Bonus {
                tag,
                stat,
                amount: self.amount,
            },
            ("extra_reveal", Some(Ok(tag)), None) => Power::ExtraReveal { tag },
            ("test_luck", None, None) => Power::TestLuck {
                points: self.amount.clamp(0, 100) as u8,
            },
            (_, Some(Err(t)), _) | (_, _, Some(Err(t))) => {
                e.unknown(file, id, "power", t);
                return None;
            }
            (p, _, _) => {
                e.unknown(file, id, "power", p);
                return None;
            }
        };
        Some(RoleDef {
            role,
            name: self.name.clone(),
            power_text: self.power_text.clone(),
            power,
        })
    }
}
