//! What the raw shapes share: the names a resolver checks references
//! against, stat amounts and conditions as people write them.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::content::*;
use super::diagnostics::Errs;

/// Names the resolver needs to check references.
pub struct Ctx<'a> {
    pub phases: &'a [&'a str],
    pub kinds: &'a [String],
}

pub(super) fn amounts(
    map: &BTreeMap<String, i16>,
    file: &str,
    id: &str,
    field: &str,
    e: &mut Errs,
) -> Amounts {
    let mut a = [0; N_STATS];
    for (k, v) in map {
        match Stat::from_id(k) {
            Some(s) => a[s as usize] = *v,
            None => e.unknown(file, id, &format!("{field}.{k}"), k),
        }
    }
    a
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCond {
    stat: Option<String>,
    min: Option<i16>,
    tag: Option<String>,
    within: Option<u8>,
    played_in: Option<String>,
    phase_at_least: Option<String>,
    needs: Option<u8>,
    evaluation: Option<String>,
    copil: Option<u8>,
}

pub(super) fn conds(
    list: &[RawCond],
    file: &str,
    id: &str,
    field: &str,
    ctx: &Ctx,
    e: &mut Errs,
) -> Vec<Cond> {
    let mut out = Vec::new();
    for (i, c) in list.iter().enumerate() {
        let f = format!("{field}[{i}]");
        let phase = |p: &str, e: &mut Errs| match ctx.phases.iter().position(|x| *x == p) {
            Some(i) => Some(i as u8),
            None => {
                e.unknown(file, id, &f, p);
                None
            }
        };
        let kinds = [
            c.stat.is_some(),
            c.tag.is_some(),
            c.played_in.is_some(),
            c.phase_at_least.is_some(),
            c.needs.is_some(),
            c.evaluation.is_some(),
            c.copil.is_some(),
        ];
        let cond = if kinds.iter().filter(|k| **k).count() != 1 {
            e.push(
                file,
                id,
                &f,
                "une condition : stat, tag, played_in, phase_at_least, needs, evaluation ou copil"
                    .into(),
                "one condition: stat, tag, played_in, phase_at_least, needs, evaluation or copil"
                    .into(),
            );
            None
        } else if let Some(s) = &c.stat {
            match Stat::from_id(s) {
                Some(s) => Some(Cond::StatMin(s, c.min.unwrap_or(0))),
                None => {
                    e.unknown(file, id, &f, s);
                    None
                }
            }
        } else if let Some(t) = &c.tag {
            match Tag::from_id(t) {
                Some(t) => Some(Cond::Tag(t, c.within.unwrap_or(0))),
                None => {
                    e.unknown(file, id, &f, t);
                    None
                }
            }
        } else if let Some(p) = &c.played_in {
            phase(p, e).map(|p| Cond::PlayedIn(p, c.min.unwrap_or(1).clamp(0, 255) as u8))
        } else if let Some(p) = &c.phase_at_least {
            phase(p, e).map(Cond::PhaseAtLeast)
        } else if let Some(n) = c.needs {
            Some(Cond::Needs(n))
        } else if let Some(x) = &c.evaluation {
            match x.as_str() {
                "planned" => Some(Cond::EvaluationPlanned),
                "done" => Some(Cond::Evaluated),
                other => {
                    e.unknown(file, id, &f, other);
                    None
                }
            }
        } else {
            c.copil.map(|n| Cond::Copil(n.min(3)))
        };
        out.extend(cond);
    }
    out
}
