//! Prepare a session: scenario, difficulty, seed and number of tables. Labo
//! gives the session code (the seed code) and a link, also as a QR code,
//! that opens the game preset on that deal, so every table plays the same.

use leptos::prelude::*;

use super::store::Desk;
use super::tx;
use crate::domain::game::seed::{code_to_seed, format_seed};
use crate::domain::game::{Content, Difficulty};
use crate::domain::quiz::{QuizContent, qr_path};
use crate::domain::trainer::session::{MAX_TABLES, Session, absolute};
use crate::route::TrainerView;
use crate::ui::qr::QrImage;
use crate::ui::{fresh, use_i18n};

/// The session's absolute game link, from this page's address.
pub fn link(s: &Session) -> String {
    absolute(
        &window().location().href().unwrap_or_default(),
        &s.game_link(),
    )
}

/// The QR code of a link, named `title` for screen readers.
pub fn qr(text: &str, title: &str) -> AnyView {
    match qr_path(text) {
        Ok(path) => view! { <div class="tr-qr"><QrImage path=path label=title.to_owned()/></div> }
            .into_any(),
        Err(_) => ().into_any(),
    }
}

#[component]
pub fn SessionScreen(
    desk: RwSignal<Desk>,
    game: &'static Content,
    #[allow(unused_variables)] quiz: &'static QuizContent,
) -> impl IntoView {
    let i = use_i18n();
    let current = desk.get_untracked().session;
    let scenario = RwSignal::new(current.as_ref().map_or_else(
        || {
            game.scenarios
                .first()
                .map(|s| s.id.clone())
                .unwrap_or_default()
        },
        |s| s.scenario.clone(),
    ));
    let difficulty = RwSignal::new(
        current
            .as_ref()
            .map_or(Difficulty::Normal, |s| s.difficulty),
    );
    let seed_text = RwSignal::new(format_seed(
        current.as_ref().map_or_else(fresh::seed, |s| s.seed),
    ));
    let tables = RwSignal::new(current.as_ref().map_or(3, |s| s.tables).to_string());
    let error = RwSignal::new(None::<&'static str>);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(seed) = code_to_seed(&seed_text.get_untracked()) else {
            error.set(Some("trainer.session.seed_error"));
            return;
        };
        let n = tables.get_untracked().trim().parse::<u8>().unwrap_or(0);
        if !(1..=MAX_TABLES).contains(&n) {
            error.set(Some("trainer.session.tables_error"));
            return;
        }
        error.set(None);
        desk.update(|d| {
            d.session = Some(Session {
                scenario: scenario.get_untracked(),
                difficulty: difficulty.get_untracked(),
                seed,
                tables: n,
            })
        });
    };

    let form = view! {
        <form class="tr-form" on:submit=submit novalidate>
            <p>
                <label for="tr-scenario">{i.tr("trainer.session.scenario")}</label>
                <select id="tr-scenario" on:change=move |ev| scenario.set(event_target_value(&ev))>
                    {game.scenarios.iter().map(|s| {
                        let id = s.id.clone();
                        let selected = id == scenario.get_untracked();
                        view! { <option value=id selected=selected>{move || tx(&s.name)}</option> }
                    }).collect_view()}
                </select>
            </p>
            <fieldset>
                <legend>{i.tr("trainer.session.difficulty")}</legend>
                {Difficulty::ALL.into_iter().map(|d| {
                    let def = game.difficulties.get(d.index());
                    view! {
                        <label class="tr-radio">
                            <input type="radio" name="tr-difficulty" value=d.id()
                                checked=move || difficulty.get() == d
                                on:change=move |_| difficulty.set(d) />
                            {move || def.map(|x| tx(&x.name)).unwrap_or_default()}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <p>
                <label for="tr-seed">{i.tr("trainer.session.seed")}</label>
                <span class="hint" id="tr-seed-hint">{i.tr("trainer.session.seed_hint")}</span>
                <input id="tr-seed" type="text" autocomplete="off" spellcheck="false" aria-describedby="tr-seed-hint"
                    prop:value=move || seed_text.get() on:input=move |ev| seed_text.set(event_target_value(&ev)) />
                <button type="button" class="secondary" on:click=move |_| seed_text.set(format_seed(fresh::seed()))>
                    {i.tr("trainer.session.new_seed")}
                </button>
            </p>
            <p>
                <label for="tr-tables">{i.tr("trainer.session.tables")}</label>
                <input id="tr-tables" type="number" min="1" max="12" inputmode="numeric"
                    prop:value=move || tables.get() on:input=move |ev| tables.set(event_target_value(&ev)) />
            </p>
            <p class="error" role="alert">{move || error.get().map(|k| i.t(k))}</p>
            <button type="submit">{i.tr("trainer.session.create")}</button>
        </form>
    }
    .into_any();

    view! {
        {form}
        {move || desk.get().session.map(|s| ready(game, &s))}
    }
}

/// The prepared session: its code, link and QR code.
fn ready(game: &'static Content, s: &Session) -> AnyView {
    let i = use_i18n();
    let url = link(s);
    let name = game
        .scenarios
        .iter()
        .find(|x| x.id == s.scenario)
        .map(|x| &x.name);
    let diff = game.difficulties.get(s.difficulty.index()).map(|d| &d.name);
    let code = format_seed(s.seed);
    let tables = s.tables;
    view! {
        <section class="tr-session" aria-labelledby="tr-session-ready">
            <h2 id="tr-session-ready">{i.tr("trainer.session.ready")}</h2>
            <dl class="tr-facts">
                <dt>{i.tr("trainer.session.code")}</dt>
                <dd><strong class="tr-code" id="tr-session-code">{code}</strong></dd>
                <dt>{i.tr("trainer.session.scenario")}</dt>
                <dd>{move || name.map(tx).unwrap_or_default()}</dd>
                <dt>{i.tr("trainer.session.difficulty")}</dt>
                <dd>{move || diff.map(tx).unwrap_or_default()}</dd>
                <dt>{i.tr("trainer.session.tables")}</dt>
                <dd>{tables}</dd>
            </dl>
            <p>{i.tr("trainer.session.link_intro")}</p>
            <p><a class="tr-link" id="tr-session-link" href=url.clone()>{url.clone()}</a></p>
            {qr(&url, i.t("trainer.session.qr_title"))}
            <p class="muted">{i.tr("trainer.session.by_hand")}</p>
            <p><a href=super::Part::View(TrainerView::Projector).href()>{i.tr("trainer.session.to_projector")}</a></p>
        </section>
    }
    .into_any()
}
