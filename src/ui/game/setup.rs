//! Setting up a game: the scenario (with its context and stakes), the
//! difficulty, one to six teams with their members, each with an optional
//! role (the quiz profiles; the person's latest quiz profile is offered),
//! and the deal's
//! code (random by default; typing a code reproduces the same deal). A
//! session link from a trainer presets the scenario, difficulty and deal:
//! they are then shown as prepared, and change only on request.

use leptos::prelude::*;

use super::{Ctx, query, store, text};
use crate::domain::game::content::MAX_TEAMS;
use crate::domain::game::seed::{SeedCodeError, code_to_seed, format_seed};
use crate::domain::game::{Difficulty, GameState, MAX_MEMBERS, Member, Role, Setup, Team};
use crate::i18n::tf;
use crate::storage::local;
use crate::storage::records::{GameNotes, QUIZ_HISTORY_KEY, QuizHistory, SavedGame};
use crate::ui::fresh;

/// One team row: a stable key for the list, its name and its members.
#[derive(Clone, Copy)]
struct TeamRow {
    key: u32,
    name: RwSignal<String>,
    members: RwSignal<Vec<MemberRow>>,
}

/// One person of a team: a stable key, an optional first name, a role.
#[derive(Clone, Copy)]
struct MemberRow {
    key: u32,
    name: RwSignal<String>,
    role: RwSignal<Option<Role>>,
}

/// The role of the person's latest quiz result.
fn my_profile(ctx: Ctx) -> Option<Role> {
    let role = local::load::<QuizHistory>(QUIZ_HISTORY_KEY)?
        .attempts
        .last()?
        .result
        .game_role();
    ctx.c.role(role).map(|_| role)
}

#[component]
pub fn SetupScreen(ctx: Ctx) -> impl IntoView {
    let i = ctx.i;
    let c = ctx.c;
    let q = query();
    let scenario = RwSignal::new(
        q.scenario
            .as_deref()
            .and_then(|id| c.scenario_index(id))
            .unwrap_or(0),
    );
    let difficulty = RwSignal::new(
        q.difficulte
            .as_deref()
            .and_then(|id| Difficulty::ALL.into_iter().find(|d| d.id() == id))
            .unwrap_or(Difficulty::Normal),
    );
    // Teams and members are numbered apart: the first team is always
    // `game-team-0`, its first person `game-member-0`.
    let next_team = StoredValue::new(0u32);
    let next_member = StoredValue::new(0u32);
    let fresh_key = move |counter: StoredValue<u32>| {
        let key = counter.get_value();
        counter.set_value(key + 1);
        key
    };
    let new_member = move || MemberRow {
        key: fresh_key(next_member),
        name: RwSignal::new(String::new()),
        role: RwSignal::new(None),
    };
    let new_row = move || TeamRow {
        key: fresh_key(next_team),
        name: RwSignal::new(String::new()),
        members: RwSignal::new(vec![new_member()]),
    };
    let teams = RwSignal::new(vec![new_row()]);
    let seed_text = RwSignal::new(
        q.graine
            .clone()
            .unwrap_or_else(|| format_seed(fresh::seed())),
    );
    let seed_error = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let profile = my_profile(ctx);
    // A session link (scenario, difficulty and deal all given and known
    // here): the trainer's deal is kept unless the table deliberately
    // changes it, so that every table plays the same game.
    let prepared: Option<(usize, Difficulty, String)> = match (&q.scenario, q.graine.as_deref()) {
        (Some(id), Some(code)) => code_to_seed(code).ok().and_then(|seed| {
            c.scenario_index(id)
                .zip(
                    q.difficulte
                        .as_deref()
                        .and_then(|d| Difficulty::ALL.into_iter().find(|x| x.id() == d)),
                )
                .map(|(s, d)| (s, d, format_seed(seed)))
        }),
        _ => None,
    };
    // A link whose scenario this device does not have (a pack's, say).
    let unknown = q.scenario.is_some() && prepared.is_none();
    let changing = RwSignal::new(prepared.is_none());
    let restore = {
        let p = prepared.clone();
        move |_| {
            if let Some((s, d, code)) = p.clone() {
                scenario.set(s);
                difficulty.set(d);
                seed_text.set(code);
                seed_error.set(None);
                changing.set(false);
            }
        }
    };
    let banner = prepared.clone().map(|(s, d, code)| {
        let sc = &c.scenarios[s];
        let def = c.difficulties.get(d.index());
        view! {
            <section class="game-prepared" aria-labelledby="game-prepared">
                <h2 id="game-prepared">{move || tf(i.lang(), "game.setup.prepared_title", &[("scenario", sc.name.get(i.lang()))])}</h2>
                <p>{move || tf(i.lang(), "game.setup.prepared_body", &[
                    ("difficulty", def.map_or("", |x| x.name.get(i.lang()))),
                    ("code", &code),
                ])}</p>
                <Show when=move || !changing.get()
                    fallback=move || view! {
                        <p class="notice">{i.tr("game.setup.prepared_changing")}</p>
                        <button type="button" class="secondary" on:click=restore.clone()>{i.tr("game.setup.prepared_restore")}</button>
                    }>
                    <button type="button" class="secondary" on:click=move |_| changing.set(true)>{i.tr("game.setup.prepared_change")}</button>
                </Show>
            </section>
        }
    });

    let add = move |_| {
        let row = new_row();
        teams.update(|t| t.push(row));
    };
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = ctx.lang();
        let seed = match code_to_seed(&seed_text.get_untracked()) {
            Ok(s) => s,
            Err(e) => {
                seed_error.set(Some(match e {
                    SeedCodeError::WrongLength(n) => {
                        tf(lang, "game.seed.wrong_length", &[("n", &n.to_string())])
                    }
                    SeedCodeError::BadCharacter {
                        character,
                        position,
                    } => tf(
                        lang,
                        "game.seed.bad_character",
                        &[
                            ("c", &character.to_string()),
                            ("pos", &position.to_string()),
                        ],
                    ),
                }));
                crate::ui::dom::focus_soon("game-seed");
                return;
            }
        };
        seed_error.set(None);
        let team_list = teams
            .get_untracked()
            .iter()
            .enumerate()
            .map(|(n, t)| {
                let name = t.name.get_untracked().trim().to_owned();
                let name = if name.is_empty() {
                    tf(
                        lang,
                        "game.setup.team_default",
                        &[("n", &(n + 1).to_string())],
                    )
                } else {
                    name
                };
                let members = t
                    .members
                    .get_untracked()
                    .iter()
                    .map(|m| Member {
                        name: m.name.get_untracked().trim().to_owned(),
                        role: m.role.get_untracked(),
                    })
                    // A row left empty is nobody.
                    .filter(|m| !m.name.is_empty() || m.role.is_some())
                    .collect();
                Team { name, members }
            })
            .collect();
        let setup = Setup {
            scenario: c.scenarios[scenario.get_untracked()].id.clone(),
            difficulty: difficulty.get_untracked(),
            teams: team_list,
            seed,
        };
        match GameState::new(c, setup) {
            Err(e) => error.set(Some(text::ct(c, lang, e.key()))),
            Ok(state) => {
                let rec = SavedGame {
                    id: store::new_id(),
                    created_at: local::now(),
                    state,
                    notes: GameNotes::default(),
                };
                if store::save(&rec).is_none() {
                    ctx.notice.set(Some(i.t("game.notice.unsaved").to_owned()));
                }
                ctx.say(i.t("game.setup.started").to_owned());
                ctx.open(rec);
            }
        }
    };

    let scenarios = move || {
        let code = i.lang();
        c.scenarios
            .iter()
            .enumerate()
            .map(|(n, s)| {
                let id = format!("game-sc-{n}");
                view! {
                    <li class="game-choice">
                        <input type="radio" name="game-scenario" id=id.clone()
                            checked=move || scenario.get() == n
                            on:change=move |_| scenario.set(n) />
                        <label for=id>
                            <strong>{s.name.get(code).to_owned()}</strong>
                            <span class="game-choice-text">{s.text.get(code).to_owned()}</span>
                            <span class="game-choice-text">
                                <em>{i.t("game.setup.goal")}</em>" " {s.goal.get(code).to_owned()}
                            </span>
                            <span class="muted">
                                {i.tn("game.setup.months", s.months, &[])}
                            </span>
                        </label>
                    </li>
                }
            })
            .collect_view()
    };
    let difficulties = move || {
        let code = i.lang();
        Difficulty::ALL
            .into_iter()
            .filter_map(|d| Some((d, c.difficulties.get(d.index())?)))
            .map(|(d, def)| {
                let id = format!("game-diff-{}", d.id());
                view! {
                    <li class="game-choice">
                        <input type="radio" name="game-difficulty" id=id.clone()
                            checked=move || difficulty.get() == d
                            on:change=move |_| difficulty.set(d) />
                        <label for=id>
                            <strong>{def.name.get(code).to_owned()}</strong>
                            <span class="game-choice-text">{def.text.get(code).to_owned()}</span>
                        </label>
                    </li>
                }
            })
            .collect_view()
    };
    // A team's number as shown (1-based), which changes when one before it
    // is removed: its heading, its members' labels and its buttons say it.
    let team_number = move |row: TeamRow| {
        teams
            .with(|t| t.iter().position(|r| r.key == row.key))
            .unwrap_or(0)
            + 1
    };
    let member_row = move |row: TeamRow, m: MemberRow| {
        let name_id = format!("game-member-{}", m.key);
        let role_id = format!("game-role-{}", m.key);
        let power_id = format!("game-power-{}", m.key);
        let team_n = move || team_number(row);
        let member_n = move || {
            row.members
                .with(|l| l.iter().position(|x| x.key == m.key))
                .unwrap_or(0)
                + 1
        };
        let numbers = move || [("n", team_n().to_string()), ("m", member_n().to_string())];
        let label = move |key: &'static str| {
            let n = numbers();
            tf(i.lang(), key, &[("n", &n[0].1), ("m", &n[1].1)])
        };
        let roles = move || {
            let code = i.lang();
            c.roles
                .iter()
                .map(|r| {
                    let role = r.role;
                    view! {
                        <option value=role.id() selected=move || m.role.get() == Some(role)>
                            {r.name.get(code).to_owned()}
                        </option>
                    }
                })
                .collect_view()
        };
        let power = move || {
            m.role
                .get()
                .and_then(|r| c.role(r))
                .map(|r| r.power_text.get(i.lang()).to_owned())
        };
        let offer = profile.map(|r| {
            let text = move || {
                let name = c.role(r).map_or("", |x| x.name.get(i.lang()));
                tf(i.lang(), "game.setup.take_profile", &[("role", name)])
            };
            view! {
                <button type="button" class="secondary"
                    disabled=move || m.role.get() == Some(r)
                    on:click=move |_| m.role.set(Some(r))>{text}</button>
            }
        });
        view! {
            <li class="game-member">
                <div class="game-member-fields">
                    <div>
                        <label for=name_id.clone()>{move || label("game.setup.member_name")}</label>
                        <input id=name_id type="text" maxlength="30" autocomplete="off"
                            prop:value=move || m.name.get()
                            on:input=move |ev| m.name.set(event_target_value(&ev)) />
                    </div>
                    <div>
                        <label for=role_id.clone()>{move || label("game.setup.member_role")}</label>
                        <select id=role_id aria-describedby=power_id.clone()
                            on:change=move |ev| m.role.set(Role::from_id(&event_target_value(&ev)))>
                            <option value="" selected=move || m.role.get().is_none()>{i.tr("game.setup.no_role")}</option>
                            {roles}
                        </select>
                    </div>
                </div>
                <p id=power_id class="muted">{power}</p>
                <div class="game-actions">
                    {offer}
                    <button type="button" class="secondary"
                        disabled=move || row.members.with(|l| l.len() <= 1)
                        on:click=move |_| row.members.update(|l| l.retain(|x| x.key != m.key))>
                        {move || label("game.setup.remove_member")}
                    </button>
                </div>
            </li>
        }
    };
    let team_row = move |row: TeamRow| {
        let name_id = format!("game-team-{}", row.key);
        let members_id = format!("game-members-{}", row.key);
        let position = move || team_number(row);
        let add_member = move |_| {
            let m = new_member();
            row.members.update(|l| l.push(m));
            crate::ui::dom::focus_soon(format!("game-member-{}", m.key));
        };
        view! {
            <li class="game-team">
                <h3>{move || tf(i.lang(), "game.setup.team_n", &[("n", &position().to_string())])}</h3>
                <label for=name_id.clone()>{i.tr("game.setup.team_name")}</label>
                <input id=name_id type="text" maxlength="40" autocomplete="off"
                    placeholder=move || tf(i.lang(), "game.setup.team_default", &[("n", &position().to_string())])
                    prop:value=move || row.name.get()
                    on:input=move |ev| row.name.set(event_target_value(&ev)) />
                <h4 id=members_id.clone()>{move || tf(i.lang(), "game.setup.members", &[("n", &position().to_string())])}</h4>
                <ul class="game-members" aria-labelledby=members_id>
                    <For each=move || row.members.get() key=|m| m.key
                        children=move |m| member_row(row, m) />
                </ul>
                <div class="game-actions">
                    <button type="button" class="secondary"
                        disabled=move || row.members.with(|l| l.len() >= MAX_MEMBERS)
                        on:click=add_member>
                        {move || tf(i.lang(), "game.setup.add_member", &[("n", &position().to_string())])}
                    </button>
                    <button type="button" class="secondary"
                        disabled=move || teams.with(|t| t.len() <= 1)
                        on:click=move |_| teams.update(|t| t.retain(|r| r.key != row.key))>
                        {move || tf(i.lang(), "game.setup.remove_team", &[("n", &position().to_string())])}
                    </button>
                </div>
            </li>
        }
    };
    let profile_note = profile.map(|r| {
        move || {
            let name = c.role(r).map_or("", |x| x.name.get(i.lang()));
            tf(i.lang(), "game.setup.profile_note", &[("role", name)])
        }
    });

    view! {
        <h1 id="game-title" tabindex="-1">{i.tr("game.title")}</h1>
        <h2>{i.tr("game.setup.title")}</h2>
        <p class="lead">{i.tr("game.setup.intro")}</p>
        {unknown.then(|| view! { <p class="notice" role="alert">{i.tr("game.setup.prepared_unknown")}</p> })}
        {banner}
        <form class="game-setup" on:submit=start novalidate>
            <Show when=move || changing.get()>
            <fieldset>
                <legend><h2>{i.tr("game.setup.scenario")}</h2></legend>
                <ul class="game-choices">{scenarios}</ul>
            </fieldset>
            <fieldset>
                <legend><h2>{i.tr("game.setup.difficulty")}</h2></legend>
                <ul class="game-choices">{difficulties}</ul>
            </fieldset>
            </Show>
            <fieldset>
                <legend><h2>{i.tr("game.setup.teams")}</h2></legend>
                <p class="muted">{i.tr("game.setup.teams_help")}</p>
                <p>{profile_note}</p>
                <ul class="game-teams">
                    <For each=move || teams.get() key=|r| r.key children=team_row />
                </ul>
                <button type="button" class="secondary" on:click=add
                    disabled=move || teams.with(|t| t.len() >= MAX_TEAMS)>
                    {i.tr("game.setup.add_team")}
                </button>
            </fieldset>
            <Show when=move || changing.get()>
            <fieldset>
                <legend><h2>{i.tr("game.setup.seed")}</h2></legend>
                <label for="game-seed">{i.tr("game.setup.seed_label")}</label>
                <div class="game-seed">
                    <input id="game-seed" type="text" maxlength="9" autocomplete="off" spellcheck="false"
                        aria-describedby="game-seed-help game-seed-error"
                        aria-invalid=move || if seed_error.with(Option::is_some) { "true" } else { "false" }
                        prop:value=move || seed_text.get()
                        on:input=move |ev| seed_text.set(event_target_value(&ev)) />
                    <button type="button" class="secondary" on:click=move |_| {
                        seed_text.set(format_seed(fresh::seed()));
                        seed_error.set(None);
                    }>{i.tr("game.setup.seed_new")}</button>
                </div>
                <p id="game-seed-help" class="muted">{i.tr("game.setup.seed_help")}</p>
                <p id="game-seed-error" class="error">{move || seed_error.get()}</p>
            </fieldset>
            </Show>
            <p class="error" role="alert">{move || error.get()}</p>
            <button type="submit">{i.tr("game.setup.start")}</button>
        </form>
        <p><a href=crate::route::Route::Home.href()>{i.tr("shell.back_home")}</a></p>
    }
}
