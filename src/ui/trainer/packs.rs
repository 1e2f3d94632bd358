//! Custom content packs: start from the template pack and the format
//! guide, load one or more files (or a pack exported by a colleague), see
//! every mistake located (file, line, column, place in the file) or, once
//! valid, the cards the pack brings as they will look; store it on this
//! device, switch to it, export it, remove it, and go back to the built-in
//! content at any time.

use leptos::prelude::*;

use crate::ui::data_table::DataTable;
use leptos::task::spawn_local;

use super::Part;
use super::faces;
use super::guide::TemplateButton;
use crate::domain::game::Content;
use crate::domain::trainer::pack::{self, PackError};
use crate::domain::trainer::preview::{Brought, brought};
use crate::i18n;
use crate::storage::records::{ContentPack, PACK_PREFIX, pack_key};
use crate::storage::{local, settings};
use crate::ui::download::download;
use crate::ui::download::{read_texts, take_files};
use crate::ui::use_i18n;

/// Largest file accepted (local storage holds about 5 MB in all).
const MAX_BYTES: f64 = 1_000_000.0;

/// A pack read and validated, waiting to be stored.
#[derive(Clone)]
struct Checked {
    name: String,
    files: Vec<(String, String)>,
    counts: [usize; 5],
    /// The game content with the pack, for the preview of its cards.
    game: &'static Content,
    brought: Brought,
}

fn stored() -> Vec<ContentPack> {
    let mut packs: Vec<ContentPack> = local::labo_keys()
        .into_iter()
        .filter(|k| k.starts_with(PACK_PREFIX))
        .filter_map(|k| local::load::<ContentPack>(&k))
        .collect();
    packs.sort_by_key(|p| p.added_at);
    packs
}

fn reload() {
    let _ = window().location().reload();
}

fn activate(id: Option<String>) {
    let mut s = settings::load();
    s.active_pack = id;
    settings::save(&s);
    // Content is read once per page: reload to use the new choice.
    reload();
}

fn check(loaded: Vec<(String, String)>) -> Result<Checked, Vec<PackError>> {
    let (name, files, mut errors) = pack::unpack(&loaded);
    match pack::build(&files) {
        Ok((g, q)) if errors.is_empty() => Ok(Checked {
            brought: brought(&files),
            name: name.unwrap_or_else(|| {
                loaded
                    .first()
                    .map(|f| f.0.trim_end_matches(".json").to_owned())
                    .unwrap_or_default()
            }),
            files,
            counts: [
                g.methods.len(),
                g.stakeholders.len(),
                g.events.len(),
                g.scenarios.len(),
                q.items.len(),
            ],
            // Kept for the page's life, as the content in use is: a
            // trainer checks a handful of packs per visit.
            game: Box::leak(Box::new(g)),
        }),
        Ok(_) => Err(errors),
        Err(e) => {
            errors.extend(e);
            Err(errors)
        }
    }
}

/// The cards a pack brings, drawn as the print and the table draw them:
/// method cards, stakeholders, events, then the scenarios by name.
fn preview(game: &'static Content, b: &Brought) -> AnyView {
    let i = use_i18n();
    let lang = i.lang();
    // The records of `list` whose ids the pack declares, in its order.
    fn pick<'a, T>(ids: &[String], list: &'a [T], id: fn(&T) -> &str) -> Vec<&'a T> {
        ids.iter()
            .filter_map(|want| list.iter().find(|r| id(r) == want))
            .collect()
    }
    let methods: Vec<_> = pick(&b.methods, &game.methods, |m| &m.id)
        .into_iter()
        .map(|m| faces::method(game, lang, m, 5))
        .collect();
    let stakeholders: Vec<_> = pick(&b.stakeholders, &game.stakeholders, |s| &s.id)
        .into_iter()
        .map(|s| faces::stakeholder(game, lang, s, 5))
        .collect();
    let events: Vec<_> = pick(&b.events, &game.events, |e| &e.id)
        .into_iter()
        .map(|e| faces::event(game, lang, e, 5))
        .collect();
    let scenarios: Vec<_> = pick(&b.scenarios, &game.scenarios, |s| &s.id)
        .into_iter()
        .map(|s| {
            let who: Vec<String> = s
                .stakeholders
                .iter()
                .filter_map(|k| game.stakeholders.get(*k as usize))
                .map(|st| st.name.get(lang).to_owned())
                .collect();
            let months = i.tn("trainer.packs.months", s.months as i64, &[]);
            view! {
                <li>
                    <h5>{s.name.get(lang).to_owned()}</h5>
                    <p>{s.text.get(lang).to_owned()}</p>
                    <p class="muted">{months}" · "{who.join(", ")}</p>
                </li>
            }
            .into_any()
        })
        .collect();
    let group = |key: &'static str, list: Vec<AnyView>, class: &'static str| {
        (!list.is_empty()).then(|| {
            view! {
                <h4 class="tr-preview-title">{i.tn(key, list.len() as i64, &[])}</h4>
                <ul class=class>{list}</ul>
            }
        })
    };
    let quiz = (b.items > 0)
        .then(|| view! { <p>{i.tn("trainer.packs.preview_items", b.items as i64, &[])}</p> });
    view! {
        <section class="tr-preview game" aria-labelledby="tr-preview-title">
            <h3 id="tr-preview-title">{i.tr("trainer.packs.preview_title")}</h3>
            {b.is_empty().then(|| view! { <p>{i.tr("trainer.packs.preview_none")}</p> })}
            {group("trainer.packs.preview_methods", methods, "tr-faces")}
            {group("trainer.packs.preview_stakeholders", stakeholders, "tr-faces")}
            {group("trainer.packs.preview_events", events, "tr-faces")}
            {group("trainer.packs.preview_scenarios", scenarios, "tr-preview-scenarios")}
            {quiz}
        </section>
    }
    .into_any()
}

#[component]
pub fn PacksScreen() -> impl IntoView {
    let i = use_i18n();
    let refresh = RwSignal::new(0u32);
    let packs = Memo::new(move |_| {
        refresh.get();
        stored()
    });
    let active = settings::load().active_pack;
    let errors = RwSignal::new(Vec::<PackError>::new());
    let checked = RwSignal::new(None::<Checked>);
    let name = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());

    let on_file = move |ev: leptos::ev::Event| {
        let list = take_files(&ev);
        errors.set(Vec::new());
        checked.set(None);
        status.set(String::new());
        spawn_local(async move {
            match read_texts(list, MAX_BYTES).await {
                Err(file) => status.set(i18n::tf(
                    i.lang(),
                    "trainer.packs.too_large",
                    &[("file", &file)],
                )),
                Ok(loaded) => match check(loaded) {
                    Ok(c) => {
                        name.set(c.name.clone());
                        checked.set(Some(c));
                    }
                    Err(e) => errors.set(e),
                },
            }
        });
    };
    let save = move |_| {
        let Some(c) = checked.get_untracked() else {
            return;
        };
        let now = local::now();
        let label = name.get_untracked().trim().to_owned();
        let p = ContentPack {
            id: format!("p{now}"),
            name: if label.is_empty() {
                c.name.clone()
            } else {
                label
            },
            added_at: now,
            // Unpacked files keep their place in an exported pack (for the
            // line numbers of mistakes): stored without it.
            files: c
                .files
                .into_iter()
                .map(|(n, t)| (n, t.trim_start().to_owned()))
                .collect(),
        };
        let ok = local::save(&pack_key(&p.id), &p).is_ok();
        checked.set(None);
        status.set(
            i.t(if ok {
                "trainer.packs.saved"
            } else {
                "trainer.packs.save_failed"
            })
            .to_owned(),
        );
        refresh.update(|n| *n += 1);
    };

    let template_status = RwSignal::new(String::new());
    let start_view = view! {
        <section class="tr-start" aria-labelledby="tr-start-title">
            <h2 id="tr-start-title">{i.tr("trainer.packs.start_title")}</h2>
            <p>{i.tr("trainer.packs.start_body")}</p>
            <div class="actions">
                <TemplateButton status=template_status />
                <a class="button secondary" href=Part::GUIDE.href()>{i.tr("trainer.packs.guide")}</a>
            </div>
            <p role="status" class="status">{move || template_status.get()}</p>
        </section>
    };
    let load_view = view! {
        <h2>{i.tr("trainer.packs.load_title")}</h2>
        <p>{i.tr("trainer.packs.load_body")}</p>
        <label class="file-label" for="tr-pack-file">{i.tr("trainer.packs.file_label")}</label>
        <input id="tr-pack-file" type="file" multiple accept=".json,application/json" on:change=on_file />
        <p role="status" class="status">{move || status.get()}</p>
        <Show when=move || !errors.with(Vec::is_empty)>
            <div class="notice tr-errors" role="alert">
                <p>{move || i.tn("trainer.packs.refused", errors.with(Vec::len) as i64, &[])}</p>
                <ul>{move || errors.get().into_iter().map(|e| view! { <li>{e.describe(i.lang())}</li> }).collect_view()}</ul>
            </div>
        </Show>
        {move || checked.get().map(|c| {
            let [m, s, e, sc, q] = c.counts;
            let summary = i18n::tf(i.lang(), "trainer.packs.valid", &[
                ("methods", &m.to_string()), ("stakeholders", &s.to_string()), ("events", &e.to_string()),
                ("scenarios", &sc.to_string()), ("items", &q.to_string()),
            ]);
            view! {
                <section class="confirm" aria-labelledby="tr-pack-ok">
                    <h3 id="tr-pack-ok">{i.tr("trainer.packs.valid_title")}</h3>
                    <p>{summary}</p>
                    <ul>{c.files.iter().map(|(f, _)| view! {
                        <li>{f.clone()}" — "{i.tr(if pack::replaces_builtin(f) { "trainer.packs.replaces" } else { "trainer.packs.adds" })}</li>
                    }).collect_view()}</ul>
                    {preview(c.game, &c.brought)}
                    <p>
                        <label for="tr-pack-name">{i.tr("trainer.packs.name")}</label>
                        <input id="tr-pack-name" type="text" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                    </p>
                    <div class="actions">
                        <button type="button" on:click=save>{i.tr("trainer.packs.save")}</button>
                        <button type="button" class="secondary" on:click=move |_| checked.set(None)>{i.tr("trainer.cancel")}</button>
                    </div>
                </section>
            }
        })}
    }
    .into_any();

    let list_view = move || {
        let list = packs.get();
        let active = active.clone();
        if list.is_empty() {
            return view! { <p>{i.tr("trainer.packs.none")}</p> }.into_any();
        }
        let rows = list.into_iter().map(|p| {
            let in_use = active.as_deref() == Some(p.id.as_str());
            let (id, id2) = (p.id.clone(), p.id.clone());
            let export = {
                let (n, f) = (p.name.clone(), p.files.clone());
                move |_| { download("labo-contenus.json", "application/json", &pack::bundle(&n, &f)); }
            };
            let date = crate::ui::dates::format_day(p.added_at, i.lang());
            let named = |key: &'static str| i18n::tf(i.lang(), key, &[("name", &p.name)]);
            view! {
                <tr>
                    <th scope="row">{p.name.clone()}</th>
                    <td>{date}</td>
                    <td>{i.tr(if in_use { "trainer.packs.active" } else { "trainer.packs.inactive" })}</td>
                    <td class="actions">
                        {(!in_use).then(|| view! { <button type="button" class="small" aria-label=named("trainer.packs.use_named") on:click=move |_| activate(Some(id.clone()))>{i.tr("trainer.packs.use")}</button> })}
                        <button type="button" class="secondary small" aria-label=named("trainer.packs.export_named") on:click=export>{i.tr("trainer.packs.export")}</button>
                        <button type="button" class="secondary danger small" aria-label=named("trainer.packs.remove_named") on:click=move |_| {
                            local::remove(&pack_key(&id2));
                            if in_use { activate(None) } else { refresh.update(|n| *n += 1) }
                        }>{i.tr("trainer.remove")}</button>
                    </td>
                </tr>
            }
        }).collect_view();
        view! {
            <DataTable id="tr-packs" caption=i.tr("trainer.packs.list")>
                    <thead><tr>
                        <th scope="col">{i.tr("trainer.packs.name")}</th>
                        <th scope="col">{i.tr("trainer.packs.added")}</th>
                        <th scope="col">{i.tr("trainer.packs.state")}</th>
                        <th scope="col">{i.tr("trainer.actions")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
            </DataTable>
        }
        .into_any()
    };
    let has_active = settings::load().active_pack.is_some();

    view! {
        {start_view}
        {load_view}
        <h2>{i.tr("trainer.packs.stored")}</h2>
        {list_view}
        <p>
            <Show when=move || has_active fallback=move || view! { <span>{i.tr("trainer.packs.builtin_in_use")}</span> }>
                <button type="button" class="secondary" on:click=move |_| activate(None)>{i.tr("trainer.packs.restore")}</button>
            </Show>
        </p>
    }
}
