//! The banner that tells the person about their data: what was kept aside,
//! updated, or only kept in memory, and changes made by another tab.

use leptos::prelude::*;

use super::use_i18n;
use crate::i18n::{self, Lang};
use crate::route::Route;
use crate::storage::local::{self, Notice, Recovery};
use crate::storage::records;

/// The notices to show, refreshed whenever the storage layer queues one.
#[derive(Clone, Copy)]
pub struct Notices(pub RwSignal<Vec<Notice>>);

impl Notices {
    /// Creates the signal and subscribes it to the storage layer.
    pub fn install() -> Notices {
        let sig = RwSignal::new(local::notices());
        local::on_notice(move || sig.set(local::notices()));
        Notices(sig)
    }
}

/// What a stored key holds, in words.
pub fn key_label(lang: Lang, key: &str) -> &'static str {
    let k = match key {
        records::SETTINGS_KEY | records::LEGACY_LANG_KEY => "data.kind.settings",
        records::QUIZ_PROGRESS_KEY => "data.kind.quiz_progress",
        records::QUIZ_HISTORY_KEY => "data.kind.quiz_history",
        k if k.starts_with("labo.game.") => "data.kind.game",
        k if k.starts_with("labo.pack.") => "data.kind.pack",
        records::TRAINER_KEY => "data.kind.trainer",
        _ => "data.kind.unknown",
    };
    i18n::t(lang, k)
}

fn reason_label(lang: Lang, code: &str) -> &'static str {
    let k = match code {
        "not_json" => "data.reason.not_json",
        "wrong_shape" => "data.reason.wrong_shape",
        "newer" => "data.reason.newer",
        "unusable" => "data.reason.unusable",
        _ => "data.reason.migration",
    };
    i18n::t(lang, k)
}

fn message(lang: Lang, notice: &Notice) -> String {
    match notice {
        Notice::Quarantined { key, reason, .. } => i18n::tf(
            lang,
            "data.notice.quarantined",
            &[
                ("what", key_label(lang, key)),
                ("why", reason_label(lang, reason.code())),
            ],
        ),
        Notice::LeftInPlace { key, reason } => i18n::tf(
            lang,
            "data.notice.left_in_place",
            &[
                ("what", key_label(lang, key)),
                ("why", reason_label(lang, reason.code())),
            ],
        ),
        Notice::Migrated { key, .. } => i18n::tf(
            lang,
            "data.notice.migrated",
            &[("what", key_label(lang, key))],
        ),
        Notice::MemoryOnly { .. } => i18n::t(lang, "data.notice.memory").to_owned(),
        Notice::Recovered { key, outcome } => i18n::tf(
            lang,
            match outcome {
                Recovery::Saved => "data.notice.recovered_saved",
                Recovery::TabOnly => "data.notice.recovered_tab",
                Recovery::SetAside => "data.notice.recovered_aside",
            },
            &[("what", key_label(lang, key))],
        ),
        Notice::OtherTab { key } => i18n::tf(
            lang,
            "data.notice.other_tab",
            &[("what", key_label(lang, key))],
        ),
    }
}

/// The banner under the header. Memory-only mode cannot be dismissed: it
/// stays true for as long as the tab lives.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let i = use_i18n();
    let notices = use_context::<Notices>().map(|n| n.0);
    let list = move || notices.map(|n| n.get()).unwrap_or_default();
    view! {
        <Show when=move || !list().is_empty()>
            <section class="wrap notices" aria-live="polite" aria-label=i.tr("data.notice.region")>
                <ul>
                    {move || {
                        list()
                            .into_iter()
                            .map(|n| {
                                let text = message(i.lang(), &n);
                                let sticky = matches!(n, Notice::MemoryOnly { .. });
                                let dismiss = {
                                    let n = n.clone();
                                    move |_| {
                                        local::dismiss(&n);
                                        if let Some(sig) = notices {
                                            sig.set(local::notices());
                                        }
                                    }
                                };
                                view! {
                                    <li class="notice">
                                        <p>{text}</p>
                                        <p class="notice-actions">
                                            <a href=Route::Data.href()>{i.tr("data.notice.go")}</a>
                                            <Show when=move || !sticky>
                                                <button type="button" class="secondary" on:click=dismiss.clone()>
                                                    {i.tr("data.notice.dismiss")}
                                                </button>
                                            </Show>
                                        </p>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}
