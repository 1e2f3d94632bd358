//! The scenario's stakeholders: a pictogram by kind, met or not yet, and
//! their needs as tokens: face down (a question mark) until discovered,
//! then turned over to show the need (the turn is animated only when the
//! person allows motion, and only for needs discovered by the last action).

use leptos::prelude::*;

use super::{Ctx, Panel, icons};
use crate::domain::game::content::MAX_NEEDS;
use crate::domain::game::state::Board;

#[component]
pub fn Stakeholders(ctx: Ctx, board: Memo<Option<Board>>) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let slots: Vec<u8> = ctx.game.with_untracked(|g| {
        g.as_ref()
            .map(|g| g.state.scenario(c).stakeholders.clone())
            .unwrap_or_default()
    });
    // Only what this panel shows: who was met, which needs are revealed.
    let seen = Memo::new(move |_| board.get().map_or((0, 0), |b| (b.met, b.revealed)));
    // Needs revealed before the last change: those are not turned again.
    let known = StoredValue::new(None::<u64>);
    let list = move || {
        let code = i.lang();
        let (met, revealed) = seen.get();
        let before = known.get_value().unwrap_or(revealed as u64);
        known.set_value(Some(revealed as u64));
        slots
            .iter()
            .enumerate()
            .filter_map(|(slot, sh)| Some((slot, c.stakeholders.get(*sh as usize)?)))
            .map(|(slot, st)| {
                let kind_id = c
                    .stakeholder_kinds
                    .get(st.kind as usize)
                    .map_or("", String::as_str);
                let kind = c
                    .text(&format!("kind.{kind_id}"))
                    .map(|t| t.get(code).to_owned());
                let was_met = met & (1 << slot) != 0;
                let needs = st
                    .needs
                    .iter()
                    .enumerate()
                    .map(|(n, need)| {
                        let bit = 1u64 << (slot * MAX_NEEDS + n);
                        if (revealed as u64) & bit != 0 {
                            let new = before & bit == 0;
                            view! { <li class="game-need game-need-up" class:game-need-new=new>{need.get(code).to_owned()}</li> }.into_any()
                        } else {
                            view! {
                                <li class="game-need game-need-down">
                                    {icons::icon(icons::HIDDEN)}<span class="game-sr">{i.t("game.sh.hidden_need")}</span>
                                </li>
                            }
                            .into_any()
                        }
                    })
                    .collect_view();
                view! {
                    <li class="game-sh" class:game-met=was_met>
                        <span class="game-sh-pic">{icons::icon(icons::kind(kind_id))}</span>
                        <div class="game-sh-body">
                            <h3>{st.name.get(code).to_owned()}</h3>
                            <p class="muted">{kind}" · "{i.t(if was_met { "game.sh.met" } else { "game.sh.not_met" })}</p>
                            <ul class="game-needs">{needs}</ul>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="game-stakeholders game-panel game-v game-v-sh" class:game-panel-on=move || ctx.panel.get() == Panel::Stakeholders
            aria-labelledby="game-sh-title">
            <h2 id="game-sh-title">{i.tr("game.sh.title")}</h2>
            <ul class="game-sh-list">{list}</ul>
        </section>
    }
}
