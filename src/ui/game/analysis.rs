//! Debrief step 3, the analysis: one question per phase beside the methods
//! played in it, the freins met and the leviers used (and whether past
//! choices changed them), and, for teams that took a quiz role, how their
//! play compared with the profile they declared.

use leptos::prelude::*;

use super::{Ctx, text};
use crate::domain::game::Tag;
use crate::domain::game::content::Power;
use crate::domain::game::debrief::{Debrief, EventReport, MomentKind};
use crate::domain::game::log::{Fact, Reason};
use crate::i18n::{tf, tn};

/// One question per phase of the double diamond, in phase order.
const QUESTIONS: [&str; 5] = [
    "game.q.cadrer",
    "game.q.explorer",
    "game.q.imaginer",
    "game.q.prototyper",
    "game.q.deployer",
];

/// The tag a role's power is about (its "home ground").
fn power_tag(p: &Power) -> Tag {
    match p {
        Power::Discount { tag, .. } | Power::Bonus { tag, .. } | Power::ExtraReveal { tag } => *tag,
        Power::TestLuck { .. } => Tag::Test,
    }
}

#[component]
pub fn Analysis(ctx: Ctx, d: StoredValue<Debrief>) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let phases = move || {
        let lang = i.lang();
        let code = lang;
        d.with_value(|d| {
            d.methods_per_phase
                .iter()
                .enumerate()
                .map(|(n, pm)| {
                    let name = c
                        .phases
                        .iter()
                        .find(|p| p.id == pm.phase)
                        .map_or("", |p| p.name.get(code));
                    let methods: Vec<&str> = pm
                        .methods
                        .iter()
                        .filter_map(|id| c.methods.iter().find(|m| &m.id == id))
                        .map(|m| m.name.get(code))
                        .collect();
                    let played = if methods.is_empty() {
                        i.t("game.analysis.none_played").to_owned()
                    } else {
                        tf(
                            lang,
                            "game.analysis.played",
                            &[("methods", &methods.join(", "))],
                        )
                    };
                    let q = QUESTIONS.get(n).map(|k| i.t(k));
                    view! {
                        <li>
                            <h4>{name.to_owned()}</h4>
                            <p>{played}</p>
                            <p><strong>{q}</strong></p>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let events = move |freins: bool| {
        let lang = i.lang();
        let code = lang;
        d.with_value(|d| {
            let list: &[EventReport] = if freins { &d.freins_met } else { &d.leviers };
            if list.is_empty() {
                return view! { <p>{i.t("game.analysis.no_event")}</p> }.into_any();
            }
            let items = list
                .iter()
                .filter_map(|r| Some((r, c.events.iter().find(|e| e.id == r.id)?)))
                .map(|(r, e)| {
                    let head = tf(
                        lang,
                        "game.analysis.event",
                        &[("n", &r.round.to_string()), ("event", e.name.get(code))],
                    );
                    let altered = r.because.as_ref().map(|t| {
                        let key = if freins {
                            "game.analysis.softened"
                        } else {
                            "game.analysis.seized"
                        };
                        view! { <p><strong>{i.t(key)}</strong>" " {t.get(code).to_owned()}</p> }
                    });
                    view! { <li><p>{head}</p>{altered}</li> }
                })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        })
    };
    let roles = move || {
        let lang = i.lang();
        let code = lang;
        let teams = ctx
            .game
            .with(|g| g.as_ref().map(|g| g.state.teams.clone()))
            .unwrap_or_default();
        let items = teams
            .iter()
            .enumerate()
            .filter_map(|(n, t)| Some((n, t, c.role(t.role?)?)))
            .map(|(n, t, role)| {
                let tag = power_tag(&role.power);
                // Counted from the log: the team's methods not undone, those
                // on the role's home ground, and the times its power acted.
                let (played, home, power) = d.with_value(|d| {
                    let mine = d
                        .timeline
                        .iter()
                        .filter(|m| m.team as usize == n && !m.undone);
                    let mut out = (0, 0, 0);
                    for m in mine {
                        if m.kind == MomentKind::Method {
                            out.0 += 1;
                            if c.methods.iter().any(|x| x.id == m.id && x.has(tag)) {
                                out.1 += 1;
                            }
                        }
                        out.2 += m
                            .facts
                            .iter()
                            .filter(
                                |f| matches!(f, Fact::Delta(x) if x.reason == Reason::RolePower),
                            )
                            .count();
                    }
                    out
                });
                let line = tf(
                    lang,
                    "game.analysis.role",
                    &[
                        ("team", &t.name),
                        ("role", role.name.get(code)),
                        (
                            "methods",
                            &tn(lang, "game.count.methods_played", played as i64, &[]),
                        ),
                        ("home", &home.to_string()),
                        ("tag", &text::tag_name(c, lang, tag)),
                        ("power", &tn(lang, "game.count.times", power as i64, &[])),
                    ],
                );
                view! {
                    <li>
                        <p>{line}</p>
                        <p class="muted">{role.power_text.get(code).to_owned()}</p>
                        <p><strong>{i.t("game.analysis.role_question")}</strong></p>
                    </li>
                }
            })
            .collect_view();
        (!teams.iter().all(|t| t.role.is_none())).then(|| {
            view! {
                <h3>{i.t("game.analysis.roles")}</h3>
                <ul>{items}</ul>
            }
        })
    };
    view! {
        <h3>{i.tr("game.analysis.phases")}</h3>
        <ul class="game-phases">{phases}</ul>
        <h3>{i.tr("game.analysis.freins")}</h3>
        {move || events(true)}
        <h3>{i.tr("game.analysis.leviers")}</h3>
        {move || events(false)}
        {roles}
    }
}
