//! `#/jeu` with saved games: each named by its scenario and date, where it
//! stands, "Reprendre" and "Supprimer" (with a confirmation), and a new game.

use leptos::prelude::*;

use super::store::{self, Listed};
use super::{Ctx, Screen, text};
use crate::i18n::tf;

#[component]
pub fn SavedList(ctx: Ctx) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let refresh = RwSignal::new(0u32);
    let confirm = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<&'static str>);
    let games = Memo::new(move |_| {
        refresh.get();
        store::list(c)
    });
    let row = move |l: &Listed| {
        let lang = i.lang();
        let id = l.id.clone();
        let (name, date, state) = match &l.rec {
            Some(g) => {
                let sc = g.state.scenario(c);
                let b = &g.state.board;
                let state = match g.state.outcome(c) {
                    Some(o) => c.tiers.get(o.tier.index()).map_or_else(String::new, |t| {
                        tf(lang, "game.saved.over", &[("tier", t.name.get(lang))])
                    }),
                    // Older rules: the months and phases of today's content
                    // would not describe it.
                    None if g.state.read_only() => i.t("game.saved.older_rules").to_owned(),
                    None => tf(
                        lang,
                        "game.saved.month",
                        &[
                            ("n", &b.round.to_string()),
                            ("total", &sc.months.to_string()),
                            ("phase", &text::phase_name(c, lang, b.phase)),
                        ],
                    ),
                };
                (
                    sc.name.get(lang).to_owned(),
                    crate::ui::dates::format_date(g.created_at, lang),
                    state,
                )
            }
            None => (
                i.t("game.saved.unreadable").to_owned(),
                String::new(),
                i.t("game.saved.unreadable_body").to_owned(),
            ),
        };
        let title = format!("{name} — {date}");
        let rec = l.rec.clone();
        let over = rec
            .as_ref()
            .is_some_and(|g| g.state.board.is_over() || g.state.read_only());
        let resume = rec.map(|g| {
            let label = tf(
                lang,
                if over {
                    "game.saved.debrief_named"
                } else {
                    "game.saved.resume_named"
                },
                &[("game", &title)],
            );
            view! {
                <button type="button" aria-label=label on:click=move |_| ctx.open(g.clone())>
                    {i.t(if over { "game.saved.debrief" } else { "game.saved.resume" })}
                </button>
            }
        });
        let del_label = tf(lang, "game.saved.delete_named", &[("game", &title)]);
        let id2 = id.clone();
        let id3 = id.clone();
        let asking = move || confirm.get().as_deref() == Some(id.as_str());
        view! {
            <li class="game-saved">
                <h3 class="game-saved-name">{name} <span class="muted">" — " {date}</span></h3>
                <p>{state}</p>
                <div class="game-actions">
                    {resume}
                    <button type="button" class="secondary" aria-label=del_label on:click=move |_| confirm.set(Some(id2.clone()))>
                        {i.t("game.saved.delete")}
                    </button>
                </div>
                <Show when=asking>
                    <div class="confirm" role="alertdialog" aria-labelledby="game-del-title">
                        <p id="game-del-title">{i.tr("game.saved.confirm")}</p>
                        <div class="game-actions">
                            <button type="button" class="danger" on:click={
                                let id3 = id3.clone();
                                move |_| {
                                    store::remove(&id3);
                                    confirm.set(None);
                                    status.set(Some("game.saved.deleted"));
                                    refresh.update(|n| *n += 1);
                                    crate::ui::dom::focus_soon("game-title");
                                }
                            }>{i.tr("game.saved.confirm_yes")}</button>
                            <button type="button" class="secondary" on:click=move |_| confirm.set(None)>
                                {i.tr("game.cancel")}
                            </button>
                        </div>
                    </div>
                </Show>
            </li>
        }
        .into_any()
    };
    view! {
        <h1 id="game-title" tabindex="-1">{i.tr("game.title")}</h1>
        <h2>{i.tr("game.saved.title")}</h2>
        <p class="lead">{i.tr("game.saved.intro")}</p>
        <p role="status" class="status">{move || status.get().map(|k| i.t(k))}</p>
        <p>
            <button type="button" on:click=move |_| ctx.go(Screen::Setup)>{i.tr("game.saved.new")}</button>
        </p>
        <ul class="game-saved-list">
            {move || games.with(|g| g.iter().map(row).collect_view())}
        </ul>
        <p><a href=crate::route::Route::Home.href()>{i.tr("shell.back_home")}</a></p>
    }
}
