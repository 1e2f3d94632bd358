//! Debrief step 3, the analysis: the observations read from the log (see
//! `observations`), the methods played in each phase, and, for each role
//! at a team's table, who held it, how the team played on its home ground
//! and how often its power acted (read from the log). The events are told
//! in step 2's story.

use leptos::prelude::*;

use super::{Ctx, observations, text};
use crate::domain::game::Tag;
use crate::domain::game::content::Power;
use crate::domain::game::debrief::{Debrief, MomentKind, power_uses};
use crate::domain::game::observations::Observation;
use crate::i18n::{tf, tn};

/// The tag a role's power is about (its "home ground"); none for a power
/// that helps any method.
fn power_tag(p: &Power) -> Option<Tag> {
    match p {
        Power::Discount { tag, .. } => *tag,
        Power::Bonus { tag, .. } | Power::ExtraReveal { tag } => Some(*tag),
        Power::TestLuck { .. } => Some(Tag::Test),
    }
}

#[component]
pub fn Analysis(
    ctx: Ctx,
    d: StoredValue<Debrief>,
    observed: StoredValue<Vec<Observation>>,
    lessons: StoredValue<Vec<Option<usize>>>,
) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let phases = move || {
        let lang = i.lang();
        let code = lang;
        d.with_value(|d| {
            d.methods_per_phase
                .iter()
                .map(|pm| {
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
                    view! { <li><strong>{name.to_owned()}</strong>" · " {played}</li> }
                })
                .collect_view()
        })
    };
    let roles = move || {
        let lang = i.lang();
        let code = lang;
        let teams = ctx
            .game
            .with(|g| g.as_ref().map(|g| g.state.teams.clone()))
            .unwrap_or_default();
        let logged = d.with_value(|d| d.powers_logged);
        let items = teams
            .iter()
            .enumerate()
            .flat_map(|(n, t)| t.roles().filter_map(move |r| Some((n, t, c.role(r)?))))
            .map(|(n, t, role)| {
                let tag = power_tag(&role.power);
                // Who brought the role, by first name when given.
                let names: Vec<&str> = t
                    .members
                    .iter()
                    .filter(|m| m.role == Some(role.role) && !m.name.is_empty())
                    .map(|m| m.name.as_str())
                    .collect();
                let role_name = if names.is_empty() {
                    role.name.get(code).to_owned()
                } else {
                    format!("{} ({})", role.name.get(code), names.join(", "))
                };
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
                            if c.methods
                                .iter()
                                .any(|x| x.id == m.id && tag.is_none_or(|t| x.has(t)))
                            {
                                out.1 += 1;
                            }
                        }
                        out.2 += power_uses(c, role, m, logged);
                    }
                    out
                });
                let methods = tn(lang, "game.count.methods_played", played as i64, &[]);
                let power = tn(lang, "game.count.times", power as i64, &[]);
                let line = match tag {
                    Some(tag) => tf(
                        lang,
                        "game.analysis.role",
                        &[
                            ("team", &t.name),
                            ("role", &role_name),
                            ("methods", &methods),
                            ("home", &home.to_string()),
                            ("tag", &text::tag_name(c, lang, tag)),
                            ("power", &power),
                        ],
                    ),
                    None => tf(
                        lang,
                        "game.analysis.role_any",
                        &[
                            ("team", &t.name),
                            ("role", &role_name),
                            ("methods", &methods),
                            ("power", &power),
                        ],
                    ),
                };
                view! {
                    <li>
                        <p>{line}</p>
                        <p class="muted">{role.power_text.get(code).to_owned()}</p>
                    </li>
                }
            })
            .collect_view();
        teams.iter().any(|t| t.roles().next().is_some()).then(|| {
            view! {
                <h3>{i.t("game.analysis.roles")}</h3>
                <ul>{items}</ul>
                <p><strong>{i.t("game.analysis.role_question")}</strong></p>
            }
        })
    };
    view! {
        <observations::Observations ctx=ctx list=observed lessons=lessons />
        <h3>{i.tr("debrief.analysis.phases")}</h3>
        <ul class="game-phases">{phases}</ul>
        {roles}
    }
}
