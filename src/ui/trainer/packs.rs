//! Custom content packs: load one or more files (or a pack exported by a
//! colleague), see every mistake located by file, id and field, or what
//! the pack changes; store it on this device, switch to it, export it,
//! remove it, and go back to the built-in content at any time.

use leptos::prelude::*;

use crate::ui::data_table::DataTable;
use leptos::task::spawn_local;

use crate::domain::trainer::pack::{self, PackError};
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
        }),
        Ok(_) => Err(errors),
        Err(e) => {
            errors.extend(e);
            Err(errors)
        }
    }
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
            files: c.files,
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
        {load_view}
        <h2>{i.tr("trainer.packs.stored")}</h2>
        {list_view}
        <p>
            <Show when=move || has_active fallback=move || view! { <span>{i.tr("trainer.packs.builtin_in_use")}</span> }>
                <button type="button" class="secondary" on:click=move |_| activate(None)>{i.tr("trainer.packs.restore")}</button>
            </Show>
        </p>
        <p class="muted">{i.tr("trainer.packs.format")}</p>
    }
}
