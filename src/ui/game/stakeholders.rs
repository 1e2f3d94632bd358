//! The scenario's stakeholders: met or not yet, with their revealed needs
//! and how many remain hidden.

use leptos::prelude::*;

use super::Ctx;
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
    let list = move || {
        let code = i.lang();
        let (met, revealed) = seen.get();
        slots
            .iter()
            .enumerate()
            .filter_map(|(slot, sh)| Some((slot, c.stakeholders.get(*sh as usize)?)))
            .map(|(slot, st)| {
                let kind = c
                    .stakeholder_kinds
                    .get(st.kind as usize)
                    .and_then(|k| c.text(&format!("kind.{k}")))
                    .map(|t| t.get(code).to_owned());
                let was_met = met & (1 << slot) != 0;
                let needs = st
                    .needs
                    .iter()
                    .enumerate()
                    .map(|(n, need)| {
                        if revealed & (1 << (slot * MAX_NEEDS + n)) != 0 {
                            view! { <li class="game-need">{need.get(code).to_owned()}</li> }.into_any()
                        } else {
                            view! { <li class="game-need game-hidden-need">{i.t("game.sh.hidden_need")}</li> }.into_any()
                        }
                    })
                    .collect_view();
                view! {
                    <li class="game-sh" class:game-met=was_met>
                        <h3>{st.name.get(code).to_owned()}</h3>
                        <p class="muted">{kind}" · "{i.t(if was_met { "game.sh.met" } else { "game.sh.not_met" })}</p>
                        <ul>{needs}</ul>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="game-stakeholders" aria-labelledby="game-sh-title">
            <h2 id="game-sh-title">{i.tr("game.sh.title")}</h2>
            <ul class="game-sh-list">{list}</ul>
        </section>
    }
}
