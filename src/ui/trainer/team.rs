//! The team map: the trainer types participants' quiz result codes (or
//! opens the link of a result's QR code, `#/formateur/equipe?code=…`, then
//! confirms). Each code is accepted or refused on its own, with the
//! reason; a duplicate is flagged. A name is optional, typed by the
//! trainer, kept on this device and left out of exports unless asked.

use leptos::prelude::*;

use crate::ui::data_table::DataTable;

use super::compare::too_much;
use super::spread::spread_view;
use super::store::Desk;
use crate::domain::quiz::{QuizContent, format_grouped};
use crate::domain::trainer::limits;
use crate::domain::trainer::team::{AddError, TeamMap, profile_name, team_csv, team_json};
use crate::i18n::{self, Lang};
use crate::ui::download::{download, today};
use crate::ui::use_i18n;

/// A line of feedback after a code was typed.
#[derive(Clone)]
pub(super) struct Feedback {
    pub ok: bool,
    pub text: String,
}

pub(super) fn describe(lang: Lang, code: &str, r: &Result<usize, AddError>) -> Feedback {
    let code = code.to_owned();
    match r {
        Ok(n) => Feedback {
            ok: true,
            text: i18n::tf(
                lang,
                "trainer.teammap.added",
                &[("code", &code), ("n", &(n + 1).to_string())],
            ),
        },
        Err(AddError::Duplicate(n)) => Feedback {
            ok: false,
            text: i18n::tf(
                lang,
                "trainer.teammap.duplicate",
                &[("code", &code), ("n", &(n + 1).to_string())],
            ),
        },
        Err(AddError::Invalid(e)) => Feedback {
            ok: false,
            text: i18n::tf(
                lang,
                "trainer.teammap.refused",
                &[("code", &code), ("reason", e.message().get(lang))],
            ),
        },
    }
}

#[component]
pub fn TeamScreen(
    desk: RwSignal<Desk>,
    quiz: &'static QuizContent,
    code: Option<String>,
) -> impl IntoView {
    let i = use_i18n();
    let input = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let feedback = RwSignal::new(Vec::<Feedback>::new());
    let pending = RwSignal::new(code);
    let with_names = RwSignal::new(false);
    let confirm_clear = RwSignal::new(false);

    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = input.get_untracked();
        let typed_name = name.get_untracked();
        let lang = i.lang();
        let mut map = desk.get_untracked().team;
        if let Err(e) = limits::codes(&text) {
            feedback.set(vec![Feedback {
                ok: false,
                text: too_much(lang, e),
            }]);
            return;
        }
        let results: Vec<Feedback> = if typed_name.trim().is_empty() {
            map.add_many(&text)
                .iter()
                .map(|(c, r)| describe(lang, c, r))
                .collect()
        } else {
            let r = map.add(text.trim(), &typed_name);
            vec![describe(lang, text.trim(), &r)]
        };
        if results.iter().any(|f| f.ok) {
            input.set(String::new());
            name.set(String::new());
        }
        feedback.set(results);
        desk.update(|d| d.team = map);
    };

    // A code from a result's QR link: shown, then added only on confirmation.
    let leave_link = move || {
        pending.set(None);
        if let Ok(h) = window().history() {
            let _ = h.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some("#/formateur/equipe"),
            );
        }
    };
    let confirm_view = move || {
        let code = pending.get()?;
        let lang = i.lang();
        // A damaged link can hold anything: far too long, it is neither
        // decoded nor printed.
        if code.chars().count() > limits::MAX_LINK_CODE_CHARS {
            return Some(view! {
                <section class="confirm" role="alertdialog" aria-labelledby="tr-link-title" aria-describedby="tr-link-body">
                    <h2 id="tr-link-title">{i.tr("trainer.teammap.link_title")}</h2>
                    <p id="tr-link-body" class="error">{i.tr("trainer.teammap.link_too_long")}</p>
                    <div class="actions">
                        <button type="button" class="secondary" on:click=move |_| leave_link()>{i.tr("trainer.teammap.link_ignore")}</button>
                    </div>
                </section>
            }.into_any());
        }
        let check = desk.with(|d| d.team.check(&code));
        let detail = match &check {
            Ok(m) => i18n::tf(
                lang,
                "trainer.teammap.link_profile",
                &[("profile", &profile_name(m, quiz, lang))],
            ),
            Err(e) => describe(lang, &code, &Err(e.clone())).text,
        };
        let can_add = check.is_ok();
        let shown = format_grouped(&code);
        Some(view! {
            <section class="confirm" role="alertdialog" aria-labelledby="tr-link-title" aria-describedby="tr-link-body">
                <h2 id="tr-link-title">{i.tr("trainer.teammap.link_title")}</h2>
                <p id="tr-link-body"><strong class="tr-code">{shown}</strong>" "{detail}</p>
                <div class="actions">
                    {can_add.then(|| view! {
                        <button type="button" on:click=move |_| {
                            let lang = i.lang();
                            let mut map = desk.get_untracked().team;
                            let r = map.add(&code, "");
                            feedback.set(vec![describe(lang, &format_grouped(&code), &r)]);
                            desk.update(|d| d.team = map);
                            leave_link();
                        }>{i.tr("trainer.teammap.link_add")}</button>
                    })}
                    <button type="button" class="secondary" on:click=move |_| leave_link()>{i.tr("trainer.teammap.link_ignore")}</button>
                </div>
            </section>
        }.into_any())
    };

    let form = view! {
        <form class="tr-form" on:submit=add novalidate>
            <p>
                <label for="tr-code">{i.tr("trainer.teammap.code_label")}</label>
                <span class="hint" id="tr-code-hint">{i.tr("trainer.teammap.code_hint")}</span>
                <textarea id="tr-code" rows="2" autocomplete="off" spellcheck="false" aria-describedby="tr-code-hint"
                    prop:value=move || input.get() on:input=move |ev| input.set(event_target_value(&ev))></textarea>
            </p>
            <p>
                <label for="tr-name">{i.tr("trainer.teammap.name_label")}</label>
                <span class="hint" id="tr-name-hint">{i.tr("trainer.teammap.name_hint")}</span>
                <input id="tr-name" type="text" autocomplete="off" aria-describedby="tr-name-hint"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
            </p>
            <div class="actions">
                <button type="submit">{i.tr("trainer.teammap.add")}</button>
                {super::scanner::team_scanner(desk)}
            </div>
        </form>
        <div role="status" class="tr-feedback">
            <ul>
                {move || feedback.get().into_iter().map(|f| view! {
                    <li class=if f.ok { "ok" } else { "error" }>{f.text}</li>
                }).collect_view()}
            </ul>
        </div>
    }
    .into_any();

    let export = move |json: bool| {
        let lang = i.lang();
        let d = desk.get_untracked();
        let names = with_names.get_untracked();
        let ok = if json {
            download(
                &format!("labo-equipe-{}.json", today()),
                "application/json",
                &team_json(&d.team, names),
            )
        } else {
            let labels = [
                i.t("trainer.export.number"),
                i.t("trainer.export.name"),
                i.t("trainer.export.code"),
                i.t("trainer.export.mode"),
                i.t("trainer.export.profile"),
                i.t("trainer.export.mode_express"),
                i.t("trainer.export.mode_complete"),
            ];
            download(
                &format!("labo-equipe-{}.csv", today()),
                "text/csv;charset=utf-8",
                &team_csv(&d.team, quiz, lang, names, &labels),
            )
        };
        feedback.set(vec![Feedback {
            ok,
            text: i
                .t(if ok {
                    "trainer.export.done"
                } else {
                    "trainer.export.failed"
                })
                .to_owned(),
        }]);
    };

    view! {
        {confirm_view}
        {form}
        {move || members(desk, quiz)}
        {move || { i.lang(); desk.with(|d| spread_view(&d.team, quiz)) }}
        {move || { i.lang(); desk.with(|d| pairs_view(&d.team)) }}
        <section aria-labelledby="tr-team-export">
            <h2 id="tr-team-export">{i.tr("trainer.export.title")}</h2>
            <p>{i.tr("trainer.export.body")}</p>
            <p><label class="tr-check"><input type="checkbox" prop:checked=move || with_names.get()
                on:change=move |ev| with_names.set(event_target_checked(&ev)) />{i.tr("trainer.export.with_names")}</label></p>
            <div class="actions">
                <button type="button" on:click=move |_| export(false)>{i.tr("trainer.export.csv")}</button>
                <button type="button" on:click=move |_| export(true)>{i.tr("trainer.export.json")}</button>
                <Show when=move || !confirm_clear.get() fallback=move || view! {
                    <button type="button" class="danger" on:click=move |_| { desk.update(|d| d.team = TeamMap::default()); confirm_clear.set(false); }>
                        {i.tr("trainer.teammap.clear_confirm")}
                    </button>
                }>
                    <button type="button" class="secondary danger" on:click=move |_| confirm_clear.set(true)>{i.tr("trainer.teammap.clear")}</button>
                </Show>
            </div>
        </section>
    }
}

/// The participants, with a button to remove each.
fn members(desk: RwSignal<Desk>, quiz: &'static QuizContent) -> AnyView {
    let i = use_i18n();
    let lang = i.lang();
    let map = desk.with(|d| d.team.clone());
    if map.members.is_empty() {
        return ().into_any();
    }
    let rows = map
        .members
        .iter()
        .enumerate()
        .map(|(k, m)| {
            let label = i18n::tf(lang, "trainer.teammap.remove", &[("n", &(k + 1).to_string())]);
            view! {
                <tr>
                    <th scope="row">{k + 1}</th>
                    <td>{m.name.clone()}</td>
                    <td class="tr-mono">{format_grouped(&m.code)}</td>
                    <td>{profile_name(m, quiz, lang)}</td>
                    <td><button type="button" class="secondary small" aria-label=label
                        on:click=move |_| desk.update(|d| d.team.remove(k))>{i.tr("trainer.remove")}</button></td>
                </tr>
            }
        })
        .collect_view();
    // Codes from different questionnaire versions: say so rather than
    // compare them silently.
    let versions = map.versions();
    let mixed = (versions.len() > 1).then(|| {
        let list: Vec<String> = versions.iter().map(u8::to_string).collect();
        view! { <p class="notice" id="tr-versions">{i18n::tf(lang, "trainer.teammap.versions", &[("list", &list.join(", "))])}</p> }
    });
    view! {
        {mixed}
        <DataTable id="tr-members" caption=i18n::tf(lang, "trainer.teammap.members", &[("n", &map.members.len().to_string())])>
                <thead><tr>
                    <th scope="col">{i.tr("trainer.export.number")}</th>
                    <th scope="col">{i.tr("trainer.export.name")}</th>
                    <th scope="col">{i.tr("trainer.export.code")}</th>
                    <th scope="col">{i.tr("trainer.export.profile")}</th>
                    <th scope="col">{i.tr("trainer.actions")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
        </DataTable>
    }
    .into_any()
}

/// Pairing suggestions, by number (and name when one was typed).
fn pairs_view(map: &TeamMap) -> AnyView {
    let i = use_i18n();
    let lang = i.lang();
    let pairs = map.pairs();
    if pairs.is_empty() {
        return ().into_any();
    }
    let who = |k: usize| {
        let n = (k + 1).to_string();
        match map.members.get(k).map(|m| m.name.as_str()) {
            Some(name) if !name.is_empty() => format!("n°\u{a0}{n} ({name})"),
            _ => format!("n°\u{a0}{n}"),
        }
    };
    let items = pairs
        .iter()
        .map(|p| {
            let people = p
                .members
                .iter()
                .map(|&k| who(k))
                .collect::<Vec<_>>()
                .join(" + ");
            let why = if p.complements.is_empty() {
                i.t("trainer.teammap.pair_different").to_owned()
            } else {
                let names: Vec<String> = p
                    .complements
                    .iter()
                    .map(|d| {
                        super::quiz_content()
                            .ok()
                            .and_then(|q| q.dimension(*d))
                            .map(|x| x.name.get(lang).to_owned())
                            .unwrap_or_default()
                    })
                    .collect();
                i18n::tf(
                    lang,
                    "trainer.teammap.pair_because",
                    &[("dims", &names.join(", "))],
                )
            };
            view! { <li><strong>{people}</strong>" — "{why}</li> }
        })
        .collect_view();
    view! {
        <h2>{i.tr("trainer.teammap.pairs")}</h2>
        <p>{i.tr("trainer.teammap.pairs_intro")}</p>
        <ul class="tr-pairs">{items}</ul>
    }
    .into_any()
}
