//! Compare tables: each table's game ends with a summary code (or a file
//! holding it); the trainer collects them and sees the outcomes side by
//! side, with the debrief's discussion questions.

use leptos::prelude::*;

use crate::ui::data_table::DataTable;
use leptos::task::spawn_local;

use super::store::Desk;
use super::tx;
use crate::domain::game::seed::format_seed;
use crate::domain::game::summary::{SummaryError, TableSummary};
use crate::domain::game::{Content, Stat};
use crate::domain::trainer::compare::{
    CollectError, comparison_csv, comparison_json, method_ids, methods_in_common, same_deal,
};
use crate::domain::trainer::limits::{self, TooMuch};
use crate::i18n::{self, Lang};
use crate::ui::download::{download, take_files, today};
use crate::ui::use_i18n;

/// The debrief's questions, by step (heading key, question keys).
pub const DEBRIEF: [(&str, &[&str]); 4] = [
    (
        "trainer.debrief.reactions",
        &["trainer.debrief.q.feel", "trainer.debrief.q.surprise"],
    ),
    (
        "trainer.debrief.reconstruction",
        &["trainer.debrief.q.turning", "trainer.debrief.q.never_met"],
    ),
    (
        "trainer.debrief.analysis",
        &[
            "trainer.debrief.q.cadrer",
            "trainer.debrief.q.explorer",
            "trainer.debrief.q.imaginer",
            "trainer.debrief.q.prototyper",
            "trainer.debrief.q.deployer",
            "trainer.debrief.q.freins",
        ],
    ),
    (
        "trainer.debrief.transfer",
        &["trainer.debrief.q.method", "trainer.debrief.q.first_step"],
    ),
];

/// The debrief questions as headed lists.
pub fn questions() -> AnyView {
    let i = use_i18n();
    DEBRIEF
        .iter()
        .map(|(h, qs)| {
            view! {
                <h3>{i.tr(h)}</h3>
                <ul class="tr-questions">{qs.iter().map(|q| view! { <li>{i.tr(q)}</li> }).collect_view()}</ul>
            }
        })
        .collect_view()
        .into_any()
}

fn summary_error(lang: Lang, e: &SummaryError) -> String {
    let key = match e {
        SummaryError::WrongLength(_) => "trainer.tables.error.length",
        SummaryError::BadCharacter { .. } => "trainer.tables.error.character",
        SummaryError::Check => "trainer.tables.error.check",
        SummaryError::Version => "trainer.tables.error.version",
        SummaryError::Unknown => "trainer.tables.error.unknown",
    };
    match e {
        SummaryError::BadCharacter {
            character,
            position,
        } => i18n::tf(
            lang,
            key,
            &[
                ("character", &character.to_string()),
                ("n", &position.to_string()),
            ],
        ),
        SummaryError::WrongLength(n) => i18n::tn(lang, key, *n as i64, &[]),
        _ => i18n::t(lang, key).to_owned(),
    }
}

/// What adding a table's code gave, in words (and whether it was added).
pub(super) fn collected(lang: Lang, code: &str, r: &Result<u8, CollectError>) -> (bool, String) {
    match r {
        Ok(n) => (
            true,
            i18n::tf(lang, "trainer.tables.added", &[("n", &n.to_string())]),
        ),
        Err(CollectError::Duplicate(n)) => (
            false,
            i18n::tf(lang, "trainer.tables.duplicate", &[("n", &n.to_string())]),
        ),
        Err(CollectError::Invalid(e)) => (false, format!("{code} : {}", summary_error(lang, e))),
    }
}

/// Why a text or a file was not read, in words.
pub fn too_much(lang: Lang, e: TooMuch) -> String {
    match e {
        TooMuch::Bytes(kb) => i18n::tf(
            lang,
            "trainer.input.too_large",
            &[
                ("kb", &kb.to_string()),
                ("max", &(limits::MAX_TEXT_BYTES / 1024).to_string()),
            ],
        ),
        TooMuch::Codes(n) => i18n::tf(
            lang,
            "trainer.input.too_many",
            &[
                ("n", &n.to_string()),
                ("max", &limits::MAX_CODES.to_string()),
            ],
        ),
    }
}

#[component]
pub fn TablesScreen(desk: RwSignal<Desk>, game: &'static Content) -> impl IntoView {
    let i = use_i18n();
    let input = RwSignal::new(String::new());
    let feedback = RwSignal::new(Vec::<(bool, String)>::new());

    let collect = move |text: String| {
        let lang = i.lang();
        let mut cmp = desk.get_untracked().tables;
        let mut out = Vec::new();
        // Bounded before any code is read: a wrong file must not freeze the page.
        // Summary codes are longer than three characters: shorter tokens
        // are stray words.
        let codes = limits::codes(&text).map(|codes| {
            codes
                .into_iter()
                .filter(|t| t.len() > 3)
                .collect::<Vec<_>>()
        });
        let codes = match codes {
            Ok(codes) => codes,
            Err(e) => {
                feedback.set(vec![(false, too_much(lang, e))]);
                return;
            }
        };
        for code in codes {
            out.push(collected(lang, code, &cmp.add(code, game)));
        }
        if out.is_empty() {
            out.push((false, i.t("trainer.tables.nothing").to_owned()));
        }
        if out.iter().all(|(ok, _)| *ok) {
            input.set(String::new());
        }
        feedback.set(out);
        desk.update(|d| d.tables = cmp);
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = take_files(&ev).into_iter().next() else {
            return;
        };
        // Refused by its size, before a byte is read.
        if let Err(e) = limits::check_size(file.size() as usize) {
            feedback.set(vec![(false, too_much(i.lang(), e))]);
            return;
        }
        spawn_local(async move {
            if let Ok(v) = wasm_bindgen_futures::JsFuture::from(file.text()).await {
                collect(v.as_string().unwrap_or_default());
            }
        });
    };
    let export = move |json: bool| {
        let lang = i.lang();
        let s = desk.with_untracked(|d| d.tables.summaries(game));
        let ok = if json {
            download(
                &format!("labo-tables-{}.json", today()),
                "application/json",
                &comparison_json(&s, game),
            )
        } else {
            let labels = [
                i.t("trainer.tables.table"),
                i.t("trainer.session.scenario"),
                i.t("trainer.session.difficulty"),
                i.t("trainer.session.code"),
                i.t("trainer.tables.tier"),
                i.t("trainer.tables.finished"),
                i.t("trainer.tables.users_first"),
                i.t("trainer.tables.methods"),
                i.t("trainer.tables.yes"),
                i.t("trainer.tables.no"),
            ];
            download(
                &format!("labo-tables-{}.csv", today()),
                "text/csv;charset=utf-8",
                &comparison_csv(&s, game, lang, &labels),
            )
        };
        feedback.set(vec![(
            ok,
            i.t(if ok {
                "trainer.export.done"
            } else {
                "trainer.export.failed"
            })
            .to_owned(),
        )]);
    };

    let form = view! {
        <form class="tr-form" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); collect(input.get_untracked()); } novalidate>
            <p>
                <label for="tr-summary">{i.tr("trainer.tables.code_label")}</label>
                <span class="hint" id="tr-summary-hint">{i.tr("trainer.tables.code_hint")}</span>
                <textarea id="tr-summary" rows="3" spellcheck="false" autocomplete="off" aria-describedby="tr-summary-hint"
                    prop:value=move || input.get() on:input=move |ev| input.set(event_target_value(&ev))></textarea>
            </p>
            <div class="actions">
                <button type="submit">{i.tr("trainer.tables.add")}</button>
                {super::scanner::tables_scanner(desk, game)}
            </div>
            <p>
                <label class="file-label" for="tr-summary-file">{i.tr("trainer.tables.file_label")}</label>
                <input id="tr-summary-file" type="file" accept=".txt,.json,text/plain,application/json" on:change=on_file />
            </p>
        </form>
        <div role="status" class="tr-feedback"><ul>
            {move || feedback.get().into_iter().map(|(ok, t)| view! { <li class=if ok { "ok" } else { "error" }>{t}</li> }).collect_view()}
        </ul></div>
    }
    .into_any();

    view! {
        {form}
        {move || { i.lang(); side_by_side(desk, game) }}
        <section aria-labelledby="tr-tables-export">
            <h2 id="tr-tables-export">{i.tr("trainer.export.title")}</h2>
            <div class="actions">
                <button type="button" on:click=move |_| export(false)>{i.tr("trainer.export.csv")}</button>
                <button type="button" on:click=move |_| export(true)>{i.tr("trainer.export.json")}</button>
                <button type="button" class="secondary danger" on:click=move |_| desk.update(|d| d.tables = Default::default())>{i.tr("trainer.tables.clear")}</button>
            </div>
        </section>
        <section aria-labelledby="tr-debrief">
            <h2 id="tr-debrief">{i.tr("trainer.debrief.title")}</h2>
            {questions()}
        </section>
    }
}

fn method_names(bits: u64, game: &Content) -> String {
    let names: Vec<String> = method_ids(bits, game)
        .into_iter()
        .filter_map(|id| game.methods.iter().find(|m| m.id == id))
        .map(|m| tx(&m.name))
        .collect();
    names.join(", ")
}

/// The tables as columns, the indicators as rows.
fn side_by_side(desk: RwSignal<Desk>, game: &'static Content) -> AnyView {
    let i = use_i18n();
    let (summaries, session) = desk.with(|d| (d.tables.summaries(game), d.session.clone()));
    if summaries.is_empty() {
        return view! { <p>{i.tr("trainer.tables.empty")}</p> }.into_any();
    }
    let lang = i.lang();
    let head = summaries
        .iter()
        .map(|(n, _)| {
            let n = *n;
            let label = i18n::tf(lang, "trainer.tables.remove", &[("n", &n.to_string())]);
            view! {
                <th scope="col">
                    {i18n::tf(lang, "trainer.tables.table_n", &[("n", &n.to_string())])}
                    " "<button type="button" class="secondary small" aria-label=label
                        on:click=move |_| desk.update(|d| d.tables.remove(n))>"×"</button>
                </th>
            }
        })
        .collect_view();
    let row = |label: String, cells: Vec<String>| {
        view! { <tr><th scope="row">{label}</th>{cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }
    };
    let col = |f: &dyn Fn(&TableSummary) -> String| {
        summaries.iter().map(|(_, s)| f(s)).collect::<Vec<_>>()
    };
    let mut rows = vec![
        row(
            i.t("trainer.session.scenario").into(),
            col(&|s| {
                game.scenarios
                    .get(usize::from(s.scenario))
                    .map(|x| tx(&x.name))
                    .unwrap_or_default()
            }),
        ),
        row(
            i.t("trainer.session.difficulty").into(),
            col(&|s| {
                game.difficulties
                    .get(s.difficulty.index())
                    .map(|d| tx(&d.name))
                    .unwrap_or_default()
            }),
        ),
        row(
            i.t("trainer.session.code").into(),
            col(&|s| format_seed(u64::from(s.seed))),
        ),
        row(
            i.t("trainer.tables.tier").into(),
            col(&|s| {
                let name = game
                    .tiers
                    .get(s.tier.index())
                    .map(|t| tx(&t.name))
                    .unwrap_or_default();
                if s.finished {
                    name
                } else {
                    format!("{name} ({})", i.t("trainer.tables.projected"))
                }
            }),
        ),
    ];
    for st in Stat::ALL {
        let name = game
            .stats
            .iter()
            .find(|d| d.stat == st)
            .map(|d| tx(&d.name))
            .unwrap_or_default();
        rows.push(row(name, col(&|s| s.stat(st).to_string())));
    }
    rows.push(row(
        i.t("trainer.tables.users_first").into(),
        col(&|s| match s.users_first {
            Some(m) => i18n::tf(lang, "trainer.tables.month", &[("n", &m.to_string())]),
            None => i.t("trainer.tables.never").to_owned(),
        }),
    ));
    rows.push(row(
        i.t("trainer.tables.methods").into(),
        col(&|s| method_names(s.methods, game)),
    ));
    let (common, once) = methods_in_common(&summaries);
    let others = session.as_ref().map_or(0, |se| {
        summaries
            .iter()
            .filter(|(_, s)| !same_deal(s, se, game))
            .count()
    });
    let deals: std::collections::BTreeSet<(u8, usize, u32)> = summaries
        .iter()
        .map(|(_, s)| (s.scenario, s.difficulty.index(), s.seed))
        .collect();
    view! {
        <DataTable id="tr-compare" class="tr-compare" caption=i.tr("trainer.tables.caption")>
                <thead><tr><th scope="col">{i.tr("trainer.tables.indicator")}</th>{head}</tr></thead>
                <tbody>{rows.into_iter().collect_view()}</tbody>
        </DataTable>
        {(deals.len() > 1).then(|| view! { <p class="notice">{i.tr("trainer.tables.different_deals")}</p> })}
        {(others > 0).then(|| view! { <p class="notice">{i18n::tn(lang, "trainer.tables.not_session", others as i64, &[])}</p> })}
        <h2>{i.tr("trainer.tables.common")}</h2>
        <p>{let m = method_names(common, game); if m.is_empty() { i.t("trainer.teammap.none").to_owned() } else { m }}</p>
        <h2>{i.tr("trainer.tables.only_one")}</h2>
        <p>{let m = method_names(once, game); if m.is_empty() { i.t("trainer.teammap.none").to_owned() } else { m }}</p>
    }
    .into_any()
}
