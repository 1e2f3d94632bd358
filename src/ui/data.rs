//! "Mes données": what Labo keeps on this device, export, import (validated
//! before anything changes), data kept aside, and erasing everything.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::dates::format_day;
use super::download::{download, take_files, today};
use super::notices::key_label;
use super::use_i18n;
use crate::i18n::{self, Lang};
use crate::storage::backup::{self, Import, ImportError};
use crate::storage::envelope::Unreadable;
use crate::storage::local::{self, ImportFailed, ImportMode};
use crate::storage::records::{self, Loaded};

/// Counts of what is stored, for the inventory and the erase warning.
#[derive(Clone, Default, PartialEq)]
struct Inventory {
    attempts: usize,
    in_progress: bool,
    games: usize,
    packs: usize,
    quarantined: usize,
}

fn inventory() -> Inventory {
    let mut inv = Inventory::default();
    for key in local::labo_keys() {
        if key.starts_with(records::QUARANTINE_PREFIX) {
            inv.quarantined += 1;
        } else if key.starts_with("labo.game.") {
            inv.games += 1;
        } else if key.starts_with("labo.pack.") {
            inv.packs += 1;
        } else if let Some(text) = local::get_raw(&key) {
            match records::load_any(&key, &text) {
                Ok(Some((Loaded::QuizHistory(h), _))) => inv.attempts = h.attempts.len(),
                Ok(Some((Loaded::QuizProgress(_), _))) => inv.in_progress = true,
                _ => {}
            }
        }
    }
    inv
}

fn import_error(lang: Lang, e: &ImportError) -> String {
    let key = match e.code() {
        "empty" => "data.import.error.empty",
        "too_large" => "data.import.error.too_large",
        "not_text" => "data.import.error.not_text",
        "truncated" => "data.import.error.truncated",
        "not_json" => "data.import.error.not_json",
        "foreign" => "data.import.error.foreign",
        "newer" => "data.import.error.newer",
        "wrong_shape" => "data.import.error.wrong_shape",
        "bad_record" => "data.import.error.bad_record",
        "duplicate" => "data.import.error.duplicate",
        "too_deep" => "data.import.error.too_deep",
        "does_not_fit" => "data.import.error.does_not_fit",
        "no_storage" => "data.import.error.no_storage",
        _ => "data.import.error.unknown_record",
    };
    let (line, column, what, mb) = match e {
        ImportError::NotJson { line, column, .. } => {
            (line.to_string(), column.to_string(), "", String::new())
        }
        ImportError::BadRecord { key, .. }
        | ImportError::UnknownRecord { key }
        | ImportError::Duplicate { key } => (
            String::new(),
            String::new(),
            key_label(lang, key),
            String::new(),
        ),
        ImportError::TooLarge { bytes } => (
            String::new(),
            String::new(),
            "",
            format!(
                "{},{}",
                bytes / 1_048_576,
                bytes % 1_048_576 * 10 / 1_048_576
            ),
        ),
        _ => Default::default(),
    };
    i18n::tf(
        lang,
        key,
        &[
            ("line", &line),
            ("column", &column),
            ("what", what),
            ("mb", &mb),
        ],
    )
}

async fn read_file(file: web_sys::File) -> Result<Import, ImportError> {
    // Refuse a huge file before reading it into memory.
    let size = file.size() as usize;
    if size > backup::MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: size });
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ImportError::NotText)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let import = backup::validate(&bytes)?;
    // The file's shape lets through a quiz attempt whose questions this
    // version does not have: checked against the questions in use.
    for (key, record) in &import.records {
        if let Loaded::QuizProgress(p) = record
            && super::content::quiz_content().is_ok_and(|quiz| !p.session.fits(quiz))
        {
            return Err(ImportError::BadRecord {
                key: key.clone(),
                reason: Unreadable::Unusable("questions unknown to this content".into()),
            });
        }
    }
    Ok(import)
}

#[component]
pub fn DataScreen() -> impl IntoView {
    let i = use_i18n();
    let refresh = RwSignal::new(0u32);
    let inv = Memo::new(move |_| {
        refresh.get();
        inventory()
    });
    let pending = RwSignal::new(None::<Import>);
    let error = RwSignal::new(None::<ImportError>);
    let done = RwSignal::new(None::<&'static str>);
    let confirm_erase = RwSignal::new(false);

    let export = move |_| {
        let name = format!("labo-donnees-{}.json", today());
        let ok = download(&name, "application/json", &local::export_all());
        done.set(Some(if ok {
            "data.export.done"
        } else {
            "data.export.failed"
        }));
    };

    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = take_files(&ev).into_iter().next() else {
            return;
        };
        pending.set(None);
        error.set(None);
        done.set(None);
        spawn_local(async move {
            match read_file(file).await {
                Ok(import) => pending.set(Some(import)),
                Err(e) => error.set(Some(e)),
            }
        });
    };

    let apply = move |mode: ImportMode| {
        if let Some(import) = pending.get_untracked() {
            pending.set(None);
            // All or nothing: on failure every stored key is as it was.
            if let Err(failed) = local::apply_import(import, mode) {
                error.set(Some(match failed {
                    ImportFailed::Quota => ImportError::DoesNotFit,
                    ImportFailed::NoStorage => ImportError::NoStorage,
                }));
                refresh.update(|n| *n += 1);
                return;
            }
            if let Some(l) = crate::storage::settings::load_lang() {
                i.0.set(l);
            }
            done.set(Some(if mode == ImportMode::Merge {
                "data.import.merged"
            } else {
                "data.import.replaced"
            }));
            refresh.update(|n| *n += 1);
        }
    };

    let erase = move |_| {
        local::erase_records();
        confirm_erase.set(false);
        done.set(Some("data.erase.done"));
        refresh.update(|n| *n += 1);
    };

    // Each section is type-erased (`into_any`): nested static view types
    // otherwise multiply the compiled code, and the download with it.
    let inventory_view = view! {
        <h2>{i.tr("data.stored.title")}</h2>
        <ul class="inventory">
            <li>{move || count(i, "data.stored.attempts", inv.get().attempts)}</li>
            <li>{move || i.t(if inv.get().in_progress { "data.stored.in_progress" } else { "data.stored.no_progress" })}</li>
            <li>{move || count(i, "data.stored.games", inv.get().games)}</li>
            <li>{move || count(i, "data.stored.packs", inv.get().packs)}</li>
            <li>{i.tr("data.stored.settings")}</li>
        </ul>
        <p class="muted">{i.tr("data.stored.where")}</p>
    }
    .into_any();
    let export_view = view! {
        <h2>{i.tr("data.export.title")}</h2>
        <p>{i.tr("data.export.body")}</p>
        <button type="button" on:click=export>{i.tr("data.export.button")}</button>
    }
    .into_any();
    let import_view = view! {
        <h2>{i.tr("data.import.title")}</h2>
        <p>{i.tr("data.import.body")}</p>
        <label class="file-label" for="import-file">{i.tr("data.import.label")}</label>
        <input id="import-file" type="file" accept=".json,application/json" on:change=on_file />
        {move || error.get().map(|e| view! { <p class="error" role="alert">{import_error(i.lang(), &e)}</p> })}
        {move || pending.get().map(|import| preview(i, import, apply, pending))}
    }
    .into_any();
    let erase_view = view! {
        <h2>{i.tr("data.erase.title")}</h2>
        <Show
            when=move || confirm_erase.get()
            fallback=move || view! {
                <button type="button" class="secondary danger" on:click=move |_| confirm_erase.set(true)>
                    {i.tr("data.erase.button")}
                </button>
            }
        >
            <section class="confirm" role="alertdialog" aria-labelledby="erase-title" aria-describedby="erase-body">
                <h3 id="erase-title">{i.tr("data.erase.confirm_title")}</h3>
                <p id="erase-body">{move || {
                    let v = inv.get();
                    i18n::tf(i.lang(), "data.erase.confirm_body", &[
                        ("attempts", &i.tn("data.count.profiles", v.attempts as i64, &[])),
                        ("games", &i.tn("data.count.games", v.games as i64, &[])),
                        ("packs", &i.tn("data.count.packs", v.packs as i64, &[])),
                    ])
                }}</p>
                <div class="actions">
                    <button type="button" on:click=export>{i.tr("data.erase.export_first")}</button>
                    <button type="button" class="danger" on:click=erase>{i.tr("data.erase.confirm")}</button>
                    <button type="button" class="secondary" on:click=move |_| confirm_erase.set(false)>{i.tr("data.cancel")}</button>
                </div>
            </section>
        </Show>
    }
    .into_any();

    view! {
        <h1>{i.tr("data.title")}</h1>
        <p class="lead">{i.tr("data.intro")}</p>
        <Show when=local::is_memory_only>
            <p class="notice">{i.tr("data.notice.memory")}</p>
        </Show>
        <p role="status" class="status">{move || done.get().map(|k| i.t(k))}</p>
        {inventory_view}
        {export_view}
        <super::pilot::PilotExport />
        {import_view}
        <Quarantine refresh=refresh />
        {erase_view}
    }
}

fn count(i: super::I18n, key: &'static str, n: usize) -> String {
    i18n::tf(i.lang(), key, &[("n", &n.to_string())])
}

/// When the file was exported; a date no browser can show (a hand-edited
/// file) is said to be unknown rather than "Invalid Date".
fn exported_at(lang: Lang, ms: u64) -> String {
    // JavaScript dates stop at 8.64e15 ms (year 275760).
    if ms == 0 || ms > 8_640_000_000_000_000 {
        return i18n::t(lang, "data.import.exported_unknown").to_owned();
    }
    i18n::tf(
        lang,
        "data.import.exported_at",
        &[("date", &format_day(ms, lang))],
    )
}

/// What a validated import file holds, and the merge / replace choice.
fn preview(
    i: super::I18n,
    import: Import,
    apply: impl Fn(ImportMode) + Copy + 'static,
    pending: RwSignal<Option<Import>>,
) -> AnyView {
    let lang = i.lang();
    let s = import.summary();
    let span = s.attempts_span.map(|(a, b)| {
        i18n::tf(
            lang,
            "data.import.span",
            &[("from", &format_day(a, lang)), ("to", &format_day(b, lang))],
        )
    });
    let attempts = count(i, "data.stored.attempts", s.quiz_attempts);
    view! {
        <section class="import-preview" aria-labelledby="import-preview-title">
            <h3 id="import-preview-title">{i.t("data.import.preview")}</h3>
            <ul>
                <li>{exported_at(lang, import.exported_at)}</li>
                <li>{attempts} {span.map(|t| format!(" ({t})"))}</li>
                <li>{i.t(if s.quiz_in_progress { "data.stored.in_progress" } else { "data.stored.no_progress" })}</li>
                <li>{count(i, "data.stored.games", s.games)}</li>
            </ul>
            <p>{i.t("data.import.choose")}</p>
            <div class="actions">
                <button type="button" on:click=move |_| apply(ImportMode::Merge)>{i.t("data.import.merge")}</button>
                <button type="button" class="secondary" on:click=move |_| apply(ImportMode::Replace)>{i.t("data.import.replace")}</button>
                <button type="button" class="secondary" on:click=move |_| pending.set(None)>{i.t("data.cancel")}</button>
            </div>
        </section>
    }
    .into_any()
}

/// Data kept aside because it could not be read: download or delete.
#[component]
fn Quarantine(refresh: RwSignal<u32>) -> impl IntoView {
    let i = use_i18n();
    let items = Memo::new(move |_| {
        refresh.get();
        local::quarantined()
    });
    view! {
        <Show when=move || !items.get().is_empty()>
            <h2>{i.tr("data.quarantine.title")}</h2>
            <p>{i.tr("data.quarantine.body")}</p>
            <ul class="quarantine">
                {move || items.get().into_iter().map(|(key, text)| {
                    // A quarantined copy names its original key; data left
                    // in place (storage full) is under the key itself.
                    let original = match key.strip_prefix(records::QUARANTINE_PREFIX) {
                        Some(rest) => rest.rsplit_once('.').map(|(k, _)| k.to_owned()).unwrap_or_default(),
                        None => key.clone(),
                    };
                    let file = format!("labo-mis-de-cote-{}.txt", today());
                    let k2 = key.clone();
                    view! {
                        <li>
                            <span>{key_label(i.lang(), &original)} " (" {text.len()} " o)"</span>
                            " "
                            <button type="button" class="secondary" on:click=move |_| { download(&file, "text/plain", &text); }>
                                {i.t("data.quarantine.download")}
                            </button>
                            " "
                            <button type="button" class="secondary" on:click=move |_| { local::delete(&k2); refresh.update(|n| *n += 1); }>
                                {i.t("data.quarantine.delete")}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Show>
    }
}
