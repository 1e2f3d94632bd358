//! Debrief step 2, what the group looks at together: the story of the game
//! in key moments (from `domain::game::story`), and the hidden needs never
//! discovered, as face-down tokens the facilitator turns over with their
//! stakeholder (the "so that is what we missed" moment).

use leptos::prelude::*;

use super::{Ctx, icons, text};
use crate::domain::game::EndReason;
use crate::domain::game::story::{Beat, StoryItem};
use crate::i18n::{Lang, tf, tn};

/// One sentence for a key moment.
fn beat_text(ctx: Ctx, lang: Lang, beat: &Beat) -> String {
    let c = ctx.c;
    match *beat {
        Beat::Phase(p) => tf(
            lang,
            "debrief.beat.phase",
            &[("phase", &text::phase_name(c, lang, p))],
        ),
        Beat::Event {
            event,
            frein,
            altered,
        } => {
            let Some(e) = c.events.get(event as usize) else {
                return String::new();
            };
            let key = match (frein, altered) {
                (true, false) => "debrief.beat.frein",
                (true, true) => "debrief.beat.frein_softened",
                (false, _) => "debrief.beat.levier_seized",
            };
            tf(
                lang,
                key,
                &[("event", e.name.get(lang)), ("why", e.alt_text.get(lang))],
            )
        }
        Beat::FirstUsers(m) => tf(
            lang,
            "debrief.beat.first_users",
            &[("method", &text::method_name(c, lang, m))],
        ),
        Beat::FirstCitizens(m) => tf(
            lang,
            "debrief.beat.first_citizens",
            &[("method", &text::method_name(c, lang, m))],
        ),
        Beat::FirstNeed(sh, n) => {
            let st = c.stakeholders.get(sh as usize);
            tf(
                lang,
                "debrief.beat.first_need",
                &[
                    ("stakeholder", st.map_or("", |s| s.name.get(lang))),
                    (
                        "need",
                        st.and_then(|s| s.needs.get(n as usize))
                            .map_or("", |t| t.get(lang)),
                    ),
                ],
            )
        }
        Beat::FirstTest(true) => crate::i18n::t(lang, "debrief.beat.first_test_passed").to_owned(),
        Beat::FirstTest(false) => crate::i18n::t(lang, "debrief.beat.first_test_failed").to_owned(),
        Beat::Launched { incident } => crate::i18n::t(
            lang,
            if incident {
                "debrief.beat.launched_incident"
            } else {
                "debrief.beat.launched"
            },
        )
        .to_owned(),
        Beat::Copil(n) => tn(lang, "debrief.beat.copil", n.into(), &[]),
        Beat::Turn { stat, low, value } => tf(
            lang,
            if low {
                "debrief.beat.turn_low"
            } else {
                "debrief.beat.turn_high"
            },
            &[
                ("stat", &text::stat_name(c, lang, stat)),
                ("value", &value.to_string()),
            ],
        ),
        Beat::End(EndReason::TimeUp) => crate::i18n::t(lang, "debrief.beat.end_time").to_owned(),
        Beat::End(EndReason::SupportLost) => {
            crate::i18n::t(lang, "debrief.beat.end_support").to_owned()
        }
    }
}

/// A class per kind of moment, for its marker.
fn beat_class(beat: &Beat) -> &'static str {
    match beat {
        Beat::Phase(_) => "debrief-beat debrief-beat-phase",
        Beat::Event { frein: true, .. } => "debrief-beat debrief-beat-frein",
        Beat::Event { .. } => "debrief-beat debrief-beat-levier",
        Beat::Turn { .. } => "debrief-beat debrief-beat-turn",
        Beat::End(_) => "debrief-beat debrief-beat-phase",
        _ => "debrief-beat debrief-beat-first",
    }
}

/// The key moments, month by month.
#[component]
pub fn Story(ctx: Ctx, items: StoredValue<Vec<StoryItem>>) -> impl IntoView {
    let i = ctx.i;
    let list = move || {
        let lang = i.lang();
        items.with_value(|items| {
            let mut months: Vec<(u8, Vec<&StoryItem>)> = Vec::new();
            for it in items {
                match months.last_mut() {
                    Some((m, v)) if *m == it.round => v.push(it),
                    _ => months.push((it.round, vec![it])),
                }
            }
            months
                .into_iter()
                .map(|(m, beats)| {
                    let beats = beats
                        .into_iter()
                        .map(|b| view! { <li class=beat_class(&b.beat)>{beat_text(ctx, lang, &b.beat)}</li> })
                        .collect_view();
                    view! {
                        <li class="debrief-month">
                            <span class="debrief-month-n">{tf(lang, "debrief.story.month", &[("n", &m.to_string())])}</span>
                            <ul>{beats}</ul>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="debrief-story" aria-labelledby="debrief-story-title">
            <h3 id="debrief-story-title">{i.tr("debrief.story.title")}</h3>
            <ol class="debrief-months">{list}</ol>
        </section>
    }
}

/// The hidden needs never discovered, by stakeholder: face down until the
/// facilitator turns them over (always face up on paper).
#[component]
pub fn MissedNeeds(ctx: Ctx, needs: Vec<(String, u8)>, never_met: Vec<String>) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let turned = RwSignal::new(false);
    let count = needs.len();
    // Stakeholders in scenario order, each with its missed needs.
    let mut groups: Vec<(String, Vec<u8>)> = Vec::new();
    for (sh, n) in needs {
        match groups.iter_mut().find(|(id, _)| *id == sh) {
            Some((_, v)) => v.push(n),
            None => groups.push((sh, vec![n])),
        }
    }
    let body = move || {
        let lang = i.lang();
        groups
            .iter()
            .filter_map(|(id, ns)| Some((c.stakeholders.iter().find(|s| &s.id == id)?, ns)))
            .map(|(st, ns)| {
                let kind_id = c
                    .stakeholder_kinds
                    .get(st.kind as usize)
                    .map_or("", String::as_str);
                let met = !never_met.contains(&st.id);
                let tokens = ns
                    .iter()
                    .filter_map(|n| st.needs.get(*n as usize))
                    .map(|need| {
                        view! {
                            <li class="game-need debrief-token">
                                <span class="debrief-token-back" aria-hidden="true">{icons::icon(icons::HIDDEN)}</span>
                                <span class="debrief-token-face">{need.get(lang).to_owned()}</span>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <li class="game-sh" class:game-met=met>
                        <span class="game-sh-pic">{icons::icon(icons::kind(kind_id))}</span>
                        <div class="game-sh-body">
                            <h4>{st.name.get(lang).to_owned()}
                                {(!met).then(|| view! { <span class="muted">" · " {i.t("debrief.needs.never_met")}</span> })}
                            </h4>
                            <ul class="game-needs debrief-tokens">{tokens}</ul>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    let pressed = move || if turned.get() { "true" } else { "false" };
    view! {
        <section class="debrief-needs" class:debrief-turned=move || turned.get() aria-labelledby="debrief-needs-title">
            <h3 id="debrief-needs-title">{i.tr("debrief.needs.title")}</h3>
            {if count == 0 {
                view! { <p>{i.tr("debrief.needs.none")}</p> }.into_any()
            } else {
                view! {
                    <p>
                        <strong>{move || tn(i.lang(), "debrief.needs.count", count as i64, &[])}</strong>
                        ". " {i.tr("debrief.needs.intro")}
                    </p>
                    <p class="no-print">
                        <button type="button" aria-pressed=pressed on:click=move |_| turned.update(|t| *t = !*t)>
                            {i.tr("debrief.needs.turn")}
                        </button>
                    </p>
                    <ul class="game-sh-list debrief-needs-list">{body}</ul>
                }
                .into_any()
            }}
        </section>
    }
}
