//! Reads content files (JSON), checks them and resolves every reference to
//! an index. Every problem is reported, each with its file, item id and
//! field, so a trainer fixing a custom pack sees all mistakes at once.

use std::collections::BTreeMap;

use super::content::*;
pub use super::diagnostics::ContentError;
use super::diagnostics::Errs;
use super::raw::*;
use super::raw_cond::Ctx;
use crate::domain::role::Role;
use crate::domain::text::Text;

/// The built-in content, compiled into the binary.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    (
        "rules.json",
        include_str!("../../../content/game/rules.json"),
    ),
    (
        "texts.json",
        include_str!("../../../content/game/texts.json"),
    ),
    (
        "methods_1.json",
        include_str!("../../../content/game/methods_1.json"),
    ),
    (
        "methods_2.json",
        include_str!("../../../content/game/methods_2.json"),
    ),
    (
        "stakeholders.json",
        include_str!("../../../content/game/stakeholders.json"),
    ),
    (
        "events.json",
        include_str!("../../../content/game/events.json"),
    ),
    (
        "scenarios.json",
        include_str!("../../../content/game/scenarios.json"),
    ),
    (
        "lessons.json",
        include_str!("../../../content/game/lessons.json"),
    ),
    // Shared with the quiz result, which names the same roles.
    ("roles.json", crate::domain::role::ROLES_JSON),
];

/// Parses and checks a full set of content files.
pub fn load(files: &[(&str, &str)]) -> Result<Content, Vec<ContentError>> {
    load_with(files, crate::domain::json_error::read::<RawFile>)
}

/// [`load`] with the reader given (see [`crate::domain::json_error::Reader`]).
pub(crate) fn load_with(
    files: &[(&str, &str)],
    read: crate::domain::json_error::Reader<RawFile>,
) -> Result<Content, Vec<ContentError>> {
    let mut e = Errs { list: Vec::new() };
    let mut parsed: Vec<(String, RawFile)> = Vec::new();
    for (name, text) in files {
        match read(text) {
            Ok(f) => parsed.push((name.to_string(), f)),
            Err(p) => e.push(
                name,
                "",
                "",
                format!("{}\u{a0}: {}", p.place(true), p.message.fr),
                format!("{}: {}", p.place(false), p.message.en),
            ),
        }
    }
    let content = resolve(&parsed, &mut e);
    match content {
        Some(c) if e.list.is_empty() => Ok(c),
        _ => Err(e.list),
    }
}

/// Built-in files with a custom pack on top: a pack file named like a
/// built-in one replaces it, other pack files are added.
pub fn with_pack(pack: &[(&str, &str)]) -> Result<Content, Vec<ContentError>> {
    with_pack_read(pack, crate::domain::json_error::read::<RawFile>)
}

/// [`with_pack`] with the reader given.
pub(crate) fn with_pack_read(
    pack: &[(&str, &str)],
    read: crate::domain::json_error::Reader<RawFile>,
) -> Result<Content, Vec<ContentError>> {
    let mut files: Vec<(&str, &str)> = BUILTIN_FILES
        .iter()
        .filter(|(n, _)| !pack.iter().any(|(p, _)| p == n))
        .copied()
        .collect();
    files.extend_from_slice(pack);
    load_with(&files, read)
}

/// Takes one singleton section (rules, phases…) that exactly one file must define.
fn single<'a, T>(
    parsed: &'a [(String, RawFile)],
    e: &mut Errs,
    key: &str,
    get: impl Fn(&'a RawFile) -> Option<&'a T>,
) -> Option<(&'a str, &'a T)> {
    let found: Vec<(&str, &T)> = parsed
        .iter()
        .filter_map(|(n, f)| get(f).map(|v| (n.as_str(), v)))
        .collect();
    match found.as_slice() {
        [one] => Some(*one),
        [] => {
            let file = parsed.first().map_or("", |(n, _)| n.as_str());
            e.push(
                file,
                "",
                key,
                "section absente".into(),
                "missing section".into(),
            );
            None
        }
        [_, rest @ ..] => {
            for (n, _) in rest {
                e.push(
                    n,
                    "",
                    key,
                    "section définie deux fois".into(),
                    "section defined twice".into(),
                );
            }
            None
        }
    }
}

fn resolve(parsed: &[(String, RawFile)], e: &mut Errs) -> Option<Content> {
    let rules = single(parsed, e, "rules", |f| f.rules.as_ref());
    let phases = single(parsed, e, "phases", |f| f.phases.as_ref());
    let stats = single(parsed, e, "stats", |f| f.stats.as_ref());
    let tiers = single(parsed, e, "tiers", |f| f.tiers.as_ref());
    let diffs = single(parsed, e, "difficulties", |f| f.difficulties.as_ref());
    let roles = single(parsed, e, "roles", |f| f.roles.as_ref());
    let kinds = single(parsed, e, "stakeholder_kinds", |f| {
        f.stakeholder_kinds.as_ref()
    });

    let mut texts: BTreeMap<String, Text> = BTreeMap::new();
    for (file, f) in parsed {
        for (k, t) in &f.texts {
            e.text(file, k, "", t);
            if texts.insert(k.clone(), t.clone()).is_some() {
                e.push(
                    file,
                    k,
                    "",
                    "texte défini deux fois".into(),
                    "text defined twice".into(),
                );
            }
        }
    }
    let (phase_file, raw_phases) = phases?;
    let phase_ids: Vec<&str> = raw_phases.iter().map(|p| p.id.as_str()).collect();
    if phase_ids != PHASE_IDS {
        e.push(
            phase_file,
            "",
            "phases",
            format!("les phases doivent être {PHASE_IDS:?}"),
            format!("phases must be {PHASE_IDS:?}"),
        );
        return None;
    }
    let ctx = Ctx {
        phases: &phase_ids,
        kinds: kinds.map(|k| k.1.as_slice()).unwrap_or(&[]),
    };
    let (rules_file, raw_rules) = rules?;
    let rules = raw_rules.resolve(rules_file, e);
    let mut content = Content {
        phases: raw_phases
            .iter()
            .map(|p| p.resolve(phase_file, &ctx, e))
            .collect(),
        stats: Vec::new(),
        tiers: Vec::new(),
        difficulties: Vec::new(),
        roles: Vec::new(),
        stakeholder_kinds: ctx.kinds.to_vec(),
        methods: Vec::new(),
        stakeholders: Vec::new(),
        events: Vec::new(),
        scenarios: Vec::new(),
        lessons: Vec::new(),
        rules,
        phase_cards: [0; N_PHASES],
        texts,
    };
    if let Some((file, s)) = stats {
        content.stats = s.iter().filter_map(|x| x.resolve(file, e)).collect();
        let got: Vec<Stat> = content.stats.iter().map(|s| s.stat).collect();
        if got != Stat::ALL {
            e.push(
                file,
                "",
                "stats",
                "les 9 stats, dans l'ordre".into(),
                "all 9 stats, in order".into(),
            );
        }
    }
    if let Some((file, t)) = tiers {
        content.tiers = t.iter().map(|x| x.resolve(file, &ctx, e)).collect();
        let ids: Vec<&str> = content.tiers.iter().map(|t| t.id.as_str()).collect();
        if ids != TIER_IDS {
            e.push(
                file,
                "",
                "tiers",
                format!("attendu {TIER_IDS:?}"),
                format!("expected {TIER_IDS:?}"),
            );
        }
    }
    if let Some((file, d)) = diffs {
        content.difficulties = d.iter().map(|x| x.resolve(file, e)).collect();
        let ids: Vec<&str> = content.difficulties.iter().map(|t| t.id.as_str()).collect();
        if ids != DIFFICULTY_IDS {
            e.push(
                file,
                "",
                "difficulties",
                format!("attendu {DIFFICULTY_IDS:?}"),
                format!("expected {DIFFICULTY_IDS:?}"),
            );
        }
    }
    if let Some((file, r)) = roles {
        content.roles = r.iter().filter_map(|x| x.resolve(file, e)).collect();
        content.roles.sort_by_key(|r| r.role.index());
        for role in Role::ALL {
            if content.roles.iter().filter(|r| r.role == role).count() != 1 {
                e.push(
                    file,
                    role.id(),
                    "id",
                    "un rôle par profil, polyvalent compris".into(),
                    "one role per profile, all-rounder included".into(),
                );
            }
        }
    }
    resolve_items(parsed, &ctx, &mut content, e);
    for (i, m) in content.methods.iter().enumerate().take(MAX_METHODS) {
        for (p, mask) in content.phase_cards.iter_mut().enumerate() {
            if m.phases & (1 << p) != 0 {
                *mask |= 1u64 << i;
            }
        }
    }
    for key in super::error::required_text_keys() {
        if !content.texts.contains_key(&key) {
            e.push(
                "texts.json",
                &key,
                "",
                "texte obligatoire absent".into(),
                "required text missing".into(),
            );
        }
    }
    Some(content)
}

/// Methods, stakeholders, events and scenarios, which may be spread over
/// several files; scenarios come last because they refer to stakeholders.
fn resolve_items(parsed: &[(String, RawFile)], ctx: &Ctx, c: &mut Content, e: &mut Errs) {
    let mut seen: BTreeMap<(u8, String), ()> = BTreeMap::new();
    let mut dup = |e: &mut Errs, cat: u8, file: &str, id: &str| {
        if id.trim().is_empty() {
            e.push(file, id, "id", "identifiant vide".into(), "empty id".into());
        } else if seen.insert((cat, id.to_string()), ()).is_some() {
            e.push(
                file,
                id,
                "id",
                "identifiant en double".into(),
                "duplicate id".into(),
            );
        }
    };
    for (file, f) in parsed {
        for m in &f.methods {
            dup(e, 0, file, &m.id);
            c.methods.push(m.resolve(file, ctx, c.rules.stat_max, e));
        }
        for s in &f.stakeholders {
            dup(e, 1, file, &s.id);
            c.stakeholders.push(s.resolve(file, ctx, e));
        }
        for ev in &f.events {
            dup(e, 2, file, &ev.id);
            c.events.push(ev.resolve(file, ctx, e));
        }
    }
    if c.methods.len() > MAX_METHODS {
        let file = parsed.first().map_or("", |(n, _)| n.as_str());
        e.push(
            file,
            "",
            "methods",
            format!("au plus {MAX_METHODS} cartes"),
            format!("at most {MAX_METHODS} cards"),
        );
    }
    for (file, f) in parsed {
        for l in &f.lessons {
            dup(e, 4, file, &l.id);
            c.lessons.push(l.resolve(file, e));
        }
        for s in &f.scenarios {
            dup(e, 3, file, &s.id);
            let sc = s.resolve(file, &c.stakeholders, e);
            check_deck(file, &sc, c, e);
            c.scenarios.push(sc);
        }
    }
}

/// A scenario must be able to build its event deck at every difficulty.
fn check_deck(file: &str, s: &Scenario, c: &Content, e: &mut Errs) {
    let freins = c
        .events
        .iter()
        .filter(|v| v.kind == EventKind::Frein)
        .count();
    let leviers = c.events.len() - freins;
    for d in &c.difficulties {
        let (f, l) = deck_split(d.freins, s.months);
        if f as usize > freins || l as usize > leviers {
            e.push(
                file,
                &s.id,
                "months",
                format!("pas assez d'événements pour la difficulté {}", d.id),
                format!("not enough events for difficulty {}", d.id),
            );
        }
    }
}
