//! The content format guide, inside the app: a trainer reads it offline, in
//! the interface language, next to the template pack they download. Its
//! text lives in `content/trainer/pack_guide.json`; the lists of accepted
//! identifiers (phases, gauges, themes, kinds of stakeholder and of event)
//! are printed from the game's content, with their names, so they stay true.

use leptos::prelude::*;

use crate::domain::game::content::EventKind;
use crate::domain::game::{Content, Stat, Tag};
use crate::domain::lang::Lang;
use crate::domain::trainer::guide::{Block, Guide, Span, Template, Values, spans};
use crate::ui::download::download;
use crate::ui::game::text;
use crate::ui::use_i18n;

/// A guide text with its `identifiers` shown as code.
fn rich(s: &str) -> impl IntoView + use<> {
    spans(s)
        .into_iter()
        .map(|span| match span {
            Span::Plain(p) => p.to_owned().into_any(),
            Span::Code(c) => view! { <code>{c.to_owned()}</code> }.into_any(),
        })
        .collect_view()
}

/// The accepted identifiers of one kind and their names in `lang`.
fn values(c: &'static Content, lang: Lang, v: Values) -> Vec<(String, String)> {
    match v {
        Values::Phases => c
            .phases
            .iter()
            .map(|p| (p.id.clone(), p.name.get(lang).to_owned()))
            .collect(),
        Values::Stats => Stat::ALL
            .iter()
            .map(|s| (s.id().to_owned(), text::stat_name(c, lang, *s)))
            .collect(),
        Values::Tags => Tag::ALL
            .iter()
            .map(|t| (t.id().to_owned(), text::tag_name(c, lang, *t)))
            .collect(),
        Values::Kinds => c
            .stakeholder_kinds
            .iter()
            .map(|k| (k.clone(), text::ct(c, lang, &format!("kind.{k}"))))
            .collect(),
        Values::Events => EventKind::ALL
            .iter()
            .map(|k| {
                (
                    k.id().to_owned(),
                    text::ct(c, lang, &format!("event.{}", k.id())),
                )
            })
            .collect(),
    }
}

/// Downloads the template pack, named in the interface language.
fn download_template(lang: Lang) -> bool {
    match Template::builtin() {
        Ok(t) => download(
            Template::download_name(lang),
            "application/json",
            &t.bundle(lang),
        ),
        Err(_) => false,
    }
}

/// The button that downloads the template pack (on the packs screen and in
/// the guide); whether it worked is said in `status`.
#[component]
pub fn TemplateButton(status: RwSignal<String>) -> impl IntoView {
    let i = use_i18n();
    view! {
        <button type="button" on:click=move |_| {
            let ok = download_template(i.lang());
            status.set(i.t(if ok { "trainer.packs.template_done" } else { "trainer.packs.template_failed" }).to_owned());
        }>{i.tr("trainer.packs.template")}</button>
    }
}

#[component]
pub fn GuideScreen(game: &'static Content) -> impl IntoView {
    let i = use_i18n();
    let Ok(guide) = Guide::builtin() else {
        return view! { <p class="notice" role="alert">{i.tr("trainer.content_broken")}</p> }
            .into_any();
    };
    let status = RwSignal::new(String::new());
    let body = move || {
        let lang = i.lang();
        let toc = guide
            .sections
            .iter()
            .map(|s| {
                // The address's hash holds the route: a link of the table
                // of contents moves focus to its section instead.
                let target = format!("guide-{}", s.id);
                view! {
                    <li><a href=format!("#{target}") on:click=move |ev| {
                        ev.prevent_default();
                        crate::ui::dom::focus_now(&target);
                    }>{s.title.get(lang).to_owned()}</a></li>
                }
            })
            .collect_view();
        let sections = guide
            .sections
            .iter()
            .map(|s| {
                let blocks = s
                    .blocks
                    .iter()
                    .map(|b| match b {
                        Block::P(t) => view! { <p>{rich(t.get(lang))}</p> }.into_any(),
                        Block::List(items) => view! {
                            <ul>{items.iter().map(|t| view! { <li>{rich(t.get(lang))}</li> }).collect_view()}</ul>
                        }
                        .into_any(),
                        Block::Example(code) => view! { <pre class="tr-guide-example"><code>{code.clone()}</code></pre> }.into_any(),
                        Block::Values(v) => view! {
                            <dl class="tr-guide-values">
                                {values(game, lang, *v).into_iter().map(|(id, name)| view! {
                                    <div><dt><code>{id}</code></dt><dd>{name}</dd></div>
                                }).collect_view()}
                            </dl>
                        }
                        .into_any(),
                    })
                    .collect_view();
                view! {
                    <section class="tr-guide-section" aria-labelledby=format!("guide-{}", s.id)>
                        <h2 id=format!("guide-{}", s.id) tabindex="-1">{s.title.get(lang).to_owned()}</h2>
                        {blocks}
                    </section>
                }
            })
            .collect_view();
        view! {
            <nav class="tr-guide-toc" aria-label=i.tr("trainer.guide.toc")>
                <ul>{toc}</ul>
            </nav>
            {sections}
        }
    };
    view! {
        <div class="actions tr-guide-actions">
            <TemplateButton status />
            <a class="button secondary" href=super::Part::PACKS.href()>{i.tr("trainer.guide.to_packs")}</a>
            <button type="button" class="secondary" on:click=move |_| crate::ui::dom::print()>{i.tr("trainer.guide.print")}</button>
        </div>
        <p role="status" class="status">{move || status.get()}</p>
        <div class="tr-guide">{body}</div>
    }
    .into_any()
}
