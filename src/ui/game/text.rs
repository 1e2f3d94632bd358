//! Words for the engine's data: names of stats, phases, methods and
//! stakeholders, signed amounts, and one sentence per log fact, all from
//! the content's bilingual texts (`content/game/texts.json`, `rules.json`).

use crate::domain::game::content::{Amounts, Cond};
use crate::domain::game::state::Action;
use crate::domain::game::{Content, Fact, Stat, Tag};
use crate::i18n::{Lang, tf, tn};

/// A content text by stable key (the key itself if the content lacks it).
pub fn ct(c: &Content, lang: Lang, key: &str) -> String {
    c.text(key)
        .map_or_else(|| key.to_owned(), |t| t.get(lang).to_owned())
}

/// Replaces `{name}` placeholders of a content text.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// "+2", "−1" (a real minus sign, read as "moins").
pub fn signed(n: i16) -> String {
    match n {
        n if n > 0 => format!("+{n}"),
        n if n < 0 => format!("\u{2212}{}", -(n as i32)),
        _ => "0".to_owned(),
    }
}

pub fn stat_name(c: &Content, lang: Lang, s: Stat) -> String {
    c.stats
        .iter()
        .find(|d| d.stat == s)
        .map_or_else(|| s.id().to_owned(), |d| d.name.get(lang).to_owned())
}

pub fn phase_name(c: &Content, lang: Lang, p: u8) -> String {
    c.phases
        .get(p as usize)
        .map_or_else(String::new, |d| d.name.get(lang).to_owned())
}

pub fn method_name(c: &Content, lang: Lang, m: u8) -> String {
    c.methods
        .get(m as usize)
        .map_or_else(String::new, |d| d.name.get(lang).to_owned())
}

pub fn tag_name(c: &Content, lang: Lang, t: Tag) -> String {
    ct(c, lang, &format!("tag.{}", t.id()))
}

fn stakeholder_name(c: &Content, lang: Lang, s: u8) -> String {
    c.stakeholders
        .get(s as usize)
        .map_or_else(String::new, |d| d.name.get(lang).to_owned())
}

/// "Budget −2, Énergie −1" for the non-zero amounts.
pub fn amounts(c: &Content, lang: Lang, a: &Amounts) -> String {
    Stat::ALL
        .iter()
        .filter(|s| a[**s as usize] != 0)
        .map(|s| format!("{} {}", stat_name(c, lang, *s), signed(a[*s as usize])))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The label of an action: "Jouer une méthode : Note de cadrage".
pub fn action_label(c: &Content, lang: Lang, a: Action, phase: u8) -> String {
    let base = ct(c, lang, a.key());
    let what = match a {
        Action::Play(m) | Action::Redraw(m) => method_name(c, lang, m),
        Action::AdvancePhase => phase_name(c, lang, phase + 1),
        _ => return base,
    };
    tf(
        lang,
        "game.action_with",
        &[("action", &base), ("what", &what)],
    )
}

/// One sentence for a fact of the log.
pub fn fact(c: &Content, lang: Lang, f: &Fact) -> String {
    let t = |k: &str| ct(c, lang, k);
    match f {
        Fact::Delta(d) | Fact::Capped(d) => fill(
            &t(f.key()),
            &[
                ("stat", &stat_name(c, lang, d.stat)),
                ("amount", &signed(d.amount)),
                ("reason", &t(d.reason.key())),
            ],
        ),
        Fact::Need(s, n) => {
            let need = c
                .stakeholders
                .get(*s as usize)
                .and_then(|st| st.needs.get(*n as usize))
                .map_or("", |t| t.get(lang));
            fill(
                &t(f.key()),
                &[
                    ("stakeholder", &stakeholder_name(c, lang, *s)),
                    ("need", need),
                ],
            )
        }
        Fact::Met(s) => fill(
            &t(f.key()),
            &[("stakeholder", &stakeholder_name(c, lang, *s))],
        ),
        Fact::Event(e, _) => {
            let name = c.events.get(*e as usize).map_or("", |ev| ev.name.get(lang));
            fill(&t(f.key()), &[("event", name)])
        }
        Fact::Drew(m) => fill(&t(f.key()), &[("method", &method_name(c, lang, *m))]),
        Fact::Phase(p) => tf(
            lang,
            "game.fact.phase",
            &[("phase", &phase_name(c, lang, *p))],
        ),
        Fact::Power(r) => {
            let role = crate::domain::game::Role::from_index(*r as usize)
                .and_then(|r| c.role(r))
                .map_or("", |r| r.name.get(lang));
            fill(&t(f.key()), &[("role", role)])
        }
        Fact::Test(_) | Fact::Incident(_) => t(f.key()),
    }
}

/// The facts worth a sentence after an action: a month's new hand is
/// summed up rather than listed card by card.
pub fn facts(c: &Content, lang: Lang, a: Action, list: &[Fact]) -> Vec<String> {
    let mut out: Vec<String> = list
        .iter()
        .filter(|f| !(matches!(f, Fact::Drew(_)) && a == Action::EndTurn))
        .map(|f| fact(c, lang, f))
        .collect();
    if a == Action::EndTurn && list.iter().any(|f| matches!(f, Fact::Drew(_))) {
        out.push(crate::i18n::t(lang, "game.fact.new_hand").to_owned());
    }
    out
}

/// An entry condition of a phase (or of a tier), in words.
pub fn cond(c: &Content, lang: Lang, k: &Cond) -> String {
    match k {
        Cond::StatMin(s, n) => tf(
            lang,
            "game.cond.stat_min",
            &[("stat", &stat_name(c, lang, *s)), ("n", &n.to_string())],
        ),
        Cond::Tag(tag, 0) => tf(
            lang,
            "game.cond.tag_ever",
            &[("tag", &tag_name(c, lang, *tag))],
        ),
        Cond::Tag(tag, n) => tn(
            lang,
            "game.cond.tag_within",
            *n as i64,
            &[("tag", &tag_name(c, lang, *tag))],
        ),
        Cond::PlayedIn(p, n) => tn(
            lang,
            "game.cond.played_in",
            *n as i64,
            &[("phase", &phase_name(c, lang, *p))],
        ),
        Cond::PhaseAtLeast(p) => tf(
            lang,
            "game.cond.phase_at_least",
            &[("phase", &phase_name(c, lang, *p))],
        ),
        Cond::Needs(n) => tn(lang, "game.cond.needs", *n as i64, &[]),
        Cond::EvaluationPlanned => crate::i18n::t(lang, "game.cond.evaluation_planned").to_owned(),
        Cond::Evaluated => crate::i18n::t(lang, "game.cond.evaluated").to_owned(),
        Cond::Copil(n) => tn(lang, "game.cond.copil", *n as i64, &[]),
    }
}
