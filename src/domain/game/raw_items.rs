//! Content items as written in files (methods, stakeholders, events,
//! scenarios) and their resolution, with a located error for each problem.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::content::*;
use super::diagnostics::Errs;
use super::raw_cond::{Ctx, RawCond, amounts, conds};
use crate::domain::text::Text;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMethod {
    pub id: String,
    name: Text,
    text: Text,
    source: String,
    phases: Vec<String>,
    cost: BTreeMap<String, i16>,
    effects: BTreeMap<String, i16>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    meets: Vec<String>,
    #[serde(default)]
    reveal: u8,
}

impl RawMethod {
    pub fn resolve(&self, file: &str, ctx: &Ctx, stat_max: i16, e: &mut Errs) -> MethodCard {
        let id = self.id.as_str();
        e.text(file, id, "name", &self.name);
        e.text(file, id, "text", &self.text);
        e.source(file, id, &self.source);
        let mut phases = 0u8;
        for p in &self.phases {
            match ctx.phases.iter().position(|x| x == p) {
                Some(i) => phases |= 1 << i,
                None => e.unknown(file, id, "phases", p),
            }
        }
        if phases == 0 {
            e.push(
                file,
                id,
                "phases",
                "au moins une phase".into(),
                "at least one phase".into(),
            );
        }
        let cost = amounts(&self.cost, file, id, "cost", e);
        for s in Stat::ALL {
            let v = cost[s as usize];
            if v < 0 || v > stat_max || (v != 0 && !s.is_resource()) {
                e.push(
                    file,
                    id,
                    &format!("cost.{}", s.id()),
                    format!("coût impossible : {v}"),
                    format!("impossible cost: {v}"),
                );
            }
        }
        let mut tags = 0u16;
        for t in &self.tags {
            match Tag::from_id(t) {
                Some(t) => tags |= t.bit(),
                None => e.unknown(file, id, "tags", t),
            }
        }
        let mut meets = 0u8;
        for k in &self.meets {
            match ctx.kinds.iter().position(|x| x == k) {
                Some(i) if i < 8 => meets |= 1 << i,
                _ => e.unknown(file, id, "meets", k),
            }
        }
        if self.reveal > 3 {
            e.push(file, id, "reveal", "au plus 3".into(), "at most 3".into());
        }
        MethodCard {
            id: self.id.clone(),
            name: self.name.clone(),
            text: self.text.clone(),
            source: self.source.clone(),
            phases,
            cost,
            effects: amounts(&self.effects, file, id, "effects", e),
            tags,
            meets,
            reveal: self.reveal.min(3),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStakeholder {
    pub id: String,
    kind: String,
    name: Text,
    text: Text,
    source: String,
    needs: Vec<Text>,
}

impl RawStakeholder {
    pub fn resolve(&self, file: &str, ctx: &Ctx, e: &mut Errs) -> Stakeholder {
        let id = self.id.as_str();
        e.text(file, id, "name", &self.name);
        e.text(file, id, "text", &self.text);
        e.source(file, id, &self.source);
        for (i, n) in self.needs.iter().enumerate() {
            e.text(file, id, &format!("needs[{i}]"), n);
        }
        if self.needs.is_empty() || self.needs.len() > MAX_NEEDS {
            e.push(
                file,
                id,
                "needs",
                format!("de 1 à {MAX_NEEDS} besoins"),
                format!("1 to {MAX_NEEDS} needs"),
            );
        }
        let kind = ctx
            .kinds
            .iter()
            .position(|k| *k == self.kind)
            .unwrap_or_else(|| {
                e.unknown(file, id, "kind", &self.kind);
                0
            });
        Stakeholder {
            id: self.id.clone(),
            kind: kind as u8,
            name: self.name.clone(),
            text: self.text.clone(),
            source: self.source.clone(),
            needs: self.needs.iter().take(MAX_NEEDS).cloned().collect(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: String,
    kind: String,
    name: Text,
    text: Text,
    source: String,
    effects: BTreeMap<String, i16>,
    #[serde(default)]
    conditions: Vec<RawCond>,
    #[serde(default)]
    alt_effects: BTreeMap<String, i16>,
    #[serde(default)]
    alt_text: Option<Text>,
}

impl RawEvent {
    pub fn resolve(&self, file: &str, ctx: &Ctx, e: &mut Errs) -> EventCard {
        let id = self.id.as_str();
        e.text(file, id, "name", &self.name);
        e.text(file, id, "text", &self.text);
        e.source(file, id, &self.source);
        let kind = EventKind::from_id(&self.kind).unwrap_or_else(|| {
            e.unknown(file, id, "kind", &self.kind);
            EventKind::Frein
        });
        let conditions = conds(&self.conditions, file, id, "conditions", ctx, e);
        let alt_text = self.alt_text.clone().unwrap_or_default();
        if !conditions.is_empty() {
            e.text(file, id, "alt_text", &alt_text);
        }
        EventCard {
            id: self.id.clone(),
            kind,
            name: self.name.clone(),
            text: self.text.clone(),
            source: self.source.clone(),
            effects: amounts(&self.effects, file, id, "effects", e),
            conditions,
            alt_effects: amounts(&self.alt_effects, file, id, "alt_effects", e),
            alt_text,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScenario {
    pub id: String,
    name: Text,
    text: Text,
    goal: Text,
    source: String,
    months: u8,
    start: BTreeMap<String, i16>,
    stakeholders: Vec<String>,
}

impl RawScenario {
    pub fn resolve(&self, file: &str, all: &[Stakeholder], e: &mut Errs) -> Scenario {
        let id = self.id.as_str();
        e.text(file, id, "name", &self.name);
        e.text(file, id, "text", &self.text);
        e.text(file, id, "goal", &self.goal);
        e.source(file, id, &self.source);
        if !(8..=12).contains(&self.months) {
            e.push(
                file,
                id,
                "months",
                "de 8 à 12 mois".into(),
                "8 to 12 months".into(),
            );
        }
        let mut stakeholders = Vec::new();
        for s in &self.stakeholders {
            match all.iter().position(|x| x.id == *s) {
                Some(i) => stakeholders.push(i as u8),
                None => e.unknown(file, id, "stakeholders", s),
            }
        }
        if stakeholders.is_empty() || stakeholders.len() > MAX_SCENARIO_STAKEHOLDERS {
            e.push(
                file,
                id,
                "stakeholders",
                format!("de 1 à {MAX_SCENARIO_STAKEHOLDERS} parties prenantes"),
                format!("1 to {MAX_SCENARIO_STAKEHOLDERS} stakeholders"),
            );
            stakeholders.truncate(MAX_SCENARIO_STAKEHOLDERS);
        }
        let mut start = amounts(&self.start, file, id, "start", e);
        start[Stat::Time as usize] = self.months.clamp(8, 12) as i16;
        Scenario {
            id: self.id.clone(),
            name: self.name.clone(),
            text: self.text.clone(),
            goal: self.goal.clone(),
            source: self.source.clone(),
            months: self.months.clamp(8, 12),
            start,
            stakeholders,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLesson {
    pub id: String,
    name: Text,
    rule: Text,
    counterfactual: String,
    measure: String,
    source: String,
}

impl RawLesson {
    pub fn resolve(&self, file: &str, e: &mut Errs) -> Lesson {
        let id = self.id.as_str();
        e.text(file, id, "name", &self.name);
        e.text(file, id, "rule", &self.rule);
        e.source(file, id, &self.source);
        let measure = match self.measure.as_str() {
            "pilot" => Measure::Pilot,
            "scaled" => Measure::Scaled,
            m => {
                e.unknown(file, id, "measure", m);
                Measure::Pilot
            }
        };
        Lesson {
            id: self.id.clone(),
            name: self.name.clone(),
            rule: self.rule.clone(),
            counterfactual: self.counterfactual.clone(),
            measure,
            source: self.source.clone(),
        }
    }
}
